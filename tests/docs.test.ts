import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { withRulesTable } from '../src/docs.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('opens with exactly the two set-up commands', () => {
    const blocks = [...readme.matchAll(/```(?:sh|bash)?\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks[0]).toBe('npm ci && npm start');
    expect(blocks[1]).toBe('npm test');
  });

  it('lists every rule, generated from rule metadata (run `npm run docs` to update)', () => {
    expect(readme).toBe(withRulesTable(readme, allRules));
  });
});
