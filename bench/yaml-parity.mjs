// Compose YAML parity and cost: js-yaml 5 (isolint's parser until December 2026) against the
// `yaml` package (its parser now, through src/compose/yaml.ts), both judged by go-yaml v3, the
// parser `docker compose` uses, and timed in the same run (ratios; absolute times are noise).
//   node bench/yaml-parity.mjs            (run `npm run build` first)
//   node bench/yaml-parity.mjs --oracle   (re-records bench/goyaml/expected.json; needs Go and
//                                          gopkg.in/yaml.v3, see bench/goyaml/main.go)
//   OLD_PARSE_YAML=/path/yaml.js node bench/yaml-parity.mjs   (also times a parseYaml built
//                                          from an earlier commit, e.g. the js-yaml 5 one)
// For each shape of bench/yaml-shapes.mjs: whether each parser accepts it (isolint should
// accept what go-yaml decodes to one non-empty document), and whether every scalar go-yaml
// reports is found with the same decoded text, line and column (merge keys `<<` and empty
// values left out: go-yaml gives no position of its own for those).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EVENT_ID, SCALAR_STYLE, getScalarValue, load, parseEvents } from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { parseYaml } from '../dist/src/compose/yaml.js';
import { LineIndex } from '../dist/src/position.js';
import { shapes } from './yaml-shapes.mjs';

const root = new URL('..', import.meta.url).pathname;
const expectedPath = join(root, 'bench', 'goyaml', 'expected.json');
if (process.argv.includes('--oracle')) {
  const env = { ...process.env, GO111MODULE: 'off', GOPATH: process.env.GOPATH ?? '/usr/share/gocode' };
  const out = execFileSync('go', ['run', 'main.go'], { cwd: join(root, 'bench', 'goyaml'), input: JSON.stringify(shapes.map((s) => s[1])), env, encoding: 'utf8' });
  const results = out.trim().split('\n').map((l) => JSON.parse(l));
  writeFileSync(expectedPath, JSON.stringify(Object.fromEntries(shapes.map(([name], i) => [name, results[i]])), null, 1) + '\n');
}
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
const file = (text) => ({ path: '/p/compose.yaml', display: 'compose.yaml', text, lines: new LineIndex('compose.yaml', text), baseDir: '/p' });
const key = (value, line, column) => `${JSON.stringify(value)}@${line}:${column}`;

/** js-yaml 5: accepted?, and its scalars placed as the former tree builder placed them. */
function viaJsYaml(text) {
  let events;
  try {
    events = parseEvents(text);
    load(text); // duplicate keys, unknown aliases, several documents
  } catch (e) {
    return { ok: false, error: (e.reason ?? e.message).split('\n')[0] };
  }
  const lines = new LineIndex('x', text);
  const scalars = new Set();
  for (const ev of events) {
    if (ev.type !== EVENT_ID.SCALAR || ev.valueStart < 0) continue;
    let start = ev.valueStart;
    if (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED) start--;
    if (ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK) start = text.lastIndexOf(ev.style === 4 ? '|' : '>', start);
    const p = lines.position(start);
    scalars.add(key(getScalarValue(text, ev), p.line, p.column));
  }
  return { ok: true, scalars };
}

/** isolint's parseYaml (the yaml package): accepted?, and every scalar of its tree. */
function viaIsolint(text) {
  let doc;
  try {
    doc = parseYaml(file(text));
  } catch (e) {
    return { ok: false, error: `${e.message} (${e.line}:${e.column})` };
  }
  const scalars = new Set();
  const seen = new Set();
  const walk = (n) => {
    if (seen.has(n)) return;
    seen.add(n);
    const p = n.file.lines.position(n.start);
    if (n.kind === 'scalar') scalars.add(key(n.text, p.line, p.column));
    else if (n.kind === 'seq') n.items.forEach(walk);
    else for (const pair of n.pairs) walk(pair.key), walk(pair.value);
  };
  walk(doc);
  return { ok: true, scalars };
}

const rows = [];
const score = { js: 0, yaml: 0, jsPos: 0, yamlPos: 0, posShapes: 0 };
for (const [name, text] of shapes) {
  const go = expected[name];
  const want = !go.error && go.docs <= 1;
  const goScalars = (go.scalars ?? []).filter(([v]) => v !== '<<' && v !== '').map(([v, l, c]) => key(v, l, c));
  const js = viaJsYaml(text);
  const ours = viaIsolint(text);
  const positions = (r) => (r.ok && want ? goScalars.filter((s) => !r.scalars.has(s)).length : undefined);
  const jsMissing = positions(js);
  const oursMissing = positions(ours);
  if (js.ok === want) score.js++;
  if (ours.ok === want) score.yaml++;
  if (want) {
    score.posShapes++;
    if (jsMissing === 0) score.jsPos++;
    if (oursMissing === 0) score.yamlPos++;
  }
  const cell = (r, missing) => (r.ok ? (missing ? `accepts, ${missing} misplaced` : 'accepts') : `refuses: ${r.error}`) + (r.ok === want ? '' : '  ✗');
  rows.push([name, go.error ? `refuses: ${go.error.split('\n').join(' ')}` : `${go.docs} document(s)`, cell(js, jsMissing), cell(ours, oursMissing)]);
}
console.log('| shape | go-yaml v3 | js-yaml 5 | isolint (yaml 2) |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nverdicts as Compose's: js-yaml 5 ${score.js}/${shapes.length}, yaml ${score.yaml}/${shapes.length}`);
console.log(`all scalars placed as go-yaml places them (accepted shapes): js-yaml 5 ${score.jsPos}/${score.posShapes}, yaml ${score.yamlPos}/${score.posShapes}`);

// Cost: the Compose files of the fixtures (those js-yaml 5 also reads), repeated to a few hundred KB.
function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}
const texts = filesUnder(join(root, 'fixtures'))
  .filter((f) => /compose[^/]*\.ya?ml$/.test(f) && !f.includes('/errors/'))
  .map((f) => readFileSync(f, 'utf8'))
  .filter((t) => {
    try {
      parseEvents(t);
      parseYaml(file(t));
      return true;
    } catch {
      return false;
    }
  });
const corpus = [];
while (corpus.reduce((n, t) => n + t.length, 0) < 300_000) corpus.push(...texts);
const chars = corpus.reduce((n, t) => n + t.length, 0);
const corpusFiles = corpus.map(file);
function best(fn, rounds = 7) {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}
const opts = { schema: 'failsafe', merge: false, uniqueKeys: false };
const times = {
  'js-yaml 5 parseEvents': best(() => corpus.forEach((t) => parseEvents(t))),
  'js-yaml 5 load': best(() => corpus.forEach((t) => load(t))),
  'yaml parseAllDocuments': best(() => corpus.forEach((t) => parseAllDocuments(t, opts))),
  'isolint parseYaml (yaml)': best(() => corpusFiles.forEach((f) => parseYaml(f))),
};
if (process.env.OLD_PARSE_YAML) {
  const old = await import(process.env.OLD_PARSE_YAML);
  times['former parseYaml (js-yaml 5)'] = best(() => corpusFiles.forEach((f) => old.parseYaml(f)));
}
const base = times['js-yaml 5 parseEvents'];
console.log(`\nparse cost: ${corpus.length} files, ${(chars / 1000).toFixed(0)} KB, best of 7`);
for (const [name, ms] of Object.entries(times)) console.log(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(7)} ms  ${((ms / corpus.length) * 1000).toFixed(0).padStart(5)} µs/file  ${(ms / base).toFixed(2)}x`);

const proc = (code) => {
  let min = Infinity;
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    min = Math.min(min, performance.now() - t);
  }
  return min;
};
const bare = proc('');
const jsImport = proc("await import('js-yaml')");
const yamlImport = proc("await import('yaml')");
console.log(`\ncold import (whole process, best of 10): node ${bare.toFixed(0)} ms; + js-yaml ${(jsImport - bare).toFixed(1)} ms; + yaml ${(yamlImport - bare).toFixed(1)} ms; yaml/js-yaml ${((yamlImport - bare) / (jsImport - bare)).toFixed(1)}x`);
