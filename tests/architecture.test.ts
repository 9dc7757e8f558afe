/** The layers' dependencies point one way: the engine and formats know no rule, lint() no source. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSources } from '../src/sources/index.js';

const root = join(import.meta.dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Files a module imports (static and dynamic), as repository-relative paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => relative(root, resolve(root, dirname(file), s.replace(/\.js$/, '.ts'))).split('\\').join('/'));
}

/** Every module reachable from `file` through relative imports. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  for (const dep of importsOf(file)) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    reachable(dep, seen);
  }
  return seen;
}

describe('import graph', () => {
  it('reads real imports (the check cannot pass by finding none)', () => {
    expect(importsOf('src/lint.ts')).toContain('src/sources/index.ts');
    expect(importsOf('src/cli.ts')).toContain('rules/index.ts');
  });

  it.each([...tsFiles('src/engine'), ...tsFiles('src/format')])('%s reaches no module under rules/', (file) => {
    expect([...reachable(file)].filter((f) => f.startsWith('rules/'))).toEqual([]);
  });

  it('lint.ts imports no source module and names no source kind', () => {
    const direct = importsOf('src/lint.ts');
    expect(direct.filter((f) => /^src\/(sources\/(?!index|source\.|run\.)|compose\/|image\/parse)/.test(f))).toEqual([]);
    const text = readFileSync(join(root, 'src/lint.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const source of allSources) expect(text, source.kind).not.toMatch(new RegExp(`['"\`]${source.kind}['"\`]`));
  });
});
