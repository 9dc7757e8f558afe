import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { parseSuppressions } from '../src/engine/suppress.js';
import { LineIndex } from '../src/position.js';

const short = (fs: { ruleId: string; location: { file: string; startLine: number; startColumn: number }; suppression?: { justification: string } }[]) =>
  fs.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}${f.suppression ? ` (${f.suppression.justification})` : ''}`);

describe('isolint-ignore comments', () => {
  it('parse rule ids, reason and the lines they cover', () => {
    const text = 'FROM a\n# isolint-ignore: sudo-usage, curl-pipe-shell -- vendor installer\n\nRUN sudo x \\\n  && y\nRUN z # isolint-ignore: root-user\n';
    const s = parseSuppressions(new LineIndex('D', text), { backslashContinues: true });
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

const at = (fs: { ruleId: string; location: { startLine: number; startColumn: number } }[]) => fs.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`);

describe('isolint-ignore-file comments', () => {
  it('suppress the named rules in the whole Dockerfile, wherever the comment stands', async () => {
    const text = ['FROM debian:12.5', 'RUN sudo apt-get update', 'USER app', 'RUN sudo id', '# isolint-ignore-file: sudo-usage -- a dev container, sudo is the point', ''].join('\n');
    const r = await lint({ files: [{ path: 'Dockerfile', text }] });
    expect(short(r.findings)).toEqual([]);
    expect(short(r.suppressed)).toEqual(['2:5 sudo-usage (a dev container, sudo is the point)', '4:5 sudo-usage (a dev container, sudo is the point)']);
    expect(r.suppressed.map((f) => `${f.suppression!.loc.startLine}:${f.suppression!.loc.startColumn}`)).toEqual(['5:1', '5:1']);
  });

  it('suppress the named rules in the whole Compose file, other rules still reported', async () => {
    const text = [
      '# isolint-ignore-file: privileged-container, host-pid -- the node agent runs on the host by design',
      'services:',
      '  a:',
      '    image: a@sha256:' + 'a'.repeat(64),
      '    privileged: true',
      '  b:',
      '    image: b@sha256:' + 'b'.repeat(64),
      '    pid: host',
      '    ipc: host',
    ].join('\n');
    const r = await lint({ files: [{ path: 'compose.yaml', text }] });
    expect(short(r.findings)).toEqual(['9:10 host-ipc']);
    expect(at(r.suppressed)).toEqual(['5:17 privileged-container', '8:10 host-pid']);
  });
});

describe('suppression hygiene', () => {
  const dockerfile = (lines: string[]) => [{ path: 'Dockerfile', text: lines.join('\n') }];

  it('an unknown rule id is reported at the id, with the nearest rule id, and suppresses nothing', async () => {
    const r = await lint({ files: dockerfile(['FROM debian:12.5', 'USER app', '# isolint-ignore: sudo-usgae -- dev image', 'RUN sudo id']) });
    expect(at(r.findings)).toEqual(['3:19 isolint/invalid-suppression', '4:5 sudo-usage']);
    const problem = r.findings[0]!;
    expect(problem.message).toBe('isolint-ignore names an unknown rule id "sudo-usgae" (did you mean "sudo-usage"?): it suppresses nothing');
    expect(problem.location).toEqual({ file: 'Dockerfile', startLine: 3, startColumn: 19, endLine: 3, endColumn: 29 });
    expect(problem.level).toBe('warning');
  });

  it('a name far from every rule gets no suggestion; a comment without a colon or a rule id is reported too', async () => {
    const r = await lint({
      files: [
        {
          path: 'compose.yaml',
          text: ['services:', '  a:', '    image: a@sha256:' + 'a'.repeat(64), '    privileged: true # isolint-ignore privileged-container', '    # isolint-ignore-file: zzz', '    # isolint-ignore: -- why'].join('\n'),
        },
      ],
    });
    expect(r.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message}`)).toEqual([
      '4:17 privileged-container service a runs privileged: it has every capability and device of the host',
      '4:22 isolint/invalid-suppression isolint-ignore needs a colon before its rule ids: # isolint-ignore: rule-id -- reason',
      '5:28 isolint/invalid-suppression isolint-ignore-file names an unknown rule id "zzz": it suppresses nothing',
      '6:5 isolint/invalid-suppression isolint-ignore names no rule id: # isolint-ignore: rule-id -- reason',
    ]);
  });

  it('isolint\'s own checks cannot be suppressed', async () => {
    const r = await lint({ files: dockerfile(['FROM debian:12.5', 'USER app', '# isolint-ignore: sudo-usgae, isolint/invalid-suppression -- no', 'RUN id']) });
    expect(r.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message}`)).toEqual([
      '3:19 isolint/invalid-suppression isolint-ignore names an unknown rule id "sudo-usgae" (did you mean "sudo-usage"?): it suppresses nothing',
      '3:31 isolint/invalid-suppression isolint-ignore names "isolint/invalid-suppression", which checks suppressions and cannot itself be suppressed: fix what it reports instead',
    ]);
  });

  const stale = ['FROM debian:12.5', 'USER app', '# isolint-ignore: sudo-usage, curl-pipe-shell -- the installer needs both', 'RUN sudo id'];

  it('an unused suppression is reported with reportUnusedSuppressions, at the rule id that suppressed nothing', async () => {
    const quiet = await lint({ files: dockerfile(stale) });
    expect(at(quiet.findings)).toEqual([]);
    const r = await lint({ files: dockerfile(stale), reportUnusedSuppressions: true });
    expect(at(r.findings)).toEqual(['3:31 isolint/unused-suppression']);
    expect(r.findings[0]!.message).toBe('isolint-ignore: curl-pipe-shell has nothing to suppress where it stands; remove it');
    expect(at(r.suppressed)).toEqual(['4:5 sudo-usage']);
  });

  it('an unused file-level suppression is reported', async () => {
    const r = await lint({ files: dockerfile(['FROM debian:12.5', 'USER app', '# isolint-ignore-file: sudo-usage -- dev image']), reportUnusedSuppressions: true });
    expect(r.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message}`)).toEqual([
      '3:24 isolint/unused-suppression isolint-ignore-file: sudo-usage has nothing to suppress in this file; remove it',
    ]);
  });

  it('strict and untrusted report unused suppressions and missing reasons without being asked', async () => {
    const text = ['FROM debian:12.5@sha256:' + 'c'.repeat(64), 'USER app', 'HEALTHCHECK CMD true', '# isolint-ignore: sudo-usage', 'RUN sudo id', 'RUN id # isolint-ignore: root-user -- no'];
    for (const profile of ['strict', 'untrusted'] as const) {
      const r = await lint({ files: dockerfile(text), profile });
      expect(at(r.findings.filter((f) => f.ruleId.startsWith('isolint/')))).toEqual(['4:1 isolint/suppression-without-reason', '6:26 isolint/unused-suppression']);
      expect(r.findings.find((f) => f.ruleId === 'isolint/suppression-without-reason')!.message).toBe(
        'isolint-ignore of sudo-usage gives no reason: add "-- <why this is acceptable>"',
      );
    }
    const recommended = await lint({ files: dockerfile(text) });
    expect(at(recommended.findings.filter((f) => f.ruleId.startsWith('isolint/')))).toEqual([]);
  });

  it('a suppression of a rule that did not run on the file is not called unused', async () => {
    // healthcheck-missing is a strict rule: in recommended it does not run, so its suppression may be needed elsewhere.
    const text = ['FROM debian:12.5', 'USER app', 'RUN id # isolint-ignore: healthcheck-missing -- a batch job'];
    expect(at((await lint({ files: dockerfile(text), reportUnusedSuppressions: true })).findings)).toEqual([]);
    // Turned on, it runs: its finding is at FROM, not where the comment stands.
    expect(at((await lint({ files: dockerfile(text), reportUnusedSuppressions: true, ruleLevels: { 'healthcheck-missing': 'warning' } })).findings)).toEqual([
      '1:1 healthcheck-missing',
      '3:26 isolint/unused-suppression',
    ]);
  });

  it('inlineIgnores false (--no-inline-ignores) disregards every comment, and reports nothing about them', async () => {
    const text = ['FROM debian:12.5', 'USER app', '# isolint-ignore-file: sudo-usage', '# isolint-ignore: sudo-usgae', 'RUN sudo id'];
    const r = await lint({ files: dockerfile(text), inlineIgnores: false, profile: 'strict', ruleLevels: { 'image-not-digest-pinned': 'off', 'healthcheck-missing': 'off' } });
    expect(at(r.findings)).toEqual(['5:5 sudo-usage']);
    expect(r.suppressed).toEqual([]);
  });

  it('the profile of each file decides (a configuration override making one folder strict)', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'isolint-suppress-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.isolint.yaml'), 'overrides:\n  - files: ["prod/**"]\n    profile: strict\n    rules: {healthcheck-missing: off, image-not-digest-pinned: off}\n');
    for (const sub of ['dev', 'prod']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'Dockerfile'), 'FROM debian:12.5\nUSER app\nRUN id # isolint-ignore: sudo-usage -- old\n');
    }
    const r = await lint({ paths: ['.'], cwd: dir });
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`)).toEqual(['prod/Dockerfile:3:26 isolint/unused-suppression']);
  });
});

describe('a suppression inside a YAML anchor', () => {
  it('applies in every service the anchor is merged into', async () => {
    const text = [
      'x-priv: &priv {privileged: true}  # isolint-ignore: privileged-container -- the lab rig needs raw devices',
      'services:',
      '  a:',
      '    image: a@sha256:' + 'a'.repeat(64),
      '    <<: *priv',
      '  b:',
      '    image: b@sha256:' + 'b'.repeat(64),
      '    <<: *priv',
    ].join('\n');
    const r = await lint({ files: [{ path: 'compose.yaml', text }], reportUnusedSuppressions: true });
    expect(r.findings).toEqual([]);
    expect(r.suppressed.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message} (${f.suppression!.justification})`)).toEqual([
      '1:28 privileged-container service a runs privileged: it has every capability and device of the host (the lab rig needs raw devices)',
      '1:28 privileged-container service b runs privileged: it has every capability and device of the host (the lab rig needs raw devices)',
    ]);
  });

  it('a block anchor with the comment above the key, merged twice', async () => {
    const text = [
      'x-agent: &agent',
      '  # isolint-ignore: host-pid -- the agent reads every process',
      '  pid: host',
      'services:',
      '  a:',
      '    image: a@sha256:' + 'a'.repeat(64),
      '    <<: *agent',
      '  b:',
      '    image: b@sha256:' + 'b'.repeat(64),
      '    <<: *agent',
      '    pid: host',
    ].join('\n');
    const r = await lint({ files: [{ path: 'compose.yaml', text }] });
    expect(at(r.findings)).toEqual(['11:10 host-pid']);
    expect(at(r.suppressed)).toEqual(['3:8 host-pid']);
  });
});

describe('suppression problems on the command line, in every format', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const bin = join(import.meta.dirname, '..', 'dist', 'src', 'bin.js');
  const dir = mkdtempSync(join(tmpdir(), 'isolint-suppress-cli-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'Dockerfile'), ['FROM debian:12.5', 'USER app', '# isolint-ignore: sudo-usgae -- dev image', 'RUN sudo id', 'RUN id # isolint-ignore: curl-pipe-shell -- old', ''].join('\n'));
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'Dockerfile', '--no-config', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('text', () => {
    const r = run('--report-unused-suppressions');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('Dockerfile:'))).toEqual([
      'Dockerfile:3:19 warning isolint/invalid-suppression isolint-ignore names an unknown rule id "sudo-usgae" (did you mean "sudo-usage"?): it suppresses nothing',
      'Dockerfile:4:5 warning sudo-usage sudo is run in the image',
      'Dockerfile:5:26 warning isolint/unused-suppression isolint-ignore: curl-pipe-shell has nothing to suppress where it stands; remove it',
    ]);
    expect(r.status).toBe(1);
  });

  it('without --report-unused-suppressions the unused one is not reported; --no-inline-ignores reports neither', () => {
    expect(run().stdout).not.toContain('unused-suppression');
    const audit = run('--no-inline-ignores', '--report-unused-suppressions');
    expect(audit.stdout.split('\n').filter((l) => l.startsWith('Dockerfile:'))).toEqual(['Dockerfile:4:5 warning sudo-usage sudo is run in the image']);
  });

  it('JSON, SARIF, checkstyle, JUnit, GitHub and GitLab carry the comment\'s line and column', () => {
    const json = JSON.parse(run('--report-unused-suppressions', '-f', 'json').stdout);
    expect(json.findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('isolint/')).map((f: Record<string, unknown>) => [f.ruleId, f.startLine, f.startColumn, f.endColumn])).toEqual([
      ['isolint/invalid-suppression', 3, 19, 29],
      ['isolint/unused-suppression', 5, 26, 41],
    ]);

    const sarif = JSON.parse(run('--report-unused-suppressions', '-f', 'sarif').stdout).runs[0];
    const results = sarif.results.filter((r: { ruleId: string }) => r.ruleId.startsWith('isolint/'));
    expect(results.map((r: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }) => [
      r.ruleId,
      sarif.tool.driver.rules[r.ruleIndex].id,
      r.level,
      r.locations[0]!.physicalLocation.artifactLocation.uri,
      r.locations[0]!.physicalLocation.region.startLine,
      r.locations[0]!.physicalLocation.region.startColumn,
    ])).toEqual([
      ['isolint/invalid-suppression', 'isolint/invalid-suppression', 'warning', 'Dockerfile', 3, 19],
      ['isolint/unused-suppression', 'isolint/unused-suppression', 'warning', 'Dockerfile', 5, 26],
    ]);
    const descriptor = sarif.tool.driver.rules.find((d: { id: string }) => d.id === 'isolint/unused-suppression');
    expect(descriptor.properties['security-severity']).toBeUndefined();
    expect(descriptor.helpUri).toMatch(/#suppression-hygiene$/);

    const checkstyle = run('--report-unused-suppressions', '-f', 'checkstyle').stdout;
    expect(checkstyle).toContain('<error line="3" column="19" severity="warning" message="isolint-ignore names an unknown rule id &quot;sudo-usgae&quot; (did you mean &quot;sudo-usage&quot;?): it suppresses nothing" source="isolint/invalid-suppression"/>');
    expect(checkstyle).toContain('<error line="5" column="26" severity="warning"');

    expect(run('--report-unused-suppressions', '-f', 'junit').stdout).toContain('Dockerfile:5:26 warning isolint/unused-suppression');

    const github = run('--report-unused-suppressions', '-f', 'github').stdout.split('\n');
    expect(github.filter((l) => l.includes('isolint/'))).toEqual([
      '::warning file=Dockerfile,line=3,col=19,endLine=3,endColumn=29,title=isolint/invalid-suppression%3A Suppression that cannot work::isolint-ignore names an unknown rule id "sudo-usgae" (did you mean "sudo-usage"?): it suppresses nothing',
      '::warning file=Dockerfile,line=5,col=26,endLine=5,endColumn=41,title=isolint/unused-suppression%3A Suppression that suppressed nothing::isolint-ignore: curl-pipe-shell has nothing to suppress where it stands; remove it',
    ]);

    const gitlab = JSON.parse(run('--report-unused-suppressions', '-f', 'gitlab').stdout);
    expect(gitlab.filter((i: { check_name: string }) => i.check_name.startsWith('isolint/')).map((i: { check_name: string; location: { lines: { begin: number } } }) => [i.check_name, i.location.lines.begin])).toEqual([
      ['isolint/invalid-suppression', 3],
      ['isolint/unused-suppression', 5],
    ]);
  });

  it('--profile strict reports the unused one without the flag, and a suppression with no reason', () => {
    writeFileSync(join(dir, 'Containerfile'), 'FROM debian:12.5\nUSER app\nRUN sudo id # isolint-ignore: sudo-usage\n');
    const r = spawnSync(process.execPath, [bin, 'Containerfile', '--no-config', '-p', 'strict', '--rule', 'healthcheck-missing=off', '--rule', 'image-not-digest-pinned=off'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('Containerfile:'))).toEqual([
      'Containerfile:3:13 warning isolint/suppression-without-reason isolint-ignore of sudo-usage gives no reason: add "-- <why this is acceptable>"',
    ]);
  });
});

describe('line endings', () => {
  it('with CR-only line ends, a trailing suppression on line 2 does not cover line 1', async () => {
    const { lint } = await import('../src/index.js');
    const text = 'FROM alpine:3.20\rRUN sudo true # isolint-ignore: sudo-usage -- test\rRUN sudo false\rUSER app\r';
    const r = await lint({ files: [{ path: 'Dockerfile', text }], config: false });
    expect(r.findings.filter((f) => f.ruleId === 'sudo-usage').map((f) => `${f.location.startLine}:${f.location.startColumn}`)).toEqual(['3:5']);
    expect(r.suppressed.map((f) => `${f.ruleId} ${f.location.startLine}:${f.location.startColumn} by ${f.suppression!.loc.startLine}:${f.suppression!.loc.startColumn}-${f.suppression!.loc.endColumn}`)).toEqual([
      'sudo-usage 2:5 by 2:15-51',
    ]);
  });
});
