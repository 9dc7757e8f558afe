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
      message: 'not a Compose file: it is a list, not a mapping of services:, volumes:, ...',
      line: 1,
      column: 1,
    });
    expect(parseError('just text\n').message).toBe('not a Compose file: it is a single value, not a mapping of services:, volumes:, ...');
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

  it('reads many flow collections closed at their key indentation with bounded re-parsing', () => {
    const text = 'x:\n' + Array.from({ length: 2000 }, (_, i) => `  k${i}: [it's,\n  "a]b",\n  ]`).join('\n') + '\n';
    const started = performance.now();
    const doc = parse(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(toPlain(path(doc, 'x', 'k1999')!)).toEqual(["it's", 'a]b']);
    expect(where(path(doc, 'x', 'k1999', 1))).toBe('compose.yaml:6000:3-6000:8');
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

describe('shapes Compose (go-yaml v3) accepts, with exact positions', () => {
  it('reads a flow sequence whose ] sits at its key indentation, or on its own line below the key', () => {
    const doc = parse(
      [
        'services:', //                  1
        '  web:', //                     2
        '    healthcheck:', //           3
        '      test:', //                4
        '        [', //                  5
        '          "CMD",', //           6
        '          "curl",', //          7
        '        ]', //                  8
        '      interval: 10s', //        9
        '  db:', //                      10
        '    healthcheck:', //           11
        '      test: ["CMD-SHELL",', //  12
        '        "pg_isready"', //       13
        '      ]', //                    14
        '      retries: 5', //           15
      ].join('\n') + '\n',
    );
    expect(toPlain(path(doc, 'services')!)).toEqual({
      web: { healthcheck: { test: ['CMD', 'curl'], interval: '10s' } },
      db: { healthcheck: { test: ['CMD-SHELL', 'pg_isready'], retries: 5 } },
    });
    expect(where(path(doc, 'services', 'web', 'healthcheck', 'test'))).toBe('compose.yaml:5:9-8:10');
    expect(where(path(doc, 'services', 'web', 'healthcheck', 'test', 1))).toBe('compose.yaml:7:11-7:17');
    expect(where(path(doc, 'services', 'web', 'healthcheck', 'interval'))).toBe('compose.yaml:9:17-9:20');
    expect(where(path(doc, 'services', 'db', 'healthcheck', 'test'))).toBe('compose.yaml:12:13-14:8');
    expect(where(path(doc, 'services', 'db', 'healthcheck', 'test', 1))).toBe('compose.yaml:13:9-13:21');
  });

  it('reads flow lines indented no more than their key (go-yaml ignores indentation inside [...]), positions as written', () => {
    const doc = parse(
      [
        'services:', //              1
        '  web:', //                 2
        '    command: [run,', //     3
        '  --fast, "x y"', //        4
        ']', //                      5
        '    entrypoint: [', //      6
        '    "sh",', //              7
        '    {a: b}', //             8
        '    ]', //                  9
        '    image: nginx', //       10
      ].join('\n') + '\n',
    );
    expect(toPlain(path(doc, 'services')!)).toEqual({ web: { command: ['run', '--fast', 'x y'], entrypoint: ['sh', { a: 'b' }], image: 'nginx' } });
    expect(where(path(doc, 'services', 'web', 'command'))).toBe('compose.yaml:3:14-5:2');
    expect(where(path(doc, 'services', 'web', 'command', 1))).toBe('compose.yaml:4:3-4:9');
    expect(where(path(doc, 'services', 'web', 'command', 2))).toBe('compose.yaml:4:11-4:16');
    const x = path(doc, 'services', 'web', 'command', 2) as YScalar;
    expect(scalarOffsets(x)).toEqual([...'x y'].map((_, i) => doc.file.text.indexOf('x y') + i));
    expect(where(path(doc, 'services', 'web', 'entrypoint', 0))).toBe('compose.yaml:7:5-7:9');
    expect(where(path(doc, 'services', 'web', 'entrypoint', 1, 'a'))).toBe('compose.yaml:8:9-8:10');
    expect(where(path(doc, 'services', 'web', 'image'))).toBe('compose.yaml:10:12-10:17');
  });

  it('still refuses a flow sequence that never closes, at the line that ends it', () => {
    expect(parseError('services:\n  web:\n    ports: [ "80:80",\n  db:\n    image: x\n').line).toBe(4);
  });

  it('reads a dedented }, a flow mapping across lines and comments inside flow collections', () => {
    const doc = parse(
      [
        'labels: {', //                  1
        '  a: "1",', //                  2
        '  b: "2"', //                   3
        '}', //                          4
        'web: {image: nginx,', //        5
        '      user: "1000"}', //        6
        'ports: [', //                   7
        '  "80:80",   # http', //        8
        '  # nothing here', //           9
        '  "443:443", # https', //       10
        ']', //                          11
      ].join('\n') + '\n',
    );
    expect(toPlain(doc)).toEqual({ labels: { a: '1', b: '2' }, web: { image: 'nginx', user: '1000' }, ports: ['80:80', '443:443'] });
    expect(where(path(doc, 'labels'))).toBe('compose.yaml:1:9-4:2');
    expect(where(path(doc, 'labels', 'b'))).toBe('compose.yaml:3:6-3:9');
    expect(where(path(doc, 'web', 'user'))).toBe('compose.yaml:6:13-6:19');
    expect(where(path(doc, 'ports'))).toBe('compose.yaml:7:8-11:2');
    expect(where(path(doc, 'ports', 1))).toBe('compose.yaml:10:3-10:12');
  });

  it('folds a multi-line plain scalar and maps its characters to their lines', () => {
    const doc = parse('command: run --one\n  --two\n\n  --three\n');
    const s = path(doc, 'command') as YScalar;
    expect(s.text).toBe('run --one --two\n--three');
    expect(where(s)).toBe('compose.yaml:1:10-4:10');
    const offsets = scalarOffsets(s);
    expect(offsets[s.text.indexOf('--two')]).toBe(doc.file.text.indexOf('--two'));
    expect(offsets[s.text.indexOf('--three')]).toBe(doc.file.text.indexOf('--three'));
  });

  it('reads block scalar indicators |-, >+, |2 and >- and starts each at its indicator', () => {
    const doc = parse(
      [
        'a: |-', //          1
        '  set -e', //       2
        '  exec app', //     3
        'b: >+', //          4
        '  one', //          5
        '  two', //          6
        '', //               7
        'c: |2', //          8
        '    indented', //   9
        '  base', //         10
        'd: >-  # note', //  11
        '  x', //            12
        '    y', //          13
        '  z', //            14
      ].join('\n') + '\n',
    );
    expect((path(doc, 'a') as YScalar).text).toBe('set -e\nexec app');
    expect((path(doc, 'b') as YScalar).text).toBe('one two\n\n');
    expect((path(doc, 'c') as YScalar).text).toBe('  indented\nbase\n');
    expect((path(doc, 'd') as YScalar).text).toBe('x\n  y\nz');
    expect(where(path(doc, 'a'))).toBe('compose.yaml:1:4-3:11');
    expect(where(path(doc, 'b'))).toBe('compose.yaml:4:4-6:6');
    expect(where(path(doc, 'c'))).toBe('compose.yaml:8:4-10:7');
    expect(where(path(doc, 'd'))).toBe('compose.yaml:11:4-14:4');
    const a = path(doc, 'a') as YScalar;
    expect(scalarOffsets(a)[a.text.indexOf('exec')]).toBe(doc.file.text.indexOf('exec'));
  });

  it('reads quoted keys, tags and empty values', () => {
    const doc = parse(
      [
        '"web":', //                     1
        "  'image': x", //               2
        '  ports: !reset []', //         3
        '  environment: !override', //   4
        '    A: "1"', //                 5
        '  user: !!str 1000', //         6
        '  init: !reset', //             7
        '  tty:', //                     8
        '  labels: {"a b": c}', //       9
      ].join('\n') + '\n',
    );
    const web = path(doc, 'web') as YMap;
    expect(web.pairs.map((p) => `${p.key.text}@${at(locOf(p.key), true)}`).slice(0, 2)).toEqual(['image@compose.yaml:2:3-2:10', 'ports@compose.yaml:3:3-3:8']);
    expect(path(web, 'ports')!.tag).toBe('!reset');
    expect(path(web, 'environment')!.tag).toBe('!override');
    expect(where(path(web, 'environment', 'A'))).toBe('compose.yaml:5:8-5:11');
    const user = path(web, 'user') as YScalar;
    expect([user.tag, user.value, where(user)]).toEqual(['!!str', '1000', 'compose.yaml:6:15-6:19']);
    const init = path(web, 'init') as YScalar;
    expect([init.tag, init.value, where(init)]).toEqual(['!reset', '', 'compose.yaml:7:8-7:8']);
    expect(where(path(web, 'tty'))).toBe('compose.yaml:8:7-8:7');
    expect(where(path(web, 'labels', 'a b'))).toBe('compose.yaml:9:19-9:20');
  });

  it('reads a --- before the document and a ... after it', () => {
    const doc = parse('---\nservices:\n  web: {image: x}\n...\n');
    expect(toPlain(doc)).toEqual({ services: { web: { image: 'x' } } });
    expect(where(path(doc, 'services', 'web', 'image'))).toBe('compose.yaml:3:16-3:17');
  });

  it('reads a tab after a colon and inside a value', () => {
    const doc = parse('image:\tnginx\ncommand: "a\tb"\n');
    expect(toPlain(doc)).toEqual({ image: 'nginx', command: 'a\tb' });
    expect(where(path(doc, 'image'))).toBe('compose.yaml:1:8-1:13');
  });

  it('keeps positions with CRLF line endings', () => {
    const doc = parse('services:\r\n  web:\r\n    command: |\r\n      echo hi\r\n    ports: [\r\n      "80:80"\r\n    ]\r\n');
    const command = path(doc, 'services', 'web', 'command') as YScalar;
    expect(command.text).toBe('echo hi\n');
    expect(where(command)).toBe('compose.yaml:3:14-4:14');
    expect(scalarOffsets(command)[0]).toBe(doc.file.text.indexOf('echo'));
    expect(where(path(doc, 'services', 'web', 'ports'))).toBe('compose.yaml:5:12-7:6');
    expect(where(path(doc, 'services', 'web', 'ports', 0))).toBe('compose.yaml:6:7-6:14');
  });

  it('reads a file that starts with a byte order mark (columns on line 1 do not count it, as editors show them)', () => {
    const doc = parse('\ufeffservices:\n  web:\n    image: x\n');
    expect(toPlain(doc)).toEqual({ services: { web: { image: 'x' } } });
    expect(at(locOf((doc as YMap).pairs[0]!.key), true)).toBe('compose.yaml:1:1-1:9');
    expect(where(path(doc, 'services', 'web', 'image'))).toBe('compose.yaml:3:12-3:13');
  });

  it('counts columns in UTF-16 code units after non-ASCII text', () => {
    const doc = parse('wéb:\n  описание: "ünï ✓"\n  emoji: "🐳" # whale\n  after: [🐳, x]\n');
    expect(toPlain(doc)).toEqual({ wéb: { описание: 'ünï ✓', emoji: '🐳', after: ['🐳', 'x'] } });
    expect(where(path(doc, 'wéb', 'описание'))).toBe('compose.yaml:2:13-2:20');
    expect(where(path(doc, 'wéb', 'emoji'))).toBe('compose.yaml:3:10-3:14');
    expect(where(path(doc, 'wéb', 'after', 1))).toBe('compose.yaml:4:15-4:16');
  });

  it('keeps the anchor position for <<: [*a, *b] and for an aliased scalar', () => {
    const doc = parse('x-a: &a {user: a, init: true}\nx-b: &b {user: b, tty: true}\nx-img: &img nginx\ns:\n  <<: [*a, *b]\n  image: *img\n');
    expect(toPlain(path(doc, 's')!)).toEqual({ image: 'nginx', user: 'a', init: true, tty: true });
    expect(where(path(doc, 's', 'user'))).toBe('compose.yaml:1:16-1:17');
    expect(where(path(doc, 's', 'tty'))).toBe('compose.yaml:2:24-2:28');
    expect(where(path(doc, 's', 'image'))).toBe('compose.yaml:3:13-3:18');
  });
});

describe('YAML Compose refuses: one error with line and column', () => {
  it('an undefined alias, at its *', () => {
    expect(parseError('services:\n  web:\n    <<: *base\n')).toEqual({ message: 'unknown alias *base', line: 3, column: 9 });
  });

  it('a duplicate key, at the second one', () => {
    expect(parseError('services:\n  web:\n    image: a\n    image: b\n')).toEqual({ message: 'duplicate key "image" (first written at line 3)', line: 4, column: 5 });
  });

  it('an unclosed flow sequence', () => {
    expect(parseError('a: [b\n')).toEqual({ message: 'invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]', line: 2, column: 1 });
  });

  it('a mapping inside a plain value and a tab used as indentation', () => {
    expect(parseError('services:\n  web:\n    image: a: b\n')).toEqual({ message: 'invalid YAML: nested mappings are not allowed in compact mappings', line: 3, column: 12 });
    expect(parseError('services:\n\tweb: {}\n')).toEqual({ message: 'invalid YAML: tabs are not allowed as indentation', line: 2, column: 2 });
  });

  it('two documents, at the second', () => {
    expect(parseError('services:\n  web: {image: a}\n---\nservices:\n  db: {image: b}\n')).toEqual({
      message: 'the file has several YAML documents (---); a Compose file is one document',
      line: 4,
      column: 1,
    });
  });
});
