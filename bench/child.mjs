// One measured job of `npm run bench`, run in a fresh process so that its peak RSS is its own:
//   node bench/child.mjs <floor|lint> <path>...
// Prints one JSON line: { ms, maxRssKb, files, ... }. `ms` is the job alone (after imports and
// the shell grammar's set-up, which the start-up measurements cover).
//   floor: read every file; parse Dockerfiles with dockerfile-ast, Compose files with the yaml
//          package (parseDocument), and the shell text of every RUN with web-tree-sitter and
//          tree-sitter-bash (loaded as src/shell.ts loads it). No rules, nothing kept.
//   lint:  isolint's lint() over the same paths (discovery, reading, models, rules), with the
//          shell parser's work (tree-sitter parse calls, characters handed to them, cache hits);
//   lint-nocache: the same with the shell parse cache off (bench/shell.mjs compares the two).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';

const [mode, ...paths] = process.argv.slice(2);
const isCompose = (name) => /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i.test(name) || /\.compose\.ya?ml$/i.test(name);
const isDockerfile = (name) => /^(dockerfile|containerfile)(\..+)?$/i.test(name) || /\.(dockerfile|containerfile)$/i.test(name);

function filesUnder(p) {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().flatMap((n) => filesUnder(join(p, n)));
}

async function floor() {
  const { DockerfileParser } = await import('dockerfile-ast');
  const { parseDocument } = await import('yaml');
  const { Parser, Language } = await import('web-tree-sitter');
  const require = createRequire(import.meta.url);
  setFlagsFromString('--liftoff-only'); // as src/shell.ts does
  await Parser.init({ locateFile: () => require.resolve('web-tree-sitter/tree-sitter.wasm') });
  const parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  const t = performance.now();
  let files = 0, runs = 0, chars = 0;
  for (const f of paths.flatMap(filesUnder)) {
    const name = basename(f);
    const compose = isCompose(name);
    if (!compose && !isDockerfile(name)) continue;
    const text = readFileSync(f, 'utf8');
    files++;
    chars += text.length;
    if (compose) {
      parseDocument(text, { uniqueKeys: false });
      continue;
    }
    const df = DockerfileParser.parse(text);
    const fileLines = text.split('\n');
    for (const ins of df.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      const r = ins.getRange();
      // The instruction's text after the keyword, continuation lines joined (heredoc bodies included).
      const lines = fileLines.slice(r.start.line, r.end.line + 1);
      lines[lines.length - 1] = lines[lines.length - 1].slice(0, r.end.character);
      lines[0] = lines[0].slice(r.start.character).replace(/^\s*RUN\s*/i, '');
      const tree = parser.parse(lines.join('\n').replace(/\\\n/g, ''));
      tree?.delete();
      runs++;
    }
  }
  return { ms: performance.now() - t, files, runs, chars };
}

async function lintJob(cache = true) {
  const { lint } = await import('../dist/src/index.js');
  const shell = await import('../dist/src/shell.js');
  if (!cache) shell.setShellCacheLimit?.(0);
  await lint({ files: [{ path: 'warm/Dockerfile', text: 'FROM a\nRUN true\n', kind: 'dockerfile' }], config: false }); // grammar set-up
  shell.resetShellParseStats?.();
  const t = performance.now();
  const r = await lint({ paths, config: false });
  const ms = performance.now() - t;
  return { ms, files: r.files?.length, findings: r.findings?.length, ...(shell.shellParseStats ? { shell: { ...shell.shellParseStats } } : {}) };
}

const result = mode === 'floor' ? await floor() : mode === 'lint' ? await lintJob() : mode === 'lint-nocache' ? await lintJob(false) : (() => { throw new Error(`unknown mode ${mode}`); })();
process.stdout.write(JSON.stringify({ ...result, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
