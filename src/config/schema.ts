/**
 * The JSON Schema of `.isolint.yaml`, built from the rules' metadata so that every rule id is
 * listed (editors complete them) and a rule's options are checked against what the rule
 * declares. `npm run docs` writes it to schema/isolint.schema.json, which the package ships.
 */
import type { RuleMeta } from '../engine/rule.js';
import { PROFILES } from '../engine/rule.js';

export const RULE_LEVELS = ['off', 'note', 'warning', 'error'] as const;

type JsonSchema = Record<string, unknown>;

function ruleSetting(rule: RuleMeta): JsonSchema {
  const level = { enum: [...RULE_LEVELS], description: `off, or the level to report ${rule.id} at (default ${rule.level})` };
  const object: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
      level,
      ...(rule.options ? { options: { ...rule.options.schema, description: rule.options.description } } : {}),
    },
  };
  return { description: rule.title, anyOf: [level, object] };
}

function rulesSchema(rules: readonly RuleMeta[]): JsonSchema {
  return {
    type: 'object',
    description: 'Rule id → off | note | warning | error, or {level, options}.',
    additionalProperties: false,
    properties: Object.fromEntries(rules.map((r) => [r.id, ruleSetting(r)])),
  };
}

const globs = (description: string): JsonSchema => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
const profile: JsonSchema = { enum: [...PROFILES], description: 'recommended (default), strict or untrusted' };

export function configSchema(rules: readonly RuleMeta[]): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'isolint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      profile,
      rules: rulesSchema(rules),
      ignore: globs('Files not to lint: .gitignore-style patterns, relative to the folder of this file.'),
      overrides: {
        type: 'array',
        description: 'Settings for some files, applied in order after the top-level ones (a later entry wins).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { ...globs('.gitignore-style patterns, relative to the folder of this file.'), minItems: 1 },
            profile,
            rules: rulesSchema(rules),
          },
        },
      },
    },
  };
}

/** Where the package ships the schema, relative to its root. */
export const CONFIG_SCHEMA_PATH = 'schema/isolint.schema.json';

export function configSchemaText(rules: readonly RuleMeta[]): string {
  return JSON.stringify(configSchema(rules), null, 2) + '\n';
}
