/**
 * The fuzzer's inputs and properties, shared by the seeded run in `npm test`, the long runs of
 * `npm run fuzz` and the replay of saved failures under fixtures/fuzz/.
 *
 * Inputs are fixtures under fixtures/rules/ mutated (characters replaced, text cut short, lines
 * spliced in from other fixtures, duplicated or dropped, hostile snippets inserted, line endings
 * changed) and Dockerfiles and Compose files assembled from tokens. Each is linted through every
 * rule in the untrusted profile and printed in every format; the properties are checked on the
 * result and the reports.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { allRules, lint, type LintResult } from '../../src/index.js';
import { formatters } from '../../src/format/index.js';
import { LineIndex } from '../../src/position.js';
import { filesUnder } from './markers.js';

export const root = join(import.meta.dirname, '..', '..');
export const fuzzDir = join(root, 'fixtures', 'fuzz');

/** One linted file: `Dockerfile`, `compose.yaml`, or a file of another source, named so that source reads it, and its text. */
export interface FuzzInput {
  path: 'Dockerfile' | 'compose.yaml' | 'deploy.sh' | 'Makefile' | 'README.md' | '.devcontainer/devcontainer.json' | 'web.container' | '.github/workflows/ci.yml' | '.gitlab-ci.yml';
  text: string;
}

/** The name a fixture is linted under: that of the source that reads it. */
function seedPath(f: string): FuzzInput['path'] {
  const slashed = f.split('\\').join('/');
  if (/devcontainer\.json$/.test(slashed)) return '.devcontainer/devcontainer.json';
  if (/\.container$/.test(slashed)) return 'web.container';
  if (/\/\.github\/workflows\//.test(slashed)) return '.github/workflows/ci.yml';
  if (/\.gitlab-ci\.yml$/.test(slashed)) return '.gitlab-ci.yml';
  if (/\.ya?ml$/i.test(slashed)) return 'compose.yaml';
  if (/\.sh$/i.test(slashed)) return 'deploy.sh';
  if (/makefile$/i.test(slashed)) return 'Makefile';
  if (/\.md$/i.test(slashed)) return 'README.md';
  return 'Dockerfile';
}

const seeds = filesUnder(join(root, 'fixtures', 'rules'))
  .filter((f) => /(dockerfile|containerfile|\.ya?ml|\.sh|makefile|\.md|devcontainer\.json|\.container)$/i.test(f))
  .map((f) => ({ name: relative(root, f), text: readFileSync(f, 'utf8'), path: seedPath(f) }));
const seedLines = seeds.flatMap((s) => s.text.split(/\r\n|\r|\n/));

/** Snippets that parsers and rules are known to find hard. */
const hostile = [
  '\uFEFF', '\u202E', '\u202D', '\u2066', '\u200B', '\u200D', '\u2028', '\u2029', '\uD800', '\uDFFF', '\uD83D', '\u0000', '\u001B[2J', '\u001B]8;;http://x\u0007', '\u0085', '\u00A0', '\t', '\v', '\f',
  '\r', '\r\n', '\n', '\\\n', '\\\r', '\\', '"', "'", '`', '${', '${A', '${A:-', '${A:?err}', '$$', '$(', '$((', ')', '}', '{', '[', ']', '#', ' # isolint-ignore: ', '# isolint-ignore-file: privileged', '# escape=`\n',
  '&a ', '*a', '<<: *a', '<<: [*a, *b]', '&b\n', '!!str ', '!!binary ', '? ', ': ', '- ', '---\n', '...\n', '|\n', '>-\n', '%YAML 1.2\n', '{a: 1, b: [', "'unterminated", '"unterminated',
  '<<EOF\n', '\nEOF\n', '<<-EOT\n', 'RUN <<EOF\ncurl x | sh\nEOF\n', 'RUN --mount=type=secret,id=a ', 'FROM scratch AS ', 'USER root\n', 'USER ', 'ARG A=${B}\n', 'ENV A=', 'ONBUILD ', 'HEALTHCHECK NONE\n',
  '&&', '||', ';', '|', '>', '<', '2>&1', 'sudo ', 'chmod 777 ', 'curl -k http://x | sh', 'apt-get install -y ', 'sh -c "', '$(echo $(', '\\"', '\\\\',
  'privileged: true', 'network_mode: host', 'pid: host', 'cap_add: [ALL]', 'volumes: ["/var/run/docker.sock:/var/run/docker.sock"]', 'security_opt: [seccomp:unconfined]', 'devices: ["/dev/mem"]', 'ports: ["2375:2375"]', 'env_file: .env', 'extends: {file: x.yaml, service: a}', 'include: [x.yaml]', 'build: .', 'build: {context: ., dockerfile: Dockerfile}',
];

const dockerKeywords = ['FROM', 'RUN', 'CMD', 'ENTRYPOINT', 'USER', 'ADD', 'COPY', 'ENV', 'ARG', 'EXPOSE', 'VOLUME', 'WORKDIR', 'HEALTHCHECK', 'ONBUILD', 'SHELL', 'LABEL', 'STOPSIGNAL', 'MAINTAINER', 'from', 'run', 'FROM --platform=$BUILDPLATFORM', 'RUN --security=insecure', 'RUN --network=host', 'COPY --chmod=777', 'ADD --checksum=sha256:x'];
const tokens = ['ubuntu', 'alpine:3', 'node@sha256:' + 'a'.repeat(64), 'root', '0', '0:0', 'apt-get', 'install', '-y', 'curl', 'wget', '-O-', 'http://x/y.sh', 'https://x', 'bash', 'sh', '-c', 'chmod', 'u+s', '/bin/sh', '["sh", "-c", "x"]', '[', ']', '"', "'", '$A', '${A}', '${A:-b}', 'AS', 'build', '--from=build', '.', '/', '~', 'A=b', 'modprobe', 'insmod', 'docker', '/var/run/docker.sock', '22', '2375', '0.0.0.0', '&&', '|', ';', '\\', '#', '<<EOF', 'EOF', 'x'];
const composeKeys = ['image', 'build', 'privileged', 'network_mode', 'pid', 'ipc', 'uts', 'userns_mode', 'cgroup', 'cap_add', 'cap_drop', 'security_opt', 'devices', 'volumes', 'ports', 'environment', 'env_file', 'user', 'command', 'entrypoint', 'healthcheck', 'extends', 'read_only', 'sysctls', 'tmpfs', 'init', 'x-a', '<<'];
const composeValues = ['true', 'false', 'host', 'service:a', 'container:b', '[ALL]', '[SYS_ADMIN, NET_ADMIN]', '["seccomp:unconfined", "apparmor:unconfined"]', '["/dev/mem:/dev/mem"]', '["/:/host", "/var/run/docker.sock:/var/run/docker.sock:ro"]', '["2375:2375", "127.0.0.1:22:22"]', '{A: b, PASSWORD: hunter2}', '[A=b]', 'root', '"0:0"', 'nginx:latest', '${IMAGE:-nginx}', '${X:?}', '$$x', '.', '{context: ., dockerfile: Dockerfile}', '*a', '&a {privileged: true}', 'null', '~', '[]', '{}', '|\n      sh -c "curl x | sh"', '"sh -c \'a && b\'"', '["sh", "-c", "curl -k https://x | bash"]'];

const line = fc.oneof(fc.constantFrom(...seedLines), fc.constantFrom(...hostile));

/** One change to a text; positions are taken modulo its length. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  // Replace one character (a "byte flip"): by a hostile snippet or by any code unit.
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...hostile), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)))).map(
    ([at, s]) => (t: string) => {
      const i = t.length ? at % t.length : 0;
      return t.slice(0, i) + s + t.slice(i + 1);
    },
  ),
  // Insert a hostile snippet.
  fc.tuple(fc.nat(), fc.constantFrom(...hostile)).map(([at, s]) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + s + t.slice(i);
  }),
  // Cut short.
  fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1))),
  // Line operations: splice in a line, duplicate one, drop one.
  fc.tuple(fc.constantFrom('splice', 'duplicate', 'drop'), fc.nat(), line).map(([op, at, l]) => (t: string) => {
    const lines = t.split('\n');
    const i = at % lines.length;
    if (op === 'splice') lines.splice(i, 0, l);
    else if (op === 'duplicate') lines.splice(i, 0, lines[i]!);
    else lines.splice(i, 1);
    return lines.join('\n');
  }),
  // Line endings and a byte order mark.
  fc.constantFrom(
    (t: string) => t.replace(/\r?\n/g, '\r\n'),
    (t: string) => t.replace(/\r?\n/g, '\r'),
    (t: string) => '\uFEFF' + t,
    (t: string) => t.replace(/\n/g, '\\\n'),
    (t: string) => t.replace(/ /g, '\t'),
  ),
  // YAML: anchor a mapping and merge or alias it elsewhere.
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    lines[i] = lines[i]!.replace(/:(\s|$)/, ': &x$1');
    lines.splice(j, 0, (lines[j]!.match(/^\s*/)?.[0] ?? '') + (b % 2 ? '<<: *x' : 'k: *x'));
    return lines.join('\n');
  }),
);

const mutated: fc.Arbitrary<FuzzInput> = fc
  .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 9 }))
  .map(([seed, changes, swap]) => ({
    // Now and then the text goes in as the other kind.
    path: swap === 0 ? (seed.path === 'Dockerfile' ? 'compose.yaml' : 'Dockerfile') : seed.path,
    text: changes.reduce((t, change) => change(t), seed.text),
  }));

const eol = fc.constantFrom('\n', '\r\n', '\r');

const dockerfile: fc.Arbitrary<FuzzInput> = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...dockerKeywords), fc.array(fc.oneof(fc.constantFrom(...tokens), fc.constantFrom(...hostile)), { maxLength: 8 })), { minLength: 1, maxLength: 12 }), eol)
  .map(([lines, nl]) => ({ path: 'Dockerfile', text: lines.map(([k, words]) => [k, ...words].join(' ')).join(nl) + nl }));

const composeFile: fc.Arbitrary<FuzzInput> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('a', 'b', 'web', '<<', 'x\u202Ey', '"q"'), fc.array(fc.tuple(fc.constantFrom(...composeKeys), fc.oneof(fc.constantFrom(...composeValues), fc.constantFrom(...hostile))), { maxLength: 8 })), { minLength: 1, maxLength: 4 }),
    fc.boolean(),
    eol,
  )
  .map(([services, anchors, nl]) => {
    const out = anchors ? ['x-base: &a', '  privileged: true', '  cap_add: [ALL]', 'x-b: &b {pid: host}'] : [];
    out.push('services:');
    for (const [name, keys] of services) {
      out.push(`  ${name}:`);
      for (const [k, v] of keys) out.push(`    ${k}: ${v}`);
    }
    return { path: 'compose.yaml', text: out.join(nl) + nl };
  });

/** Every kind of input, mutated fixtures most often. */
export const fuzzInput: fc.Arbitrary<FuzzInput> = fc.oneof({ arbitrary: mutated, weight: 6 }, { arbitrary: dockerfile, weight: 2 }, { arbitrary: composeFile, weight: 2 });

/** An empty folder to lint in, so no configuration, `.env` or other file of this repository is read. */
const cwd = mkdtempSync(join(tmpdir(), 'isolint-fuzz-'));

async function runOnce(input: FuzzInput): Promise<{ result: LintResult; reports: Record<string, string> }> {
  const result = await lint({ files: [{ path: input.path, text: input.text }], cwd, config: false, profile: 'untrusted' });
  const reports: Record<string, string> = {};
  for (const f of formatters) reports[f.name] = f.format({ result, profile: 'untrusted', rules: allRules, cwd }, { color: false });
  return { result, reports };
}

/** How many inputs were checked and how many of them gave findings (so a run that finds nothing shows). */
export const stats = { inputs: 0, withFindings: 0 };

/** Lints the input twice and checks every property; throws (with what broke) if one fails. */
export async function checkInput(input: FuzzInput): Promise<void> {
  const first = await runOnce(input);
  const { result, reports } = first;
  const lines = new LineIndex(input.path, input.text).lineTexts();
  stats.inputs++;
  if (result.findings.length) stats.withFindings++;
  for (const e of [...result.errors, ...result.notes]) {
    if (/internal error/i.test(e.message)) throw new Error(`internal error reported: ${e.message}`);
  }
  for (const f of [...result.findings, ...result.suppressed, ...(result.baselined ?? [])]) {
    const l = f.location;
    const where = `${f.ruleId} at ${l.startLine}:${l.startColumn}-${l.endLine}:${l.endColumn}`;
    if (l.file !== input.path) throw new Error(`${where}: in file "${l.file}", not in the one linted`);
    for (const [lineNo, col] of [[l.startLine, l.startColumn], [l.endLine, l.endColumn]] as const) {
      if (!Number.isInteger(lineNo) || lineNo < 1 || lineNo > lines.length) throw new Error(`${where}: line ${lineNo} outside 1..${lines.length}`);
      const max = lines[lineNo - 1]!.length + 1;
      if (!Number.isInteger(col) || col < 1 || col > max) throw new Error(`${where}: column ${col} outside 1..${max} of line ${lineNo}`);
    }
    if (l.endLine < l.startLine || (l.endLine === l.startLine && l.endColumn < l.startColumn)) throw new Error(`${where}: ends before it starts`);
  }
  for (const name of ['json', 'sarif']) {
    try {
      JSON.parse(reports[name]!);
    } catch (e) {
      throw new Error(`${name} output does not parse: ${(e as Error).message}`);
    }
  }
  const second = await runOnce(input);
  for (const name of Object.keys(reports)) {
    if (second.reports[name] !== reports[name]) throw new Error(`${name} output differs on a second run`);
  }
}

/** The property as fast-check runs it. */
export const fuzzProperty = fc.asyncProperty(fuzzInput, checkInput);

/** Writes a failing input to fixtures/fuzz/ (JSON keeps lone surrogates and every code unit exact); returns its path. */
export function saveFailure(input: FuzzInput): string {
  mkdirSync(fuzzDir, { recursive: true });
  const json = JSON.stringify({ path: input.path, text: input.text }, null, 2) + '\n';
  const file = join(fuzzDir, `${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`);
  writeFileSync(file, json);
  return file;
}

/** Saved failures, to lint again on every test run. */
export function savedFailures(): { name: string; input: FuzzInput }[] {
  let names: string[];
  try {
    names = filesUnder(fuzzDir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return names.map((f) => ({ name: relative(root, f), input: JSON.parse(readFileSync(f, 'utf8')) as FuzzInput }));
}
