/** src/sources/run.ts and src/image/parses.ts: parts in file order, and Dockerfiles parsed once. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as parseModule from '../src/image/parse.js';
import { ImageParses } from '../src/image/parses.js';
import { lint } from '../src/lint.js';
import { initShellParser } from '../src/shell.js';
import { inFileOrder } from '../src/sources/run.js';
import { emptyOutput, type SourceOutput } from '../src/sources/source.js';

/** A part that reports on the given files, and the log of when each part was made. */
function streamOf(name: string, fileLists: string[][], log: string[]): Iterable<SourceOutput> {
  return {
    *[Symbol.iterator]() {
      for (const files of fileLists) {
        log.push(`load ${name} ${files.join(',')}`);
        const out = emptyOutput();
        for (const file of files) out.files.push({ file, kind: name, status: 'linted' });
        yield out;
      }
    },
  };
}

describe('parts of several sources', () => {
  it('come in the order of their first file, one part ahead per source', () => {
    const log: string[] = [];
    const compose = streamOf('compose', [['a/compose.yaml'], ['c/compose.yaml']], log);
    const dockerfile = streamOf('dockerfile', [['a/Dockerfile'], ['b/Dockerfile'], ['c/Dockerfile']], log);
    for (const part of inFileOrder([compose, dockerfile])) log.push(`judge ${part.files[0]!.file}`);
    expect(log).toEqual([
      'load compose a/compose.yaml',
      'load dockerfile a/Dockerfile',
      'judge a/Dockerfile',
      'load dockerfile b/Dockerfile',
      'judge a/compose.yaml',
      'load compose c/compose.yaml',
      'judge b/Dockerfile',
      'load dockerfile c/Dockerfile',
      'judge c/Dockerfile',
      'judge c/compose.yaml',
    ]);
  });

  it('order a part by the files it read when it reports on none yet (a Compose project before the last), ties in source order', () => {
    const early = emptyOutput();
    early.texts.set('b/compose.yaml', undefined as never);
    const tie = emptyOutput();
    tie.files.push({ file: 'b/compose.yaml', kind: 'other', status: 'linted' });
    const order = [...inFileOrder([[early], [tie]])];
    expect(order).toEqual([early, tie]);
  });
});

describe('the run\'s Dockerfile parses', () => {
  const text = 'FROM alpine:3.20\nRUN apk add curl\nUSER app\n';
  beforeAll(initShellParser);

  it('give the same model for the same file, text, target and build args; another for any difference', () => {
    const parses = new ImageParses();
    const first = parses.parse({ file: 'Dockerfile', text });
    expect(parses.parse({ file: 'Dockerfile', text, buildArgs: {} })).toBe(first);
    expect(parses.parse({ file: 'Dockerfile', text: `${text}\n` })).not.toBe(first);
    expect(parses.parse({ file: 'other/Dockerfile', text })).not.toBe(first);
    expect(parses.parse({ file: 'Dockerfile', text, target: '0' })).not.toBe(first);
    const withArgs = parses.parse({ file: 'Dockerfile', text, buildArgs: { B: '2', A: '1' } });
    expect(parses.parse({ file: 'Dockerfile', text, buildArgs: { A: '1', B: '2' } })).toBe(withArgs);
    expect(parses.parse({ file: 'Dockerfile', text, buildArgs: { A: '1' } })).not.toBe(withArgs);
  });

  it('keep only the most recently used few', () => {
    const parses = new ImageParses(2);
    const a = parses.parse({ file: 'a/Dockerfile', text });
    const b = parses.parse({ file: 'b/Dockerfile', text });
    expect(parses.parse({ file: 'a/Dockerfile', text })).toBe(a); // a is now the most recent
    parses.parse({ file: 'c/Dockerfile', text }); // evicts b
    expect(parses.parse({ file: 'a/Dockerfile', text })).toBe(a);
    expect(parses.parse({ file: 'b/Dockerfile', text })).not.toBe(b);
  });

  it('parse a Dockerfile that a Compose build: uses and the walk finds once per run, with the findings of both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isolint-parses-'));
    for (const p of ['a', 'b']) {
      mkdirSync(join(dir, p));
      writeFileSync(join(dir, p, 'Dockerfile'), 'FROM alpine:3.20\nRUN apk add curl\n');
      writeFileSync(join(dir, p, 'compose.yaml'), 'services:\n  web:\n    build: .\n');
    }
    const spy = vi.spyOn(parseModule, 'parseImage');
    try {
      const r = await lint({ paths: [dir], cwd: dir, config: false });
      expect(spy.mock.calls.map(([o]) => o.file).sort()).toEqual(['a/Dockerfile', 'b/Dockerfile']);
      const rootUser = r.findings.filter((f) => f.ruleId === 'root-user').map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`);
      expect(rootUser).toEqual(['a/Dockerfile:1:1', 'a/compose.yaml:2:3', 'b/Dockerfile:1:1', 'b/compose.yaml:2:3']);
    } finally {
      spy.mockRestore();
    }
  });
});
