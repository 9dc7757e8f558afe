/**
 * The same files give byte-identical output whoever runs isolint: nothing is sorted by locale.
 * File names chosen so Swedish (ä after z), Turkish (dotted/dotless i) and English collation
 * would each order them differently from code-unit order.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'dist', 'src', 'bin.js');

describe('output does not depend on the locale', () => {
  it('LANG=C, en_US, sv_SE and tr_TR give byte-identical JSON and text, in code-unit order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isolint-locale-'));
    const names = ['a', 'ä', 'z', 'B', 'I', 'ı', 'i', 'a-b', 'a_b', 'ab'];
    for (const n of names) {
      mkdirSync(join(dir, n));
      writeFileSync(join(dir, n, 'Dockerfile'), 'FROM alpine\n');
    }
    const outputs = ['C', 'en_US.UTF-8', 'sv_SE.UTF-8', 'tr_TR.UTF-8'].map((lang) => {
      const env = { ...process.env, LANG: lang, LC_ALL: lang, NO_COLOR: '1' };
      const json = spawnSync(process.execPath, [bin, '-f', 'json', '.'], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 }).stdout;
      const text = spawnSync(process.execPath, [bin, '.'], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 }).stdout;
      return { json, text };
    });
    for (const o of outputs.slice(1)) expect(o).toEqual(outputs[0]);
    const files = (JSON.parse(outputs[0]!.json) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual(names.map((n) => `${n}/Dockerfile`).sort());
  });
});

describe('--output written by two runs at once', () => {
  it('leaves one whole report, byte-identical to a single run, and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isolint-output-'));
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(dir, `s${i}`));
      writeFileSync(join(dir, `s${i}`, 'compose.yaml'), `services:\n  web${i}:\n    image: nginx:1.27\n    privileged: true\n`);
    }
    const single = spawnSync(process.execPath, [bin, '-f', 'sarif', '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 }).stdout;
    const run = () =>
      new Promise<number | null>((done) => spawn(process.execPath, [bin, '-f', 'sarif', '-o', 'report.sarif', '.'], { cwd: dir, stdio: 'ignore' }).on('close', done));
    expect(await Promise.all([run(), run(), run()])).toEqual([1, 1, 1]);
    expect(readFileSync(join(dir, 'report.sarif'), 'utf8')).toBe(single);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
