import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';
import { claimerFor, kindOfName } from '../src/sources/index.js';

describe('file names', () => {
  it.each([
    ['Dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['Dockerfile.prod', 'dockerfile'],
    ['Containerfile.arm64', 'dockerfile'],
    ['api.Dockerfile', 'dockerfile'],
    ['api.dockerfile', 'dockerfile'],
    ['compose.yaml', 'compose'],
    ['compose.override.yml', 'compose'],
    ['docker-compose.yml', 'compose'],
    ['docker-compose.prod.yaml', 'compose'],
    ['Dockerfile.dockerignore', undefined],
    ['api.Dockerfile.dockerignore', undefined],
    ['README.md', undefined],
    ['Dockerfile.md', undefined],
    ['Dockerfile.txt', undefined],
    ['Dockerfile.swp', undefined],
    ['.Dockerfile.swp', undefined],
    ['Dockerfile~', undefined],
    ['Dockerfile.orig', undefined],
    ['compose.yaml.bak', undefined],
    ['Dockerfile.md.dockerfile', 'dockerfile'],
    ['composer.json', undefined],
    ['my-compose.yaml', undefined],
  ])('%s is %s', (name, kind) => {
    expect(kindOfName(name)).toBe(kind);
  });
});

describe('walking folders', () => {
  function tree(): string {
    const root = mkdtempSync(join(tmpdir(), 'isolint-discover-'));
    const files: Record<string, string> = {
      'Dockerfile': 'FROM a',
      'svc/Containerfile': 'FROM a',
      'svc/compose.yaml': 'services: {}',
      'build/Dockerfile': 'FROM a',
      'node_modules/pkg/Dockerfile': 'FROM a',
      '.git/Dockerfile': 'FROM a',
      'nested/.gitignore': 'secret/\n',
      'nested/secret/Dockerfile': 'FROM a',
      'nested/ok/Dockerfile': 'FROM a',
      '.gitignore': 'build/\n',
      'notes.txt': 'x',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    symlinkSync(root, join(root, 'svc', 'loop'));
    return root;
  }

  it('finds container files in code-point order, honouring .gitignore at every level and never looping', () => {
    const root = tree();
    const { files, errors } = discover(['.'], root, claimerFor({ cwd: root }));
    expect(errors).toEqual([]);
    expect(files.map((f) => [f.display, f.kind])).toEqual([
      ['Dockerfile', 'dockerfile'],
      ['nested/ok/Dockerfile', 'dockerfile'],
      ['svc/Containerfile', 'dockerfile'],
      ['svc/compose.yaml', 'compose'],
    ]);
  });

  it('lints an explicitly named file whatever its name, and reports a missing path', () => {
    const root = tree();
    const { files, errors } = discover(['notes.txt', 'missing/file'], root, claimerFor({ cwd: root }));
    expect(files.map((f) => [f.display, f.kind])).toEqual([['notes.txt', 'dockerfile']]);
    expect(errors).toEqual([{ file: 'missing/file', message: 'no such file or directory' }]);
  });
});
