import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MAX_SHARED, ownSharedString, ownString } from '../src/engine/own-string.js';

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
  it('ownSharedString gives equal texts one copy', () => {
    // 10,000 messages of 200 characters, each built afresh (a separate string every time):
    // copied one by one they take 2 MB; shared, one of them.
    const fresh = (i: number) => `${'x'.repeat(150)} runs as root in service web${i - i}`.padEnd(200, '.');
    const before = heapAfterGc();
    let kept: string[] = [];
    for (let i = 0; i < 10_000; i++) kept.push(fresh(i));
    const owned = kept.map(ownSharedString);
    kept = [];
    const grown = heapAfterGc() - before;
    expect(owned[9_999]).toBe(fresh(0));
    expect(grown).toBeLessThan(500_000); // the array of 10,000 references, not 10,000 copies
  });
  it('stays bounded and correct past its table size', () => {
    for (let i = 0; i < MAX_SHARED + 10; i++) expect(ownSharedString(`message number ${i}`)).toBe(`message number ${i}`);
    expect(ownSharedString('message number 3')).toBe('message number 3');
  });
});

