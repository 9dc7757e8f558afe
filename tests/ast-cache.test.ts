/** The argument cache patched onto dockerfile-ast (src/image/ast-cache.ts) changes no answer. */
import { describe, expect, it } from 'vitest';
import { DockerfileParser } from 'dockerfile-ast';
import '../src/image/ast-cache.js';

const text = 'FROM --platform=linux/amd64 alpine:3.20 AS base\nRUN --mount=type=secret,id=t --network=none echo "a b" c\nCOPY --chown=1000 --chmod=644 a b /dst/\nENV A=1 B="two words"\n';

const words = (args: { getValue(): string }[]) => args.map((a) => a.getValue());

describe('dockerfile-ast argument cache', () => {
  it('gives the same arguments on every call, flags removed where dockerfile-ast removes them', () => {
    const [from, run, copy, env] = DockerfileParser.parse(text).getInstructions();
    for (let i = 0; i < 3; i++) {
      expect(words(from!.getArguments())).toEqual(['alpine:3.20', 'AS', 'base']);
      expect(words(run!.getArguments())).toEqual(['echo', '"a', 'b"', 'c']);
      expect(words(copy!.getArguments())).toEqual(['a', 'b', '/dst/']);
      expect(words(env!.getArguments())).toEqual(['A=1', 'B="two', 'words"']);
      expect(run!.getArgumentsContent()).toBe('echo "a b" c');
    }
  });

  it('hands out copies: changing one result does not change the next', () => {
    const [, run] = DockerfileParser.parse(text).getInstructions();
    const first = run!.getArguments();
    first.length = 0;
    expect(words(run!.getArguments())).toEqual(['echo', '"a', 'b"', 'c']);
  });
});
