import { startCommands } from '../src/image/config.js';
import { defineRule } from '../src/engine/rule.js';
import { imageCommands, runtimeCommands } from '../src/knowledge/query.js';
import { basename } from '../src/shell.js';
import { curlPipedToShell } from '../src/knowledge/remote-code.js';

/**
 * curl/wget output run as code: piped into a shell or interpreter (also behind sudo, or
 * through `tee`), or substituted into one (`bash <(curl …)`, `sh -c "$(curl …)"`, `eval`).
 * `php --` and `bash -s --` read the script from standard input; `php -r CODE` and
 * `python3 -c CODE` run their own code and read the download as data. RUN steps of every
 * stage (and ONBUILD triggers) are looked at, and the command the built image starts with.
 */
export default defineRule({
  id: 'curl-pipe-shell',
  title: 'Downloaded script piped into a shell',
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'supply-chain',
  rationale:
    'Piping a download straight into a shell runs whatever the server returns, as root during the build, with nothing recorded about what ran. ' +
    'A compromised or spoofed host, or a truncated transfer, executes inside a container that shares the host kernel, and the result ships in the image.',
  fix: 'Download to a file, verify it against a published checksum or signature (`sha256sum -c`, `gpg --verify`), then run it; or install the tool from a signed package.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'RUN curl -fsSL https://example.com/install.sh | sh',
    good:
      'FROM debian:12-slim\n' +
      'RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n' +
      ' && echo "<published sha256>  /tmp/install.sh" | sha256sum -c - \\\n' +
      ' && sh /tmp/install.sh',
  },
  references: ['https://docs.docker.com/build/building/best-practices/#run', 'https://docs.docker.com/reference/dockerfile/#add---checksum'],
  checkImage(image, { report }) {
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const run = curlPipedToShell(command);
      if (!run) continue;
      const into = basename(run.interpreter.value);
      const downloader = basename(run.download.value);
      report(run.download, run.how === 'pipe' ? `${downloader} output is piped into ${into}` : `${downloader} output is run by ${into}`);
    }
  },
  checkRuntime(container, { report }) {
    for (const command of runtimeCommands(container)) {
      const run = curlPipedToShell(command);
      if (!run) continue;
      const into = basename(run.interpreter.value);
      const downloader = basename(run.download.value);
      report(run.download, `${container.title} starts with ${downloader} output ${run.how === 'pipe' ? 'piped into' : 'run by'} ${into}`);
    }
  },
});
