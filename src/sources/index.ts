/**
 * Every source isolint reads, in the order they are asked to claim a file: the specific ones
 * first, the Dockerfile last (it takes any named file no other source claims).
 */
import { firstLine } from '../read-file.js';
import type { Claimer } from '../discover.js';
import { composeSource } from './compose.js';
import { devcontainerSource } from './devcontainer.js';
import { dockerfileSource } from './dockerfile.js';
import { gitlabCiSource } from './gitlab-ci.js';
import { makefileSource } from './makefile.js';
import { markdownSource } from './markdown.js';
import { quadletSource } from './quadlet.js';
import { shellSource } from './shell-script.js';
import { workflowSource } from './workflow.js';
import type { Source, SourceOptions } from './source.js';

export const allSources: readonly Source[] = [
  devcontainerSource,
  quadletSource,
  workflowSource,
  gitlabCiSource,
  shellSource,
  makefileSource,
  markdownSource,
  composeSource,
  dockerfileSource,
];

/**
 * The source that reads a file, by its absolute path; undefined for a walked file no source
 * claims. A named file no name claims goes by its first line (a shebang), when one is given,
 * before the sources that take any named file.
 */
export function sourceFor(path: string, named: boolean, options: SourceOptions, sources: readonly Source[] = allSources, firstLineOf?: () => string | undefined): Source | undefined {
  const slashed = path.replace(/\\/g, '/');
  const byName = sources.find((s) => s.claims(slashed, false, options));
  if (byName || !named) return byName;
  const line = firstLineOf?.();
  return (line === undefined ? undefined : sources.find((s) => s.claimsFirstLine?.(line))) ?? sources.find((s) => s.claims(slashed, true, options));
}

/** Decides, for discovery, which source reads a file. */
export function claimerFor(options: SourceOptions, sources: readonly Source[] = allSources): Claimer {
  const byLine = sources.filter((s) => s.claimsFirstLine);
  if (!byLine.length) return { byPath: (path, named) => sourceFor(path, named, options, sources)?.kind };
  return {
    byPath: (path, named) => sourceFor(path, named, options, sources, () => firstLine(path))?.kind,
    byContent: (path) => {
      const line = firstLine(path);
      return line === undefined ? undefined : byLine.find((s) => s.claimsFirstLine!(line))?.kind;
    },
  };
}

/** The source a folder walk hands a file of this name to (without opening it), if any. */
export function kindOfName(name: string, options: SourceOptions = { cwd: '/' }): string | undefined {
  return sourceFor(`/${name}`, false, options)?.kind;
}
