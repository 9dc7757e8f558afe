/**
 * `docker run` arguments written outside a shell script (devcontainer.json `runArgs`, Quadlet
 * `PodmanArgs=`, a workflow's `container.options`), each one located piece, read into the
 * runtime model by the docker CLI reader (src/sources/docker-cli/run-flags.ts). That reader
 * knows shell expansions; a part of a piece that is not known here (`${{ matrix.opts }}`,
 * `${localEnv:X}`, `%U`) is handed to it as a shell variable of a similar name, and the home
 * folder (`%h`, `${localEnv:HOME}`) as `$HOME`, so it is unresolved there too, never guessed.
 */
import type { LineIndex, Located } from '../../position.js';
import type { RuntimeModel } from '../../runtime/model.js';
import type { Word } from '../../shell.js';
import { readRunArguments } from './run-flags.js';
import type { FileNote } from '../problems.js';
import type { Piece } from '../common/located-text.js';

export interface RunBase {
  kind: RuntimeModel['kind'];
  name: Located<string>;
  title: string;
  file: string;
}

/**
 * Reads the arguments and lays them over the container the caller read from its own keys:
 * the tools put these arguments after the options they generate (the devcontainer CLI its
 * `runArgs`, Quadlet its `PodmanArgs=`, the Actions runner a job's `options`), so a setting
 * given twice is the argument's, and lists (capabilities, mounts, ports, ...) get both.
 */
export function applyRunArguments(args: Piece[], base: RunBase, container: RuntimeModel): { container: RuntimeModel; notes: FileNote[] } {
  if (!args.length) return { container, notes: [] };
  const lines: LineIndex = args[0]!.lines;
  const read = readRunArguments(args.map(asShellWord), { ...base, lines });
  return { container: overlay(container, read.container), notes: read.notes };
}

const OWN = new Set(['kind', 'name', 'title', 'file']);

/** `over`'s settings on top of `under`'s: a set value replaces, a list is appended to. */
export function overlay(under: RuntimeModel, over: RuntimeModel): RuntimeModel {
  const out = { ...under, limits: { ...under.limits } } as unknown as Record<string, unknown>;
  const top = over as unknown as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (OWN.has(key)) continue;
    const v = top[key];
    if (key === 'limits') {
      for (const [k, lv] of Object.entries(v as Record<string, unknown>)) if (lv !== undefined) (out.limits as Record<string, unknown>)[k] = lv;
    } else if (Array.isArray(v)) out[key] = [...((out[key] as unknown[] | undefined) ?? []), ...v];
    else if (v !== undefined) out[key] = v;
  }
  return out as unknown as RuntimeModel;
}

/** A piece as the shell word the docker CLI reader expects: holes become shell variables. */
export function asShellWord(p: Piece): Word {
  if (!p.holes.length) return { value: p.value, raw: p.raw, hasExpansion: false, loc: p.loc, offsets: p.offsets };
  let value = '';
  const offsets: number[] = [];
  let at = 0;
  for (const h of [...p.holes].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    value += p.value.slice(at, h.start);
    offsets.push(...p.offsets.slice(at, h.start));
    const name = h.home ? 'HOME' : h.name.replace(/^[$%]\{*|\}*$/g, '').trim().replace(/\W+/g, '_').replace(/^(?=\d)/, '_') || 'VALUE';
    const text = h.home ? '$HOME' : `\${${name}}`;
    value += text;
    const where = p.offsets[h.start] ?? p.offsets[p.offsets.length - 1] ?? 0;
    for (let i = 0; i < text.length; i++) offsets.push(where);
    at = h.end;
  }
  value += p.value.slice(at);
  offsets.push(...p.offsets.slice(at));
  return { value, raw: p.raw, hasExpansion: true, loc: p.loc, offsets };
}
