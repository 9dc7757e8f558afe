import { beforeAll, describe, expect, it } from 'vitest';
import { parseImage } from '../src/image/parse.js';
import { initShellParser } from '../src/shell.js';
import { disablesTls, tlsConfigOff, tlsEnvOff } from '../src/knowledge/tls.js';
import { wordPartLoc } from '../src/knowledge/word-parts.js';

beforeAll(() => initShellParser());

/** `what@column` for the first command of `RUN <line>` that turns TLS checks off. */
function off(line: string): string | undefined {
  const image = parseImage({ file: 'D', text: `FROM a\nRUN ${line}\n` });
  for (const c of image.instructions[1]!.shell!.commands) {
    const hit = disablesTls(c);
    if (hit) return `${hit.what}@${wordPartLoc(hit.at, image.lines).startColumn}`;
  }
  return undefined;
}

describe('tlsEnvOff', () => {
  it.each([
    ['NODE_TLS_REJECT_UNAUTHORIZED', '0', true],
    ['NODE_TLS_REJECT_UNAUTHORIZED', '1', false],
    ['NODE_TLS_REJECT_UNAUTHORIZED', 'false', false],
    ['GIT_SSL_NO_VERIFY', '', true],
    ['GIT_SSL_NO_VERIFY', 'false', true],
    ['GIT_SSL_NO_VERIFY', undefined, true],
    ['PYTHONHTTPSVERIFY', '0', true],
    ['PYTHONHTTPSVERIFY', '1', false],
    ['PIP_TRUSTED_HOST', 'pypi.example.com', true],
    ['PIP_TRUSTED_HOST', '', false],
    ['npm_config_strict_ssl', 'false', true],
    ['NPM_CONFIG_STRICT_SSL', 'true', false],
    ['NODE_EXTRA_CA_CERTS', '/ca.pem', false],
    ['PYTHONHTTPSVERIFY', undefined, false],
  ])('%s=%s → %s', (name, value, expected) => {
    expect(tlsEnvOff(name, value)).toBe(expected);
  });
});

describe('disablesTls', () => {
  it.each([
    ['curl -kL https://x', 'curl -k@10'],
    ['curl -fsSL --insecure https://x', 'curl --insecure@16'],
    ['curl --proxy-insecure -x https://proxy:3128 https://x', 'curl --proxy-insecure@10'],
    ['wget --no-check-certificate https://x', 'wget --no-check-certificate@10'],
    ['wget -e check_certificate=off https://x', 'wget check_certificate=off@13'],
    ['python3 -m pip install --trusted-host=pypi.x requests', 'pip --trusted-host@28'],
    ['pip config set global.trusted-host pypi.x', 'pip config trusted-host@20'],
    ['yarn config set strict-ssl false', 'yarn strict-ssl false@21'],
    ['npm install --strict-ssl=false', 'npm strict-ssl false@17'],
    ['git config --system http.https://git.x/.sslVerify false', 'git config http.sslVerify false@25'],
    ['git -c http.sslVerify= clone https://x', 'git http.sslVerify=false@12'],
    ['yum --setopt=*.sslverify=false install git', 'yum --setopt=sslverify=0@9'],
    ['apt-get -o Acquire::https::Verify-Peer=false update', 'apt-get -o Acquire::https::Verify-Peer=false@16'],
    ['conda config --set ssl_verify no', 'conda config ssl_verify false@24'],
    ['NODE_TLS_REJECT_UNAUTHORIZED=0 node fetch.js', 'NODE_TLS_REJECT_UNAUTHORIZED@5'],
    ['env GIT_SSL_NO_VERIFY=1 git clone https://x', 'GIT_SSL_NO_VERIFY@9'],
    ["printf '[main]\\nsslverify=0\\n' >> /etc/dnf/dnf.conf", 'sslverify off (dnf/yum or git configuration)@21'],
    ['echo insecure >> ~/.curlrc', 'insecure in .curlrc@10'],
  ])('%s → %s', (line, expected) => {
    expect(off(line)).toBe(expected);
  });

  it.each([
    'curl -fsSL https://x',
    'curl -sSLo kubectl https://x',
    'curl -H "X-Flag: -k" https://x',
    'curl -k https://localhost:8443/healthz',
    'curl -k https://127.0.0.1/ready',
    'git config --global http.sslVerify true',
    'echo "use curl -k only for testing"',
    'echo insecure >> notes.txt',
    'pip install --cert /ca.pem requests',
  ])('%s keeps checks on', (line) => {
    expect(off(line)).toBeUndefined();
  });
});

describe('tlsConfigOff', () => {
  it('finds the setting and its position', () => {
    expect(tlsConfigOff('[http]\n\tsslVerify = false')).toEqual({ start: 8, end: 25, what: 'sslverify off (dnf/yum or git configuration)' });
    expect(tlsConfigOff('Acquire::https::Verify-Peer "false";')).toMatchObject({ start: 0, what: 'apt Acquire::https Verify-Peer false' });
    expect(tlsConfigOff('strict-ssl=false')).toMatchObject({ start: 0 });
    expect(tlsConfigOff('sslverify=1')).toBeUndefined();
  });
});
