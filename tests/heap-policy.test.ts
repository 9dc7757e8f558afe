import { describe, expect, it } from 'vitest';
import { capHeapGrowth, HEAP_GROWING_PERCENT } from '../src/heap-policy.js';

describe('the command line caps heap growth', () => {
  const applied = (execArgv: string[]) => {
    const set: string[] = [];
    const did = capHeapGrowth(execArgv, (f) => set.push(f));
    return { did, set };
  };

  it('sets the V8 flag when the user gave none', () => {
    expect(applied([])).toEqual({ did: true, set: [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`] });
    expect(applied(['--enable-source-maps', '--max-old-space-size=4096'])).toEqual({ did: true, set: [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`] });
  });

  it("leaves the user's own value on node's command line alone, in either spelling", () => {
    expect(applied(['--heap-growing-percent=200'])).toEqual({ did: false, set: [] });
    expect(applied(['--max-old-space-size=512', '--heap_growing_percent=10'])).toEqual({ did: false, set: [] });
  });

  it("is a flag this Node's V8 knows (an unknown one would print an error on every run)", async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(out).toMatch(/--heap-growing-percent\b/);
  });
});
