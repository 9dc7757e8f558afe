import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { defineRule, ruleCanFire, ruleInProfile } from '../src/engine/rule.js';
import sudoUsage from '../rules/sudo-usage.js';

const broken = defineRule({
  id: 'broken-rule',
  title: 'Throws',
  level: 'error',
  securitySeverity: 1,
  profile: 'recommended',
  sources: ['image'],
  category: 'test',
  rationale: 'A stand-in for a bug in a rule.',
  fix: 'None.',
  examples: { kind: 'dockerfile', bad: 'FROM alpine:3.20', good: 'FROM alpine:3.20' },
  references: [],
  checkImage() {
    throw new Error('boom');
  },
});

describe('engine', () => {
  it('a rule that throws becomes a per-file error; other rules and files still run', async () => {
    const result = await lint({
      rules: [broken, sudoUsage],
      files: [
        { path: 'a/Dockerfile', text: 'FROM alpine:3.20\nRUN sudo id\n' },
        { path: 'b/Dockerfile', text: 'FROM alpine:3.20\nRUN sudo id\n' },
      ],
    });
    expect(result.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`)).toEqual([
      'a/Dockerfile:2:5 sudo-usage',
      'b/Dockerfile:2:5 sudo-usage',
    ]);
    expect(result.errors).toEqual([
      { file: 'a/Dockerfile', message: 'internal error in rule broken-rule: boom (please report this as an isolint bug)' },
      { file: 'b/Dockerfile', message: 'internal error in rule broken-rule: boom (please report this as an isolint bug)' },
    ]);
  });

  it('profiles nest: recommended ⊂ strict ⊂ untrusted', () => {
    const strictRule = { ...sudoUsage, profile: 'strict' as const };
    expect(['recommended', 'strict', 'untrusted'].map((p) => ruleInProfile(strictRule, p as never))).toEqual([false, true, true]);
    expect(ruleCanFire({ ...strictRule, checksOutsideProfile: true }, 'recommended')).toBe(true);
  });

  it('refuses rule metadata outside the contract', () => {
    expect(() => defineRule({ ...broken, securitySeverity: 0 })).toThrow(/security severity/);
    expect(() => defineRule({ ...broken, rationale: '' })).toThrow(/lacks rationale/);
    expect(() => defineRule({ ...broken, examples: { ...broken.examples, good: '' } })).toThrow(/lacks a bad and a good example/);
  });
});
