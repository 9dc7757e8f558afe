/**
 * The standalone executable (`npm run build:sea`): built from the Node.js running the tests
 * into a temporary folder, then run as a user without Node.js would run it: `env -i` with an
 * empty PATH, from a folder with no .wasm file and no node_modules anywhere above it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** Why the executable cannot be built or run here, if it cannot. */
function cannotBuild(): string | undefined {
  if (process.platform === 'win32') return 'the test runs the executable with env -i, which Windows does not have';
  if (!readFileSync(process.execPath).includes(FUSE)) return `${process.execPath} is a Node.js build without the single-executable fuse (distribution builds may lack it; official builds have it)`;
  const fs = statfsSync(tmpdir());
  if (fs.bavail * fs.bsize < 400e6) return `less than 400 MB free in ${tmpdir()} for a copy of the Node.js binary`;
  return undefined;
}
const skip = cannotBuild();
if (skip) console.warn(`SKIPPED: the single executable tests: ${skip}.`);

const name = `isolint-${process.platform}-${process.arch}`;
let dir: string;
let exe: string;

beforeAll(() => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'isolint-sea-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build-sea.mjs'), '--out', join(dir, 'bin')], { cwd: root, stdio: 'pipe' });
  exe = join(dir, 'bin', name);
  cpSync(join(root, 'fixtures', 'demo'), join(dir, 'demo'), { recursive: true });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the executable with an empty environment: no PATH, no HOME, no Node.js. */
function bare(args: string[], cwd = dir) {
  return spawnSync('/usr/bin/env', ['-i', 'PATH=', exe, ...args], { cwd, encoding: 'utf8' });
}

describe.skipIf(!!skip)(`single executable (${name})`, () => {
  it('is what npm run build:sea makes', () => {
    expect(pkg.scripts['build:sea']).toBe('npm run gen && node scripts/build-sea.mjs');
    expect(statSync(exe).mode & 0o111).not.toBe(0);
    // Only the executable: the .wasm files are embedded, not beside it.
    expect(readdirSync(join(dir, 'bin'))).toEqual([name]);
  });

  it('prints its version with an empty environment', () => {
    const r = bare(['--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect(r.status).toBe(0);
  });

  it('lints the demo with an empty environment, parsing shell with the embedded grammar', () => {
    const r = bare(['.'], join(dir, 'demo'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('api/Dockerfile:11:8 warning curl-pipe-shell curl output is piped into sh');
    expect(r.stdout).toContain('compose.yaml:28:17 error privileged-container');
    expect(r.stdout).toMatch(/13 findings \(7 errors, 6 warnings, 0 notes\) in 4 files; 1 suppressed\n$/);
    expect(r.stdout).toContain("scripts/run-agent.sh:6:3 error host-pid docker run in scripts/run-agent.sh:5 shares the host's PID namespace");
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'demo', 'tree-sitter.wasm'))).toBe(false);
  });

  it('writes SARIF with its version, and ends quietly when the reader goes away', () => {
    const sarif = JSON.parse(bare(['--format', 'sarif', '.'], join(dir, 'demo')).stdout) as { runs: { tool: { driver: { version: string } } }[] };
    expect(sarif.runs[0]!.tool.driver.version).toBe(pkg.version);
    const r = spawnSync('/bin/sh', ['-c', '"$0" --format sarif . | head -1', exe], { cwd: join(root, 'fixtures'), encoding: 'utf8', env: {} });
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('');
  });

  it('starts at least about as fast as the npm bin (median of 7 interleaved --version runs; bench/startup.mjs measures it properly)', () => {
    const time = (cmd: string, args: string[]) => {
      const start = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { stdio: 'ignore' });
      expect(r.status).toBe(0);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const sea: number[] = [];
    const npmBin: number[] = [];
    for (let i = 0; i < 8; i++) {
      const s = time(exe, ['--version']);
      const n = time(process.execPath, [join(root, 'dist', 'bundle', 'isolint.mjs'), '--version']);
      if (i) sea.push(s), npmBin.push(n);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Measured 0.8x here; 1.3x leaves room for a busy machine without hiding a real slowdown.
    expect(median(sea) / median(npmBin)).toBeLessThan(1.3);
  });
});
