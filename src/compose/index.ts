/**
 * Compose files → runtime models. The steps live in their own modules:
 *   yaml.ts         yaml package parse → positioned tree (anchors, merge keys, limits)
 *   interpolate.ts  `${VAR}` and `.env`
 *   merge.ts        Compose's merge rules (override files, `-f` files, `extends`)
 *   project.ts      which files form a project; `extends` and `include`
 *   normalize.ts    a service → RuntimeModel
 *   build.ts        the Dockerfile behind `build:` → ImageModel
 * Call `initShellParser()` (src/shell.ts) before loading: `command:` text is split with it.
 */
import { dirname, resolve } from 'node:path';
import type { FileError, FileNote } from '../sources/problems.js';
import type { ImageModel } from '../image/model.js';
import type { ImageParses } from '../image/parses.js';
import type { LineIndex } from '../position.js';
import type { RuntimeModel } from '../runtime/model.js';
import type { LintedFile, SourceFile } from '../sources/source.js';
import { attachBuiltImage } from './build.js';
import { normalizeService } from './normalize.js';
import { attachEnvFiles } from './env-file.js';
import { groupProjects, Loader, projectRoot } from './project.js';
import { resolveJoinedNamespaces } from '../runtime/namespaces.js';

export interface ComposeOptions {
  /** Folder paths are relative to and reports are shown from (default: process.cwd()). */
  cwd?: string;
  /**
   * `--env-file`: files read for interpolation, in order, instead of the project's `.env`
   * (as in Compose). Relative to cwd.
   */
  envFiles?: string[];
  /** `--use-env`: also read the process environment; it wins over env files, as in Compose. */
  useEnv?: boolean;
  /** The environment `useEnv` reads (default: process.env). */
  env?: Record<string, string | undefined>;
  /** `--allow-outside-context`: read files outside the project root (build contexts, env files, extended and included files). */
  allowOutsideContext?: boolean;
  /** Referenced files larger than this many bytes are not read; default 10 MB. */
  maxFileSize?: number;
  /** `-c/--compose-file`: files merged in order into one project, like `docker compose -f`. Relative to cwd. */
  files?: string[];
}

export interface ComposeProject {
  /** Display paths of the project's files, in merge order. */
  files: string[];
  /** Names of the services that were normalised. */
  services: string[];
}

export interface ComposeLoadResult {
  containers: RuntimeModel[];
  errors: FileError[];
  /** What could not be checked (a missing env file or Dockerfile) and legacy-format files. */
  notes: FileNote[];
  /** Images written in a Compose file (`dockerfile_inline`): image rules judge them like Dockerfiles. */
  images: ImageModel[];
  files: LintedFile[];
  /** Text of every file a runtime finding may point into. */
  sources: Map<string, LineIndex>;
  projects: ComposeProject[];
}

/** Loads every project at once (tests and callers that want one result). */
export function loadCompose(files: readonly Pick<SourceFile, 'path' | 'root' | 'text'>[], options: ComposeOptions): ComposeLoadResult {
  const all: ComposeLoadResult = { containers: [], images: [], errors: [], notes: [], files: [], sources: new Map(), projects: [] };
  for (const part of composeProjects(files, options)) {
    all.containers.push(...part.containers);
    all.images.push(...part.images);
    all.errors.push(...part.errors);
    all.notes.push(...part.notes);
    all.files.push(...part.files);
    all.projects.push(...part.projects);
    for (const [file, index] of part.sources) all.sources.set(file, index);
  }
  return all;
}

/**
 * Loads the projects one after another, yielding each one's models, errors, notes and texts
 * once it is assembled, so a caller can judge and drop it before the next is read. What was
 * read for a project (its texts, the Dockerfiles behind `build:`) is let go with it. The last
 * part carries every given file's status, since a file can fail as part of a later project.
 */
export function* composeProjects(files: readonly Pick<SourceFile, 'path' | 'root' | 'text'>[], options: ComposeOptions, images?: ImageParses): Generator<ComposeLoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const loader = new Loader(
    {
      cwd,
      ...(options.envFiles ? { envFiles: options.envFiles } : {}),
      ...(options.useEnv ? { useEnv: true } : {}),
      ...(options.env ? { env: options.env } : {}),
      ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
      ...(options.allowOutsideContext ? { allowOutside: true } : {}),
      ...(images ? { images } : {}),
      // Where referenced files may be read from: each linted file's project root.
      roots: [
        ...new Set([
          ...files.map((file) => projectRoot(file.path, file.root)),
          ...(options.files ?? []).map((f) => projectRoot(resolve(cwd, f), dirname(resolve(cwd, f)))),
        ]),
      ],
      named: [...(options.files ?? []), ...(options.envFiles ?? [])].map((f) => resolve(cwd, f)),
    },
    new Map(files.map((file) => [file.path, () => file.text])),
  );

  const explicit = (options.files ?? []).map((f) => resolve(cwd, f));
  const explicitSet = new Set(explicit);
  const groups: string[][] = explicit.length ? [explicit] : [];
  for (const group of groupProjects(files.map((file) => file.path))) {
    // A folder's files that `-c` already named are not linted a second time on their own.
    if (explicit.length && group.every((p) => explicitSet.has(p))) continue;
    groups.push(group);
  }

  const roots = new Map(files.map((file) => [file.path, file.root]));
  const failed = new Set<string>();
  for (const group of groups) {
    const containers: RuntimeModel[] = [];
    const images: ImageModel[] = [];
    const projects: ComposeProject[] = [];
    let project: ReturnType<Loader['loadProject']>;
    try {
      project = loader.loadProject(group);
    } catch (e) {
      // A bug must not cost the other projects their report.
      loader.error(loader.display(group[0]!), `could not be loaded: ${(e as Error).message}`);
      for (const f of group) failed.add(f);
      yield { containers, images, projects, files: [], ...loader.takeReadings() };
      continue;
    }
    for (const f of project.failed) failed.add(f);
    const names: string[] = [];
    const projectContainers: RuntimeModel[] = [];
    for (const { name, node, defs } of project.services) {
      try {
        const container = normalizeService(name, node, defs);
        attachEnvFiles(container, node, loader);
        const root = roots.get(group[0]!) ?? dirname(group[0]!);
        const { inline } = attachBuiltImage(container, node, name.file.path, loader, { root, ...(options.allowOutsideContext ? { allowOutsideContext: true } : {}) });
        if (inline) images.push(inline);
        containers.push(container);
        projectContainers.push(container);
        names.push(name.text);
      } catch (e) {
        loader.errorAt(name, `service ${name.text} could not be read: ${(e as Error).message}`);
      }
    }
    // Across services: `network_mode: service:x` is judged as what x uses.
    resolveJoinedNamespaces(projectContainers);
    projects.push({ files: group.map((p) => loader.display(p)), services: names });
    yield { containers, images, projects, files: [], ...loader.takeReadings() };
  }

  const statuses = new Map<string, LintedFile>();
  for (const path of [...files.map((file) => file.path), ...explicit]) {
    const display = loader.display(path);
    statuses.set(display, { file: display, kind: 'compose', status: failed.has(path) ? 'error' : 'linted' });
  }
  yield { containers: [], images: [], projects: [], files: [...statuses.values()], ...loader.takeReadings() };
}
