/** The positioned YAML tree: positions, anchors and merge keys, scalar types, limits. */
import { describe, expect, it } from 'vitest';
import { get, locOf, parseYaml, scalarOffsets, toPlain, YamlError, type YMap, type YNode, type YScalar } from '../src/compose/yaml.js';
import { at, yamlFile } from './support/compose.js';

const parse = (text: string) => parseYaml(yamlFile(text));
const path = (node: YNode | undefined, ...keys: (string | number)[]): YNode | undefined =>
  keys.reduce<YNode | undefined>((n, k) => (typeof k === 'number' ? (n?.kind === 'seq' ? n.items[k] : undefined) : get(n, k)), node);
const where = (node: YNode | undefined) => (node ? at(locOf(node), true) : '-');

function parseError(text: string): { message: string; line: number | undefined; column: number | undefined } {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(YamlError);
    const err = e as YamlError;
    return { message: err.message, line: err.line, column: err.column };
  }
  throw new Error('expected an error');
}

describe('positions', () => {
  const doc = parse(
    [
      'services:', //                                   1
      '  web:', //                                      2
      '    image: "nginx:1.27"', //                     3
      "    user: 'app'", //                             4
      '    ports: [ "80:80", 443 ]', //                 5
      '    command: |', //                              6
      '      echo hi', //                               7
      '      echo there', //                            8
      '    labels: {a: b}', //                          9
      '    init:', //                                   10
      '    cap_add:', //                                11
      '      - SYS_ADMIN', //                           12
    ].join('\n') + '\n',
  );
  const web = path(doc, 'services', 'web');

  it('places a plain, single- and double-quoted scalar on its token, quotes included', () => {
    expect(where(path(web, 'image'))).toBe('compose.yaml:3:12-3:24');
    expect(where(path(web, 'user'))).toBe('compose.yaml:4:11-4:16');
    expect(where(path(web, 'cap_add', 0))).toBe('compose.yaml:12:9-12:18');
  });

  it('places a key on its text', () => {
    const pair = (web as YMap).pairs.find((p) => p.key.text === 'image')!;
    expect(at(locOf(pair.key), true)).toBe('compose.yaml:3:5-3:10');
  });

  it('places a flow collection from bracket to bracket and its items on themselves', () => {
    expect(where(path(web, 'ports'))).toBe('compose.yaml:5:12-5:28');
    expect(where(path(web, 'ports', 0))).toBe('compose.yaml:5:14-5:21');
    expect(where(path(web, 'ports', 1))).toBe('compose.yaml:5:23-5:26');
    expect(where(path(web, 'labels'))).toBe('compose.yaml:9:13-9:19');
  });

  it('starts a block scalar at its indicator and ends it with its text', () => {
    expect(where(path(web, 'command'))).toBe('compose.yaml:6:14-8:17');
    const command = path(web, 'command') as YScalar;
    expect(command.text).toBe('echo hi\necho there\n');
    expect(scalarOffsets(command).slice(0, 4)).toEqual([...'echo'].map((_, i) => doc.file.text.indexOf('echo hi') + i));
  });

  it('places an empty value right after its key', () => {
    const init = path(web, 'init') as YScalar;
    expect(init.value).toBeNull();
    expect(where(init)).toBe('compose.yaml:10:10-10:10');
  });

  it('maps the characters of an escaped double-quoted scalar to where they are written', () => {
    const s = path(parse('a: "x\\ty"\n'), 'a') as YScalar;
    expect(s.text).toBe('x\ty');
    // x at 4, the escape \t at 5 (the tab stands for the backslash), y at 7.
    expect(scalarOffsets(s)).toEqual([4, 5, 7]);
  });
});

describe('anchors, aliases and merge keys', () => {
  const text = [
    'x-base: &base', //             1
    '  read_only: true', //         2
    '  user: app', //               3
    'x-danger: &danger', //         4
    '  privileged: true', //        5
    '  user: root', //              6
    'x-list: &list [a, b]', //      7
    'services:', //                 8
    '  one:', //                    9
    '    <<: *base', //             10
    '    user: one', //             11
    '  two:', //                    12
    '    <<: [*danger, *base]', //  13
    '  three:', //                  14
    '    labels: *list', //         15
  ].join('\n');
  const doc = parse(text);

  it('resolves merge keys with Compose precedence: own keys, then earlier sources', () => {
    expect(toPlain(path(doc, 'services')!)).toEqual({
      one: { user: 'one', read_only: true },
      two: { privileged: true, user: 'root', read_only: true },
      three: { labels: ['a', 'b'] },
    });
  });

  it('keeps the position where a merged value is written (the anchor)', () => {
    expect(where(path(doc, 'services', 'one', 'read_only'))).toBe('compose.yaml:2:14-2:18');
    expect(where(path(doc, 'services', 'one', 'user'))).toBe('compose.yaml:11:11-11:14');
    expect(where(path(doc, 'services', 'two', 'user'))).toBe('compose.yaml:6:9-6:13');
    expect(where(path(doc, 'services', 'two', 'read_only'))).toBe('compose.yaml:2:14-2:18');
  });

  it('makes an alias the anchored node itself, with its position', () => {
    expect(path(doc, 'services', 'three', 'labels')).toBe(path(doc, 'x-list'));
    expect(where(path(doc, 'services', 'three', 'labels', 1))).toBe('compose.yaml:7:19-7:20');
  });
});

describe('scalar types (YAML 1.2 core schema, as Compose reads YAML)', () => {
  const cases: [string, unknown][] = [
    ['true', true],
    ['False', false],
    ['"true"', 'true'],
    ['yes', 'yes'],
    ['on', 'on'],
    ['~', null],
    ['null', null],
    ['', null],
    ['1000', 1000],
    ['0x1F', 31],
    ['0o17', 15],
    ['0.5', 0.5],
    ['"5432:5432"', '5432:5432'],
    ['80:80', '80:80'],
    ['!!str 5', '5'],
    ["'it''s'", "it's"],
  ];
  for (const [written, expected] of cases) {
    it(`a: ${written}`, () => {
      expect((path(parse(`a: ${written}\n`), 'a') as YScalar).value).toEqual(expected);
    });
  }
});

describe('files that are not one Compose mapping', () => {
  it('gives an empty mapping for an empty or comment-only file', () => {
    expect(toPlain(parse(''))).toEqual({});
    expect(toPlain(parse('# nothing yet\n'))).toEqual({});
  });

  it('accepts a leading --- and a trailing empty document', () => {
    expect(toPlain(parse('---\nservices: {}\n'))).toEqual({ services: {} });
    expect(toPlain(parse('services: {}\n---\n'))).toEqual({ services: {} });
  });

  it('refuses several documents, at the second one', () => {
    expect(parseError('services: {}\n---\nvolumes: {}\n')).toEqual({
      message: 'the file has several YAML documents (---); a Compose file is one document',
      line: 3,
      column: 1,
    });
  });

  it('refuses a list or a scalar at the top', () => {
    expect(parseError('- services: {}\n')).toEqual({
      message: 'a Compose file must be a mapping (services:, volumes:, ...), but this one is a list',
      line: 1,
      column: 1,
    });
    expect(parseError('just text\n').message).toBe('a Compose file must be a mapping (services:, volumes:, ...), but this one is a single value');
  });

  it('reports malformed YAML with its cause, line and column', () => {
    expect(parseError('services:\n  web:\n    image: nginx\n   bad: x\n')).toEqual({
      message: 'invalid YAML: all mapping items must start at the same column',
      line: 4,
      column: 4,
    });
    expect(parseError('services:\n  web:\n    ports: [ "80:80"\n  db:\n')).toEqual({
      message: 'invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]',
      line: 4,
      column: 3,
    });
  });

  it('refuses duplicate keys and unknown aliases', () => {
    expect(parseError('services:\n  web: {}\n  web: {}\n')).toEqual({ message: 'duplicate key "web" (first written at line 2)', line: 3, column: 3 });
    expect(parseError('services: *nope\n')).toEqual({ message: 'unknown alias *nope', line: 1, column: 11 });
  });
});

describe('bounded work', () => {
  it('refuses an alias bomb quickly, with one error', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const err = parseError(lines.join('\n') + '\n');
    expect(performance.now() - started).toBeLessThan(500);
    expect(err.message).toMatch(/^aliases expand this document to more than \d+ values \(an alias bomb\?\)$/);
    expect(err.line).toBe(5); // a4: the first list that expands past the limit
  });

  it('refuses 200 levels of nesting without overflowing the stack', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';
    // The first collection deeper than 100 levels: the mapping of k100 (the root is level 1).
    expect(parseError(text)).toEqual({ message: 'nesting deeper than 100 levels', line: 101, column: 201 });
    expect(parseError(`a: ${'['.repeat(200)}${']'.repeat(200)}\n`).message).toBe('nesting deeper than 100 levels');
  });

  it('refuses nesting that only grows through aliases', () => {
    const lines = ['a0: &a0 [x]'];
    for (let i = 1; i <= 120; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    expect(parseError(lines.join('\n') + '\n').message).toBe('nesting deeper than 100 levels (through aliases)');
  });

  it('refuses merge keys whose copies grow quadratically', () => {
    // Each mapping merges the previous one and adds a key: the copies grow quadratically.
    const lines = ['m0: &m0 {k0: 0}'];
    for (let i = 1; i <= 600; i++) lines.push(`m${i}: &m${i} {<<: *m${i - 1}, k${i}: ${i}}`);
    const started = performance.now();
    expect(parseError(lines.join('\n') + '\n').message).toMatch(/\(an alias bomb\?\)$/);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
