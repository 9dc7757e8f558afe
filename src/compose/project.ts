/**
 * Project assembly as `docker compose` does it: which files make one project (a folder's
 * `compose.yaml` with its `compose.override.yaml`, or the files given with `-f`), the
 * variables they are interpolated with (`.env` or `--env-file`, the process environment only
 * on request), merging the files in order, then `extends` and `include`.
 */
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { describeFsError, displayPath } from '../discover.js';
import { compareText } from '../engine/finding.js';
import type { FileError, FileNote } from '../sources/problems.js';
import { isInside, projectRoot, real } from '../git-root.js';
import { LineIndex } from '../position.js';
import { readTextFile } from '../read-file.js';
import { interpolateTree, parseDotEnv, type Lookup } from './interpolate.js';
import { mergeRoots, mergeService } from './merge.js';
import { composeFormat } from './file-format.js';
import { get, locOf, parseYaml, YamlError, type YMap, type YNode, type YPair, type YScalar, type YamlFile } from './yaml.js';
import type { ProjectDefinitions } from './normalize.js';
import type { ImageParses } from '../image/parses.js';

/** Compose's file names, in the order it prefers them (compose-go DefaultFileNames). */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
/** Compose's override file names, in its order (compose-go DefaultOverrideFileNames). */
export const OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

/** `include` and `extends` chains longer than this are refused (a cycle is refused at once). */
const MAX_CHAIN = 32;
/** Services in one project: far beyond real ones (the bench lints 5,000), so work stays bounded. */
export const MAX_SERVICES = 20_000;

/**
 * Groups Compose files into projects. In each folder the first Compose file name Compose
 * would pick is the base and the first override file name is merged onto it; another
 * override file there is merged onto the same base as a project of its own (never linted
 * alone while a base exists); every other file is a project by itself. Only the files given
 * are used: a file given alone is its own project, its override is not pulled in from disk.
 */
export function groupProjects(paths: string[]): string[][] {
  const byDir = new Map<string, string[]>();
  for (const p of paths) {
    const dir = dirname(p);
    const list = byDir.get(dir) ?? [];
    list.push(p);
    byDir.set(dir, list);
  }
  const projects: string[][] = [];
  for (const [dir, files] of byDir) {
    const has = new Set(files.map((f) => basename(f)));
    const base = COMPOSE_FILE_NAMES.find((n) => has.has(n));
    const overrides = OVERRIDE_FILE_NAMES.filter((n) => has.has(n));
    for (const f of files) {
      const name = basename(f);
      if (name === base || (base && overrides.includes(name))) continue;
      projects.push([f]);
    }
    if (base) {
      const basePath = resolve(dir, base);
      if (overrides.length === 0) projects.push([basePath]);
      for (const o of overrides) projects.push([basePath, resolve(dir, o)]);
    }
  }
  return projects;
}

export interface LoaderOptions {
  cwd: string;
  envFiles?: string[];
  useEnv?: boolean;
  env?: Record<string, string | undefined>;
  /** Referenced files larger than this many bytes are not read; default 10 MB. */
  maxFileSize?: number;
  /** Read files outside `roots` too (`--allow-outside-context`). */
  allowOutside?: boolean;
  /** Folders referenced files may be read from (the linted files' project roots); none: no limit. */
  roots?: string[];
  /** Files the user named (`-c`, `--env-file`): read wherever they are. */
  named?: string[];
  /** The run's recent Dockerfile parses (a `build:` Dockerfile the Dockerfile source read too). */
  images?: ImageParses;
}

/** A referenced file outside every project root: not opened. */
export class OutsideRootError extends Error {}

export { isInside, projectRoot };

/** A service of an assembled project: its name key (where it is defined) and settings. */
export interface ProjectService {
  name: YScalar;
  node: YNode;
  /** The top-level `volumes:` and `networks:` of the project that defines the service. */
  defs: ProjectDefinitions;
}

export interface LoadedProject {
  /** Absolute paths of the project's own files, in merge order. */
  files: string[];
  services: ProjectService[];
  /** Project files that could not be read or parsed. */
  failed: Set<string>;
}

/** Reads files once per run (in-memory texts first) and collects errors and sources. */
export class Loader {
  readonly errors: FileError[] = [];
  readonly notes: FileNote[] = [];
  readonly sources = new Map<string, LineIndex>();
  private readonly texts = new Map<string, string | Error>();
  private readonly envFileCache = new Map<string, Map<string, string> | undefined>();

  /** `given`: the files handed to the loader, each read (from memory or disk) when first needed. */
  constructor(
    readonly options: LoaderOptions,
    private readonly given: ReadonlyMap<string, () => string>,
  ) {}

  /**
   * Hands over the errors, notes and line indexes gathered since the last call, and forgets
   * what was read and computed for it, so memory holds one project at a time.
   * (A file two projects read is read twice; a note said twice is said once by lint().)
   */
  takeReadings(): { errors: FileError[]; notes: FileNote[]; sources: Map<string, LineIndex> } {
    const taken = { errors: this.errors.splice(0), notes: this.notes.splice(0), sources: new Map(this.sources) };
    this.sources.clear();
    this.models.clear();
    this.texts.clear();
    return taken;
  }

  display(path: string): string {
    return displayPath(path, this.options.cwd);
  }

  /**
   * Every file a project reads goes through here: the given files first; otherwise only a
   * file inside a project root (symlinks followed) unless outside reads are allowed, and only
   * a regular UTF-8 file under the size limit (src/read-file.ts).
   */
  read(path: string): string {
    let t = this.texts.get(path);
    const given = t === undefined ? this.given.get(path) : undefined;
    if (given) {
      try {
        t = given();
      } catch (e) {
        t = e as Error; // its own message: not a regular file, too large, not UTF-8
      }
      this.texts.set(path, t);
    } else if (t === undefined) {
      try {
        const { roots, allowOutside, named } = this.options;
        if (roots?.length && !allowOutside && !named?.includes(path) && !roots.some((r) => isInside(r, path))) {
          throw new OutsideRootError(`${this.display(path)} is outside the project root and was not opened; --allow-outside-context reads it`);
        }
        t = readTextFile(real(path), this.options.maxFileSize !== undefined ? { maxFileSize: this.options.maxFileSize } : {});
      } catch (e) {
        t = e instanceof OutsideRootError ? e : new Error(describeFsError(e));
      }
      this.texts.set(path, t);
    }
    if (t instanceof Error) throw t;
    return t;
  }

  lines(path: string, text: string): LineIndex {
    const display = this.display(path);
    let index = this.sources.get(display);
    if (!index || index.text !== text) {
      index = new LineIndex(display, text);
      this.sources.set(display, index);
    }
    return index;
  }

  error(file: string, message: string, at?: { line: number; column: number }): void {
    const e: FileError = { file, message, ...(at ? { line: at.line, column: at.column } : {}) };
    if (!this.errors.some((x) => x.file === e.file && x.message === e.message && x.line === e.line && x.column === e.column)) this.errors.push(e);
  }

  errorAt(node: { file: YamlFile; start: number; end: number }, message: string): void {
    const loc = locOf(node);
    this.error(node.file.display, message, { line: loc.startLine, column: loc.startColumn });
  }

  private readonly models = new Map<string, { value: unknown } | { error: unknown }>();

  /** A value computed once per run for a key (a build Dockerfile's model); a thrown error is remembered too. */
  cached<T>(key: string, compute: () => T): T {
    let hit = this.models.get(key);
    if (!hit) {
      try {
        hit = { value: compute() };
      } catch (error) {
        hit = { error };
      }
      this.models.set(key, hit);
    }
    if ('error' in hit) throw hit.error;
    return hit.value as T;
  }

  /** Something that could not be checked: said once, never an error. */
  note(file: string, message: string, at?: { line: number; column: number }): void {
    const n: FileNote = { file, message, ...(at ? { line: at.line, column: at.column } : {}) };
    if (!this.notes.some((x) => x.file === n.file && x.message === n.message && x.line === n.line && x.column === n.column)) this.notes.push(n);
  }

  noteAt(node: { file: YamlFile; start: number; end: number }, message: string): void {
    const loc = locOf(node);
    this.note(node.file.display, message, { line: loc.startLine, column: loc.startColumn });
  }

  /** The variables a project's files are interpolated with. */
  projectEnv(projectDir: string): Lookup {
    const processEnv = this.options.useEnv ? (this.options.env ?? process.env) : {};
    const fromProcess: Lookup = (name) => processEnv[name];
    // `--env-file` replaces the default `.env`, as in Compose.
    const envFiles = this.options.envFiles?.length ? this.options.envFiles.map((f) => resolve(this.options.cwd, f)) : [resolve(projectDir, '.env')];
    const required = !!this.options.envFiles?.length;
    const vars = new Map<string, string>();
    let read = false;
    for (const f of envFiles) {
      const parsed = this.envFile(f, required, (name) => fromProcess(name) ?? vars.get(name));
      if (parsed) read = true;
      for (const [k, v] of parsed ?? []) vars.set(k, v);
    }
    // The shell's environment wins over the env file (when it is read at all).
    const lookup: Lookup = (name) => fromProcess(name) ?? vars.get(name);
    const environment = this.options.useEnv ? ' or the process environment' : '; the process environment is read only with --use-env';
    const refused = !read && envFiles.some((f) => this.texts.get(f) instanceof OutsideRootError);
    this.envSources.set(
      lookup,
      required ? `not set in the --compose-env-file files${environment}` : read ? `not set in .env${environment}` : refused ? `.env is outside the project root and was not read${environment}` : `there is no .env file${environment}`,
    );
    return lookup;
  }

  /** What a project's variables were read from, for notes about the ones that had no value. */
  private readonly envSources = new WeakMap<Lookup, string>();

  envFile(path: string, required: boolean, lookup: Lookup): Map<string, string> | undefined {
    if (this.envFileCache.has(path)) return this.envFileCache.get(path);
    let parsed: Map<string, string> | undefined;
    try {
      parsed = parseDotEnv(this.read(path), lookup);
    } catch (e) {
      // Outside the project root is never an error: the file was not opened, as asked.
      if (e instanceof OutsideRootError) this.note(this.display(path), `env file not read: ${e.message}`);
      else if (required) this.error(this.display(path), `cannot read env file: ${(e as Error).message}`);
    }
    this.envFileCache.set(path, parsed);
    return parsed;
  }

  /**
   * Reads, parses and interpolates one YAML file in the current Compose shape (a legacy file's
   * services moved under `services:`); undefined when it cannot be read, parsed or is not a
   * Compose file (recorded as an error), or when a file it was referenced from is not there
   * (recorded as a note: what is written around the reference is still linted).
   */
  loadFile(path: string, baseDir: string, env: Lookup, from?: { node: YNode; what: string }): YMap | undefined {
    const display = this.display(path);
    let text: string;
    try {
      text = this.read(path);
    } catch (e) {
      if (from) this.noteAt(from.node, `${from.what}ed file ${display} ${notThere(e)}: the settings taken from it were not checked`);
      else this.error(display, (e as Error).message);
      return undefined;
    }
    const file: YamlFile = { path, display, text, lines: this.lines(path, text), baseDir };
    const suffix = from ? ` (${from.what}ed from ${from.node.file.display})` : '';
    let parsed: YMap;
    try {
      parsed = parseYaml(file);
    } catch (e) {
      if (!(e instanceof YamlError)) throw e;
      this.error(display, e.message + suffix, e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : undefined);
      return undefined;
    }
    const format = composeFormat(parsed);
    if (format.kind === 'not-compose') {
      const at = format.at ? locOf(format.at.key) : undefined;
      this.error(display, `not a Compose file: ${format.reason}${suffix}`, at ? { line: at.startLine, column: at.startColumn } : undefined);
      return undefined;
    }
    if (format.kind === 'empty') this.note(display, 'the file is empty: there is nothing to lint');
    if (format.kind === 'legacy') {
      const first = get(format.root, 'services');
      this.noteAt(
        first?.kind === 'map' && first.pairs[0] ? first.pairs[0].key : format.root,
        'legacy Compose file format (version 1: services at the top level); docker compose v2 no longer runs it, and it is linted as if its services were under services:',
      );
    }
    const doc = interpolateTree(format.root, env);
    this.noteUnresolved(doc, env);
    return doc;
  }

  /** One note per file naming the variables that had no value: settings using them were not judged. */
  private noteUnresolved(doc: YMap, env: Lookup): void {
    const names = new Set<string>();
    const seen = new Set<YNode>();
    const stack: YNode[] = [doc];
    let first: YScalar | undefined;
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      if (n.kind === 'scalar') {
        for (const v of n.unresolved ?? []) names.add(v);
        if (n.unresolved?.length && (!first || n.start < first.start) && n.file === doc.file) first = n;
      } else if (n.kind === 'seq') stack.push(...n.items);
      else for (const p of n.pairs) stack.push(p.value);
    }
    if (!names.size) return;
    const list = [...names].sort(compareText);
    const why = this.envSources.get(env);
    const one = list.length === 1;
    this.note(
      doc.file.display,
      `${one ? 'variable' : 'variables'} ${list.join(', ')} ${one ? 'has' : 'have'} no value${why ? ` (${why})` : ''}: settings that use ${one ? 'it' : 'them'} were not judged`,
      first ? { line: locOf(first).startLine, column: locOf(first).startColumn } : undefined,
    );
  }

  /**
   * Loads a project: its files merged in order, then `extends` resolved and `include`d
   * projects' services added. The first file's folder is the project directory.
   */
  loadProject(files: string[], chain: string[] = files, projectDir = dirname(files[0]!), env = this.projectEnv(projectDir)): LoadedProject {
    const failed = new Set<string>();
    let root: YMap | undefined;
    const includes: YNode[] = [];
    for (const path of files) {
      const doc = this.loadFile(path, projectDir, env);
      if (!doc) {
        failed.add(path);
        continue;
      }
      const inc = get(doc, 'include');
      if (inc) includes.push(inc);
      root = root ? mergeRoots(root, doc) : doc;
    }
    const services: ProjectService[] = [];
    const servicesNode = get(root, 'services');
    if (servicesNode?.kind === 'map' && servicesNode.pairs.length > MAX_SERVICES) {
      this.errorAt(servicesNode, `${servicesNode.pairs.length} services, more than the ${MAX_SERVICES} isolint reads in one project; not linted`);
      failed.add(servicesNode.file.path);
    } else if (servicesNode?.kind === 'map') {
      const extender = new Extends(this, env, chain);
      for (const pair of servicesNode.pairs) {
        const node = extender.resolve(servicesNode, pair, projectDir);
        if (node) services.push({ name: pair.key, node, defs: { volumes: get(root, 'volumes'), networks: get(root, 'networks') } });
      }
    } else if (servicesNode && !(servicesNode.kind === 'scalar' && servicesNode.value === null)) {
      this.errorAt(servicesNode, 'services: must be a mapping of service names to their settings');
    }
    for (const inc of includes) this.include(inc, env, chain, services);
    return { files, services, failed };
  }

  /** `include:` entries: another project whose services join this one. */
  private include(node: YNode, env: Lookup, chain: string[], services: ProjectService[]): void {
    const entries = node.kind === 'seq' ? node.items : [node];
    for (const entry of entries) {
      const pathNode = entry.kind === 'map' ? get(entry, 'path') : entry;
      const pathScalars = (pathNode?.kind === 'seq' ? pathNode.items : pathNode ? [pathNode] : []).filter(
        (n): n is YScalar => n.kind === 'scalar' && typeof n.value === 'string',
      );
      if (!pathScalars.length) continue;
      const baseDir = pathScalars[0]!.file.baseDir;
      const paths = pathScalars.map((s) => resolve(baseDir, s.text));
      if (chain.includes(paths[0]!) || chain.length >= MAX_CHAIN) {
        this.errorAt(pathScalars[0]!, `include ${pathScalars[0]!.text}: it includes itself (directly or through other files)`);
        continue;
      }
      const dirNode = entry.kind === 'map' ? get(entry, 'project_directory') : undefined;
      const projectDir = dirNode?.kind === 'scalar' && typeof dirNode.value === 'string' ? resolve(baseDir, dirNode.text) : dirname(paths[0]!);
      const envNode = entry.kind === 'map' ? get(entry, 'env_file') : undefined;
      const envPaths = (envNode?.kind === 'seq' ? envNode.items : envNode ? [envNode] : [])
        .filter((n): n is YScalar => n.kind === 'scalar' && typeof n.value === 'string')
        .map((s) => resolve(baseDir, s.text));
      // Its files first: an include that is not read reads no env file either.
      const missing = paths.findIndex((p) => {
        try {
          this.read(p);
          return false;
        } catch {
          return true;
        }
      });
      if (missing >= 0) {
        this.noteAt(pathScalars[missing]!, `include ${pathScalars[missing]!.text} ${this.describeMissing(paths[missing]!)}: its services were not checked`);
        continue;
      }
      // The including project's variables win over the included project's env file.
      const vars = new Map<string, string>();
      for (const f of envPaths.length ? envPaths : [resolve(projectDir, '.env')]) {
        for (const [k, v] of this.envFile(f, envPaths.length > 0, (name) => env(name) ?? vars.get(name)) ?? []) vars.set(k, v);
      }
      const includedEnv: Lookup = (name) => env(name) ?? vars.get(name);
      const sub = this.loadProject(paths, [...chain, ...paths], projectDir, includedEnv);
      for (const s of sub.services) {
        const clash = services.find((x) => x.name.text === s.name.text);
        if (clash) {
          this.errorAt(pathScalars[0]!, `include ${pathScalars[0]!.text}: service ${s.name.text} is defined both here and in the included file`);
          continue;
        }
        services.push(s);
      }
    }
  }

  private describeMissing(path: string): string {
    try {
      this.read(path);
      return 'cannot be read';
    } catch (e) {
      return notThere(e);
    }
  }
}

/** `is not there` for an absent file, else `cannot be read (<cause>)`. */
export function notThere(e: unknown): string {
  const message = (e as Error).message;
  return /no such file|not a directory/i.test(message) ? 'is not there' : `cannot be read (${message})`;
}


/** `extends:` resolution for the services of one file (and the files they extend). */
class Extends {
  private readonly done = new Map<YNode, Map<string, YNode | undefined>>();
  private readonly files = new Map<string, YMap | undefined>();

  constructor(
    private readonly loader: Loader,
    private readonly env: Lookup,
    private readonly chain: string[],
  ) {}

  resolve(services: YMap, pair: YPair, baseDir: string, stack: string[] = []): YNode | undefined {
    const name = pair.key.text;
    const memo = this.done.get(services) ?? new Map<string, YNode | undefined>();
    this.done.set(services, memo);
    if (memo.has(name)) return memo.get(name);
    const node = pair.value;
    if (node.kind !== 'map') {
      if (!(node.kind === 'scalar' && node.value === null)) {
        this.loader.errorAt(node, `service ${name} must be a mapping of settings`);
        memo.set(name, undefined);
        return undefined;
      }
      memo.set(name, node);
      return node;
    }
    const ext = get(node, 'extends');
    if (!ext) {
      memo.set(name, node);
      return node;
    }
    const own: YMap = { ...node, pairs: node.pairs.filter((p) => p.key.text !== 'extends') };
    const serviceNode = ext.kind === 'map' ? get(ext, 'service') : ext;
    const fileNode = ext.kind === 'map' ? get(ext, 'file') : undefined;
    if (serviceNode?.kind !== 'scalar' || typeof serviceNode.value !== 'string') {
      this.loader.errorAt(ext, `service ${name}: extends needs the name of a service`);
      memo.set(name, own);
      return own;
    }
    let baseServices: YMap | undefined = services;
    let baseDirOfBase = baseDir;
    let where = services.file.path;
    if (fileNode?.kind === 'scalar' && typeof fileNode.value === 'string') {
      where = resolve(fileNode.file.baseDir, fileNode.text);
      baseDirOfBase = dirname(where);
      if (!this.files.has(where)) {
        const doc = this.loader.loadFile(where, baseDirOfBase, this.env, { node: fileNode, what: 'extend' });
        const svcs = get(doc, 'services');
        this.files.set(where, svcs?.kind === 'map' ? svcs : undefined);
      }
      baseServices = this.files.get(where);
      if (!baseServices) {
        memo.set(name, own);
        return own;
      }
    }
    const key = `${where}#${serviceNode.text}`;
    if (stack.includes(key) || stack.length >= MAX_CHAIN || this.chain.length >= MAX_CHAIN) {
      this.loader.errorAt(serviceNode, `service ${name}: extends ${serviceNode.text} goes round in a circle`);
      memo.set(name, own);
      return own;
    }
    const basePair = baseServices.pairs.find((p) => p.key.text === serviceNode.text);
    if (!basePair) {
      this.loader.errorAt(serviceNode, `service ${name}: extends ${serviceNode.text}, which is not a service${fileNode ? ` of ${this.loader.display(where)}` : ''}`);
      memo.set(name, own);
      return own;
    }
    const self = `${services.file.path}#${name}`;
    const base = this.resolve(baseServices, basePair, baseDirOfBase, [...stack, self, key]);
    const merged = base ? (mergeService(base, own) ?? own) : own;
    memo.set(name, merged);
    return merged;
  }
}
