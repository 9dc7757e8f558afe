/**
 * The parse cache (issue 14) returns what parsing returns: every shell text the fixtures hold
 * (RUN, CMD, ENTRYPOINT, heredoc scripts, Compose commands, `sh -c` scripts inside them) is
 * parsed by the parser as it was before the cache (tests/support/shell-reference.ts), with the
 * cache off, into an empty cache and again from the cache, and the results must be the same,
 * down to which commands share one `pipedInto` array.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules, lint } from '../src/index.js';
import { LineIndex } from '../src/position.js';
import {
  initShellParser,
  parseShell,
  recordShellSources,
  resetShellParseStats,
  setShellCacheLimit,
  shellParseStats,
  type ShellScript,
  type ShellSource,
  type SimpleCommand,
} from '../src/shell.js';
import * as reference from './support/shell-reference.js';
// @ts-expect-error: the bench's corpus generator is plain JavaScript
import { compose, dockerfile, prng } from '../bench/corpus.mjs';

const DEFAULT_LIMIT = 1 << 19;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Every source parseShell is given while every fixture and rule example is linted. */
async function collectSources(): Promise<ShellSource[]> {
  const sources: ShellSource[] = [];
  recordShellSources((s) => sources.push(s));
  try {
    await lint({ paths: ['fixtures'], cwd: process.cwd(), config: false, profile: 'untrusted' });
    const inMemory = files('fixtures/fuzz').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(f, 'utf8')) as { path: string; text: string });
    // The bench's generated corpus (seeded): long && chains, continuations, heredocs, sh -c.
    const r = prng(14);
    for (let i = 0; i < 30; i++) inMemory.push({ path: `g${i}/Dockerfile`, text: dockerfile(r, r.int(10, 200)) as string });
    for (let i = 0; i < 5; i++) inMemory.push({ path: `g${i}/compose.yaml`, text: compose(r, r.int(1, 20), false) as string });
    for (const rule of allRules) {
      const path = rule.examples.kind === 'dockerfile' ? 'Dockerfile' : 'compose.yaml';
      inMemory.push({ path, text: rule.examples.bad }, { path, text: rule.examples.good });
    }
    for (const f of inMemory) await lint({ files: [f], cwd: '/nowhere', config: false, profile: 'untrusted' });
  } finally {
    recordShellSources(undefined);
  }
  return sources;
}

/** The script with its references (`pipedInto`, `substitutedInto`) written as indices, sharing included. */
function canonical(script: ShellScript): unknown {
  const index = new Map<SimpleCommand, number>(script.commands.map((c, i) => [c, i]));
  const arrays = new Map<SimpleCommand[], number>();
  return {
    hasError: script.hasError,
    commands: script.commands.map((c) => {
      const group = c.pipedInto.length ? (arrays.get(c.pipedInto) ?? arrays.set(c.pipedInto, arrays.size).get(c.pipedInto)) : -1;
      return {
        ...c,
        keys: Object.keys(c).join(','),
        words: c.words.map((w) => ({ ...w, keys: Object.keys(w).join(',') })),
        pipedInto: c.pipedInto.map((p) => index.get(p) ?? 'outside'),
        group,
        substitutedInto: c.substitutedInto ? (index.get(c.substitutedInto) ?? 'outside') : undefined,
      };
    }),
  };
}

/** A lone CR is parsed as the line end it is (one character for one): the reference is given LF. */
function asParsed(source: ShellSource): ShellSource {
  return /\r(?!\n)/.test(source.text) ? { ...source, text: source.text.replace(/\r(?!\n)/g, '\n') } : source;
}

function outcome(parse: () => ShellScript): unknown {
  try {
    return canonical(parse());
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('shell parse cache', () => {
  let sources: ShellSource[] = [];
  beforeAll(async () => {
    await initShellParser();
    await reference.initShellParser();
    setShellCacheLimit(0);
    sources = await collectSources();
    setShellCacheLimit(DEFAULT_LIMIT);
  });

  it('collects hundreds of shell texts, some written more than once', () => {
    expect(sources.length).toBeGreaterThan(600);
    const texts = new Set(sources.map((s) => s.text));
    expect(texts.size).toBeLessThan(sources.length);
  });

  it('gives what the parser before the cache gave, with the cache off, cold and warm', () => {
    let compared = 0;
    for (const source of sources) {
      const expected = outcome(() => reference.parseShell(asParsed(source)));
      setShellCacheLimit(0);
      expect(outcome(() => parseShell(source)), source.text).toEqual(expected);
      setShellCacheLimit(DEFAULT_LIMIT);
      expect(outcome(() => parseShell(source)), source.text).toEqual(expected);
      expect(outcome(() => parseShell(source)), source.text).toEqual(expected);
      compared++;
    }
    expect(compared).toBe(sources.length);
  });

  it('in one pass over every source, a repeated text is a cache hit placed at its own offsets', () => {
    setShellCacheLimit(DEFAULT_LIMIT);
    resetShellParseStats();
    for (const source of sources) expect(outcome(() => parseShell(source)), source.text).toEqual(outcome(() => reference.parseShell(asParsed(source))));
    expect(shellParseStats.cacheHits).toBeGreaterThan(0);
    expect(shellParseStats.parses).toBeLessThanOrEqual(new Set(sources.map((s) => s.text)).size);
  });

  it('places one cached text at each place it is written', () => {
    const text = 'FROM alpine\nRUN sudo apk add curl | tee /tmp/x\nRUN sudo apk add curl | tee /tmp/x\n';
    const lines = new LineIndex('Dockerfile', text);
    const at = (start: number): ShellSource => {
      const body = 'sudo apk add curl | tee /tmp/x';
      return { text: body, offsets: Array.from(body, (_, i) => start + i), lines };
    };
    const first = parseShell(at(16));
    const second = parseShell(at(16 + 35));
    expect(first.commands[0]!.loc).toMatchObject({ startLine: 2, startColumn: 5 });
    expect(second.commands[0]!.loc).toMatchObject({ startLine: 3, startColumn: 5 });
    expect(second.commands[0]!.words[0]!.offsets[0]).toBe(16 + 35);
    expect(second.commands[0]!.pipedInto[0]).toBe(second.commands[1]);
    expect(first.commands[0]).not.toBe(second.commands[0]);
  });

  it('stays within its bound in characters of text', () => {
    setShellCacheLimit(1000);
    resetShellParseStats();
    const lines = new LineIndex('x', '');
    const src = (text: string): ShellSource => ({ text, offsets: Array.from(text, (_, i) => i), lines });
    for (let i = 0; i < 100; i++) parseShell(src(`echo ${String(i).padStart(95, '0')}`));
    expect(shellParseStats.parses).toBe(100);
    parseShell(src(`echo ${String(99).padStart(95, '0')}`));
    expect(shellParseStats.cacheHits).toBe(1);
    parseShell(src(`echo ${String(0).padStart(95, '0')}`));
    expect(shellParseStats.parses).toBe(101);
    setShellCacheLimit(DEFAULT_LIMIT);
  });
});
