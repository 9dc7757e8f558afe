/** Configuration files, per-path overrides, ignores and the command-line flags that win over them. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lint } from '../src/index.js';
import { ConfigError } from '../src/config/load.js';
import { closest } from '../src/config/suggest.js';
import { tempProject } from './support/compose.js';

const bin = join(import.meta.dirname, '..', 'dist', 'src', 'bin.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PRIVILEGED = 'services:\n  app:\n    image: app:1.0\n    privileged: true\n    network_mode: host\n';
const where = (f: { ruleId: string; level: string; location: { file: string; startLine: number; startColumn: number } }) =>
  `${f.ruleId}@${f.level} ${f.location.file}:${f.location.startLine}:${f.location.startColumn}`;

function project(config: string, extra: Record<string, string> = {}): string {
  return tempProject({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.isolint.yaml': config,
    'compose.yaml': PRIVILEGED,
    'legacy/compose.yaml': PRIVILEGED,
    'vendor/lib/compose.yaml': PRIVILEGED,
    ...extra,
  });
}

describe('.isolint.yaml', () => {
  it('turns a rule off for legacy/** only, overrides a level and ignores a folder', async () => {
    const dir = project(
      [
        '# yaml-language-server: $schema=./node_modules/isolint/schema/isolint.schema.json',
        'rules:',
        '  host-network: note',
        'ignore:',
        '  - vendor/',
        'overrides:',
        '  - files: ["legacy/**"]',
        '    rules:',
        '      privileged-container: off',
        '',
      ].join('\n'),
    );
    const r = await lint({ paths: ['.'], cwd: dir });
    expect(r.errors).toEqual([]);
    expect(r.findings.map(where)).toEqual([
      'privileged-container@error compose.yaml:4:17',
      'host-network@note compose.yaml:5:19',
      'host-network@note legacy/compose.yaml:5:19',
    ]);
    expect(r.files.map((f) => f.file)).toEqual(['compose.yaml', 'legacy/compose.yaml']);
  });

  it('later overrides win, a profile can be set per path, and a rule given a level runs outside its profile', async () => {
    const dir = project(
      [
        'rules:',
        '  no-memory-limit: warning',
        'overrides:',
        '  - files: ["legacy/"]',
        '    profile: strict',
        '    rules: { no-memory-limit: off }',
        '  - files: ["legacy/compose.yaml"]',
        '    rules: { privileged-container: warning }',
        '',
      ].join('\n'),
    );
    const r = await lint({ paths: ['compose.yaml', 'legacy'], cwd: dir });
    const rules = (file: string) => r.findings.filter((f) => f.location.file === file).map((f) => `${f.ruleId}@${f.level}`);
    expect(rules('compose.yaml')).toEqual(['no-memory-limit@warning', 'privileged-container@error', 'host-network@warning']);
    expect(rules('legacy/compose.yaml')).toContain('privileged-container@warning');
    expect(rules('legacy/compose.yaml')).toContain('writable-root-filesystem@note');
    expect(rules('legacy/compose.yaml')).not.toContain('no-memory-limit@warning');
  });

  it('is the nearest one above each file, up to the repository root, and may be a package.json key', async () => {
    const dir = tempProject({
      '.isolint.yaml': 'rules: { privileged-container: off }\n', // above the repository: never read
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/package.json': JSON.stringify({ name: 'x', isolint: { rules: { 'host-network': 'off' } } }),
      'repo/compose.yaml': PRIVILEGED,
      'repo/sub/.isolint.yml': 'rules: { privileged-container: note }\n',
      'repo/sub/compose.yaml': PRIVILEGED,
    });
    const r = await lint({ paths: ['repo'], cwd: dir });
    expect(r.findings.map(where)).toEqual([
      'privileged-container@error repo/compose.yaml:4:17',
      // The nearest configuration is used alone: repo/package.json does not reach sub/.
      'privileged-container@note repo/sub/compose.yaml:4:17',
      'host-network@warning repo/sub/compose.yaml:5:19',
    ]);
  });

  it('never parses a package.json that does not name isolint: a broken one is not an error', async () => {
    const dir = tempProject({
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/package.json': '{ "name": "x", "scripts": { "build": "tsc" }\n', // not closed
      'repo/compose.yaml': PRIVILEGED,
    });
    const r = await lint({ paths: ['repo'], cwd: dir });
    expect(r.errors).toEqual([]);
    expect(r.findings.map(where)).toEqual(['privileged-container@error repo/compose.yaml:4:17', 'host-network@warning repo/compose.yaml:5:19']);
    // One that names isolint may hold its configuration: broken, it is a configuration error.
    writeFileSync(join(dir, 'repo/package.json'), '{ "name": "x", "isolint": { "rules": {} }\n');
    await expect(lint({ paths: ['repo'], cwd: dir })).rejects.toMatchObject({ file: 'repo/package.json', line: 2 });
  });

  it('--config names one file for all, --no-config reads none, --rule and --profile win over the file', async () => {
    const dir = project('rules:\n  privileged-container: off\n');
    writeFileSync(join(dir, 'other.yaml'), 'rules:\n  host-network: off\n');
    const ids = async (options: Parameters<typeof lint>[0]) => (await lint({ paths: ['compose.yaml'], cwd: dir, ...options })).findings.map((f) => f.ruleId);
    expect(await ids({})).toEqual(['host-network']);
    expect(await ids({ config: 'other.yaml' })).toEqual(['privileged-container']);
    expect(await ids({ config: false })).toEqual(['privileged-container', 'host-network']);
    expect(await ids({ ruleLevels: { 'privileged-container': 'warning', 'host-network': 'off' } })).toEqual(['privileged-container']);
  });

  it('an explicitly named file that is ignored is not linted, and a note says why', async () => {
    const dir = project('ignore: ["vendor/"]\n');
    const r = await lint({ paths: ['vendor/lib/compose.yaml', 'compose.yaml'], cwd: dir, ignore: ['compose.yaml'] });
    expect(r.findings).toEqual([]);
    expect(r.notes).toEqual([
      { file: 'compose.yaml', message: 'not linted: --ignore ignores it' },
      { file: 'vendor/lib/compose.yaml', message: 'not linted: .isolint.yaml ignores it' },
    ]);
  });
});

describe('configuration errors', () => {
  const cases: [string, string, string][] = [
    ['rules:\n  privileged-containr: off\n', '.isolint.yaml:2:3: unknown rule id "privileged-containr" (did you mean "privileged-container"?)', 'unknown rule id'],
    ['profil: strict\n', '.isolint.yaml:1:1: unknown key "profil" (did you mean "profile"?)', 'unknown key'],
    ['rules:\n  host-pid: loud\n', '.isolint.yaml:2:13: rules.host-pid must be one of off, note, warning, error', 'wrong level'],
    ['ignore: vendor\n', '.isolint.yaml:1:9: ignore must be a list', 'wrong type'],
    ['overrides:\n  - rules: {}\n', '.isolint.yaml:2:5: overrides[0] needs files:', 'missing files'],
    ['rules:\n  host-pid: {level: note, options: {}}\n', '.isolint.yaml:2:27: rule host-pid takes no options', 'options for a rule without'],
    ['rules: [a\n', '.isolint.yaml:2:1:', 'malformed YAML'],
    ['- a\n', '.isolint.yaml:1:1: the configuration must be a mapping, but this one is a list', 'not a mapping'],
  ];
  for (const [text, message, what] of cases) {
    it(`${what}: one error naming file, line and column; exit 2, nothing linted`, () => {
      const dir = project(text);
      const r = cli(['.'], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(`isolint: ${message}`)).toBe(true);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    });
  }

  it('lint() throws a ConfigError the caller can show', async () => {
    const dir = project('rules:\n  hostpid: off\n');
    await expect(lint({ paths: ['.'], cwd: dir })).rejects.toBeInstanceOf(ConfigError);
  });

  it('--rule with an unknown id or level is a usage error with a suggestion', () => {
    const dir = project('');
    expect(cli(['--rule', 'host-pdi=off', '.'], dir).stderr).toBe('isolint: --rule host-pdi=off: unknown rule id "host-pdi" (did you mean "host-pid"?)\n');
    expect(cli(['--rule', 'host-pid=loud', '.'], dir).stderr).toBe('isolint: --rule host-pid=loud: the level must be one of off, note, warning, error\n');
    expect(cli(['--rule', 'host-pid', '.'], dir).code).toBe(2);
  });

  it('suggests only names that are close', () => {
    expect(closest('seccomp', ['privileged-container', 'host-pid'])).toBeUndefined();
    expect(closest('privileged', ['privileged-container', 'host-pid'])).toBe('privileged-container');
    expect(closest('host', ['host-pid', 'host-ipc'])).toBeUndefined();
    expect(closest('host_pid', ['host-pid', 'host-ipc'])).toBe('host-pid');
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet reports errors only; --max-warnings fails past n warnings', () => {
    const dir = project('');
    mkdirSync(join(dir, 'w'));
    writeFileSync(join(dir, 'w', 'compose.yaml'), 'services:\n  app:\n    image: app:1.0\n    network_mode: host\n');
    const quiet = cli(['--quiet', 'compose.yaml'], dir);
    expect(quiet.stdout).toContain('privileged-container');
    expect(quiet.stdout).not.toContain('host-network');
    expect(cli(['--fail-level', 'error', 'w'], dir).code).toBe(0);
    expect(cli(['--fail-level', 'error', '--max-warnings', '1', 'w'], dir).code).toBe(0);
    expect(cli(['--fail-level', 'error', '--max-warnings', '0', 'w'], dir).code).toBe(1);
    expect(cli(['--max-warnings', 'x', 'w'], dir).code).toBe(2);
  });
});

describe('rule docs in the terminal', () => {
  const root = join(import.meta.dirname, '..');
  it('isolint explain prints why the rule exists (naming the kernel) and how to fix it', () => {
    const r = cli(['explain', 'privileged-container'], root);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('privileged-container: Container runs privileged');
    expect(r.stdout).toMatch(/Why it matters\n[\s\S]*kernel/);
    expect(r.stdout).toMatch(/How to fix it\n {2}Remove `privileged: true`/);
    expect(r.stdout).toContain('More: https://');
  });

  it('isolint explain prints the bad and the good example, labelled and indented', () => {
    const r = cli(['explain', 'privileged-container'], root);
    const rule = allRules.find((x) => x.id === 'privileged-container')!;
    const indented = (text: string) => text.split('\n').map((l) => (l ? `  ${l}` : '')).join('\n');
    expect(r.stdout).toContain(`Bad (Compose file; the rule flags it)\n${indented(rule.examples.bad)}\n`);
    expect(r.stdout).toContain(`Good (Compose file, fixed; the rule does not flag it)\n${indented(rule.examples.good)}\n`);
  });

  it('isolint explain with an unknown id suggests the near one; exit 2', () => {
    const r = cli(['explain', 'privileged'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('isolint: unknown rule id "privileged" (did you mean "privileged-container"?); isolint rules lists them\n');
  });

  it('isolint rules lists every rule as a table or JSON', () => {
    const table = cli(['rules'], root).stdout.split('\n').filter(Boolean);
    expect(table[0]).toMatch(/^id +level +profile +severity +title$/);
    expect(table.find((l) => l.startsWith('host-pid '))).toMatch(/^host-pid +error +recommended +8\.0 +Container shares the host's PID namespace$/);
    const json = JSON.parse(cli(['rules', '--format', 'json'], root).stdout);
    expect(json.length).toBe(table.length - 1);
    expect(json.find((r: { id: string }) => r.id === 'no-cpu-limit')).toMatchObject({ level: 'note', profile: 'strict', securitySeverity: 2 });
    const strictOnly = JSON.parse(cli(['rules', '--format', 'json', '--profile', 'recommended'], root).stdout);
    expect(strictOnly.some((r: { id: string }) => r.id === 'no-cpu-limit')).toBe(false);
  });

  it('the text report ends each file with its rules\' doc links; --verbose adds the fix', () => {
    const r = cli(['--verbose', 'fixtures/real/legacy'], root);
    expect(r.stdout).toContain('fixtures/real/legacy/docker-compose.yml:9:15 error privileged-container service agent runs privileged');
    expect(r.stdout).toMatch(/:9:15 error privileged-container [^\n]*\n {4}fix: Remove `privileged: true`/);
    expect(r.stdout).toMatch(/\n {2}privileged-container: https:\/\/\S+\/docs\/rules\/privileged-container\.md\n/);
    expect(cli(['fixtures/real/legacy'], root).stdout).not.toContain('fix:');
  });
});

describe('rule options', () => {
  it('tune what a rule reports, per file through overrides', async () => {
    const dir = tempProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.isolint.yaml': [
        'rules:',
        '  exposed-internal-port: {options: {ports: [8081]}}',
        '  sensitive-host-mount: {options: {paths: [/srv/data]}}',
        '  image-not-digest-pinned: {level: warning, options: {trustedRegistries: ["registry.corp.example:5000"]}}',
        '  plaintext-secret-env: {options: {allowNames: [token_audience]}}',
        'overrides:',
        '  - files: [vpn/]',
        '    rules:',
        '      dangerous-capability: {options: {allow: [net_admin]}}',
        '',
      ].join('\n'),
      'vpn/compose.yaml': 'services:\n  vpn:\n    image: alpine:3.20\n    cap_add: [NET_ADMIN, SYS_PTRACE]\n',
      'app/compose.yaml': [
        'services:',
        '  app:',
        '    image: registry.corp.example:5000/team/app:1.2',
        '    cap_add: [NET_ADMIN]',
        '    ports: ["8081:8081", "8080:8080"]',
        '    volumes: ["/srv/data/x:/x:ro"]',
        '    environment:',
        '      TOKEN_AUDIENCE: api://prod-aud-3',
        '      API_TOKEN: tok_live_abcdef123',
        '',
      ].join('\n'),
    });
    const r = await lint({ paths: ['.'], cwd: dir });
    expect(r.findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
      'dangerous-capability@error app/compose.yaml:4:15 service app adds capability NET_ADMIN (reconfiguring interfaces, routes and firewall rules)',
      'exposed-internal-port@warning app/compose.yaml:5:13 service app publishes the configured internal service port 8081 as host port 8081 on all host interfaces',
      'sensitive-host-mount@warning app/compose.yaml:6:16 service app mounts /srv/data/x read-only: /srv/data is listed as sensitive in the configuration',
      'plaintext-secret-env@warning app/compose.yaml:9:7 service app sets API_TOKEN to a literal value in environment',
      'image-not-digest-pinned@warning vpn/compose.yaml:3:12 service vpn runs image alpine:3.20, which is not pinned by a digest',
      'dangerous-capability@error vpn/compose.yaml:4:26 service vpn adds capability SYS_PTRACE (tracing and reading the memory of other processes)',
    ]);
  });

  it('are checked against the rule\'s schema', () => {
    const dir = project('rules:\n  dangerous-capability: {options: {allow: NET_ADMIN}}\n');
    expect(cli(['.'], dir).stderr).toBe('isolint: .isolint.yaml:2:43: rules.dangerous-capability.options.allow must be a list\n');
    const dir2 = project('rules:\n  dangerous-capability: {options: {alow: [NET_ADMIN]}}\n');
    expect(cli(['.'], dir2).stderr).toBe('isolint: .isolint.yaml:2:36: unknown key "alow" in rules.dangerous-capability.options (did you mean "allow"?)\n');
  });
});

describe('configuration of files a project references', () => {
  it('a build: Dockerfile in a folder with its own configuration is judged by it, without a crash', async () => {
    const dir = tempProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'a/compose.yaml': 'services:\n  x:\n    build:\n      context: ../b\n',
      'b/Dockerfile': 'FROM alpine:3.20\n# isolint-ignore: sudo-usage -- left over\nRUN true\n',
      'b/.isolint.yaml': 'profile: strict\n',
    });
    const r = await lint({ paths: ['a'], cwd: dir });
    expect(r.errors).toEqual([]);
    // strict (b's configuration) reports the unused suppression in b/Dockerfile.
    expect(r.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}:${f.location.startColumn}`)).toContain('isolint/unused-suppression b/Dockerfile:2:19');
    const text = cli(['a'], dir).stdout;
    expect(text).toContain('  isolint/unused-suppression: https://github.com/isolint/isolint#suppression-hygiene\n');
  });
});
