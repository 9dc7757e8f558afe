/**
 * Broken input never crashes the linter: every fixture, cut short at several points and with
 * bytes garbled, lints to findings or a per-file error, never an exception.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { filesUnder } from './support/markers.js';

const root = join(import.meta.dirname, '..');
const inputs = filesUnder(join(root, 'fixtures'))
  .filter((f) => /(dockerfile|containerfile|compose[^/]*\.ya?ml|\.sh|makefile|\.md)$/i.test(f) && !f.includes('/fixtures/fuzz/'))
  .map((f) => ({ name: relative(root, f), text: readFileSync(f, 'utf8') }));

/** Deterministic variants: truncations and a few characters swapped for shell/YAML syntax. */
function variants(text: string): string[] {
  const out: string[] = [];
  for (const fraction of [0.13, 0.37, 0.61, 0.89]) out.push(text.slice(0, Math.floor(text.length * fraction)));
  const noise = ['"', "'", '\\', '{', '[', ':', '|', '$(', '<<', '*', '&', '\t'];
  let garbled = text;
  for (let i = 0; i < noise.length; i++) {
    const at = Math.floor((text.length * (i + 1)) / (noise.length + 1));
    garbled = garbled.slice(0, at) + noise[i] + garbled.slice(at + 1);
  }
  out.push(garbled);
  return out;
}

describe('robustness', () => {
  it(`lints ${inputs.length} fixtures cut short and garbled without throwing`, async () => {
    let runs = 0;
    for (const { name, text } of inputs) {
      const kind = /ya?ml$/i.test(name) ? 'compose' : /\.sh$/i.test(name) ? 'shell' : /makefile$/i.test(name) ? 'makefile' : /\.md$/i.test(name) ? 'markdown' : 'dockerfile';
      for (const variant of variants(text)) {
        const result = await lint({ files: [{ path: name, text: variant, kind }], cwd: root, profile: 'untrusted' });
        for (const f of result.findings) {
          expect(f.location.startLine, `${name}: ${f.ruleId}`).toBeGreaterThanOrEqual(1);
          expect(f.location.startColumn, `${name}: ${f.ruleId}`).toBeGreaterThanOrEqual(1);
        }
        for (const e of result.errors) expect(e.message, name).not.toMatch(/\n\s+at /);
        runs++;
      }
    }
    expect(runs).toBe(inputs.length * 5);
  });
});
