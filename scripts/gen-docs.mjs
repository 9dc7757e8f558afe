// Regenerates the rule table in README.md and docs/rules/<id>.md from the built rule
// metadata, and the configuration's JSON Schema (run `npm run build` first; `npm run docs` does both).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ruleDoc, ruleDocPath, withRulesTable } from '../dist/src/docs.js';
import { allRules } from '../dist/rules/index.js';
import { configSchemaText, CONFIG_SCHEMA_PATH } from '../dist/src/config/schema.js';

const readme = readFileSync('README.md', 'utf8');
const next = withRulesTable(readme, allRules);
if (next !== readme) writeFileSync('README.md', next);

mkdirSync('docs/rules', { recursive: true });
const wanted = new Set(allRules.map((r) => ruleDocPath(r.id)));
for (const f of readdirSync('docs/rules')) if (!wanted.has(`docs/rules/${f}`)) rmSync(`docs/rules/${f}`);
for (const rule of allRules) writeFileSync(ruleDocPath(rule.id), ruleDoc(rule));

mkdirSync('schema', { recursive: true });
writeFileSync(CONFIG_SCHEMA_PATH, configSchemaText(allRules));
