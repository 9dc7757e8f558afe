/**
 * Rule metadata matches the rule catalog, the v1 contract in ../shared/rule-catalog.md
 * (beside the repository in development and CI): ids, sources, levels, severities, profiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';

const catalogPath = join(import.meta.dirname, '..', '..', 'shared', 'rule-catalog.md');
const PROFILE = { R: 'recommended', S: 'strict', U: 'untrusted' } as const;

interface Entry {
  id: string;
  sources: string[];
  level: string;
  severity: number;
  profile: string;
}

function catalog(): Entry[] {
  const rows = readFileSync(catalogPath, 'utf8').split('\n').filter((l) => /^\| [a-z0-9]+(-[a-z0-9]+)+ \|/.test(l));
  return rows.map((row) => {
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    const [id, source, , level, sev, profile] = cells;
    return {
      id: id!,
      sources: source!.split(',').map((s) => s.trim()),
      level: level!,
      // "9.0/7.5": the rule's own severity is the highest; findings may carry the lower one.
      severity: Math.max(...sev!.split('/').map(Number)),
      profile: PROFILE[profile as keyof typeof PROFILE],
    };
  });
}

describe.skipIf(!existsSync(catalogPath))('rule catalog contract', () => {
  const entries = existsSync(catalogPath) ? catalog() : [];

  it('has every catalog rule', () => {
    expect(entries.length).toBeGreaterThanOrEqual(51);
    const ids = new Set(allRules.map((r) => r.id));
    expect(entries.map((e) => e.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const entry of entries) {
    it(`${entry.id} has the catalog's sources, level, severity and profile`, () => {
      const rule = allRules.find((r) => r.id === entry.id)!;
      expect({ id: rule.id, sources: rule.sources, level: rule.level, severity: rule.securitySeverity, profile: rule.profile }).toEqual({
        id: entry.id,
        sources: entry.sources,
        level: entry.level,
        severity: entry.severity,
        profile: entry.profile,
      });
    });
  }
});
