/**
 * Every rule's documented examples, linted as the files they claim to be: the bad example
 * must draw at least one finding of the rule, the good one none. Each is linted in the
 * rule's own profile (a strict rule in `strict`), alone, from an empty folder with no
 * configuration file, so nothing but the example's text decides.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules, lint, type Rule } from '../src/index.js';

const cwd = mkdtempSync(join(tmpdir(), 'isolint-examples-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function lintExample(rule: Rule, text: string) {
  const path = rule.examples.kind === 'dockerfile' ? 'Dockerfile' : 'compose.yaml';
  const result = await lint({ files: [{ path, text, kind: rule.examples.kind }], profile: rule.profile, cwd, config: false });
  return {
    errors: result.errors,
    ids: result.findings.filter((f) => f.ruleId === rule.id).map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.message}`),
    suppressed: result.suppressed.filter((f) => f.ruleId === rule.id),
  };
}

describe('rule examples', () => {
  it('every rule has a bad and a good example of a known kind, small and self-contained', () => {
    for (const rule of allRules) {
      const { kind, bad, good } = rule.examples;
      expect(['dockerfile', 'compose'], rule.id).toContain(kind);
      for (const text of [bad, good]) {
        expect(text.trim(), rule.id).not.toBe('');
        expect(text.split('\n').length, `${rule.id}: an example of at most 10 lines`).toBeLessThanOrEqual(10);
        if (kind === 'dockerfile') expect(text, `${rule.id}: a Dockerfile example has a FROM`).toMatch(/^FROM\s/im);
        else expect(text, `${rule.id}: a Compose example has services:`).toMatch(/^services:/m);
      }
      expect(good, `${rule.id}: the good example differs from the bad one`).not.toBe(bad);
    }
  });

  for (const rule of allRules) {
    describe(rule.id, () => {
      it(`the bad example is flagged by ${rule.id} (profile ${rule.profile})`, async () => {
        const r = await lintExample(rule, rule.examples.bad);
        expect(r.errors).toEqual([]);
        expect(r.suppressed).toEqual([]);
        expect(r.ids.length, `${rule.id} does not flag its bad example`).toBeGreaterThan(0);
      });

      it(`the good example is not flagged by ${rule.id} (profile ${rule.profile})`, async () => {
        const r = await lintExample(rule, rule.examples.good);
        expect(r.errors).toEqual([]);
        expect(r.ids, `${rule.id} flags its good example`).toEqual([]);
      });
    });
  }
});
