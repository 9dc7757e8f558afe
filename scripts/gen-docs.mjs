// Regenerates the rule table in README.md from the built rule metadata (run `npm run build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from '../dist/src/docs.js';
import { allRules } from '../dist/rules/index.js';

const readme = readFileSync('README.md', 'utf8');
const next = withRulesTable(readme, allRules);
if (next !== readme) writeFileSync('README.md', next);
