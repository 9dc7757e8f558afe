// Deterministic generated corpus for `npm run bench` (seeded PRNG, no network, no copied files).
//   node bench/corpus.mjs [outDir]   (default bench/.corpus, gitignored)
// Layout:
//   scale-1x/, scale-4x/, scale-16x/   projects p0000/… each with a Dockerfile (multi-stage,
//       10–300 lines, long RUN chains with `&&` and continuation lines, heredocs) and, in 60%
//       of them, a compose.yaml (1–60 services, anchors and merge keys, long port and
//       volume lists, `build:` of the project's Dockerfile for some services).
//       1x = 100 Dockerfiles; 4x and 16x repeat the generator with more projects (not copies).
//   big/5mb.Dockerfile, big/5000.compose.yaml
//   linear/2k.Dockerfile, linear/16k.Dockerfile (instructions), linear/500.compose.yaml,
//       linear/4000.compose.yaml (services)
// The same seed always writes the same bytes (a content hash is printed and stored in
// manifest.json so results.json can name the corpus it measured).
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED = 0x15011e7;
export const SCALES = [1, 4, 16];
export const PROJECTS_AT_1X = 100;
const GENERATOR_VERSION = 2;

/** mulberry32: a small seeded PRNG, enough for reproducible shapes. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const BASES = ['debian:12-slim', 'ubuntu:24.04', 'alpine:3.20', 'node:22-bookworm', 'python:3.12-slim', 'golang:1.23', 'eclipse-temurin:21-jre', 'nginx:1.27', 'redis:7.4', 'postgres:16'];
const PKGS = ['curl', 'ca-certificates', 'git', 'build-essential', 'libssl-dev', 'zlib1g-dev', 'jq', 'unzip', 'gnupg', 'tzdata', 'locales', 'python3-pip', 'openssh-client', 'procps', 'less', 'vim-tiny', 'wget', 'xz-utils', 'make', 'pkg-config'];
const WORDS = ['app', 'api', 'worker', 'web', 'cache', 'db', 'queue', 'auth', 'search', 'metrics', 'proxy', 'cron', 'mail', 'files', 'admin', 'billing', 'gateway', 'events'];

function shellStep(r, i) {
  switch (r.int(0, 11)) {
    case 0: return `apt-get update`;
    case 1: return `apt-get install -y --no-install-recommends ${Array.from({ length: r.int(2, 8) }, () => r.pick(PKGS)).join(' ')}`;
    case 2: return `rm -rf /var/lib/apt/lists/*`;
    case 3: return `curl -fsSL https://example.invalid/${r.pick(WORDS)}-${r.int(1, 9)}.${r.int(0, 20)}.tar.gz | tar -xz -C /opt`;
    case 4: return `mkdir -p /srv/${r.pick(WORDS)}/data /var/log/${r.pick(WORDS)}`;
    case 5: return `chown -R ${r.pick(['1000:1000', 'app:app', 'nobody:nogroup'])} /srv/${r.pick(WORDS)}`;
    case 6: return `chmod ${r.pick(['0755', '0644', '600', '777', 'u+x'])} /usr/local/bin/${r.pick(WORDS)}${i}`;
    case 7: return `echo "${r.pick(WORDS)}=${r.int(0, 99999)}" >> /etc/${r.pick(WORDS)}.conf`;
    case 8: return `if [ -f /etc/${r.pick(WORDS)} ]; then cp /etc/${r.pick(WORDS)} /tmp/; fi`;
    case 9: return `for f in ${Array.from({ length: r.int(2, 5) }, () => r.pick(WORDS)).join(' ')}; do ln -sf /opt/$f/bin/$f /usr/local/bin/$f; done`;
    case 10: return `useradd --uid ${r.int(1000, 60000)} --create-home ${r.pick(WORDS)}${i}`;
    default: return `export PATH="/opt/${r.pick(WORDS)}/bin:$PATH" && ${r.pick(WORDS)} --version`;
  }
}

function runChain(r, steps) {
  const parts = Array.from({ length: steps }, (_, i) => shellStep(r, i));
  if (r.chance(0.5)) return [`RUN set -eux; \\`, ...parts.map((p, i) => `    ${p}${i < parts.length - 1 ? ' && \\' : ''}`)];
  return [`RUN ${parts.join(' && ')}`];
}

function heredoc(r) {
  const body = Array.from({ length: r.int(2, 12) }, (_, i) => shellStep(r, i));
  if (r.chance(0.5)) return [`RUN <<EOF`, 'set -e', ...body, 'EOF'];
  const name = `/usr/local/bin/${r.pick(WORDS)}-entry`;
  return [`COPY <<EOF ${name}`, '#!/bin/sh', ...body, 'exec "$@"', 'EOF'];
}

function instruction(r, stage) {
  const x = r.next();
  if (x < 0.3) return runChain(r, r.int(2, 14));
  if (x < 0.38) return heredoc(r);
  if (x < 0.48) return [`ENV ${r.pick(WORDS).toUpperCase()}_${r.int(0, 99)}=${r.pick(['1', 'true', '/srv/x', '"a b"'])}`];
  if (x < 0.56) return [`ARG ${r.pick(WORDS).toUpperCase()}_VERSION=${r.int(1, 9)}.${r.int(0, 20)}`];
  if (x < 0.7) return [`COPY ${stage > 0 && r.chance(0.4) ? `--from=s${r.int(0, stage - 1)} ` : ''}${r.pick(['.', 'src/', 'package.json', 'requirements.txt'])} /srv/${r.pick(WORDS)}/`];
  if (x < 0.76) return [`WORKDIR /srv/${r.pick(WORDS)}`];
  if (x < 0.82) return [`EXPOSE ${r.int(1, 65535)}${r.chance(0.3) ? '/udp' : ''}`];
  if (x < 0.86) return [`LABEL org.example.${r.pick(WORDS)}="${r.pick(WORDS)} ${r.int(0, 999)}"`];
  if (x < 0.9) return [`USER ${r.pick(['root', '1000', 'app', 'nobody:nogroup'])}`];
  if (x < 0.93) return [`ADD ${r.pick(['https://example.invalid/a.tgz', 'vendor.tar.gz', '.'])} /opt/`];
  if (x < 0.96) return [`HEALTHCHECK CMD ${r.pick(['curl -f http://localhost/ || exit 1', 'pg_isready', '["/bin/true"]'])}`];
  return [`# ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.int(0, 1e6)}`];
}

/** A multi-stage Dockerfile of about `targetLines` lines (at least 10). */
export function dockerfile(r, targetLines) {
  const lines = [];
  const stages = Math.max(1, Math.min(6, Math.round(targetLines / 50) + r.int(0, 1)));
  const perStage = Math.max(4, Math.floor(targetLines / stages));
  for (let s = 0; s < stages; s++) {
    lines.push(`FROM ${r.pick(BASES)} AS s${s}`);
    const stop = lines.length + perStage - 1;
    while (lines.length < stop) lines.push(...instruction(r, s));
  }
  lines.push(r.pick([`CMD ["/srv/app/run", "--port", "8080"]`, `ENTRYPOINT ["/usr/local/bin/app-entry"]`, `CMD sh -c "exec /srv/app/run --port $PORT"`]));
  return lines.join('\n') + '\n';
}

/** Instruction-count Dockerfile for the linearity check (single-stage blocks of 50). */
function dockerfileOfInstructions(r, n) {
  const lines = [];
  let count = 0;
  while (count < n) {
    if (count % 50 === 0) { lines.push(`FROM ${r.pick(BASES)} AS s${count / 50}`); count++; continue; }
    lines.push(...instruction(r, Math.floor(count / 50)));
    count++;
  }
  return lines.join('\n') + '\n';
}

function service(r, i, withBuild) {
  const name = `${r.pick(WORDS)}-${i}`;
  const l = [`  ${name}:`];
  if (r.chance(0.5)) l.push(`    <<: *${r.pick(["defaults", "logging-only"])}`);
  if (withBuild && r.chance(0.3)) l.push(`    build:`, `      context: .`, `      dockerfile: Dockerfile`);
  else l.push(`    image: ${r.pick(BASES)}`);
  if (r.chance(0.6)) {
    l.push(`    ports:`);
    for (let k = 0, n = r.int(1, 25); k < n; k++) l.push(`      - "${r.chance(0.3) ? '127.0.0.1:' : ''}${r.int(1024, 60000)}:${r.int(1, 9000)}${r.chance(0.1) ? '/udp' : ''}"`);
  }
  if (r.chance(0.6)) {
    l.push(`    volumes:`);
    for (let k = 0, n = r.int(1, 25); k < n; k++) l.push(`      - ${r.pick(['./data', 'cache', '/srv/shared', './conf', 'logs'])}${k}:/var/${r.pick(WORDS)}/${k}${r.chance(0.4) ? ':ro' : ''}`);
    if (r.chance(0.05)) l.push(`      - /var/run/docker.sock:/var/run/docker.sock`);
  }
  if (r.chance(0.4)) l.push(`    environment:`, ...Array.from({ length: r.int(1, 8) }, (_, k) => `      ${r.pick(WORDS).toUpperCase()}_${k}: "${r.pick(WORDS)}"`));
  if (r.chance(0.3)) l.push(`    command: ${r.pick([`sh -c "${shellStep(r, i)} && exec ${r.pick(WORDS)}"`, `["--port", "${r.int(1, 9000)}"]`, `${r.pick(WORDS)} --serve`])}`);
  if (r.chance(0.1)) l.push(`    privileged: true`);
  if (r.chance(0.1)) l.push(`    cap_add:`, `      - ${r.pick(['NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE'])}`);
  if (r.chance(0.2)) l.push(`    read_only: true`, `    security_opt:`, `      - no-new-privileges:true`);
  return l;
}

/** A Compose file of `n` services with anchors and merge keys. */
export function compose(r, n, withBuild = true) {
  const l = [
    `x-defaults: &defaults`,
    `  restart: unless-stopped`,
    `  networks: [back]`,
    `  logging: &logging`,
    `    driver: json-file`,
    `    options: { max-size: "10m", max-file: "3" }`,
    `x-logging: &logging-only`,
    `  logging: *logging`,
    `services:`,
  ];
  // `<<: *logging` needs a mapping anchor named logging at top level too: reuse the nested one.
  for (let i = 0; i < n; i++) l.push(...service(r, i, withBuild));
  l.push(`networks:`, `  back: {}`, `volumes:`, ...Array.from({ length: 5 }, (_, k) => `  cache${k}: {}`));
  return l.join('\n') + '\n';
}

function write(path, text, hash, manifest, root) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  hash.update(path.slice(root.length)).update('\0').update(text);
  manifest.bytes += Buffer.byteLength(text);
  manifest.files++;
}

/** Writes the corpus under `out` (replacing it) unless an identical one is there already. */
export function generate(out) {
  const marker = join(out, 'manifest.json');
  if (existsSync(marker)) {
    try {
      const m = JSON.parse(readFileSync(marker, 'utf8'));
      if (m.seed === SEED && m.version === GENERATOR_VERSION) return m;
    } catch { /* regenerate */ }
  }
  rmSync(out, { recursive: true, force: true });
  const hash = createHash('sha256');
  const manifest = { seed: SEED, version: GENERATOR_VERSION, files: 0, bytes: 0, scales: {} };
  for (const scale of SCALES) {
    const r = prng(SEED + scale);
    const dir = join(out, `scale-${scale}x`);
    const s = { dockerfiles: 0, composeFiles: 0, services: 0, lines: 0 };
    for (let p = 0; p < PROJECTS_AT_1X * scale; p++) {
      const proj = join(dir, `p${String(p).padStart(4, '0')}`);
      const df = dockerfile(r, r.int(10, 300));
      s.lines += df.split('\n').length - 1;
      write(join(proj, 'Dockerfile'), df, hash, manifest, out);
      s.dockerfiles++;
      if (r.chance(0.6)) {
        const n = r.int(1, 60);
        write(join(proj, 'compose.yaml'), compose(r, n), hash, manifest, out);
        s.composeFiles++;
        s.services += n;
      }
    }
    manifest.scales[`${scale}x`] = s;
  }
  const r = prng(SEED ^ 0xb16);
  const big = [];
  let size = 0;
  while (size < 5 * 1024 * 1024) {
    const chunk = dockerfile(r, 300);
    big.push(chunk);
    size += chunk.length;
  }
  write(join(out, 'big', '5mb.Dockerfile'), big.join(''), hash, manifest, out);
  write(join(out, 'big', '5000.compose.yaml'), compose(r, 5000, false), hash, manifest, out);
  const rl = prng(SEED ^ 0x1e4);
  for (const n of [2000, 16000]) write(join(out, 'linear', `${n / 1000}k.Dockerfile`), dockerfileOfInstructions(rl, n), hash, manifest, out);
  for (const n of [500, 4000]) write(join(out, 'linear', `${n}.compose.yaml`), compose(rl, n, false), hash, manifest, out);
  manifest.sha256 = hash.digest('hex');
  writeFileSync(marker, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '.corpus');
  const m = generate(out);
  console.log(`${out}: ${m.files} files, ${(m.bytes / 1e6).toFixed(1)} MB, sha256 ${m.sha256.slice(0, 16)}`);
  console.log(JSON.stringify(m.scales));
}
