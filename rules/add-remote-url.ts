import { defineRule } from '../src/engine/rule.js';
import { buildInstructions } from '../src/knowledge/query.js';
import { copySources } from '../src/knowledge/copy-sources.js';

/** An http(s) URL, or a git remote (`git@host:repo`, `git://`, `ssh://`, `https://…/repo.git`). */
const REMOTE = /^(https?:\/\/|git:\/\/|ssh:\/\/|git@[^:\s]+:)/i;

/**
 * `ADD <url>` with no `--checksum`, in any stage or ONBUILD trigger: the bytes are whatever
 * the server sends at build time. The URL may be quoted or in the exec form
 * (`ADD ["https://x/y.tgz", "/opt/"]`). COPY never fetches URLs, so it is not looked at.
 */
export default defineRule({
  id: 'add-remote-url',
  title: 'ADD fetches a remote URL without a checksum',
  level: 'warning',
  securitySeverity: 4.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'supply-chain',
  rationale:
    'ADD downloads the file at every uncached build and copies it into the image as is; nothing checks that it is the file that was reviewed. ' +
    'A changed or hijacked download then runs inside containers on the shared kernel with whatever privileges the image grants it.',
  fix: 'Add `--checksum=sha256:<hash>` to the ADD (for a git source, the commit hash), or download with `curl -fsSLo` in a RUN and verify with `sha256sum -c`.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'ADD https://example.com/releases/tool-1.4.2.tar.gz /tmp/\n' +
      'RUN tar -xzf /tmp/tool-1.4.2.tar.gz -C /usr/local',
    good:
      'FROM debian:12-slim\n' +
      'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\\n' +
      '    https://example.com/releases/tool-1.4.2.tar.gz /tmp/\n' +
      'RUN tar -xzf /tmp/tool-1.4.2.tar.gz -C /usr/local',
  },
  references: ['https://docs.docker.com/reference/dockerfile/#add---checksum', 'https://docs.docker.com/reference/dockerfile/#add'],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ['ADD'])) {
      const checksum = ins.flags.find((f) => f.name === 'checksum');
      if (checksum?.value) continue;
      for (const source of copySources(ins)) {
        const url = ins.expand(source.value).value;
        if (REMOTE.test(url)) report(source, `ADD downloads ${url} without --checksum`);
      }
    }
  },
});

