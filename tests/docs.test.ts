import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { allSources } from '../src/sources/index.js';
import { ruleDoc, ruleDocPath, withRulesTable } from '../src/docs.js';
import { CONFIG_SCHEMA_PATH, configSchemaText } from '../src/config/schema.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('opens with exactly the two set-up commands', () => {
    const blocks = [...readme.matchAll(/```(?:sh|bash)?\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks[0]).toBe('npm ci && npm start');
    expect(blocks[1]).toBe('npm test');
  });

  it('lists every source with what it reads, as --list-sources prints it', () => {
    const table = allSources.map((s) => `| \`${s.kind}\` | ${s.reads} |`).join('\n');
    expect(readme).toContain(`| source | reads |\n|---|---|\n${table}\n`);
  });

  it('lists every rule, generated from rule metadata (run `npm run docs` to update)', () => {
    expect(readme).toBe(withRulesTable(readme, allRules));
  });
});

describe('rule pages', () => {
  const root = join(import.meta.dirname, '..');
  it('there is one page per rule and no other (run `npm run docs` to update)', () => {
    expect(readdirSync(join(root, 'docs', 'rules')).sort()).toEqual(allRules.map((r) => `${r.id}.md`).sort());
  });
  it('each page shows the bad and the good example, each in a code block of its language', () => {
    for (const rule of allRules) {
      const page = ruleDoc(rule);
      const lang = rule.examples.kind === 'dockerfile' ? 'dockerfile' : 'yaml';
      const bad = page.indexOf(`**Bad**`);
      const good = page.indexOf(`**Good**`);
      expect(bad, rule.id).toBeGreaterThan(page.indexOf('## Examples'));
      expect(good, rule.id).toBeGreaterThan(bad);
      expect(page.slice(bad, good), rule.id).toContain(`\`\`\`${lang}\n${rule.examples.bad}\n\`\`\`\n`);
      expect(page.slice(good), rule.id).toContain(`\`\`\`${lang}\n${rule.examples.good}\n\`\`\`\n`);
    }
  });

  for (const rule of allRules) {
    it(`${rule.id} page is generated from its metadata`, () => {
      expect(readFileSync(join(root, ruleDocPath(rule.id)), 'utf8')).toBe(ruleDoc(rule));
    });
  }
});

describe('configuration schema', () => {
  it('is generated from rule metadata (run `npm run docs` to update)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', CONFIG_SCHEMA_PATH), 'utf8')).toBe(configSchemaText(allRules));
  });
});
