/**
 * Every fixture under fixtures/rules/<rule-id>/ is linted and its findings compared with the
 * markers written in it (rule id, file, line and column). A fixture entry is a file linted
 * on its own, or a folder linted as a project (Compose overrides, cross-file builds).
 * Findings of the folder's rule, and of any rule a marker names, must match exactly.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { allRules } from '../rules/index.js';
import type { Profile } from '../src/engine/rule.js';
import { filesUnder, key, readMarkers } from './support/markers.js';

const root = join(import.meta.dirname, '..');
const fixturesDir = join(root, 'fixtures', 'rules');
const ruleDirs = existsSync(fixturesDir) ? readdirSync(fixturesDir).sort() : [];

describe('fixtures', () => {
  it('every fixture folder is named after a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    expect(ruleDirs.filter((d) => !ids.has(d))).toEqual([]);
  });

  for (const ruleId of ruleDirs) {
    describe(ruleId, () => {
      for (const entry of readdirSync(join(fixturesDir, ruleId)).sort()) {
        it(entry, async () => {
          const path = join(fixturesDir, ruleId, entry);
          const markers = filesUnder(path).map((f) => readMarkers(f, root));
          expect(markers.flatMap((m) => m.errors)).toEqual([]);
          const expected = markers.flatMap((m) => m.expected);
          const settings = Object.assign({}, ...markers.map((m) => m.settings));
          const result = await lint({
            paths: [path],
            cwd: root,
            profile: (settings.profile ?? 'untrusted') as Profile,
            ...(settings.target ? { target: settings.target } : {}),
          });
          expect(result.errors).toEqual([]);
          const checked = new Set([ruleId, ...expected.map((e) => e.ruleId)]);
          const actual = result.findings
            .filter((f) => checked.has(f.ruleId))
            .map((f) => key({ file: f.location.file, line: f.location.startLine, column: f.location.startColumn, ruleId: f.ruleId }));
          expect(actual.sort()).toEqual(expected.map(key).sort());
        });
      }
    });
  }
});

describe('fixture coverage', () => {
  for (const rule of allRules) {
    it(`${rule.id} has at least two positive and two negative fixtures`, () => {
      const dir = join(fixturesDir, rule.id);
      expect(existsSync(dir), `fixtures/rules/${rule.id}/ is missing`).toBe(true);
      let positive = 0;
      let negative = 0;
      for (const entry of readdirSync(dir)) {
        const expected = filesUnder(join(dir, entry)).flatMap((f) => readMarkers(f, root).expected);
        if (expected.some((e) => e.ruleId === rule.id)) positive++;
        else negative++;
      }
      expect(positive, 'positive fixtures').toBeGreaterThanOrEqual(2);
      expect(negative, 'negative fixtures').toBeGreaterThanOrEqual(2);
    });
  }
});
