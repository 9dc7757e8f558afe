// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package/folder.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/child.mjs lint bench/.corpus/scale-1x
//   node bench/cpuprofile-top.mjs /tmp/prof/*.cpuprofile [rows]
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0;
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const pkg = new Map();
const where = (url) => {
  if (!url) return '(native/vm)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const d = /\/(src|rules|dist)\/(.*?)([^/]+)$/.exec(url);
  return d ? `${d[1]}/${d[2]}` : url.replace(/^.*\//, '');
};
for (const [id, t] of self) {
  const { callFrame: c } = byId.get(id);
  const key = `${c.functionName || '(anonymous)'}  ${where(c.url)}${c.url ? `:${c.lineNumber + 1}` : ''}`;
  fn.set(key, (fn.get(key) ?? 0) + t);
  pkg.set(where(c.url), (pkg.get(where(c.url)) ?? 0) + t);
}
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${pct(t)}  ${k}`).join('\n');
console.log(`total ${(total / 1000).toFixed(0)} ms sampled\n\nby package/folder (self time):\n${top(pkg, 15)}\n\nby function (self time):\n${top(fn, Number(rowsArg ?? 30))}`);
