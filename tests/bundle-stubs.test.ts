/**
 * scripts/bundle-stubs/: what the bundles give a dependency instead of a module it loads at
 * start. A stub must do all the dependency asks of the module, exactly as the module does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
type Types = { Position: { create(...a: unknown[]): unknown }; Range: { create(...a: unknown[]): unknown } };
const real = require('vscode-languageserver-types') as Types;
const stub = require('../scripts/bundle-stubs/vscode-languageserver-types.cjs') as Types;

describe('the vscode-languageserver-types stub dockerfile-ast gets', () => {
  it('covers every member dockerfile-ast uses', () => {
    const lib = join(root, 'node_modules', 'dockerfile-ast', 'lib');
    const used = new Set<string>();
    for (const f of readdirSync(lib).filter((n) => n.endsWith('.js'))) {
      for (const m of readFileSync(join(lib, f), 'utf8').matchAll(/vscode_languageserver_types_1\.(\w+)(?:\.(\w+))?/g)) used.add(m[2] ? `${m[1]}.${m[2]}` : m[1]!);
    }
    expect([...used].sort()).toEqual(['Position.create', 'Range.create']);
  });

  it('creates positions and ranges as the package does, and refuses what it refuses with the same error', () => {
    const p = (line: unknown, character: unknown) => ({ line, character });
    const cases: unknown[][] = [
      [0, 0, 0, 0],
      [3, 14, 27, 1],
      [2147483647, 0, 2147483648, 0],
      [p(1, 2), p(3, 4)],
      [p(1, 2), p(-1, 4)],
      [-1, 0, 0, 0],
      [1.5, 0, 2, 0],
      ['1', 0, 2, 0],
      [p(1, 2), null],
      [Number.NaN, 0, 0, 0],
    ];
    for (const args of cases) {
      const outcome = (t: Types) => {
        try {
          return { value: t.Range.create(...args) };
        } catch (e) {
          return { error: (e as Error).message };
        }
      };
      expect(outcome(stub), JSON.stringify(args)).toEqual(outcome(real));
    }
    for (const args of [[0, 0], [Number.MAX_VALUE, 5], [7, Number.MAX_VALUE], [-3, 2]]) expect(stub.Position.create(...args)).toEqual(real.Position.create(...args));
  });
});
