/**
 * Hostile files on disk: only regular UTF-8 files under the size limit are read (a FIFO or
 * device never blocks or fills memory), and nothing outside the project root is opened.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { readTextFile, UnreadableFileError } from '../src/read-file.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'bin.js');

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'isolint-hostile-'));
}

function fifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/** The built CLI in a child process with a generous timeout: a blocked read fails the test instead of hanging it. */
function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  expect(r.signal, `isolint ${args.join(' ')} was killed (blocked?)`).toBeNull();
  return r;
}

const PRIVILEGED = 'services:\n  app:\n    image: alpine:3.20\n    privileged: true\n';

describe('readTextFile', () => {
  it('refuses a FIFO, a device and a directory without blocking, by kind', () => {
    const dir = tmp();
    fifo(join(dir, 'pipe'));
    for (const [path, message] of [
      [join(dir, 'pipe'), /^not a regular file/],
      ['/dev/zero', /^not a regular file/],
      ['/dev/null', /^not a regular file/],
      [dir, /^is a directory$/],
    ] as const) {
      expect(() => readTextFile(path), path).toThrow(message);
    }
  });

  it('refuses a file over the size limit before reading it, and accepts one at the limit', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a'), 'x'.repeat(101));
    writeFileSync(join(dir, 'b'), 'x'.repeat(100));
    expect(() => readTextFile(join(dir, 'a'), { maxFileSize: 100 })).toThrow('101 bytes, over the --max-file-size limit of 100 bytes; skipped');
    expect(readTextFile(join(dir, 'b'), { maxFileSize: 100 })).toBe('x'.repeat(100));
  });

  it('refuses NUL bytes and invalid UTF-8, keeps a BOM and accepts any valid UTF-8', () => {
    const dir = tmp();
    const cases: [string, Buffer, string | RegExp][] = [
      ['nul', Buffer.from('FROM a\0\n'), /^binary or not UTF-8/],
      ['latin1', Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xe9, 0x0a]), /^binary or not UTF-8/],
      ['lone-surrogate', Buffer.from([0xed, 0xa0, 0x80]), /^binary or not UTF-8/],
      ['truncated', Buffer.from([0x61, 0xe2, 0x82]), /^binary or not UTF-8/],
    ];
    for (const [name, bytes, message] of cases) {
      writeFileSync(join(dir, name), bytes);
      expect(() => readTextFile(join(dir, name)), name).toThrow(message);
      try {
        readTextFile(join(dir, name));
      } catch (e) {
        expect(e).toBeInstanceOf(UnreadableFileError);
      }
    }
    writeFileSync(join(dir, 'bom'), Buffer.from('\ufeffFROM a ‮é 😀\n', 'utf8'));
    expect(readTextFile(join(dir, 'bom'))).toBe('\ufeffFROM a ‮é 😀\n');
  });
});

describe('linting hostile paths', () => {
  it('a FIFO, /dev/zero, a binary file and an oversized file are one error each; the valid file keeps its finding', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'compose.yaml'), PRIVILEGED);
    fifo(join(dir, 'Dockerfile.pipe'));
    writeFileSync(join(dir, 'bin.Dockerfile'), Buffer.from([0x46, 0x52, 0x00, 0xff, 0xfe]));
    writeFileSync(join(dir, 'big.Dockerfile'), `FROM alpine:3.20\n${'RUN true\n'.repeat(200)}`);
    const r = run(['-f', 'json', '--max-file-size', '1k', 'compose.yaml', 'Dockerfile.pipe', '/dev/zero', 'bin.Dockerfile', 'big.Dockerfile'], dir);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string }[]; errors: { file: string; message: string }[] };
    expect(report.findings.map((f) => f.ruleId)).toContain('privileged-container');
    const errors = Object.fromEntries(report.errors.map((e) => [e.file.replace(/^.*\//, ''), e.message]));
    expect(errors).toEqual({
      'Dockerfile.pipe': expect.stringMatching(/^not a regular file/),
      zero: expect.stringMatching(/^not a regular file/),
      'bin.Dockerfile': expect.stringMatching(/^binary or not UTF-8/),
      'big.Dockerfile': `${17 + 9 * 200} bytes, over the --max-file-size limit of 1024 bytes; skipped`,
    });
  });

  it('--max-file-size takes bytes or k/m/g and refuses anything else', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'Dockerfile'), `FROM alpine:3.20\nUSER app\n${'#'.repeat(3000)}\n`);
    expect(run(['--max-file-size', '2k', '-f', 'json', '.'], dir).stdout).toContain('over the --max-file-size limit of 2048 bytes');
    const fits = run(['--max-file-size', '4K', '-f', 'json', '.'], dir);
    expect(fits.stdout).not.toContain('max-file-size');
    expect(fits.status).not.toBe(2);
    const bad = run(['--max-file-size', 'lots', '.'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-file-size/);
  });

  it('a Compose env_file that is a FIFO or /dev/zero is refused at once, even when outside reads are allowed', () => {
    const dir = tmp();
    fifo(join(dir, 'pipe.env'));
    writeFileSync(join(dir, 'compose.yaml'), `${PRIVILEGED}    env_file: [pipe.env, /dev/zero]\n    build: {context: ., dockerfile: pipe.env}\n`);
    const r = run(['-f', 'json', '--allow-outside-context', '.'], dir);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string }[]; notes: { message: string }[] };
    expect(report.findings.map((f) => f.ruleId)).toContain('privileged-container');
    const messages = report.notes.map((n) => n.message);
    expect(messages).toContain('service app: env_file pipe.env cannot be read (not a regular file (a FIFO, device or socket is not read)): its variables were not checked');
    expect(messages).toContain('service app: env_file /dev/zero cannot be read (not a regular file (a FIFO, device or socket is not read)): its variables were not checked');
    expect(messages.some((m) => m.startsWith('service app: its Dockerfile pipe.env cannot be read (not a regular file'))).toBe(true);
  });
});

describe('reads outside the project root', () => {
  /** A project folder beside an "outside" folder whose files carry markers that must never reach the report. */
  function layout() {
    const base = tmp();
    const project = join(base, 'project');
    const outside = join(base, 'outside');
    mkdirSync(project);
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.env'), 'OUTSIDE_MARKER_KEY=outside-marker-value\nPASSWORD=hunter2-outside\n');
    writeFileSync(join(outside, 'base.yaml'), 'services:\n  base:\n    image: outside-marker-image\n    privileged: true\n');
    writeFileSync(join(outside, 'inc.yaml'), 'services:\n  inc:\n    image: outside-marker-included\n    privileged: true\n');
    symlinkSync(join(outside, 'secret.env'), join(project, 'linked.env'));
    symlinkSync(join(outside, 'secret.env'), join(project, '.env'));
    writeFileSync(
      join(project, 'compose.yaml'),
      [
        'services:',
        '  app:',
        '    image: alpine:3.20',
        `    env_file: [../outside/secret.env, ${join(outside, 'secret.env')}, linked.env, {path: ../outside/secret.env, required: false}]`,
        '    environment: ["FROM_DOTENV=${PASSWORD}"]',
        '  ext:',
        '    extends: {file: ../outside/base.yaml, service: base}',
        'include:',
        '  - ../outside/inc.yaml',
        '',
      ].join('\n'),
    );
    return { project, outside };
  }

  it('opens nothing outside: each attempt is a note naming the path, and no outside content reaches the report', async () => {
    const { project } = layout();
    const r = await lint({ paths: ['.'], cwd: project });
    const all = JSON.stringify(r);
    expect(all).not.toMatch(/outside-marker|OUTSIDE_MARKER|hunter2/);
    expect(r.errors).toEqual([]);
    const notes = r.notes.map((n) => `${n.line ?? 0}:${n.column ?? 0} ${n.message}`);
    const refused = (path: string) => `${path} is outside the project root and was not opened; --allow-outside-context reads it`;
    const abs = join(project, '..', 'outside', 'secret.env');
    expect(notes).toEqual([
      `0:0 env file not read: ${refused('.env')}`,
      `4:16 service app: env_file ../outside/secret.env cannot be read (${refused('../outside/secret.env')}): its variables were not checked`,
      `4:39 service app: env_file ${abs} cannot be read (${refused('../outside/secret.env')}): its variables were not checked`,
      `4:${41 + abs.length} service app: env_file linked.env cannot be read (${refused('linked.env')}): its variables were not checked`,
      `4:${60 + abs.length} service app: env_file ../outside/secret.env cannot be read (${refused('../outside/secret.env')}): its variables were not checked`,
      '5:19 variable PASSWORD has no value (.env is outside the project root and was not read; the process environment is read only with --use-env): settings that use it were not judged',
      `7:21 extended file ../outside/base.yaml cannot be read (${refused('../outside/base.yaml')}): the settings taken from it were not checked`,
      `9:5 include ../outside/inc.yaml cannot be read (${refused('../outside/inc.yaml')}): its services were not checked`,
    ]);
  });

  it("an include's own env_file outside the root is a note, not an error", async () => {
    const { project, outside } = layout();
    writeFileSync(join(project, 'inner.yaml'), 'services:\n  inner:\n    image: alpine:3.20\n    privileged: ${PRIV:-false}\n');
    writeFileSync(join(outside, 'on.env'), 'PRIV=true\n');
    writeFileSync(join(project, 'compose.yaml'), 'include:\n  - path: inner.yaml\n    env_file: ../outside/on.env\n');
    const r = await lint({ paths: ['compose.yaml'], cwd: project });
    expect(r.errors).toEqual([]);
    expect(r.notes).toContainEqual({ file: '../outside/on.env', message: 'env file not read: ../outside/on.env is outside the project root and was not opened; --allow-outside-context reads it' });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('privileged-container');
  });

  it('--allow-outside-context reads them (so the test above can fail)', async () => {
    const { project } = layout();
    const r = await lint({ paths: ['.'], cwd: project, compose: { allowOutsideContext: true } });
    const all = JSON.stringify(r);
    expect(all).toMatch(/outside-marker-image|outside-marker-included/);
    expect(r.notes.some((n) => n.message.includes('outside the project root'))).toBe(false);
  });

  it('a file named with -c or --env-file is read wherever it is', async () => {
    const { project, outside } = layout();
    const r = await lint({ paths: [], cwd: project, compose: { files: [join(outside, 'base.yaml')], envFiles: [join(outside, 'secret.env')] } });
    expect(r.findings.map((f) => f.ruleId)).toContain('privileged-container');
    expect(r.notes.filter((n) => n.message.includes('outside the project root'))).toEqual([]);
  });
});

describe('other files isolint opens', () => {
  it('a Dockerfile found in a folder that is a symlink out of the project is a note and is not read; named, it is read', async () => {
    const base = tmp();
    mkdirSync(join(base, 'project'));
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'Dockerfile'), 'FROM outside-marker-image\n');
    symlinkSync(join(base, 'outside', 'Dockerfile'), join(base, 'project', 'Dockerfile'));
    const project = join(base, 'project');
    const walked = await lint({ paths: ['.'], cwd: project });
    expect(JSON.stringify(walked)).not.toContain('outside-marker');
    expect(walked.notes).toEqual([
      { file: 'Dockerfile', message: 'not linted: it is a symlink to a file outside the project root and was not opened; --allow-outside-context reads it' },
    ]);
    expect(JSON.stringify(await lint({ paths: ['Dockerfile'], cwd: project }))).toContain('outside-marker-image');
    expect(JSON.stringify(await lint({ paths: ['.'], cwd: project, compose: { allowOutsideContext: true } }))).toContain('outside-marker-image');
  });

  it('a FIFO as .gitignore or as the configuration file does not block the run', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'compose.yaml'), PRIVILEGED);
    fifo(join(dir, '.gitignore'));
    const ignored = run(['-f', 'json', '.'], dir);
    expect(JSON.parse(ignored.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('privileged-container');
    fifo(join(dir, '.isolint.yaml'));
    const configured = run(['-f', 'json', '.'], dir);
    expect(configured.status).toBe(2);
    expect(configured.stderr).toMatch(/\.isolint\.yaml.*not a regular file/);
  });
});

describe('symlink loops', () => {
  it('a loop named on the command line is an error saying so; as an env_file it is a note', async () => {
    const dir = tmp();
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    writeFileSync(join(dir, 'compose.yaml'), `${PRIVILEGED}    env_file: loop-a\n`);
    const r = await lint({ paths: ['loop-a', 'compose.yaml'], cwd: dir });
    expect(r.errors).toEqual([{ file: 'loop-a', message: 'a loop of symbolic links' }]);
    expect(r.notes.map((n) => n.message)).toContain('service app: env_file loop-a cannot be read (a loop of symbolic links): its variables were not checked');
    expect(r.findings.map((f) => f.ruleId)).toContain('privileged-container');
  });
});

describe('standard input', () => {
  it('- reading /dev/zero stops at the size limit with a clear error instead of filling memory', () => {
    const fd = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [bin, '-', '--max-file-size', '64k'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('isolint: cannot read standard input: more than the --max-file-size limit of 65536 bytes; skipped\n');
    } finally {
      closeSync(fd);
    }
  });

  it('- with bytes that are not UTF-8 is refused; valid text is linted', () => {
    const bad = spawnSync(process.execPath, [bin, '-'], { input: Buffer.from([0x46, 0xff, 0x0a]), encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/standard input: binary or not UTF-8/);
    const good = spawnSync(process.execPath, [bin, '-', '-f', 'json'], { input: 'FROM alpine:3.20\nUSER root\n', encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(good.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('root-user');
  });
});

describe('bounded work in a Compose project', () => {
  it('more services than MAX_SERVICES is one error at services: and the file is not judged; the other files are', async () => {
    const { MAX_SERVICES } = await import('../src/compose/project.js');
    const dir = tmp();
    mkdirSync(join(dir, 'big'));
    mkdirSync(join(dir, 'ok'));
    writeFileSync(join(dir, 'big', 'compose.yaml'), `services:\n${Array.from({ length: MAX_SERVICES + 1 }, (_, i) => `  s${i}: {image: a, privileged: true}\n`).join('')}`);
    writeFileSync(join(dir, 'ok', 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n');
    const result = await lint({ paths: ['.'], cwd: dir, config: false });
    expect(result.errors).toEqual([{ file: 'big/compose.yaml', line: 2, column: 3, message: `${MAX_SERVICES + 1} services, more than the ${MAX_SERVICES} isolint reads in one project; not linted` }]);
    expect(result.files).toEqual([
      { file: 'big/compose.yaml', kind: 'compose', status: 'error' },
      { file: 'ok/compose.yaml', kind: 'compose', status: 'linted' },
    ]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}:${f.location.startColumn}`)).toEqual(['privileged-container ok/compose.yaml:4:17']);
  }, 60_000);
});
