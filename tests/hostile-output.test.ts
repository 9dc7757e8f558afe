/**
 * File content and file names carrying terminal escape sequences (ESC[2J, OSC 8 hyperlinks,
 * OSC 0 titles with BEL, CR, backspace, C1, bidi overrides) are shown visibly in text and
 * github output and in stderr error lines; XML reports stay well-formed; JSON/SARIF carry them exactly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { formatters } from '../src/format/index.js';
import { visible } from '../src/format/visible.js';
import { allRules } from '../rules/index.js';

const ESC = '\x1b';
const CLEAR = `${ESC}[2J`;
const LINK = `${ESC}]8;;http://evil.example${ESC}\\`;
const TITLE = `${ESC}]0;pwned\x07`;
const NAME = `ev${CLEAR}il${TITLE}\r\b\u202e\u0085\x7f`;
const SHOWN = 'ev\\x1b[2Jil\\x1b]0;pwned\\x07\\x0d\\x08\\u202e\\x85\\x7f';
/** A YAML double-quoted scalar holding `s`: every non-printable character as a YAML escape. */
const yamlQuoted = (s: string) => `"${s.replace(/[^\x20-\x7e]|["\\]/g, (c) => (c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}"`;
const COMPOSE = `services:\n  ${yamlQuoted(NAME)}:\n    image: ${yamlQuoted(`alpine${LINK}x`)}\n    privileged: true\n`;
// Terminal-active: C0 but tab/newline, DEL, C1, bidi controls.
const ACTIVE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('visible()', () => {
  it('escapes C0, DEL, C1 and bidi controls, keeps tab and (when asked) newline, leaves other text alone', () => {
    expect(visible(`a${CLEAR}b\tc\nd\u2066e\u2069é😀`)).toBe('a\\x1b[2Jb\tc\\x0ad\\u2066e\\u2069é😀');
    expect(visible('a\nb\rc', true)).toBe('a\nb\\x0dc');
    expect(visible('\u0000\u009f\u200f\u061c')).toBe('\\x00\\x9f\\u200f\\u061c');
  });
});

describe('escape sequences from a linted file', () => {
  async function reports() {
    const result = await lint({ files: [{ path: `compose${TITLE}.yaml`, text: COMPOSE, kind: 'compose' }], cwd: '/nowhere' });
    expect(result.findings.map((f) => f.ruleId)).toContain('privileged-container');
    // The model really carries the raw sequences (so the assertions below can fail).
    expect(JSON.stringify(result)).toContain('\\u001b[2J');
    const input = { result, profile: 'recommended' as const, rules: allRules, cwd: '/nowhere' };
    return Object.fromEntries(formatters.map((f) => [f.name, f.format(input, { color: false })]));
  }

  it('text and github show them visibly and print no raw control character', async () => {
    const out = await reports();
    for (const name of ['text', 'github']) {
      const lines = out[name]!.split('\n');
      for (const line of lines) expect(line, `${name}: ${JSON.stringify(line)}`).not.toMatch(ACTIVE);
      expect(out[name], name).toContain(`service ${SHOWN} runs privileged`);
      expect(out[name], name).toContain('alpine\\x1b]8;;http://evil.example\\x1b\\x');
    }
    expect(out.text).toContain(`compose\\x1b]0;pwned\\x07.yaml:4:17 error privileged-container`);
    expect(out.github).toContain('file=compose\\x1b]0;pwned\\x07.yaml,line=4');
  });

  it('JSON and SARIF carry them exactly; JUnit and Checkstyle write nothing XML 1.0 forbids', async () => {
    const out = await reports();
    for (const name of ['json', 'sarif']) expect(out[name], name).toContain('\\u001b]0;pwned\\u0007');
    for (const name of ['junit', 'checkstyle']) {
      // Forbidden in XML 1.0, raw or as a character reference.
      expect(out[name], name).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
      expect(out[name], name).not.toMatch(/&#(x0*([0-8bcef]|1[0-9a-f])|0*([0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/i);
      expect(out[name], name).toContain('privileged-container');
    }
  });

  it('stderr file-error lines show a hostile file name visibly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isolint-escape-'));
    writeFileSync(join(dir, `Dockerfile${CLEAR}`), Buffer.from([0x46, 0x00, 0xff]));
    writeFileSync(join(dir, 'Dockerfile'), Buffer.from([0x46, 0x00, 0xff]));
    const bin = join(import.meta.dirname, '..', 'dist', 'src', 'bin.js');
    const r = spawnSync(process.execPath, [bin, '-f', 'json', `Dockerfile${CLEAR}`, 'Dockerfile'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toContain('isolint: Dockerfile\\x1b[2J: binary or not UTF-8');
    expect(JSON.parse(r.stdout).errors.map((e: { file: string }) => e.file)).toContain(`Dockerfile${CLEAR}`);
  });

  it('a configuration error quoting the configuration file shows its escapes visibly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isolint-escape-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\n');
    writeFileSync(join(dir, '.isolint.yaml'), 'rules:\n  "evil\\e[2J": off\n');
    const bin = join(import.meta.dirname, '..', 'dist', 'src', 'bin.js');
    const r = spawnSync(process.execPath, [bin, '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('evil\\x1b[2J');
    expect(r.stderr).not.toContain(ESC);
  });
});
