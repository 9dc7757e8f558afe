import { beforeAll, describe, expect, it } from 'vitest';
import { parseImage } from '../src/image/parse.js';
import { expandVars } from '../src/image/vars.js';
import { initShellParser } from '../src/shell.js';

beforeAll(() => initShellParser());

describe('variable substitution', () => {
  const vars = new Map([
    ['TAG', '1.2'],
    ['EMPTY', ''],
  ]);
  it.each([
    ['alpine:${TAG}', 'alpine:1.2', []],
    ['alpine:$TAG', 'alpine:1.2', []],
    ['${MISSING:-3.19}', '3.19', []],
    ['${EMPTY:-x}', 'x', []],
    ['${EMPTY-x}', '', []],
    ['${TAG:+set}', 'set', []],
    ['${MISSING:+set}', '', []],
    ['\\$TAG', '$TAG', []],
    ['alpine:${MISSING}', 'alpine:', ['MISSING']],
  ])('%s → %s', (text, value, unresolved) => {
    expect(expandVars(text, vars)).toEqual({ value, unresolved });
  });
});

describe('image model', () => {
  it('resolves global ARGs in FROM and finds the base image parts', () => {
    const image = parseImage({ file: 'D', text: 'ARG TAG=1.2\nFROM registry:5000/ns/alpine:${TAG}@sha256:abc AS Base\n' });
    const stage = image.stages[0]!;
    expect(stage.name?.value).toBe('base');
    expect(stage.base).toMatchObject({ resolved: 'registry:5000/ns/alpine:1.2@sha256:abc', name: 'registry:5000/ns/alpine', tag: '1.2', digest: 'sha256:abc' });
    expect(stage.base.written.loc).toMatchObject({ startLine: 2, startColumn: 6 });
  });

  it('build args override ARG defaults', () => {
    const image = parseImage({ file: 'D', text: 'ARG TAG=1.2\nFROM alpine:${TAG}\n', buildArgs: { TAG: 'latest' } });
    expect(image.stages[0]!.base.tag).toBe('latest');
  });

  it('knows a FROM that names an earlier stage, case-insensitively', () => {
    const image = parseImage({ file: 'D', text: 'FROM alpine:3 AS Builder\nFROM builder\nFROM BUILDER AS x\n' });
    expect(image.stages[1]!.parent).toBe(image.stages[0]);
    expect(image.stages[2]!.parent).toBe(image.stages[0]);
    expect(image.stages[1]!.base.tag).toBeUndefined();
  });

  it('scopes global ARGs: visible in a stage only when declared again', () => {
    const text = 'ARG U=0\nFROM a\nUSER $U\nFROM a\nARG U\nUSER $U\n';
    const image = parseImage({ file: 'D', text });
    expect(image.effectiveUser(image.stages[0]!)?.resolved).toBeUndefined();
    expect(image.effectiveUser(image.stages[1]!)?.resolved).toBe('0');
  });

  it('inherits ENV and USER through FROM <stage>, not ARG', () => {
    const text = 'FROM a AS base\nARG A=1\nENV E=2\nUSER app\nFROM base\nRUN x\n';
    const image = parseImage({ file: 'D', text });
    const run = image.stages[1]!.instructions[0]!;
    expect(run.vars.get('E')).toBe('2');
    expect(run.vars.has('A')).toBe(false);
    expect(image.effectiveUser(image.stages[1]!)?.written.value).toBe('app');
  });

  it('ENV takes precedence over ARG of the same name', () => {
    const image = parseImage({ file: 'D', text: 'FROM a\nENV V=env\nARG V=arg\nUSER $V\n' });
    expect(image.effectiveUser(image.builtStage!)?.resolved).toBe('env');
  });

  it('builds the last stage, or the target, and the stages it depends on', () => {
    const text = 'FROM a AS deps\nFROM a AS unused\nFROM a AS build\nCOPY --from=deps /x /x\nFROM build AS final\nRUN --mount=from=unused,target=/u true\n';
    const image = parseImage({ file: 'D', text });
    expect(image.builtStage?.name?.value).toBe('final');
    expect(image.buildStages.map((s) => s.name?.value)).toEqual(['deps', 'unused', 'build', 'final']);
    const targeted = parseImage({ file: 'D', text, target: 'build' });
    expect(targeted.buildStages.map((s) => s.name?.value)).toEqual(['deps', 'build']);
    expect(parseImage({ file: 'D', text, target: 'nope' }).missingTarget).toBe('nope');
  });

  it('reads flags with their options and locations', () => {
    const image = parseImage({ file: 'D', text: 'FROM a\nRUN --mount=type=secret,id=npm --network=host npm ci\n' });
    const run = image.instructions[1]!;
    expect(run.flags.map((f) => [f.name, f.value])).toEqual([
      ['mount', 'type=secret,id=npm'],
      ['network', 'host'],
    ]);
    expect(run.flags[0]!.options).toEqual({ type: 'secret', id: 'npm' });
    expect(run.flags[1]!.loc).toMatchObject({ startLine: 2, startColumn: 32 });
    expect(run.shell!.commands[0]!.words.map((w) => w.value)).toEqual(['npm', 'ci']);
  });

  it('reads parser directives', () => {
    const image = parseImage({ file: 'D', text: '# syntax=docker/dockerfile:1.7\n# escape=`\nFROM a\n' });
    expect(image.directives.syntax?.value).toBe('docker/dockerfile:1.7');
    expect(image.escape).toBe('`');
  });

  it('reads the platform of a stage', () => {
    const image = parseImage({ file: 'D', text: 'ARG P=windows/amd64\nFROM --platform=$P a\n' });
    expect(image.stages[0]!.platform?.value).toBe('windows/amd64');
  });
});
