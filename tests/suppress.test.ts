import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { parseSuppressions } from '../src/engine/suppress.js';
import { LineIndex } from '../src/position.js';

const short = (fs: { ruleId: string; location: { file: string; startLine: number; startColumn: number }; suppression?: { justification: string } }[]) =>
  fs.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}${f.suppression ? ` (${f.suppression.justification})` : ''}`);

describe('isolint-ignore comments', () => {
  it('parse rule ids, reason and the lines they cover', () => {
    const text = 'FROM a\n# isolint-ignore: sudo-usage, curl-pipe-shell -- vendor installer\n\nRUN sudo x \\\n  && y\nRUN z # isolint-ignore: root-user\n';
    const s = parseSuppressions(new LineIndex('D', text), true);
    expect(s.map((x) => ({ rules: [...x.rules], why: x.justification, lines: [x.firstLine, x.lastLine], at: `${x.loc.startLine}:${x.loc.startColumn}` }))).toEqual([
      { rules: ['sudo-usage', 'curl-pipe-shell'], why: 'vendor installer', lines: [4, 5], at: '2:1' },
      { rules: ['root-user'], why: 'suppressed in source', lines: [6, 6], at: '6:7' },
    ]);
  });

  it('suppress a Dockerfile finding across its instruction, only for the named rule', async () => {
    const text = [
      'FROM debian:12.5',
      '# isolint-ignore: sudo-usage -- the image is a dev container',
      'RUN apt-get install -y \\',
      '    sudo && sudo ls',
      'RUN sudo id',
      'USER app',
    ].join('\n');
    const r = await lint({ files: [{ path: 'Dockerfile', text }] });
    expect(short(r.findings.filter((f) => f.ruleId === 'sudo-usage'))).toEqual(['5:5 sudo-usage']);
    expect(short(r.suppressed)).toEqual(['4:5 sudo-usage (the image is a dev container)', '4:13 sudo-usage (the image is a dev container)']);
  });

  it('suppress a Compose finding on the same line or the line below the comment', async () => {
    const text = [
      'services:',
      '  agent:',
      '    image: example/agent:1.0',
      '    pid: host  # isolint-ignore: host-pid -- needs to see host processes',
      '    # isolint-ignore: privileged-container',
      '    privileged: true',
      '    ipc: host',
    ].join('\n');
    const r = await lint({ files: [{ path: 'compose.yaml', text }] });
    expect(short(r.findings)).toEqual(['7:10 host-ipc']);
    expect(short(r.suppressed)).toEqual(['4:10 host-pid (needs to see host processes)', '6:17 privileged-container (suppressed in source)']);
  });
});

describe('suppressed findings in reports', () => {
  it('SARIF keeps them as results dismissed in source; text and exit codes ignore them', async () => {
    const { spawnSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..');
    const bin = join(root, 'dist', 'src', 'bin.js');
    const sarif = JSON.parse(spawnSync(process.execPath, [bin, 'fixtures/demo', '--format', 'sarif'], { cwd: root, encoding: 'utf8' }).stdout);
    const results = sarif.runs[0].results as { ruleId: string; suppressions?: { kind: string; justification: string }[] }[];
    expect(results.filter((r) => r.suppressions).map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['exposed-internal-port', [{ kind: 'inSource', justification: 'development database, this file is never deployed' }]],
    ]);
    const text = spawnSync(process.execPath, [bin, 'fixtures/demo', '--fail-level', 'none'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    expect(text).not.toContain('exposed-internal-port');
    expect(text).toMatch(/; 1 suppressed\n$/);
  });
});
