/**
 * ReDoS guard: every regular expression isolint applies to file content meets input built to
 * make a backtracking pattern super-linear (long runs of the characters it backtracks on,
 * long whitespace, nested brackets), about 100,000 characters each, inside a whole file
 * linted through every rule. Linting such a file takes well under a second; a super-linear
 * pattern takes many seconds to minutes, so the bound is generous (orders of magnitude above
 * linear) and still catches one.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { MAX_PARSE_CHARS, resetShellParseStats, setShellCacheLimit, shellParseStats } from '../src/shell.js';

const N = 100_000;
const LIMIT_MS = 5000;

/** Each input is a file as an attacker could commit it. */
const dockerfiles: Record<string, string> = {
  'spaces before the end of a line with a finding (suppression comment strip)': `FROM ubuntu\nUSER root${' '.repeat(N)}x\n`,
  'tabs and spaces before a # on a finding line': `FROM ubuntu\nUSER root${' \t'.repeat(N / 2)}#${' '.repeat(10)}x\n`,
  'many # isolint-ignore directives on one line': `FROM ubuntu\nUSER root ${'#isolint-ignore'.repeat(N / 15)}\u2028\n`,
  'an unterminated heredoc of blank lines': `FROM ubuntu\nRUN <<EOF\n${'\n'.repeat(N)}x\n`,
  'an unterminated heredoc of whitespace lines': `FROM ubuntu\nRUN <<EOF\n${' \n\t\r'.repeat(N / 4)}x\n`,
  'a heredoc written to an APT sources file, blank lines, no URIs': `FROM ubuntu\nRUN <<EOF cat > /etc/apt/sources.list.d/x.sources\nTrusted: yes\n${'\n'.repeat(N)}x\nEOF\n`,
  'echo of blank lines into an APT sources file': `FROM ubuntu\nRUN printf 'Trusted: yes${'\\n'.repeat(N / 2)}x' > /etc/apt/sources.list.d/x.sources\n`,
  'echo of many [ into an APT list': `FROM ubuntu\nRUN echo 'deb ${'['.repeat(N)}' > /etc/apt/sources.list\n`,
  'a scheme-like run with no :// (URL credentials)': `FROM ubuntu\nRUN curl ${'a.'.repeat(N / 2)}\nENV A=${'a-'.repeat(N / 2)}\n`,
  'many :// with no credentials': `FROM ubuntu\nRUN curl ${'a://b'.repeat(N / 5)}\n`,
  'trailing slashes on a COPY source and destination': `FROM ubuntu\nCOPY ${'/'.repeat(N)}x ${'/'.repeat(N)}y\n`,
  'trailing slashes in chmod': `FROM ubuntu\nRUN chmod 777 ${'/'.repeat(N)}x\n`,
  'sed with many unterminated s commands': `FROM ubuntu\nRUN sed -i '${Array.from({ length: N / 3 }, (_, i) => ' s' + String.fromCharCode(0x4e00 + (i % 20000))).join('')}' /etc/passwd\n`,
  'sed with one long unterminated s command': `FROM ubuntu\nRUN sed -i 's/${'\\/'.repeat(N / 2)}' /etc/passwd\n`,
  'a long shell word with a stray )': `FROM ubuntu\nRUN ${'a'.repeat(N)})\n`,
  'long whitespace in a RUN': `FROM ubuntu\nRUN ${' '.repeat(N)}x\n`,
  'nested brackets in an exec form': `FROM ubuntu\nCMD ${'['.repeat(N)}\n`,
  'many continuation backslashes': `FROM ubuntu\nRUN a ${'\\ '.repeat(N / 2)}\n`,
  'many [trusted=yes with no ] in an APT list': `FROM ubuntu\nRUN echo 'deb ${'[trusted=yes '.repeat(N / 13)}' > /etc/apt/sources.list\n`,
  'long runs of $': `FROM ubuntu\nENV A=${'$'.repeat(N)}\n`,
  'a netrc-like line': `FROM ubuntu\nRUN echo "${'machine a login '.repeat(N / 16)}" > ~/.netrc\n`,
  'npm token-like text': `FROM ubuntu\nRUN echo "${'_authToken '.repeat(N / 11)}" > .npmrc\n`,
  'a long image reference': `FROM ${'a'.repeat(N)}@sha256:${'a'.repeat(N)}\n`,
  'a long user': `FROM ubuntu\nUSER ${'0'.repeat(N)}:${'0'.repeat(N)}\n`,
  'a long EXPOSE range': `FROM ubuntu\nEXPOSE ${'1'.repeat(N)}-${'2'.repeat(N)}/${'t'.repeat(N)}\n`,
  'a long --mount option': `FROM ubuntu\nRUN --mount=${'type=bind,'.repeat(N / 10)} true\n`,
};

const composeFiles: Record<string, string> = {
  'a long service name and image': `services:\n  ${'a'.repeat(N)}:\n    image: ${'b:'.repeat(N / 2)}\n`,
  'a long bind mount of slashes': `services:\n  a:\n    image: x\n    volumes:\n      - "${'/'.repeat(N)}x:/y"\n      - "~${'/'.repeat(N)}x:/z"\n`,
  'long environment values with URL-like text': `services:\n  a:\n    image: x\n    environment:\n      A: "${'a.'.repeat(N / 2)}"\n      B: "x://${'a:'.repeat(N / 2)}"\n`,
  'long whitespace before a comment': `services:\n  a:\n    image: x\n    privileged: true${' '.repeat(N)}# isolint-ignore\n`,
  'spaces then no comment on a finding line': `services:\n  a:\n    image: x\n    privileged: true${' '.repeat(N)}\n`,
  'a long sh -c command': `services:\n  a:\n    image: x\n    command: ["sh", "-c", "${'a'.repeat(N)})"]\n`,
  'nested flow brackets': `services:\n  a:\n    image: x\n    x-y: ${'['.repeat(50)}${']'.repeat(50)}\n    labels: "${'{'.repeat(N)}"\n`,
  'a long ${ interpolation': `services:\n  a:\n    image: "\${${'A'.repeat(N)}:-\${${'B'.repeat(N)}"\n`,
  'long port ranges': `services:\n  a:\n    image: x\n    ports: ["${'1'.repeat(N)}-${'2'.repeat(N)}:80"]\n`,
  'many anchors and aliases on one line': `x: &a {a: 1}\nservices:\n  a:\n    image: x\n    labels: [${'*a, '.repeat(N / 4)}]\n`,
  'long security_opt and devices': `services:\n  a:\n    image: x\n    security_opt: ["${'seccomp:'.repeat(N / 8)}"]\n    devices: ["${'/dev/'.repeat(N / 5)}"]\n    device_cgroup_rules: ["c ${'*'.repeat(N)}:* rwm"]\n`,
  'a long network_mode and pid': `services:\n  a:\n    image: x\n    network_mode: "service:${':'.repeat(N)}"\n    pid: "container:${' '.repeat(N)}x"\n`,
};

/** The sources of `docker run` lines: shell scripts, Makefiles, Markdown, by the file name they are read as. */
const runLines: [string, string, string][] = [
  ['deploy.sh', 'a docker run with 20,000 flags', `docker run ${'--privileged -v /:/h -p 1:1 --cap-add=ALL '.repeat(N / 40)}x\n`],
  ['deploy.sh', 'a docker run with one long -v and --mount', `docker run -v ${':'.repeat(N)} --mount ${',src='.repeat(N / 5)} --security-opt ${'='.repeat(N)} x\n`],
  ['deploy.sh', 'many docker run lines', 'docker run --pid=host x:1\n'.repeat(N / 25)],
  ['deploy.sh', 'a docker run of unknown flags and $OPTS words', `docker run ${'--frob $OPTS -Z '.repeat(N / 16)}x\n`],
  ['Makefile', 'a rule with many continued recipe lines', `a:\n${'\tdocker run --pid=host x \\\n'.repeat(N / 25)}\n`],
  ['Makefile', 'long runs of $$ and unclosed $(', `a:\n\tdocker run ${'$$'.repeat(N / 2)} ${'$<'.repeat(N / 2)}\n`],
  ['Makefile', 'a long prerequisite line of colons and assignments', `${'a:'.repeat(N / 2)}\n${'export '.repeat(N / 7)}x\n${'a '.repeat(N / 2)}=\n`],
  ['Makefile', 'many backslashes at the end of a line', `a:\n\tdocker run x ${'\\'.repeat(N)}\n`],
  ['README.md', 'many unclosed fences', '```sh\n'.repeat(N / 6)],
  ['README.md', 'a console block of continued lines', `\`\`\`console\n$ docker run \\\n${'  --pid=host \\\n'.repeat(N / 15)}  x\n\`\`\`\n`],
  ['README.md', 'a console line of backslashes', `\`\`\`console\n$ docker run ${'\\'.repeat(N)}\n\`\`\`\n`],
];

async function timed(path: string, text: string): Promise<number> {
  const started = performance.now();
  const result = await lint({ files: [{ path, text }], config: false, profile: 'untrusted' });
  const ms = performance.now() - started;
  for (const e of result.errors) expect(e.message).not.toMatch(/internal error/i);
  return ms;
}

describe('ReDoS guard', () => {
  // Not a regular expression: tree-sitter-bash's error recovery is quadratic on unbalanced `${`
  // (RUN echo followed by 20,000 `${`: 1.7 s; 40,000: 6.5 s), so shell text reaches it in pieces
  // of bounded size (src/shell.ts). Counted in steps, not time: no piece is larger than the
  // bound and no character is handed to tree-sitter twice.
  it('Dockerfile: a RUN of 50,000 unbalanced ${ (tree-sitter error recovery) reaches tree-sitter in bounded pieces', async () => {
    const run = `echo ${'${'.repeat(50_000)}`;
    const text = `FROM ubuntu\nUSER root\nRUN ${run}\nRUN sudo true\n`;
    setShellCacheLimit(0);
    resetShellParseStats();
    try {
      const result = await lint({ files: [{ path: 'Dockerfile', text }], config: false, profile: 'untrusted' });
      for (const e of result.errors) expect(e.message).not.toMatch(/internal error/i);
      expect(result.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['root-user', 'sudo-usage']));
    } finally {
      setShellCacheLimit(1 << 19);
    }
    expect(shellParseStats.maxChars).toBeLessThanOrEqual(MAX_PARSE_CHARS);
    expect(shellParseStats.chars).toBeLessThanOrEqual(text.length);
  });
  for (const [name, text] of Object.entries(dockerfiles)) {
    it(`Dockerfile: ${name}`, async () => {
      expect(await timed('Dockerfile', text)).toBeLessThan(LIMIT_MS);
    });
  }
  for (const [path, name, text] of runLines) {
    it(`${path}: ${name}`, async () => {
      expect(await timed(path, text)).toBeLessThan(LIMIT_MS);
    });
  }
  for (const [name, text] of Object.entries(composeFiles)) {
    it(`compose.yaml: ${name}`, async () => {
      expect(await timed('compose.yaml', text)).toBeLessThan(LIMIT_MS);
    });
  }
});
