import { defineRule } from '../src/engine/rule.js';
import { floatsToLatest, imagePinning, pulledImages } from '../src/knowledge/image-refs.js';

/**
 * An image the build pulls by no tag or by `:latest`: `FROM`, and also `COPY --from=<image>`
 * and `RUN --mount=from=<image>`, which pull an image just the same. After ARG resolution;
 * not `scratch`, not an earlier stage, not a reference whose variable has no value.
 */
export default defineRule({
  id: 'unpinned-image',
  title: 'Image pulled without a version tag',
  level: 'warning',
  securitySeverity: 3.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'supply-chain',
  rationale:
    'A container runs whatever userland its image brings onto the shared kernel, and `latest` (or no tag) is whatever the publisher pushed most recently. ' +
    'Every build or pull can silently bring in different binaries, so a compromised or broken upstream push reaches the host without any change in the repository.',
  fix: 'Name a version tag (`FROM alpine:3.20`), or better a digest (`FROM alpine:3.20@sha256:...`) kept current by Renovate or Dependabot.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM python\n' +
      'RUN pip install --no-cache-dir flask',
    good:
      'FROM python:3.12-slim\n' +
      'RUN pip install --no-cache-dir flask',
  },
  references: [
    'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
    'https://docs.docker.com/reference/dockerfile/#from',
    'https://docs.docker.com/reference/dockerfile/#copy---from',
  ],
  checkImage(image, { report }) {
    for (const pulled of pulledImages(image)) {
      const pinning = imagePinning(pulled.ref);
      if (!floatsToLatest(pinning)) continue;
      const how = pinning.kind === 'latest' ? 'the :latest tag' : 'no tag (Docker pulls :latest)';
      report(pulled.loc, `${pulled.via} image ${pulled.ref} has ${how}`);
    }
  },
  checkRuntime(container, { report }) {
    const image = container.image;
    // With build:, image: only names the image the build is tagged as; nothing is pulled.
    if (!image || container.build || image.unresolved?.length) return;
    const pinning = imagePinning(String(image.value));
    if (!floatsToLatest(pinning)) return;
    const how = pinning.kind === 'latest' ? 'the :latest tag' : 'no tag (Docker pulls :latest)';
    report(image, `${container.title} runs image ${String(image.value)}, which has ${how}`);
  },
});
