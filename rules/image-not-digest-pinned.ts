import { defineRule, listOptionSchema, stringListOption } from '../src/engine/rule.js';
import { imagePinning, pulledImages, registryOf } from '../src/knowledge/image-refs.js';

/** A tag is enough for a registry the project trusts to keep tags immutable (its own). */
function trusted(ref: string, options: Record<string, unknown>): boolean {
  const registries = stringListOption(options, 'trustedRegistries').map((r) => r.toLowerCase().replace(/\/+$/, ''));
  return registries.includes(registryOf(imagePinning(ref).name));
}

/**
 * An image the build pulls without an `@sha256:` digest (FROM, `COPY --from=<image>`,
 * `RUN --mount=from=<image>`). Same exclusions as unpinned-image: scratch, earlier stages and
 * references with an unresolved variable are not judged.
 */
export default defineRule({
  id: 'image-not-digest-pinned',
  title: 'Image not pinned by digest',
  level: 'note',
  securitySeverity: 2.0,
  profile: 'strict',
  sources: ['image', 'runtime'],
  category: 'supply-chain',
  rationale:
    'A tag is a movable pointer: the registry, the publisher or anyone holding their credentials can point `3.20` at different content tomorrow. ' +
    'Only a content digest fixes which userland is placed on the shared kernel, so a reviewed build stays the build that runs.',
  fix: 'Append the digest of the tested image (`docker buildx imagetools inspect <image>` prints it): `FROM alpine:3.20@sha256:<digest>`, and let Renovate or Dependabot update it.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM alpine:3.20\n' +
      'RUN apk add --no-cache ca-certificates',
    good:
      '# pin the digest you tested (docker buildx imagetools inspect alpine:3.20)\n' +
      'FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\n' +
      'RUN apk add --no-cache ca-certificates',
  },
  references: [
    'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
    'https://docs.docker.com/reference/dockerfile/#from',
  ],
  options: {
    schema: listOptionSchema('trustedRegistries', 'string', 'registries whose tags are trusted to be immutable, e.g. registry.internal.example.com'),
    description: '`trustedRegistries`: registries (host, or host:port) whose tags this project trusts to be immutable, such as its own; their images need a tag but no digest. `docker.io` is Docker Hub.',
  },
  checkImage(image, { report, options }) {
    for (const pulled of pulledImages(image)) {
      const pinning = imagePinning(pulled.ref);
      if (pinning.kind === 'scratch' || pinning.kind === 'digest' || (pinning.kind === 'tag' && trusted(pulled.ref, options))) continue;
      report(pulled.loc, `${pulled.via} image ${pulled.ref} is not pinned by a digest`);
    }
  },
  checkRuntime(container, { report, options }) {
    const image = container.image;
    // With build:, image: only names the image the build is tagged as; nothing is pulled.
    if (!image || container.build || image.unresolved?.length) return;
    const pinning = imagePinning(String(image.value));
    if (pinning.kind === 'scratch' || pinning.kind === 'digest' || (pinning.kind === 'tag' && trusted(String(image.value), options))) return;
    report(image, `${container.title} runs image ${String(image.value)}, which is not pinned by a digest`);
  },
});
