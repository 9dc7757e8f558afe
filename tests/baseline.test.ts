import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'dist', 'src', 'bin.js');

const DOCKERFILE = ['FROM debian:12.5@sha256:' + 'd'.repeat(64), 'RUN sudo apt-get update', 'RUN curl -fsSL https://get.example.com | sh', ''].join('\n');
const COMPOSE = ['services:', '  web:', '    image: web@sha256:' + 'e'.repeat(64), '    privileged: true', '    pid: host', ''].join('\n');

let dir: string;
const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const isolint = (args: string[], cwd = dir) => spawnSync(process.execPath, [bin, '--no-config', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const json = (args: string[], cwd = dir) => JSON.parse(isolint([...args, '-f', 'json'], cwd).stdout);
const where = (fs: { ruleId: string; file: string; startLine: number; startColumn: number }[]) => fs.map((f) => `${f.file}:${f.startLine}:${f.startColumn} ${f.ruleId}`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isolint-baseline-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'app'));
  write('app/Dockerfile', DOCKERFILE);
  write('compose.yaml', COMPOSE);
});

describe('--write-baseline', () => {
  it('records every finding, sorted, with repository-relative files and the fingerprints SARIF carries', () => {
    const r = isolint(['.', '--write-baseline', 'isolint-baseline.json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('isolint: wrote 5 findings to isolint-baseline.json\n');
    expect(r.stdout).toMatch(/^0 findings \(0 errors, 0 warnings, 0 notes\) in 2 files; 5 baselined, 0 fixed since isolint-baseline\.json\n$/);
    const doc = JSON.parse(read('isolint-baseline.json'));
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'tool', 'findings']);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool.name).toBe('isolint');
    expect(doc.findings.map((e: Record<string, string>) => [Object.keys(e).join(','), e.file, e.ruleId])).toEqual([
      ['ruleId,file,fingerprint,message', 'app/Dockerfile', 'curl-pipe-shell'],
      ['ruleId,file,fingerprint,message', 'app/Dockerfile', 'root-user'],
      ['ruleId,file,fingerprint,message', 'app/Dockerfile', 'sudo-usage'],
      ['ruleId,file,fingerprint,message', 'compose.yaml', 'host-pid'],
      ['ruleId,file,fingerprint,message', 'compose.yaml', 'privileged-container'],
    ]);
    const sarif = JSON.parse(isolint(['.', '-f', 'sarif']).stdout).runs[0].results as { partialFingerprints: { primaryLocationLineHash: string } }[];
    expect(doc.findings.map((e: { fingerprint: string }) => e.fingerprint).sort()).toEqual(sarif.map((r) => r.partialFingerprints.primaryLocationLineHash).sort());
    // Written twice, the same bytes.
    const first = read('isolint-baseline.json');
    isolint(['.', '--write-baseline', 'isolint-baseline.json']);
    expect(read('isolint-baseline.json')).toBe(first);
  });

  it('does not depend on the folder isolint is started from', () => {
    isolint(['.', '--write-baseline', 'b.json']);
    const fromRoot = read('b.json');
    isolint(['Dockerfile', '../compose.yaml', '--write-baseline', '../b.json'], join(dir, 'app'));
    expect(read('b.json')).toBe(fromRoot);
    const r = json(['.', '--baseline', '../b.json'], join(dir, 'app'));
    expect(r.findings).toEqual([]);
    expect(r.baseline).toEqual({ file: '../b.json', baselined: 3, fixed: 0 });
  });
});

describe('--baseline', () => {
  beforeEach(() => {
    isolint(['.', '--write-baseline', 'baseline.json']);
  });

  it('reports nothing when nothing changed, and keeps the baselined findings apart', () => {
    const r = json(['.', '--baseline', 'baseline.json']);
    expect(r.findings).toEqual([]);
    expect(where(r.baselined)).toEqual(['app/Dockerfile:1:1 root-user', 'app/Dockerfile:2:5 sudo-usage', 'app/Dockerfile:3:5 curl-pipe-shell', 'compose.yaml:4:17 privileged-container', 'compose.yaml:5:10 host-pid']);
    expect(r.baselined.every((f: { fingerprint: string }) => /^[0-9a-f]{32}$/.test(f.fingerprint))).toBe(true);
    expect(r.baseline).toEqual({ file: 'baseline.json', baselined: 5, fixed: 0 });
    expect(isolint(['.', '--baseline', 'baseline.json']).status).toBe(0);
  });

  it('inserting lines above the findings and moving code resurfaces none', () => {
    write('app/Dockerfile', ['# syntax=docker/dockerfile:1', '# build the app', '', DOCKERFILE.replace('RUN sudo apt-get update\nRUN curl -fsSL https://get.example.com | sh', 'ENV A=1\nRUN curl -fsSL https://get.example.com | sh\n\nRUN sudo apt-get update')].join('\n'));
    write('compose.yaml', ['# the stack', 'name: stack', '', 'services:', '  db:', '    image: db@sha256:' + 'f'.repeat(64), '    user: "999"', '  web:', '    pid: host', '    image: web@sha256:' + 'e'.repeat(64), '', '    privileged: true', ''].join('\n'));
    const r = json(['.', '--baseline', 'baseline.json']);
    expect(where(r.findings)).toEqual([]);
    expect(where(r.baselined)).toEqual(['app/Dockerfile:4:1 root-user', 'app/Dockerfile:6:5 curl-pipe-shell', 'app/Dockerfile:8:5 sudo-usage', 'compose.yaml:9:10 host-pid', 'compose.yaml:12:17 privileged-container']);
    expect(r.baseline.fixed).toBe(0);
  });

  it('a new violation is the one finding reported', () => {
    write('app/Dockerfile', ['# more lines above', DOCKERFILE.trimEnd(), 'RUN sudo id', ''].join('\n'));
    const r = json(['.', '--baseline', 'baseline.json']);
    expect(where(r.findings)).toEqual(['app/Dockerfile:5:5 sudo-usage']);
    expect(r.baselined).toHaveLength(5);
    const text = isolint(['.', '--baseline', 'baseline.json']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('app/Dockerfile:5:5 warning sudo-usage sudo is run in the image\n');
    expect(text.stdout).toMatch(/1 finding \(0 errors, 1 warning, 0 notes\) in 2 files; 5 baselined, 0 fixed since baseline\.json\n$/);
    const sarif = JSON.parse(isolint(['.', '--baseline', 'baseline.json', '-f', 'sarif']).stdout).runs[0];
    expect(sarif.results.map((x: { ruleId: string; baselineState: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => `${x.ruleId}@${x.locations[0]!.physicalLocation.region.startLine} ${x.baselineState}`)).toEqual([
      'root-user@2 unchanged',
      'sudo-usage@3 unchanged',
      'curl-pipe-shell@4 unchanged',
      'sudo-usage@5 new',
      'privileged-container@4 unchanged',
      'host-pid@5 unchanged',
    ]);
    expect(sarif.properties).toEqual({ baseline: { file: 'baseline.json', baselined: 5, fixed: 0 } });
    // A baseline changes no fingerprint.
    const prints = (log: { results: { partialFingerprints: { primaryLocationLineHash: string } }[] }) => log.results.map((x) => x.partialFingerprints.primaryLocationLineHash);
    expect(prints(sarif)).toEqual(prints(JSON.parse(isolint(['.', '-f', 'sarif']).stdout).runs[0]));
    const recorded = new Set(JSON.parse(read('baseline.json')).findings.map((e: { fingerprint: string }) => e.fingerprint));
    expect(sarif.results.map((x: { baselineState: string; partialFingerprints: { primaryLocationLineHash: string } }) => recorded.has(x.partialFingerprints.primaryLocationLineHash) === (x.baselineState === 'unchanged'))).not.toContain(false);
  });

  it('counts the baselined findings that are gone as fixed', () => {
    write('compose.yaml', COMPOSE.replace('    pid: host\n', ''));
    const r = json(['.', '--baseline', 'baseline.json']);
    expect(r.findings).toEqual([]);
    expect(r.baseline).toEqual({ file: 'baseline.json', baselined: 4, fixed: 1 });
    expect(isolint(['.', '--baseline', 'baseline.json']).stdout).toMatch(/; 4 baselined, 1 fixed since baseline\.json\n$/);
    // A file this run did not lint tells nothing about its findings.
    expect(json(['app', '--baseline', 'baseline.json']).baseline).toEqual({ file: 'baseline.json', baselined: 3, fixed: 0 });
  });

  it('a finding suppressed after the baseline is neither new nor fixed', () => {
    write('compose.yaml', COMPOSE.replace('    pid: host', '    pid: host # isolint-ignore: host-pid -- reads host processes'));
    const r = json(['.', '--baseline', 'baseline.json']);
    expect(r.findings).toEqual([]);
    expect(r.baseline).toEqual({ file: 'baseline.json', baselined: 4, fixed: 0 });
    expect(where(r.suppressed)).toEqual(['compose.yaml:5:10 host-pid']);
  });

  it('a missing or malformed baseline is a usage error naming the file', () => {
    const missing = isolint(['.', '--baseline', 'nope.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('isolint: cannot read baseline nope.json: no such file or directory\n');
    write('bad.json', '{"schemaVersion": 1, "findings": [{"ruleId": "root-user"}]}');
    const bad = isolint(['.', '--baseline', 'bad.json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('isolint: baseline bad.json is not an isolint baseline: findings[0].file must be a non-empty string (write one with --write-baseline bad.json)\n');
    write('bad.json', 'not json');
    expect(isolint(['.', '--baseline', 'bad.json']).stderr).toMatch(/^isolint: baseline bad\.json is not an isolint baseline: invalid JSON/);
    write('bad.json', '{"schemaVersion": 2, "findings": []}');
    expect(isolint(['.', '--baseline', 'bad.json']).stderr).toMatch(/^isolint: baseline bad\.json is not an isolint baseline: schemaVersion must be 1, not 2/);
  });
});
