import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownString } from '../src/engine/own-string.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

describe('ownString', () => {
  it('keeps every code unit: ASCII, Latin-1, wide characters and lone surrogates', () => {
    for (const s of ['short', 'a plain ASCII message', 'caf\u00e9 cr\u00e8me br\u00fbl\u00e9e', 'service \u00fcber-\u6f22\u5b57 runs as root', 'lone \ud800 surrogate and \udc00 too']) {
      expect(ownString(s)).toBe(s);
    }
  });
  it('keeps nothing of the file a key was cut from', () => {
    // 20 files of 500 KB each (in the heap: a larger string from a Buffer would be external and
    // not counted); a key built from a slice of each is kept, the files are not.
    const before = heapAfterGc();
    const kept: string[] = [];
    for (let i = 0; i < 20; i++) {
      const file = String.fromCharCode(97 + i).repeat(500_000);
      kept.push(ownString(`${file.slice(100, 160).trim()}|${i}|a message about it`));
    }
    const grown = heapAfterGc() - before;
    expect(kept[3]).toBe(`${'d'.repeat(60)}|3|a message about it`);
    expect(grown).toBeLessThan(2_000_000); // the 20 files are 10 MB
  });
});
