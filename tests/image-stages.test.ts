/**
 * Catalog v1.2 on the image side: build steps are judged in every stage, ONBUILD triggers as
 * the instruction they register (at its own words), and one SSH server is one finding.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { parseImage } from '../src/image/parse.js';
import { buildInstructions } from '../src/knowledge/query.js';
import { startInstructions } from '../src/image/config.js';
import { initShellParser } from '../src/shell.js';

beforeAll(() => initShellParser());

async function findings(text: string, ruleId: string) {
  const result = await lint({ files: [{ path: 'Dockerfile', text }], profile: 'untrusted' });
  return result.findings.filter((f) => f.ruleId === ruleId);
}
const at = (f: { location: { startLine: number; startColumn: number } }) => `${f.location.startLine}:${f.location.startColumn}`;

describe('every stage', () => {
  it('lists the steps of stages the built stage does not depend on', () => {
    const image = parseImage({ file: 'D', text: 'FROM a AS debug\nRUN x\nFROM b\nRUN y\n' });
    expect(buildInstructions(image, ['RUN']).map((i) => i.loc.startLine)).toEqual([2, 4]);
  });

  it('keeps final-state questions on the built stage', async () => {
    expect(await findings('FROM a:1 AS builder\nUSER root\nFROM a:1\nUSER app\n', 'root-user')).toEqual([]);
  });
});

describe('ONBUILD', () => {
  it('judges the trigger as its instruction, at the trigger words', () => {
    const image = parseImage({ file: 'D', text: 'FROM a\nENV HOME=/srv\nONBUILD RUN echo $HOME\nONBUILD ARG X=1\n' });
    const [run, arg] = buildInstructions(image, ['RUN', 'ARG']);
    expect(run!.keyword).toBe('RUN');
    expect(run!.keywordLoc).toMatchObject({ startLine: 3, startColumn: 9 });
    expect(run!.shell!.commands[0]!.words.map((w) => `${w.loc.startColumn} ${w.value}`)).toEqual(['13 echo', '18 $HOME']);
    expect(run!.expand('$HOME').value).toBe('/srv');
    expect(arg!.properties[0]!.name.loc).toMatchObject({ startLine: 4, startColumn: 13 });
  });

  it('does not let a trigger change this image', () => {
    const image = parseImage({ file: 'D', text: 'FROM a\nUSER app\nONBUILD USER root\nONBUILD CMD ["x"]\n' });
    expect(image.effectiveUser(image.builtStage!)?.written.value).toBe('app');
    expect(startInstructions(image)).toEqual([]);
  });

  it('registers nothing for an empty, chained or FROM trigger (Docker rejects them)', () => {
    const image = parseImage({ file: 'D', text: 'FROM a\nONBUILD\nONBUILD ONBUILD RUN x\nONBUILD FROM b\nONBUILD run sudo x\n' });
    expect(image.stages).toHaveLength(1);
    expect(buildInstructions(image).map((i) => `${i.keyword}@${i.loc.startLine}`)).toEqual(['ONBUILD@2', 'ONBUILD@3', 'ONBUILD@4', 'RUN@5']);
  });

  it('reports sudo at the sudo word of ONBUILD RUN', async () => {
    expect((await findings('FROM a:1\nONBUILD RUN sudo apt-get update\nUSER app\n', 'sudo-usage')).map(at)).toEqual(['2:13']);
  });
});

describe('ssh-server', () => {
  it('reports one finding per stage, the other places related', async () => {
    const text = 'FROM debian:12 AS debug\nRUN apt-get install -y openssh-server\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\nFROM debian:12\nEXPOSE 22\nUSER app\n';
    const found = await findings(text, 'ssh-server');
    expect(found.map(at)).toEqual(['2:24', '6:8']);
    expect(found[0]!.message).toBe('openssh-server installs an SSH server (and 2 more places in stage debug)');
    expect(found[0]!.related.map((r) => `${r.loc.startLine}:${r.loc.startColumn} ${r.message}`)).toEqual([
      '3:8 EXPOSE 22 declares the SSH port 22',
      '4:6 the container starts an SSH server (/usr/sbin/sshd)',
    ]);
    expect(found[1]!.related).toEqual([]);
  });
});
