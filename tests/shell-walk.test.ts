/**
 * The tree walk (one TreeCursor, type ids, shortcuts by text in trees without errors) finds what
 * the walk before it found (tests/support/shell-reference.ts): over every shell text the fixtures
 * hold, over the same texts broken at random (trees with ERROR and MISSING nodes, where no
 * shortcut is taken) and over texts written to reach each shortcut and its edges.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { LineIndex } from '../src/position.js';
import { initShellParser, parseShell, recordShellSources, setShellCacheLimit, unwrapCommand, type ShellScript, type ShellSource, type SimpleCommand } from '../src/shell.js';
import * as reference from './support/shell-reference.js';

const DEFAULT_LIMIT = 1 << 19;

function canonical(script: ShellScript): unknown {
  const index = new Map<SimpleCommand, number>(script.commands.map((c, i) => [c, i]));
  const arrays = new Map<SimpleCommand[], number>();
  return {
    hasError: script.hasError,
    commands: script.commands.map((c) => ({
      ...c,
      keys: Object.keys(c).join(','),
      words: c.words.map((w) => ({ ...w, keys: Object.keys(w).join(',') })),
      pipedInto: c.pipedInto.map((p) => index.get(p) ?? 'outside'),
      group: c.pipedInto.length ? (arrays.get(c.pipedInto) ?? arrays.set(c.pipedInto, arrays.size).get(c.pipedInto)) : -1,
      substitutedInto: c.substitutedInto ? (index.get(c.substitutedInto) ?? 'outside') : undefined,
    })),
  };
}

function outcome(parse: () => ShellScript): unknown {
  try {
    return canonical(parse());
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function source(text: string): ShellSource {
  const file = `RUN ${text}\n`;
  return { text, offsets: Array.from(text, (_, i) => i + 4), lines: new LineIndex('Dockerfile', file) };
}

/** A lone CR is parsed as the line end it is (one character for one): the reference is given LF. */
function asParsed(s: ShellSource): ShellSource {
  return /\r(?!\n)/.test(s.text) ? { ...s, text: s.text.replace(/\r(?!\n)/g, '\n') } : s;
}

function same(s: ShellSource): void {
  expect(outcome(() => parseShell(s)), s.text).toEqual(outcome(() => reference.parseShell(asParsed(s))));
}

/** Texts that reach each shortcut: words without `$`, quotes or `(`, commands without substitutions, and their edges. */
const WRITTEN = [
  'apt-get install -y curl wget',
  "echo 'a b' \"c d\" e\\ f",
  'echo "$HOME" ${X:-y} $(id -u) `whoami` <(ls) >(cat)',
  'A=1 B="$(date)" cmd --flag=$(x) > "$(out)" 2>&1 < in.txt',
  'export A=$(x) B C=1; local D="$(y)"; readonly E',
  'export A B',
  '$CMD arg; ${RUNNER:-sh} -c "echo hi"; "$(which python)" -m pip',
  'cat <<EOF > /tmp/x\n$(date) and $HOME\nEOF\n',
  'cat <<-EOF | sh\n\techo $(id)\n\tEOF\n',
  'cat <<< "$(curl -s x)" | bash',
  'echo >&2 msg more; echo 2>err >>log >| clobber &>all &>>both words',
  'for x in $(ls) a b; do echo "$x"; done; case $(uname) in a) b ;; esac',
  '[[ $(id -u) == 0 ]] && echo root; [ "$(x)" = y ] || exit 1',
  'echo $((1 + 2)) $[3] ${#a[@]} ${a//b/$(c)} $"t" $\'a\\nb\'',
  'sh -c "curl x | sh"; bash -ec \'wget y && sh z\'; su app -c "id"; sudo -u root sh -c "$(echo id)"',
  'x=$(a $(b $(c `d`)))',
  '(cd /tmp && make) | tee log; { a; b; } > out; ! false',
  'echo a\\\nb \\\n  c',
  'f() { echo $(g); }; f',
  'echo (a)',
  'echo "unterminated',
  'echo $(unterminated',
  'if true; then echo',
  'echo `a',
  'a && && b',
  ')))',
  'echo ${',
  '> out',
  '2>&1',
  'A=1',
  '',
  'cmd # comment $(not run)\n# $(also not)',
  'echo a\rb\r\nc',
  'echo 😀 "é$(x)ü" \'ß\'',
];

describe('shell tree walk', () => {
  let texts: string[] = [];
  beforeAll(async () => {
    await initShellParser();
    await reference.initShellParser();
    const sources: ShellSource[] = [];
    recordShellSources((s) => sources.push(s));
    try {
      await lint({ paths: ['fixtures'], cwd: process.cwd(), config: false, profile: 'untrusted' });
      // The fuzz corpus's files are linted as given (their names are not always a Dockerfile's).
      for (const f of readdirSync('fixtures/fuzz').filter((n) => n.endsWith('.json'))) {
        const { path, text } = JSON.parse(readFileSync(join('fixtures/fuzz', f), 'utf8')) as { path: string; text: string };
        await lint({ files: [{ path, text }], cwd: '/nowhere', config: false, profile: 'untrusted' });
      }
    } finally {
      recordShellSources(undefined);
    }
    texts = [...new Set(sources.map((s) => s.text))];
    setShellCacheLimit(0);
    return () => setShellCacheLimit(DEFAULT_LIMIT);
  });

  it('finds what the walk before it found in texts written for each shortcut', () => {
    for (const text of WRITTEN) same(source(text));
  });

  it('finds what the walk before it found in every fixture text', () => {
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) same(source(text));
  });

  it('finds what the walk before it found in fixture texts broken at random', () => {
    let seed = 20261201;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const junk = [')', '(', '"', "'", '$(', '`', '${', '}', '<(', '>', '<<EOF\n', '\\', '|', '&&', ';', 'fi', 'done', '\n', '$', '[[', ']]', '=', ' ', '{', 'if', 'case', '2>&1', '<<<'];
    let broken = 0;
    for (let k = 0; k < 3 * texts.length; k++) {
      let text = texts[Math.floor(random() * texts.length)]!;
      if (text.length > 4000) continue;
      const edits = 1 + Math.floor(random() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * (text.length + 1));
        text = random() < 0.3 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3)) : text.slice(0, at) + junk[Math.floor(random() * junk.length)] + text.slice(at);
      }
      const s = source(text);
      same(s);
      try {
        if (parseShell(s).hasError) broken++;
      } catch {
        // a limit: compared above
      }
    }
    // Both kinds of tree are compared: the shortcuts are taken only without errors.
    expect(broken).toBeGreaterThan(texts.length / 2);
  });
});

describe('wrappers', () => {
  beforeAll(async () => {
    await initShellParser();
  });

  it('a program named like a property of Object.prototype is a program, not a wrapper', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const script = parseShell(source(`${name} -x sh -c id`));
      expect(script.commands.map((c) => c.words[0]?.value)).toEqual([name]);
      expect(unwrapCommand(script.commands[0]!).name?.value).toBe(name);
    }
  });

  it('a file running such a program is linted', async () => {
    const result = await lint({ files: [{ path: 'Dockerfile', text: 'FROM alpine\nRUN constructor -x y\nRUN toString -v\n', kind: 'dockerfile' }], config: false });
    expect(result.files.map((f) => f.status)).not.toContain('error');
  });
});
