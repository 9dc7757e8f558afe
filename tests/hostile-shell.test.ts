/**
 * Long scripts: `a && b && …` is a left-nested list thousands of nodes deep; walking it must
 * not overflow the stack and lose the file's findings.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { MAX_SHELL_NESTING } from '../src/shell.js';

function joined(count: number, at: number, special: string): string {
  const cmds: string[] = [];
  for (let i = 0; i < count; i++) cmds.push(i === at ? special : `echo ${i}`);
  return cmds.join(' && ');
}

const summary = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => `${f.ruleId} ${f.location.startLine}:${f.location.startColumn}`);

describe('long shell scripts', () => {
  it('a RUN of 6,000 commands joined by && keeps every finding', async () => {
    const run = joined(6000, 3000, 'sudo true');
    expect(run.length).toBeGreaterThan(48_000);
    const text = `FROM alpine:3.20\nRUN ${run}\n`;
    const r = await lint({ files: [{ path: 'Dockerfile', text }], cwd: '/nowhere' });
    expect(r.errors).toEqual([]);
    const col = 'RUN '.length + run.indexOf('sudo') + 1;
    expect(summary(r)).toEqual(['root-user 1:1', `sudo-usage 2:${col}`]);
  });

  it('a Compose sh -c of 5,500 commands keeps every finding', async () => {
    const script = joined(5500, 2750, 'modprobe wireguard');
    const text = `services:\n  app:\n    image: alpine:3.20\n    privileged: true\n    command: ["sh", "-c", "${script}"]\n`;
    const r = await lint({ files: [{ path: 'compose.yaml', text }], cwd: '/nowhere', rules: undefined });
    expect(r.errors).toEqual([]);
    const line5 = text.split('\n')[4]!;
    const col = line5.indexOf('modprobe') + 1;
    const got = summary(r);
    expect(got).toContain('privileged-container 4:17');
    expect(got).toContain(`kernel-module-load 5:${col}`);
  });

  it('$(…) nested deeper than the limit is one clear per-file error; other files keep their findings', async () => {
    const nest = (depth: number) => {
      let s = 'sudo true';
      for (let i = 0; i < depth; i++) s = `echo $(${s})`;
      return `FROM alpine:3.20\nUSER app\nRUN ${s}\n`;
    };
    const deep = await lint({
      files: [
        { path: 'deep/Dockerfile', text: nest(3000) },
        { path: 'ok/Dockerfile', text: nest(MAX_SHELL_NESTING - 1) },
      ],
      cwd: '/nowhere',
    });
    expect(deep.errors).toEqual([{ file: 'deep/Dockerfile', message: `shell commands nested more than ${MAX_SHELL_NESTING} deep ($(…) inside $(…)): not linted` }]);
    const col = 'RUN '.length + 'echo $('.length * (MAX_SHELL_NESTING - 1) + 1;
    expect(summary(deep)).toEqual([`sudo-usage 3:${col}`]);
  });
});
