import { beforeAll, describe, expect, it } from 'vitest';
import { parseImage } from '../src/image/parse.js';
import { initShellParser } from '../src/shell.js';
import { writtenText } from '../src/knowledge/written.js';
import { partText, wordPartLoc } from '../src/knowledge/word-parts.js';

beforeAll(() => initShellParser());

/** For `RUN <line>`: each command's written parts (text@column) and files. */
function written(line: string): { parts: string[]; files: string[] }[] {
  const image = parseImage({ file: 'D', text: `FROM a\nRUN ${line}\n` });
  return image.instructions[1]!.shell!.commands.flatMap((c) => {
    const w = writtenText(c);
    return w ? [{ parts: w.parts.map((p) => `${partText(p)}@${wordPartLoc(p, image.lines).startColumn}`), files: w.files.map((f) => f.value) }] : [];
  });
}

describe('writtenText', () => {
  it('reads echo and printf redirected or piped into tee', () => {
    expect(written('echo -n "deb [trusted=yes] http://x ./" > /etc/apt/sources.list.d/x.list')).toEqual([
      { parts: ['deb [trusted=yes] http://x ./@13'], files: ['/etc/apt/sources.list.d/x.list'] },
    ]);
    expect(written("printf 'gpgcheck=0\\n' | sudo tee -a /etc/yum.repos.d/x.repo >/dev/null")).toEqual([
      { parts: ['gpgcheck=0\\n@12'], files: ['/etc/yum.repos.d/x.repo'] },
    ]);
  });

  it('reads the replacement of sed -i, not what it matches', () => {
    expect(written("sed -i 's/gpgcheck=1/gpgcheck=0/g' /etc/yum.repos.d/a.repo")).toEqual([{ parts: ['gpgcheck=0@26'], files: ['/etc/yum.repos.d/a.repo'] }]);
    expect(written("sed -i -e '/^\\[main\\]/a sslverify=0' /etc/dnf/dnf.conf")).toEqual([{ parts: ['sslverify=0@29'], files: ['/etc/dnf/dnf.conf'] }]);
    expect(written("sed -i '/gpgcheck=0/d' /etc/dnf/dnf.conf")).toEqual([]);
  });

  it('reads herestrings given to tee and add-apt-repository arguments', () => {
    expect(written("tee /root/.npmrc <<< 'registry=https://r'")).toEqual([{ parts: ['registry=https://r@26'], files: ['/root/.npmrc'] }]);
    expect(written('add-apt-repository -y "deb [trusted=yes] http://x ./"')).toEqual([{ parts: ['deb [trusted=yes] http://x ./@27'], files: [] }]);
  });

  it('ignores text that is only printed or sed without -i', () => {
    expect(written('echo "gpgcheck=0" && echo x 2>/dev/null && sed "s/a/b/" file')).toEqual([]);
  });
});
