/** `${VAR}` interpolation and `.env` files, as Compose does them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../src/shell.js';
import { interpolate, interpolateTree, parseDotEnv, readDotEnv } from '../src/compose/interpolate.js';
import { get, locOf, parseYaml, type YScalar } from '../src/compose/yaml.js';
import { at, load, loadTexts, service, yamlFile } from './support/compose.js';

const env: Record<string, string> = { SET: 'value', EMPTY: '', PORT: '5432' };
const lookup = (name: string) => env[name];

describe('interpolate', () => {
  const cases: [string, string, string[]][] = [
    // input, output, unresolved
    ['$SET', 'value', []],
    ['${SET}', 'value', []],
    ['a-${SET}-b', 'a-value-b', []],
    ['$SET.txt', 'value.txt', []],
    ['${MISSING}', '', ['MISSING']],
    ['$MISSING', '', ['MISSING']],
    ['${MISSING:-default}', 'default', []],
    ['${EMPTY:-default}', 'default', []],
    ['${EMPTY-default}', '', []],
    ['${MISSING-default}', 'default', []],
    ['${SET:-default}', 'value', []],
    ['${MISSING:?is required}', '', ['MISSING']],
    ['${EMPTY:?is required}', '', ['EMPTY']],
    ['${EMPTY?is required}', '', []],
    ['${MISSING?is required}', '', ['MISSING']],
    ['${SET:+alt}', 'alt', []],
    ['${EMPTY:+alt}', '', []],
    ['${EMPTY+alt}', 'alt', []],
    ['${MISSING+alt}', '', []],
    ['${MISSING:-${SET}}', 'value', []],
    ['${MISSING:-${ALSO_MISSING}}', '', ['ALSO_MISSING']],
    ['$$SET', '$SET', []],
    ['$${SET}', '${SET}', []],
    ['cost: 5$', 'cost: 5$', []],
    ['${', '${', []],
    ['${1abc}', '${1abc}', []],
    ['127.0.0.1:${PORT}:5432', '127.0.0.1:5432:5432', []],
  ];
  for (const [input, output, unresolved] of cases) {
    it(`${input} → ${JSON.stringify(output)}`, () => {
      const r = interpolate(input, lookup);
      expect(r.text).toBe(output);
      expect(r.map).toHaveLength(output.length);
      expect(r.unresolved.map((u) => u.name)).toEqual(unresolved);
    });
  }

  it('maps a default written in the file to where it is written', () => {
    const r = interpolate('x ${MISSING:-true}', lookup);
    expect(r.text).toBe('x true');
    expect(r.map).toEqual([0, 1, 13, 14, 15, 16]);
  });

  it('maps a substituted value to the $ that stands for it', () => {
    expect(interpolate('a${SET}', lookup).map).toEqual([0, 1, 1, 1, 1, 1]);
  });

  it('says whether the text used variables at all', () => {
    expect(interpolate('$$HOME', lookup).usedVariables).toBe(false);
    expect(interpolate('${EMPTY:+x}', lookup).usedVariables).toBe(true);
  });
});

describe('interpolateTree', () => {
  it('interpolates values, not keys, keeping positions and listing unresolved variables', () => {
    const parsed = parseYaml(yamlFile('services:\n  $SET:\n    user: ${NOPE}\n    image: "app:${SET}"\n    pid: host\n'));
    const doc = interpolateTree(parsed, lookup);
    const svc = get(get(doc, 'services'), '$SET');
    const user = get(svc, 'user') as YScalar;
    expect([user.value, user.unresolved, user.interpolated, at(locOf(user), true)]).toEqual(['', ['NOPE'], true, 'compose.yaml:3:11-3:18']);
    const image = get(svc, 'image') as YScalar;
    expect([image.value, image.unresolved, at(locOf(image), true)]).toEqual(['app:value', undefined, 'compose.yaml:4:12-4:24']);
    // A value without variables is the node as parsed.
    expect(get(svc, 'pid')).toBe(get(get(get(parsed, 'services'), '$SET'), 'pid'));
  });

  it('interpolates a node shared through aliases once', () => {
    const doc = interpolateTree(parseYaml(yamlFile('a: &a {v: $SET}\nb: *a\n')), lookup);
    expect(get(doc, 'a')).toBe(get(doc, 'b'));
    expect((get(get(doc, 'b'), 'v') as YScalar).value).toBe('value');
  });
});

describe('parseDotEnv', () => {
  it('reads the forms Compose reads', () => {
    const text = [
      '# comment',
      '',
      'PLAIN=value',
      'export EXPORTED=yes',
      'SPACED = padded  ',
      'COMMENTED=abc # trailing comment',
      'HASH=abc#def',
      "SINGLE='raw ${PLAIN} \\n'",
      'DOUBLE="line\\nbreak ${PLAIN}"',
      'REF=${PLAIN}-2',
      'DEFAULT=${NOPE:-fallback}',
      'YAMLISH: colon',
      'EMPTY=',
      'MULTI="a',
      'b"',
      'FROM_SHELL',
    ].join('\n');
    const vars = parseDotEnv(text, (n) => (n === 'FROM_SHELL' ? 'shell' : undefined));
    expect(Object.fromEntries(vars)).toEqual({
      PLAIN: 'value',
      EXPORTED: 'yes',
      SPACED: 'padded',
      COMMENTED: 'abc',
      HASH: 'abc#def',
      SINGLE: 'raw ${PLAIN} \\n',
      DOUBLE: 'line\nbreak value',
      REF: 'value-2',
      DEFAULT: 'fallback',
      YAMLISH: 'colon',
      EMPTY: '',
      MULTI: 'a\nb',
      FROM_SHELL: 'shell',
    });
  });
});

describe('project variables', () => {
  beforeAll(() => initShellParser());
  const dir = 'fixtures/compose/interpolation';

  it('reads .env next to the Compose file, never the process environment by default', () => {
    process.env.TAG = 'from-shell';
    try {
      const app = service(load([dir]), 'app');
      expect(app.image?.value).toBe('example/app:1.4');
      expect(app.privileged).toEqual({ value: 'true', loc: app.privileged!.loc, interpolated: true });
      expect(at(app.privileged!.loc, true)).toBe(`${dir}/compose.yaml:4:17-4:36`);
      expect(app.user).toMatchObject({ value: '', unresolved: ['APP_USER'] });
      expect(app.pid).toMatchObject({ value: '', unresolved: ['PID_MODE'] });
      expect(app.environment.map((e) => [e.name.value, e.value?.value])).toEqual([
        ['FROM_ENV_FILE', 'dotenv'],
        ['LITERAL', '$NOT_A_VAR'],
      ]);
      expect(app.command?.written.value).toBe('sh -c "echo $HOME hello world"');
    } finally {
      delete process.env.TAG;
    }
  });

  it('reads --env-file files instead of .env', () => {
    const app = service(load([dir], { envFiles: [`${dir}/prod.env`] }), 'app');
    expect(app.image?.value).toBe('example/app:2.0');
    expect(app.user?.value).toBe('app');
    expect(app.environment[0]!.value?.value).toBe('prod ${TAG}');
    expect(app.command?.written.value).toBe('sh -c "echo $HOME "');
  });

  it('reads the process environment with useEnv, and it wins over .env', () => {
    const app = service(load([dir], { useEnv: true, env: { TAG: '9', PRIVILEGED: 'false', PID_MODE: 'host' } }), 'app');
    expect([app.image?.value, app.privileged?.value, app.pid?.value, app.pid?.unresolved]).toEqual(['example/app:9', 'false', 'host', undefined]);
  });

  it('knows which part of a KEY=value entry came through interpolation', () => {
    const r = loadTexts({ 'v/compose.yaml': 'services:\n  a:\n    image: a:1\n    environment:\n      - TOKEN=${TOKEN}\n      - LEVEL=${LEVEL:-debug}\n      - PLAIN=text\n' });
    const env = service(r, 'a').environment.map((e) => [e.name.value, e.name.loc.startColumn, e.value?.value, e.value?.unresolved, e.value?.interpolated]);
    expect(env).toEqual([
      ['TOKEN', 9, '', ['TOKEN'], true],
      ['LEVEL', 9, 'debug', undefined, true],
      ['PLAIN', 9, 'text', undefined, undefined],
    ]);
    expect(service(r, 'a').environment.map((e) => (e.name as { interpolated?: boolean }).interpolated)).toEqual([undefined, undefined, undefined]);
  });

  it('reports a missing --env-file', () => {
    const r = load([dir], { envFiles: ['nope.env'] });
    expect(r.errors).toEqual([{ file: 'nope.env', message: 'cannot read env file: no such file or directory' }]);
  });
});

describe('bounded work', () => {
  it('keeps defaults nested past 16 levels as written, without deep recursion', () => {
    const deep = '${A:-'.repeat(5000) + 'x' + '}'.repeat(5000);
    const started = performance.now();
    const r = interpolate(deep, () => undefined);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.text.startsWith('${A:-')).toBe(true);
  });
});

describe('bounded work on unclosed braces', () => {
  it('handles a long run of unclosed ${ quickly', () => {
    const started = performance.now();
    const r = interpolate('${'.repeat(50_000), () => undefined);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.text).toBe('${'.repeat(50_000));
  });
});

describe('readDotEnv', () => {
  it('gives each variable with the offsets of its name and written value, CRLF included', () => {
    const text = 'A=1\r\nexport B="x y" # c\r\nC\r\n';
    const e = readDotEnv(text, (n) => (n === 'C' ? 'host' : undefined));
    expect(e.map((x) => [x.key, x.value, text.slice(x.keyStart, x.keyStart + x.key.length), x.valueStart === undefined ? undefined : text.slice(x.valueStart, x.valueEnd)])).toEqual([
      ['A', '1', 'A', '1'],
      ['B', 'x y', 'B', '"x y"'],
      ['C', 'host', 'C', undefined],
    ]);
  });
});
