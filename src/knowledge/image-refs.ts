/**
 * Image references and how firmly they are pinned. `imagePinning` judges one reference (a
 * resolved `FROM` image, a `COPY --from` image, a Compose `image:` string);
 * `pulledImages` lists every image a Dockerfile build pulls from a registry, with the place
 * its name is written.
 */
import { stageChain } from '../image/config.js';
import type { ImageModel, Instruction, Stage } from '../image/model.js';
import { splitImage } from '../image/parse.js';
import type { Location } from '../position.js';

export type PinningKind =
  /** `scratch`: nothing is pulled. */
  | 'scratch'
  /** `name@sha256:...` (with or without a tag): the content is fixed. */
  | 'digest'
  /** `name:1.2`: a tag the publisher can move. */
  | 'tag'
  /** `name:latest`. */
  | 'latest'
  /** `name`: no tag, which Docker reads as `latest`. */
  | 'untagged';

export interface ImagePinning {
  kind: PinningKind;
  name: string;
  tag: string | undefined;
  digest: string | undefined;
}

/** How a resolved image reference is pinned (`alpine`, `alpine:3.20`, `ghcr.io/a/b@sha256:...`). */
export function imagePinning(ref: string): ImagePinning {
  const trimmed = ref.trim();
  if (trimmed.toLowerCase() === 'scratch') return { kind: 'scratch', name: 'scratch', tag: undefined, digest: undefined };
  const { name, tag, digest } = splitImage(trimmed);
  // The catalog asks for a content digest; sha256 is what registries use, and OCI also
  // allows sha512, which pins just as firmly.
  const kind: PinningKind = digest && /^sha(256|512):[0-9a-f]+$/i.test(digest) ? 'digest' : tag === undefined ? 'untagged' : tag === 'latest' ? 'latest' : 'tag';
  return { kind, name, tag, digest };
}

/**
 * The registry an image name is pulled from: its first part when that is a host (has a dot or
 * a port, or is localhost), else Docker Hub, as the engine reads a reference.
 */
export function registryOf(name: string): string {
  const first = name.split('/')[0]!;
  return name.includes('/') && (/[.:]/.test(first) || first === 'localhost') ? first.toLowerCase() : 'docker.io';
}

/** `name` or `name:latest`: what is pulled changes whenever the publisher pushes. */
export function floatsToLatest(pinning: ImagePinning): boolean {
  return pinning.kind === 'latest' || pinning.kind === 'untagged';
}

export interface PulledImage {
  /** The reference after ARG substitution. */
  ref: string;
  /** Where the reference is written (the image word of FROM, the value of `--from=`). */
  loc: Location;
  /** How the build uses it. */
  via: 'FROM' | 'COPY --from' | 'RUN --mount from';
  instruction: Instruction;
}

/**
 * Every image a build of the file pulls: the base of each stage (not one that builds on an
 * earlier stage; any stage can be built with `--target`), and the images `COPY --from=<image>`
 * and `RUN --mount=from=<image>` read files from, also in ONBUILD triggers. References with a variable that has no value are left out: they are
 * not guessed.
 */
export function pulledImages(image: ImageModel): PulledImage[] {
  const stageNames = new Set(image.stages.flatMap((s) => (s.name ? [s.name.value] : [])));
  const namesStage = (ref: string) => stageNames.has(ref.toLowerCase()) || /^\d+$/.test(ref);
  const out: PulledImage[] = [];
  for (const stage of image.stages) {
    const { base } = stage;
    if (!base.stage && base.resolved !== undefined && base.resolved !== '') {
      out.push({ ref: base.resolved, loc: base.written.loc, via: 'FROM', instruction: stage.from });
    }
    for (const ins of stage.instructions.map((i) => i.trigger ?? i)) {
      for (const flag of ins.flags) {
        let written: string | undefined;
        let via: PulledImage['via'];
        if (flag.name === 'from' && (ins.keyword === 'COPY' || ins.keyword === 'ADD')) {
          written = flag.value;
          via = 'COPY --from';
        } else if (flag.name === 'mount' && ins.keyword === 'RUN' && flag.options.from) {
          written = flag.options.from;
          via = 'RUN --mount from';
        } else continue;
        if (!written) continue;
        const expanded = ins.expand(written);
        if (expanded.unresolved.length || !expanded.value || namesStage(expanded.value)) continue;
        const loc = flagValueLoc(image, flag.loc, written, via === 'RUN --mount from' ? 'from' : undefined);
        out.push({ ref: expanded.value, loc, via, instruction: ins });
      }
    }
  }
  return out;
}

/**
 * The location of a flag's value in `--from=value`, or of an option's value in
 * `--mount=type=cache,from=value`, found in the flag's written text; the whole flag when it
 * cannot be found there (a value written across a line continuation).
 */
function flagValueLoc(image: ImageModel, flagLoc: Location, value: string, option: string | undefined): Location {
  const start = image.lines.offsetOf(flagLoc.startLine - 1, flagLoc.startColumn - 1);
  const end = image.lines.offsetOf(flagLoc.endLine - 1, flagLoc.endColumn - 1);
  const text = image.text.slice(start, end);
  const eq = text.indexOf('=');
  if (eq < 0) return flagLoc;
  let valueStart = eq + 1;
  if (option) {
    const m = new RegExp(`(^|,)${option}=`, 'i').exec(text.slice(valueStart));
    if (!m) return flagLoc;
    valueStart += m.index + m[0].length;
  }
  if (text[valueStart] === '"' || text[valueStart] === "'") valueStart++;
  if (text.slice(valueStart, valueStart + value.length) !== value) return flagLoc;
  return image.lines.location(start + valueStart, start + valueStart + value.length);
}

/**
 * A Windows base image: `mcr.microsoft.com/windows*`, a repository path part starting with
 * `nanoserver`/`servercore`/`windowsservercore` (`mcr.microsoft.com/windows/nanoserver`,
 * `microsoft/windowsservercore`), or a tag variant naming them (`dotnet/sdk:8.0-nanoserver-ltsc2022`,
 * `python:3.12-windowsservercore`). A name that merely contains "windows" is not one.
 */
export function isWindowsImage(ref: string): boolean {
  const { name, tag } = splitImage(ref.toLowerCase());
  if (name.startsWith('mcr.microsoft.com/windows')) return true;
  if (name.split('/').slice(1).some((part) => /^(nanoserver|servercore|windowsservercore)/.test(part))) return true;
  return !!tag && /(^|[-_.])(nanoserver|servercore|windowsservercore)([-_.]|$)/.test(tag);
}

/** `windows/amd64`, `windows`, `Windows/arm64/v8`. */
export function isWindowsPlatform(platform: string): boolean {
  return /^windows(\/|$)/i.test(platform.trim());
}

/**
 * The stage builds a Windows image: it, or a stage it builds on, is FROM a Windows image or
 * `--platform=windows/…`. Unresolved references are not guessed.
 */
export function isWindowsStage(stage: Stage): boolean {
  return stageChain(stage).some(
    (s) => (s.platform && isWindowsPlatform(s.platform.value)) || (!s.base.stage && s.base.resolved !== undefined && isWindowsImage(s.base.resolved)),
  );
}
