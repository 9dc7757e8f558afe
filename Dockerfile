# Container image of isolint: `docker build -t isolint .`, then lint the current folder with
#   docker run --rm -v "$PWD:/src:ro" isolint .
# Two stages: the first bundles the CLI (scripts/build-cli.mjs) with Node.js and npm; the
# second is a distroless Node.js image with only that bundle, its two .wasm files and
# package.json (for --version): no shell, no package manager, a non-root user.
#
# Base images are pinned by digest. The defaults below were taken from public Dockerfiles
# that pin the same tags; they were not checked against the registries when written (no
# network there). Check and refresh them with
#   docker buildx imagetools inspect node:20-bookworm-slim
#   docker buildx imagetools inspect gcr.io/distroless/nodejs20-debian12:nonroot
# or build with other images: --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=...
ARG BUILD_IMAGE=node:20-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0
ARG RUNTIME_IMAGE=gcr.io/distroless/nodejs20-debian12:nonroot@sha256:2cd820156cf039c8b54ae2d2a97e424b6729070714de8707a6b79f20d56f6a9a

FROM ${BUILD_IMAGE} AS build
WORKDIR /build
COPY package.json package-lock.json ./
# No install scripts: esbuild's binary comes as an optional dependency, and the grammar's
# .wasm is only copied out of tree-sitter-bash, whose native addon is not needed.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY rules ./rules
COPY schema ./schema
RUN node scripts/gen-rule-index.mjs && node scripts/build-cli.mjs

# isolint-ignore: healthcheck-missing -- a command that runs and exits, not a service to probe
FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="isolint" \
      org.opencontainers.image.description="Security linter for Dockerfiles and Compose files" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.source="https://github.com/OWNER/isolint"
COPY package.json LICENSE THIRD-PARTY-NOTICES /opt/isolint/
COPY --from=build /build/dist/bundle/isolint.mjs /build/dist/bundle/chunk-*.mjs /build/dist/bundle/tree-sitter.wasm /build/dist/bundle/tree-sitter-bash.wasm /opt/isolint/
# The distroless image's nonroot user; pre-commit's docker_image hooks run as the caller's own.
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["/nodejs/bin/node", "/opt/isolint/isolint.mjs"]
