import { beforeAll, describe, expect, it } from 'vitest';
import { commandMode, createdDirectories, modeEffect, modeSettings } from '../src/knowledge/file-mode.js';
import { parseImage } from '../src/image/parse.js';
import { initShellParser } from '../src/shell.js';

beforeAll(() => initShellParser());

const effect = (mode: string) => {
  const e = modeEffect(mode);
  return e && Object.entries(e).filter(([, v]) => v).map(([k]) => k).join(',');
};

describe('modeEffect', () => {
  it('reads octal modes, with the special bits in the fourth digit', () => {
    expect(effect('4755')).toBe('setuid');
    expect(effect('04755')).toBe('setuid');
    expect(effect('2755')).toBe('setgid');
    expect(effect('6755')).toBe('setuid,setgid');
    expect(effect('755')).toBe('');
    expect(effect('0755')).toBe('');
    expect(effect('777')).toBe('worldWritable');
    expect(effect('666')).toBe('worldWritable');
    expect(effect('775')).toBe('');
    expect(effect('1777')).toBe('worldWritable,sticky');
    expect(effect('17777')).toBeUndefined();
    expect(effect('8755')).toBeUndefined();
  });

  it('reads symbolic modes clause by clause', () => {
    expect(effect('u+s')).toBe('setuid');
    expect(effect('g+s')).toBe('setgid');
    expect(effect('ug+s')).toBe('setuid,setgid');
    expect(effect('a+s')).toBe('setuid,setgid');
    expect(effect('+s')).toBe('setuid,setgid');
    expect(effect('o+s')).toBe('');
    expect(effect('u-s')).toBe('');
    expect(effect('-s')).toBe('');
    expect(effect('u+s,u-s')).toBe('');
    expect(effect('u=rwx,go=rx,u+s')).toBe('setuid');
    expect(effect('u+rwxs-x')).toBe('setuid');
  });

  it('makes a file world-writable only with an explicit o or a: a bare +w honours the umask', () => {
    expect(effect('o+w')).toBe('worldWritable');
    expect(effect('a+w')).toBe('worldWritable');
    expect(effect('o=rwx')).toBe('worldWritable');
    expect(effect('a=rw')).toBe('worldWritable');
    expect(effect('go=rwx')).toBe('worldWritable');
    expect(effect('+w')).toBe('');
    expect(effect('=rw')).toBe('');
    expect(effect('o-w')).toBe('');
    expect(effect('g+w')).toBe('');
    expect(effect('a+rwxt')).toBe('worldWritable,sticky');
    // Copying another class's bits: unknown, never flagged.
    expect(effect('o=u')).toBe('');
    expect(effect('+x')).toBe('');
  });

  it('rejects text that is not a mode', () => {
    expect(modeEffect('rwx')).toBeUndefined();
    expect(modeEffect('u+q')).toBeUndefined();
    expect(modeEffect('')).toBeUndefined();
  });
});

function modes(run: string): string[] {
  const image = parseImage({ file: 'Dockerfile', text: `FROM a\nRUN ${run}\n` });
  return image.instructions[1]!.shell!.commands.flatMap((c) => {
    const m = commandMode(c);
    return m ? [`${m.word.loc.startColumn} ${m.mode}`] : [];
  });
}

describe('commandMode', () => {
  it('finds the mode of chmod after its options, behind sudo', () => {
    expect(modes('chmod -R 777 /app')).toEqual(['14 777']);
    expect(modes('sudo chmod -Rv u+s /x')).toEqual(['20 u+s']);
    expect(modes('chmod -s /x')).toEqual(['11 -s']);
    expect(modes('chmod -- -w /x')).toEqual(['14 -w']);
    expect(modes('chmod --reference=/bin/ls /x')).toEqual([]);
    expect(modes('chmod "$MODE" /x')).toEqual([]);
    expect(modes('echo chmod 4755 /x; chmodx 4755 /x')).toEqual([]);
  });

  it('finds install -m and mkdir -m, also inside option clusters', () => {
    expect(modes('install -m 4755 a b')).toEqual(['16 4755']);
    expect(modes('install -o root -Dm2755 a b')).toEqual(['21 2755']);
    expect(modes('install --mode=0755 a b')).toEqual(['13 0755']);
    expect(modes('install -t /usr/bin a')).toEqual([]);
    expect(modes('mkdir -pm 777 /d')).toEqual(['15 777']);
    expect(modes('mkdir -p /d')).toEqual([]);
  });
});

describe('modeSettings', () => {
  const settings = (run: string) => {
    const image = parseImage({ file: 'D', text: `FROM a\nRUN ${run}\n` });
    return modeSettings(image.instructions[1]!.shell!.commands).map((m) => `${m.mode} ${m.paths.map((p) => p.value).join(',')} ${m.onDirectories ? 'dir' : '?'}`);
  };

  it('knows directories made by the command or earlier in the same script', () => {
    expect(settings('install -d -m 2775 -g app /srv/a && install --directory --mode 3777 /run/pg && install -dm2770 /srv/b')).toEqual([
      '2775 /srv/a dir',
      '3777 /run/pg dir',
      '2770 /srv/b dir',
    ]);
    expect(settings('mkdir -p -m 2775 /srv/c && mkdir -p /srv/d/ && chmod g+s /srv/d && mkdir /e /f && chmod 2775 /e /f/')).toEqual([
      '2775 /srv/c dir',
      'g+s /srv/d dir',
      '2775 /e,/f/ dir',
    ]);
  });

  it('does not assume a directory otherwise', () => {
    expect(settings('chmod g+s /var/mail && mkdir /g && chmod -R g+s /g && chmod 2755 /g /usr/bin/x && install -D -m 2755 a /usr/bin/a')).toEqual([
      'g+s /var/mail ?',
      'g+s /g ?',
      '2755 /g,/usr/bin/x ?',
      '2755 a,/usr/bin/a ?',
    ]);
    expect(createdDirectories(parseImage({ file: 'D', text: 'FROM a\nRUN install -m 755 a /b\n' }).instructions[1]!.shell!.commands[0]!)).toEqual([]);
  });
});
