import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCompose } from '../src/compose/index.js';
import { discover } from '../src/discover.js';
import { claimerFor } from '../src/sources/index.js';
import { readFileSync } from 'node:fs';
import { initShellParser } from '../src/shell.js';

const root = join(import.meta.dirname, '..');
beforeAll(() => initShellParser());

function load() {
  const { files } = discover(['fixtures/compose/env-file/project.compose.yaml'], root, claimerFor({ cwd: root }));
  return loadCompose(files.map((file) => ({ ...file, text: readFileSync(file.path, 'utf8') })), { cwd: root });
}

describe('env_file', () => {
  it('adds the files variables, located where written; environment: and later files win', () => {
    const api = load().containers.find((c) => c.name.value === 'api')!;
    const env = api.environment.map((e) => `${e.name.value}=${e.value?.value}@${e.name.loc.file.split('/').pop()}:${e.name.loc.startLine}:${e.name.loc.startColumn}${e.fromEnvFile ? ' (file)' : ''}`);
    expect(env).toEqual(['MODE=from-compose@project.compose.yaml:7:7', 'A=2@override.env:1:1 (file)', 'B=two words@base.env:3:1 (file)', 'C=3@base.env:4:8 (file)']);
  });

  it('a required env_file that is not there is a note, not an error; the service is still linted', () => {
    const r = load();
    expect(r.containers.map((c) => c.name.value)).toEqual(['api', 'worker']);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      { file: 'fixtures/compose/env-file/project.compose.yaml', message: 'service worker: env_file missing.env is not there: its variables were not checked', line: 10, column: 15 },
    ]);
  });
});
