import { startCommands } from '../src/image/config.js';
import { defineRule } from '../src/engine/rule.js';
import { buildInstructions, imageCommands, runtimeCommands } from '../src/knowledge/query.js';
import { disablesTls, tlsEnvOff } from '../src/knowledge/tls.js';
import { wordPartLoc } from '../src/knowledge/word-parts.js';

/**
 * A build step or start command that turns TLS certificate checks off (`curl -k`,
 * `wget --no-check-certificate`, `pip --trusted-host`, `git -c http.sslVerify=false`, ...,
 * or such a setting written into a configuration file), or an ENV/ARG that does it for every
 * later step (`NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY`, ...; an ARG is in the
 * environment of the RUN steps after it).
 */
export default defineRule({
  id: 'tls-verification-disabled',
  title: 'TLS certificate verification turned off',
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'supply-chain',
  rationale:
    'Without certificate checks anyone on the network path (a proxy, a hijacked DNS answer, a rogue Wi-Fi) can answer in the server\'s place. ' +
    'Packages and scripts fetched that way are replaced on the way in and then run inside containers on the shared kernel, and a setting left in ENV keeps doing this at run time.',
  fix: 'Keep verification on and make the certificate trusted instead: add the internal CA to the image (`COPY ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`), or point the tool at it (`--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`, `GIT_SSL_CAINFO`).',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'RUN curl -kfsSL https://internal.example/tool -o /usr/local/bin/tool',
    good:
      'FROM debian:12-slim\n' +
      'COPY corp-ca.crt /usr/local/share/ca-certificates/\n' +
      'RUN update-ca-certificates \\\n' +
      ' && curl -fsSL https://internal.example/tool -o /usr/local/bin/tool',
  },
  references: [
    'https://curl.se/docs/manpage.html#-k',
    'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue',
    'https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify',
    'https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host',
  ],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ['ENV', 'ARG'])) {
      for (const { name, value } of ins.properties) {
        // `ARG NAME` with no default sets nothing unless a build arg is given.
        if (!value) continue;
        const expanded = ins.expand(value.value);
        if (tlsEnvOff(name.value, expanded.unresolved.length ? undefined : expanded.value)) {
          report(name, `${ins.keyword} ${name.value}=${value.value} turns TLS certificate checks off`);
        }
      }
    }
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const off = disablesTls(command);
      if (!off) continue;
      const loc = wordPartLoc(off.at, image.lines);
      report(loc, `${off.what} turns TLS certificate checks off`);
    }
  },
  checkRuntime(container, { report }) {
    const name = container.name.value;
    for (const entry of container.environment) {
      const v = entry.value;
      // `- NAME` without a value passes the host's value through: unknown, not guessed.
      if (!v || v.unresolved?.length) continue;
      if (tlsEnvOff(entry.name.value, String(v.value))) {
        report(entry.name, `${container.title} sets ${entry.name.value}=${String(v.value)}, which turns TLS certificate checks off`);
      }
    }
    for (const command of runtimeCommands(container)) {
      const off = disablesTls(command);
      if (off) report(wordPartLoc(off.at, undefined), `${container.title} starts with ${off.what}, which turns TLS certificate checks off`);
    }
  },
});
