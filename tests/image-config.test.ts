import { describe, expect, it } from 'vitest';
import { exposedPorts, lastInChain, stageChain, startInstructions } from '../src/image/config.js';
import { parseImage } from '../src/image/parse.js';

const image = (text: string, target?: string) => parseImage({ file: 'Dockerfile', text, ...(target ? { target } : {}) });
const lines = (instructions: { loc: { startLine: number } }[]) => instructions.map((i) => i.loc.startLine);

describe('stageChain and lastInChain', () => {
  it('walks FROM <stage> parents, not stages that are only copied from', () => {
    const img = image('FROM a AS base\nHEALTHCHECK NONE\nFROM b AS other\nHEALTHCHECK CMD x\nFROM base\nCOPY --from=other /x /x\n');
    expect(stageChain(img.builtStage!).map((s) => s.index)).toEqual([2, 0]);
    expect(lastInChain(img.builtStage!, 'HEALTHCHECK')?.loc.startLine).toBe(2);
  });
});

describe('startInstructions', () => {
  it('takes the nearest ENTRYPOINT and CMD of the built stage and its parents', () => {
    expect(lines(startInstructions(image('FROM a AS base\nCMD ["x"]\nFROM base\nENTRYPOINT ["e"]\nCMD ["y"]\n')))).toEqual([4, 5]);
    expect(lines(startInstructions(image('FROM a AS base\nENTRYPOINT ["e"]\nFROM base\nCMD ["y"]\n')))).toEqual([2, 4]);
  });

  it('drops a CMD inherited from an earlier stage than the ENTRYPOINT, as Docker resets it', () => {
    expect(lines(startInstructions(image('FROM a AS base\nCMD ["/sbin/init"]\nFROM base\nENTRYPOINT ["/app"]\n')))).toEqual([4]);
  });

  it('follows the target stage', () => {
    expect(lines(startInstructions(image('FROM a AS one\nCMD ["1"]\nFROM a AS two\nCMD ["2"]\n', 'one')))).toEqual([2]);
  });
});

describe('exposedPorts', () => {
  it('parses ports, ranges and protocols after ARG/ENV substitution, skipping unresolved ones', () => {
    const img = image('FROM a AS base\nEXPOSE 22\nFROM base\nARG P=2375\nEXPOSE ${P}/tcp 2370-2380/udp $NOPE 8080\n');
    expect(exposedPorts(img).map((p) => `${p.written.loc.startLine}:${p.written.loc.startColumn} ${p.from}-${p.to}/${p.protocol}`)).toEqual([
      '2:8 22-22/tcp',
      '5:8 2375-2375/tcp',
      '5:17 2370-2380/udp',
      '5:37 8080-8080/tcp',
    ]);
  });
});
