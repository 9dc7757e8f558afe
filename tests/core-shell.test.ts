import { beforeAll, describe, expect, it } from 'vitest';
import { parseImage } from '../src/image/parse.js';
import { initShellParser, programOf, splitCommandLine, unwrapCommand } from '../src/shell.js';
import { LineIndex } from '../src/position.js';
import { packageInstall } from '../src/knowledge/packages.js';

beforeAll(() => initShellParser());

/** Commands of every RUN/CMD/ENTRYPOINT in a Dockerfile text, as `line:col words...`. */
function commands(dockerfile: string): string[] {
  const image = parseImage({ file: 'Dockerfile', text: dockerfile });
  return image.instructions.flatMap((i) =>
    (i.shell?.commands ?? []).map((c) => `${c.loc.startLine}:${c.loc.startColumn} ${c.words.map((w) => w.value).join(' ')}`),
  );
}

describe('shell splitting', () => {
  it('splits on && || ; | and newlines, with exact positions', () => {
    expect(commands('FROM a\nRUN a && b || c; d | e\n')).toEqual(['2:5 a', '2:10 b', '2:15 c', '2:18 d', '2:22 e']);
  });

  it('marks every word holding an expansion, also a word that is nothing but one', () => {
    const image = parseImage({ file: 'Dockerfile', text: 'FROM a\nRUN docker run $OPTS "$A" ${B} $(c) `d` x$E \'$F\' plain\n' });
    const words = image.instructions[1]!.shell!.commands[0]!.words;
    expect(words.map((w) => `${w.raw}:${w.hasExpansion}`)).toEqual(['docker:false', 'run:false', '$OPTS:true', '"$A":true', '${B}:true', '$(c):true', '`d`:true', 'x$E:true', "'$F':false", 'plain:false']);
  });

  it('follows line continuations and drops comment lines inside them', () => {
    const text = 'FROM a\nRUN apt-get update \\\n  # install tools\n  && apt-get install -y \\\n     curl git\n';
    expect(commands(text)).toEqual(['2:5 apt-get update', '4:6 apt-get install -y curl git']);
  });

  it('maps words after a continuation back to their own line and column', () => {
    const image = parseImage({ file: 'Dockerfile', text: 'FROM a\nRUN apt-get install \\\n    sudo\n' });
    const words = image.instructions[1]!.shell!.commands[0]!.words;
    expect(words[2]!.value).toBe('sudo');
    expect(words[2]!.loc).toMatchObject({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 });
  });

  it('removes quotes but keeps expansions as written', () => {
    const image = parseImage({ file: 'Dockerfile', text: `FROM a\nRUN echo "use sudo" 'x y' a\\ b "$HOME/x"\n` });
    const words = image.instructions[1]!.shell!.commands[0]!.words;
    expect(words.map((w) => w.value)).toEqual(['echo', 'use sudo', 'x y', 'a b', '$HOME/x']);
    expect(words.map((w) => w.hasExpansion)).toEqual([false, false, false, false, true]);
  });

  it('never treats a comment as a command', () => {
    expect(commands('FROM a\nRUN echo hi # sudo rm -rf /\n')).toEqual(['2:5 echo hi']);
  });

  it('splits exec form and the script of sh -c', () => {
    expect(commands('FROM a\nCMD ["sh", "-c", "a && b x"]\n')).toEqual(['2:6 sh -c a && b x', '2:19 a', '2:24 b x']);
  });

  it('splits bash -ec and su -c scripts in place', () => {
    expect(commands(`FROM a\nRUN bash -ec 'modprobe x'\n`)).toEqual(['2:5 bash -ec modprobe x', '2:15 modprobe x']);
    expect(commands(`FROM a\nRUN su root -c "id"\n`)).toEqual(['2:5 su root -c id', '2:17 id']);
  });

  it('runs a bare heredoc body as the script, but not a python one', () => {
    const text = 'FROM a\nRUN <<EOF\nset -e\nsudo ls\nEOF\nRUN python3 <<EOF\nimport sudo\nEOF\n';
    expect(commands(text)).toEqual(['3:1 set -e', '4:1 sudo ls', '6:5 python3']);
  });

  it('knows commands in substitutions and pipelines', () => {
    const image = parseImage({ file: 'Dockerfile', text: 'FROM a\nRUN sh -c "$(curl -fsSL x)" && wget -qO- y | sudo bash -s\n' });
    const cmds = image.instructions[1]!.shell!.commands;
    const curl = cmds.find((c) => c.words[0]!.value === 'curl')!;
    expect(curl.substitutedInto?.words[0]!.value).toBe('sh');
    const wget = cmds.find((c) => c.words[0]!.value === 'wget')!;
    expect(wget.pipedInto.map((c) => programOf(c))).toEqual(['bash']);
  });

  it('reads words after a redirect as arguments', () => {
    expect(commands('FROM a\nRUN echo >&2 "msg" more\n')).toEqual(['2:5 echo msg more']);
  });

  it('records the files a command writes to', () => {
    const image = parseImage({ file: 'Dockerfile', text: 'FROM a\nRUN echo 1 > /proc/sys/net/ipv4/ip_forward\n' });
    expect(image.instructions[1]!.shell!.commands[0]!.writes.map((w) => w.value)).toEqual(['/proc/sys/net/ipv4/ip_forward']);
  });

  it('honours the escape directive', () => {
    expect(commands('# escape=`\nFROM a\nRUN a `\n  b\n')).toEqual(['3:5 a b']);
  });
});

describe('wrappers and package installs', () => {
  const first = (run: string) => parseImage({ file: 'D', text: `FROM a\nRUN ${run}\n` }).instructions[1]!.shell!.commands[0]!;

  it('sees the command behind sudo, env and timeout', () => {
    expect(unwrapCommand(first('sudo -u app env A=1 timeout 5 modprobe x')).name?.value).toBe('modprobe');
  });

  it('lists installed packages without versions or options', () => {
    expect(packageInstall(first('apt-get -y install --no-install-recommends curl=7.88 -t bookworm-backports git'))?.packages.map((p) => p.value)).toEqual([
      'curl',
      'git',
    ]);
    expect(packageInstall(first('apk add --no-cache --repository http://x sudo=1.9-r0'))?.packages.map((p) => p.value)).toEqual(['sudo']);
    expect(packageInstall(first('dnf install -y --setopt=tsflags=nodocs kernel-devel'))?.packages.map((p) => p.value)).toEqual(['kernel-devel']);
    expect(packageInstall(first('apt-get update'))).toBeUndefined();
    expect(packageInstall(first('pip install sudo'))).toBeUndefined();
  });
});

describe('Compose command lines', () => {
  const split = (text: string) => {
    const lines = new LineIndex('compose.yaml', text);
    return splitCommandLine({ text, offsets: [...text].map((_, i) => i), lines }).map((w) => `${w.loc.startColumn}:${w.value}`);
  };

  it('splits words with quotes and escapes, like go-shellwords', () => {
    expect(split(`sh -c "echo \\"a b\\"" 'c d' e\\ f`)).toEqual(['1:sh', '4:-c', '7:echo "a b"', '22:c d', '28:e f']);
  });

  it('stops at an unquoted operator: Compose runs no shell', () => {
    expect(split('echo 1 > /proc/sys/x')).toEqual(['1:echo', '6:1']);
    expect(split('curl -fsSL https://x | sh')).toEqual(['1:curl', '6:-fsSL', '12:https://x']);
    expect(split('sh -c "a | b"')).toEqual(['1:sh', '4:-c', '7:a | b']);
  });
});

describe('declarations, heredocs and busybox', () => {
  const script = (run: string) => parseImage({ file: 'D', text: `FROM a\nRUN ${run}\n` }).instructions[1]!.shell!;

  it('records export/local assignments like command prefixes', () => {
    const cmd = script('export NODE_TLS_REJECT_UNAUTHORIZED=0 B="x y" C').commands[0]!;
    expect(cmd.words.map((w) => w.value)).toEqual(['export', 'C']);
    expect(cmd.assignments.map((a) => `${a.name}=${a.value.value}@${a.value.loc.startColumn}`)).toEqual(['NODE_TLS_REJECT_UNAUTHORIZED=0@41', 'B=x y@45']);
  });

  it('keeps a heredoc body as the text on standard input, as written', () => {
    const image = parseImage({ file: 'D', text: 'FROM a\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\ngpgcheck=0\nEOF\n' });
    const cmd = image.instructions[1]!.shell!.commands[0]!;
    expect(cmd.writes.map((w) => w.value)).toEqual(['/etc/yum.repos.d/x.repo']);
    expect(cmd.stdinText?.value).toBe('[x]\ngpgcheck=0\n');
    expect(cmd.stdinText?.loc).toMatchObject({ startLine: 3, startColumn: 1 });
  });

  it('sees the applet behind busybox', () => {
    expect(programOf(script('busybox modprobe br_netfilter').commands[0]!)).toBe('modprobe');
  });
});

describe('scripts run by sh -c', () => {
  it('list a command in $(...) once, not again from the re-parsed script', () => {
    expect(commands('FROM a\nRUN sh -c "$(curl -fsSL x)" && bash -c "echo $(id -u)"\n')).toEqual([
      '2:5 sh -c $(curl -fsSL x)',
      '2:14 curl -fsSL x',
      '2:32 bash -c echo $(id -u)',
      '2:48 id -u',
      // The -c scripts themselves: what curl printed is run as a command.
      '2:12 $(curl -fsSL x)',
      '2:41 echo $(id -u)',
    ]);
  });
});
