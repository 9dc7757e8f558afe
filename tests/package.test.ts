/**
 * The npm package as a user gets it: `npm pack` of this checkout (built by `npm test` before
 * vitest runs, as `prepack` builds it for a real pack), installed from the tarball into an
 * empty folder with no network and an empty npm cache (the package has no dependencies: its
 * command and library are bundled), and the installed `isolint` command run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPackages } from '../scripts/gen-notices.mjs';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment without what `npm test` sets for its own run (npm_config_*, npm_package_*). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

let work: string;
let files: string[];
let tarball: string;
let unpackedSize: number;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'isolint-pack-'));
  // --ignore-scripts: `npm test` has just built dist/; running prepack's build again here would
  // rewrite dist/ under the tests that run beside this one.
  const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, env: cleanEnv(), encoding: 'utf8' });
  const [info] = JSON.parse(out) as { filename: string; unpackedSize: number; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  files = info!.files.map((f) => f.path).sort();
  unpackedSize = info!.unpackedSize;
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it('builds when packed, and its bin is the bundled command', () => {
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.scripts.build).toContain('node scripts/build-cli.mjs');
    expect(pkg.bin).toEqual({ isolint: 'dist/bundle/isolint.mjs' });
    expect(pkg.exports).toEqual({ '.': { types: './dist/src/index.d.ts', import: './dist/bundle/index.mjs' } });
    expect(readFileSync(join(root, pkg.bin.isolint), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('carries the command, the library, the worker threads\' entry, the rule docs, the schema, the two .wasm files and the notices, and nothing else', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'THIRD-PARTY-NOTICES', 'dist/bundle/isolint.mjs', 'dist/bundle/index.mjs', 'dist/bundle/lint-worker.mjs', 'dist/bundle/tree-sitter.wasm', 'dist/bundle/tree-sitter-bash.wasm', 'dist/src/index.d.ts', 'dist/src/lint.d.ts', 'dist/rules/index.d.ts', 'schema/isolint.schema.json']) {
      expect(files, f).toContain(f);
    }
    const docs = files.filter((f) => f.startsWith('docs/rules/'));
    expect(docs.length).toBeGreaterThan(40);
    expect(docs.every((f) => f.endsWith('.md'))).toBe(true);
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|THIRD-PARTY-NOTICES|dist\/bundle\/(isolint|index|lint-worker|chunk-[A-Z0-9]+)\.mjs|dist\/bundle\/tree-sitter(-bash)?\.wasm|dist\/(src|rules)\/.*\.d\.ts|docs\/rules\/[^/]+\.md|schema\/[^/]+\.json)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    // Not needed by the command or the library: the tsc output's code and source maps, the
    // GitHub Action's entry points, the bundle's metafile.
    expect(files.filter((f) => /\.js$|\.map$|\/action(-main)?\.|meta\.json$/.test(f))).toEqual([]);
    // The code both entries share, and chunks loaded only when needed (the configuration validator).
    expect(files.filter((f) => f.startsWith('dist/bundle/chunk-')).length).toBeGreaterThanOrEqual(1);
    // The hook's and the Action's bundle are for the repository, not the package.
    expect(files.some((f) => f.startsWith('dist-action/'))).toBe(false);
  });

  it('declares what npm pages show, and the Node.js versions it runs on', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} isolint contributors\n/);
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/isolint\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/[^/]+\/isolint#readme$/);
    expect(pkg.bugs.url).toMatch(/^https:\/\/github\.com\/[^/]+\/isolint\/issues$/);
    expect(pkg.keywords).toEqual(expect.arrayContaining(['dockerfile', 'docker-compose', 'security', 'linter']));
    expect(pkg.engines).toEqual({ node: '>=20.19' });
    // tsc and esbuild target what the oldest supported Node.js runs.
    expect(readFileSync(join(root, 'scripts', 'esbuild-programs.mjs'), 'utf8')).toContain("target: 'node20'");
  });

  it('has no dependencies to install: everything it runs is bundled; tree-sitter-bash is only read at build time', () => {
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.optionalDependencies).toBeUndefined();
    expect(pkg.peerDependencies).toBeUndefined();
    expect(pkg.devDependencies['tree-sitter-bash']).toBeDefined();
    const meta = JSON.parse(readFileSync(join(root, 'dist', 'bundle', 'meta.json'), 'utf8')) as { outputs: Record<string, { imports: { path: string; external?: boolean }[] }> };
    const external = Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external && !i.path.startsWith('node:')).map((i) => i.path));
    // Only Node.js's own modules are left to import at run time.
    expect(external.filter((p) => !builtinModules.includes(p))).toEqual([]);
  });

  it('names the licence of every package the bundled command and the .wasm files come from', () => {
    const notices = readFileSync(join(root, 'THIRD-PARTY-NOTICES'), 'utf8');
    for (const name of bundledPackages()) expect(notices, `run node scripts/gen-notices.mjs: ${name} is missing`).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    expect(notices).toContain('Copyright (c) 2017 Max Brunsfeld');
  });

  it('is small: under 5 MB unpacked', () => {
    expect(unpackedSize).toBeLessThan(5_000_000);
  });

  it('installs from the tarball into an empty folder with no network and an empty cache, and the installed command lints', { timeout: 180_000 }, () => {
    const app = join(work, 'app');
    cpSync(join(root, 'fixtures', 'demo'), join(app, 'sample'), { recursive: true });
    // --offline with a new, empty cache: nothing can come from the registry or from an
    // earlier install, so this passes only because the package needs nothing but itself.
    const cache = join(work, 'empty-npm-cache');
    // The folder's own package.json: without one npm installs into the nearest enclosing
    // folder that has one (in a shared temporary folder, maybe someone else's).
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    const install = spawnSync(npm, ['install', '--offline', '--cache', cache, '--no-audit', '--no-fund', tarball], { cwd: app, env: cleanEnv(), encoding: 'utf8' });
    expect(install.status, install.stderr + install.stdout).toBe(0);
    expect(readdirSync(join(app, 'node_modules')).filter((d) => d !== '.bin' && d !== '.package-lock.json')).toEqual(['isolint']);
    expect(existsSync(join(app, 'node_modules', 'tree-sitter-bash'))).toBe(false);

    const bin = join(app, 'node_modules', '.bin', 'isolint');
    const version = spawnSync(bin, ['--version'], { cwd: app, env: cleanEnv(), encoding: 'utf8' });
    expect(version.stderr).toBe('');
    expect(version.stdout).toBe(`${pkg.version}\n`);
    expect(version.status).toBe(0);

    const lint = spawnSync(bin, ['sample'], { cwd: app, env: cleanEnv(), encoding: 'utf8' });
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toContain('sample/compose.yaml:28:17 error privileged-container');
    expect(lint.stdout).toContain('sample/api/Dockerfile:11:8 warning curl-pipe-shell'); // parsed by the shipped bash grammar
    expect(lint.status).toBe(1);

    // The library entry point loads too, and finds the shipped grammar beside it.
    const lib = spawnSync(process.execPath, ['--input-type=module', '-e', "import { lint } from 'isolint'; const r = await lint({ paths: ['sample/api'] }); console.log(r.findings.map((f) => f.ruleId).sort().join(' '));"], { cwd: app, env: cleanEnv(), encoding: 'utf8' });
    expect(lib.stderr).toBe('');
    expect(lib.stdout).toContain('curl-pipe-shell');
  });
});

describe('--help', () => {
  it('sends readers to rule pages that the package holds', () => {
    const help = spawnSync(process.execPath, [join(root, pkg.bin.isolint), '--help'], { encoding: 'utf8' }).stdout;
    const where = /documented in (docs\/rules)\/<rule-id>\.md \(in the repository and the npm package\)/.exec(help);
    expect(where).not.toBeNull();
    expect(pkg.files).toContain(where![1]);
  });
});
