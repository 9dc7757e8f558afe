/**
 * Bounded work in the shell parser (issue 15): tree-sitter-bash's error recovery is quadratic
 * on some inputs, so long text reaches it in pieces of bounded size; long valid scripts split
 * into pieces give what one parse gives; limits are clear errors; work is linear in the input.
 * Work is counted in steps (characters handed to tree-sitter, parse calls, tree nodes walked),
 * never in time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { LineIndex } from '../src/position.js';
import {
  MAX_PARSE_CHARS,
  MAX_PARSE_OPERATORS,
  MAX_SHELL_COMMANDS,
  initShellParser,
  parseShell,
  resetShellParseStats,
  setShellCacheLimit,
  shellParseStats,
  type ShellScript,
  type ShellSource,
} from '../src/shell.js';
import * as reference from './support/shell-reference.js';

const source = (text: string): ShellSource => ({ text, offsets: Array.from({ length: text.length }, (_, i) => i), lines: new LineIndex('Dockerfile', text) });

/** Parses with the cache off and returns the script and the work it took. */
function measured(text: string): { script: ShellScript | undefined; error?: string; parses: number; chars: number; maxChars: number; nodes: number } {
  setShellCacheLimit(0);
  resetShellParseStats();
  let script: ShellScript | undefined;
  let error: string | undefined;
  try {
    script = parseShell(source(text));
  } catch (e) {
    error = (e as Error).message;
  }
  setShellCacheLimit(1 << 19);
  return { script, ...(error ? { error } : {}), ...shellParseStats };
}

const summary = (s: ShellScript) => s.commands.map((c) => `${c.loc.startLine}:${c.loc.startColumn}-${c.loc.endLine}:${c.loc.endColumn} ${c.words.map((w) => w.value).join(' ')} |${c.pipedInto.length} <${c.substitutedInto ? c.substitutedInto.words[0]!.value : ''} a${c.assignments.map((a) => a.name + '=' + a.value.value).join(',')}`);
const stdin = (s: ShellScript) => s.commands.map((c) => c.stdinText?.value);
const writes = (s: ShellScript) => s.commands.map((c) => c.writes.map((w) => `${w.loc.startLine}:${w.loc.startColumn} ${w.value}`));

/** A deterministic mix of the statements real RUN chains and entrypoint scripts are made of. */
function script(statements: number, seed = 1): string {
  let a = seed;
  const next = (n: number) => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return (a >>> 8) % n;
  };
  const kinds = [
    (i: number) => `apt-get install -y --no-install-recommends curl git jq pkg${i}`,
    (i: number) => `if [ -f /etc/x${i} ]; then cp /etc/x${i} /tmp/ && echo "copied $HOME"; else echo no; fi`,
    (i: number) => `for f in a b c; do ln -sf /opt/$f/bin/$f /usr/local/bin/$f${i}; done`,
    (i: number) => `curl -fsSL https://example.invalid/${i}.tgz | tar -xz -C /opt`,
    (i: number) => `cat <<'EOF' > /etc/app${i}.conf\nkey=${i} && not; a command\n  # nor this | sh\nEOF`,
    (i: number) => `export PATH="/opt/${i}/bin:$PATH" V${i}=$(uname -m)`,
    (i: number) => `( cd /src${i} && make -j"$(nproc)" && make install ) > /dev/null 2>&1`,
    (i: number) => `case "$(uname -m)" in x86_64) A=amd64;; aarch64) A=arm64;; *) exit 1;; esac`,
    (i: number) => `sh -c 'echo ${i} && sudo true' # comment with a ' quote`,
    (i: number) => `while read -r l; do echo "$l"; done < <(ls /x${i})`,
    (i: number) => `f${i}() { echo "\${1:-none}" | sed 's/a/b/'; }`,
    (i: number) => `echo \`date\` $'it\\'s' "a \\" b" >> /var/log/x${i}`,
  ];
  const seps = [' && ', ' || ', '; ', '\n', ' &&\n  ', ' & '];
  let out = '';
  let previous = -1;
  for (let i = 0; i < statements; i++) {
    const kind = next(kinds.length);
    // After a heredoc's delimiter line or a comment, only a new line starts the next command.
    out += (i ? (previous === 4 || previous === 8 ? '\n' : seps[next(seps.length)]) : '') + kinds[kind]!(i);
    previous = kind;
  }
  return out;
}

beforeAll(async () => {
  await initShellParser();
  await reference.initShellParser();
});

describe('long valid scripts are parsed in pieces with the result of one parse', () => {
  for (const statements of [1200, 2500]) {
    it(`${statements} mixed statements`, async () => {
      const text = script(statements, statements);
      expect(text.length).toBeGreaterThan(4 * MAX_PARSE_CHARS);
      const got = measured(text);
      expect(got.parses).toBeGreaterThan(4);
      expect(got.maxChars).toBeLessThanOrEqual(MAX_PARSE_CHARS);
      const expected = reference.parseShell(source(text));
      expect(expected.hasError, 'reference').toBe(false);
      expect(got.script!.hasError, 'pieces').toBe(false);
      expect(summary(got.script!)).toEqual(summary(expected));
      // One parse of the whole text loses the body of some heredocs and some `>>` targets deep
      // into a long text (tree-sitter-bash's state there differs); a piece keeps them. So what
      // the whole parse found, the pieces found too.
      const whole = stdin(expected);
      const pieces = stdin(got.script!);
      whole.forEach((body, i) => {
        if (body !== undefined) expect(pieces[i]).toBe(body);
      });
      const wholeWrites = writes(expected);
      const pieceWrites = writes(got.script!);
      wholeWrites.forEach((w, i) => expect(pieceWrites[i]).toEqual(expect.arrayContaining(w)));
    });
  }

  it('short text is one parse of the whole text', () => {
    const text = Array.from({ length: 40 }, (_, i) => `apt-get install -y "pkg${i}" && [ -d /x ] || echo $(id -u)`).join('; ');
    expect(text.length).toBeLessThan(MAX_PARSE_CHARS);
    const got = measured(text);
    expect(got.parses).toBe(1);
    expect(got.chars).toBe(text.length);
  });
});

/** Hostile shell text that made tree-sitter-bash's error recovery quadratic, `n` characters long. */
const hostile: Record<string, (n: number) => string> = {
  'unbalanced ${': (n) => 'echo ' + '${'.repeat(n / 2),
  'unbalanced ${ with spaces': (n) => 'echo ' + '${ '.repeat(n / 3),
  'stray ) in a long word': (n) => 'echo ' + 'a)'.repeat(n / 2),
  ')))': (n) => 'echo ' + ')'.repeat(n),
  '>>>': (n) => 'echo ' + '>'.repeat(n),
  '| | |': (n) => 'echo ' + '| '.repeat(n / 2),
  '|||': (n) => 'echo ' + '|'.repeat(n),
  'heredoc starts': (n) => 'cat ' + '<<E '.repeat(n / 4),
  'function definitions': (n) => 'f() '.repeat(n / 4),
  'CR-only continued RUN': (n) => Array.from({ length: n / 12 }, (_, i) => `echo ${String(i).padStart(4, '0')} \\\r`).join('') + 'true',
};

describe('hostile text reaches tree-sitter in bounded pieces, with work linear in its length', () => {
  for (const [name, make] of Object.entries(hostile)) {
    it(name, () => {
      const small = measured(make(40_000));
      const large = measured(make(80_000));
      for (const m of [small, large]) {
        expect(m.error ?? '').not.toMatch(/internal/i);
        expect(m.maxChars).toBeLessThanOrEqual(MAX_PARSE_CHARS);
        // No character is handed to tree-sitter twice, so Σ len² ≤ MAX_PARSE_CHARS · Σ len: linear.
        expect(m.chars).toBeLessThanOrEqual(80_000 + 20);
      }
      // 2x the input: at most about 2x the characters parsed, calls made and nodes walked
      // (less where an over-long command is cut at the bound).
      expect(large.chars / small.chars).toBeLessThan(2.2);
      expect(large.parses / small.parses).toBeLessThan(2.2);
      expect(large.nodes / Math.max(1, small.nodes)).toBeLessThan(2.2);
    });
  }

  it('a continued RUN with CR line endings gives the commands of the same RUN with LF', () => {
    const cr = hostile['CR-only continued RUN']!(1200);
    const lf = cr.replace(/\r/g, '\n');
    const a = measured(cr).script!;
    const b = measured(lf).script!;
    expect(a.commands.map((c) => c.words.map((w) => w.value).join(' '))).toEqual(b.commands.map((c) => c.words.map((w) => w.value).join(' ')));
    expect(a.commands[0]!.words.map((w) => w.loc)).toEqual(b.commands[0]!.words.map((w) => w.loc));
  });

  it('a command too long for one piece is parsed as far as the bound and reported as an error', () => {
    const text = `sudo apk add ${'x)'.repeat(MAX_PARSE_OPERATORS * 2)} && sudo true`;
    const m = measured(text);
    expect(m.script!.hasError).toBe(true);
    expect(m.script!.commands[0]!.words.slice(0, 3).map((w) => w.value)).toEqual(['sudo', 'apk', 'add']);
    // What follows the over-long command is parsed again.
    expect(m.script!.commands.at(-1)!.words.map((w) => w.value)).toEqual(['sudo', 'true']);
  });
});

describe('limits', () => {
  const chain = (count: number, at: number, special: string) => Array.from({ length: count }, (_, i) => (i === at ? special : `echo ${i}`)).join(' && ');

  it('a RUN of 10,000 commands joined by && keeps every finding (iterative walk)', async () => {
    const run = chain(10_000, 7_000, 'sudo true');
    const text = `FROM alpine:3.20\nRUN ${run}\n`;
    const r = await lint({ files: [{ path: 'Dockerfile', text }], cwd: '/nowhere', config: false });
    expect(r.errors).toEqual([]);
    const col = 'RUN '.length + run.indexOf('sudo') + 1;
    expect(r.findings.map((f) => `${f.ruleId} ${f.location.startLine}:${f.location.startColumn}`)).toEqual(['root-user 1:1', `sudo-usage 2:${col}`]);
  });

  it(`more than ${MAX_SHELL_COMMANDS} commands in one RUN is one clear per-file error; the other file keeps its findings`, async () => {
    const r = await lint({
      files: [
        { path: 'big/Dockerfile', text: `FROM alpine:3.20\nUSER app\nRUN ${chain(MAX_SHELL_COMMANDS + 1, -1, '')}\n` },
        { path: 'ok/Dockerfile', text: 'FROM alpine:3.20\nUSER app\nRUN sudo true\n' },
      ],
      cwd: '/nowhere',
      config: false,
    });
    expect(r.errors).toEqual([{ file: 'big/Dockerfile', message: 'more than 20,000 commands in one shell text: not linted' }]);
    expect(r.findings.map((f) => `${f.location.file} ${f.ruleId}`)).toEqual(['ok/Dockerfile sudo-usage']);
  });

  it('deeply nested words and pipelines do not overflow the stack', () => {
    const expansions = `echo ${'${a:-'.repeat(3000)}x${'}'.repeat(3000)} && sudo true`;
    const e = measured(expansions);
    expect(e.error).toBeUndefined();
    expect(e.script!.commands.at(-1)!.words[0]!.value).toBe('sudo');
    const pipelines = `${'a | { '.repeat(300)}b${' ; }'.repeat(300)}`;
    expect(measured(pipelines).error).toBe('shell pipelines nested more than 200 deep: not linted');
    // 5,000 nested subshells: more operators than one piece takes, so cut at the bound (an error).
    const groups = `${'( '.repeat(5000)}sudo true${' )'.repeat(5000)}`;
    const g = measured(groups);
    expect(g.error).toBeUndefined();
    expect(g.script!.hasError).toBe(true);
  });
});

describe('linear work on long RUN chains', () => {
  for (const [name, make] of [
    ['&& chain', (n: number) => chain(n)],
    ['mixed statements', (n: number) => script(n, 7)],
  ] as const) {
    it(`${name}: 2x the commands is about 2x the steps`, () => {
      const small = measured(make(4_000));
      const large = measured(make(8_000));
      expect(small.error ?? large.error).toBeUndefined();
      for (const key of ['chars', 'nodes'] as const) {
        const growth = large[key] / small[key];
        expect(growth, key).toBeGreaterThan(1.8);
        expect(growth, key).toBeLessThan(2.2);
      }
      expect(large.script!.commands.length / small.script!.commands.length).toBeCloseTo(2, 1);
    });
  }
  function chain(n: number): string {
    return Array.from({ length: n }, (_, i) => `apt-get install -y pkg${i}`).join(' && ');
  }
});

describe('too many commands is refused before parsing', () => {
  it('a text with more top-level commands than MAX_SHELL_COMMANDS reaches tree-sitter not at all', () => {
    const over = Array.from({ length: MAX_SHELL_COMMANDS + 1 }, (_, i) => `echo ${i}`).join(' && ');
    const r = measured(over);
    expect(r.error).toBe('more than 20,000 commands in one shell text: not linted');
    expect(r.parses).toBe(0);
  });

  it('blank and comment lines are not counted as commands', () => {
    const text = `${'# a comment\n\n'.repeat(MAX_SHELL_COMMANDS)}docker run --privileged alpine:3.20\n`;
    const r = measured(text);
    expect(r.error).toBeUndefined();
    expect(r.script!.commands.map((c) => c.words.map((w) => w.value).join(' '))).toEqual(['docker run --privileged alpine:3.20']);
  });
});
