/**
 * Where a shell script starts containers: `docker run`/`create`, `docker container run`/`create`,
 * and the same commands of podman and nerdctl, behind wrappers (`sudo`, `env X=1`, `timeout`)
 * and after the CLI's global options (`docker -H tcp://x --context c run`). Each such command
 * is one runtime model, read by run-flags.ts.
 */
import type { LineIndex } from '../../position.js';
import type { Word } from '../../shell.js';
import type { RuntimeModel } from '../../runtime/model.js';
import { resolveJoinedNamespaces } from '../../runtime/namespaces.js';
import { basename, unwrapCommand, type ShellScript, type SimpleCommand } from '../../shell.js';
import type { FileNote } from '../problems.js';
import { readRunArguments } from './run-flags.js';

/** The CLIs whose `run` takes docker's flags. */
const PROGRAMS = new Set(['docker', 'podman', 'nerdctl']);

/** Global options (before the subcommand) that take a value; any other global option takes none. */
const GLOBAL_VALUED: Record<string, RegExp> = {
  docker: /^(-H|--host|-c|--context|--config|-l|--log-level|--tlscacert|--tlscert|--tlskey)$/,
  podman: /^(--url|-c|--connection|--identity|--root|--runroot|--storage-driver|--storage-opt|--log-level|--cgroup-manager|--events-backend|--hooks-dir|--network-cmd-path|--network-config-dir|--module|--out|--runtime|--runtime-flag|--tmpdir|--volumepath|--imagestore|--cni-config-dir|--conmon|--db-backend|--ssh|--config)$/,
  nerdctl: /^(-n|--namespace|-a|--address|-H|--host|--snapshotter|--storage-driver|--cni-path|--cni-netconfpath|--data-root|--cgroup-manager|--hosts-dir|--host-gateway-ip|--bridge-ip)$/,
};

export interface FoundRun {
  /** `docker`, `podman`, `nerdctl`. */
  program: string;
  /** The `run` or `create` word. */
  verb: Word;
  /** The words after it. */
  args: Word[];
  command: SimpleCommand;
  /** `podman --runtime crun run …`: the engine's runtime, chosen before the subcommand. */
  globalRuntime?: { flag: Word; value: Word };
}

/** The `run`/`create` commands of a script, in source order. */
export function findRunCommands(script: ShellScript): FoundRun[] {
  const out: FoundRun[] = [];
  for (const cmd of script.commands) {
    const found = runCommand(cmd);
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.verb.loc.startLine - b.verb.loc.startLine || a.verb.loc.startColumn - b.verb.loc.startColumn);
}

function runCommand(cmd: SimpleCommand): FoundRun | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  const program = basename(name.value).replace(/\.exe$/i, '');
  if (!PROGRAMS.has(program) || name.hasExpansion) return undefined;
  const valued = GLOBAL_VALUED[program]!;
  let globalRuntime: FoundRun['globalRuntime'];
  let i = 0;
  while (i < args.length && args[i]!.value.startsWith('-') && args[i]!.value !== '--') {
    const w = args[i]!;
    if (!w.value.includes('=') && valued.test(w.value)) {
      if (program === 'podman' && w.value === '--runtime' && args[i + 1]) globalRuntime = { flag: w, value: args[i + 1]! };
      i += 2;
    } else i++;
  }
  if (args[i]?.value === '--') i++;
  let verb = args[i];
  if (verb?.value === 'container') verb = args[++i];
  if (!verb || (verb.value !== 'run' && verb.value !== 'create')) return undefined;
  return { program, verb, args: args.slice(i + 1), command: cmd, ...(globalRuntime ? { globalRuntime } : {}) };
}

/**
 * One runtime model per `run`/`create` command of a file's scripts (a shell script has one, a
 * Makefile or a Markdown file may have several). Its title names the program and the line
 * (`podman run in scripts/deploy.sh:14`); its name, which fingerprints carry, is the `--name`
 * value, else the image, else `docker run` (a second container of the same name in the file
 * gets ` (2)`), located at the `run` word.
 */
export function containersOfScripts(scripts: ShellScript[], file: string, lines: LineIndex): { containers: RuntimeModel[]; notes: FileNote[] } {
  const containers: RuntimeModel[] = [];
  const notes: FileNote[] = [];
  const seen = new Map<string, number>();
  for (const run of scripts.flatMap(findRunCommands)) {
    const line = run.command.loc.startLine;
    const title = `${run.program} ${run.verb.value} in ${file}:${line}`;
    const read = readRunArguments(run.args, { kind: 'docker-run', name: { value: '', loc: run.verb.loc }, title, file, lines });
    const c = read.container;
    const literal = (v: { value: string; unresolved?: string[] } | undefined) => (v && !v.unresolved?.length && v.value ? v.value : undefined);
    const wanted = literal(c.containerName) ?? (read.image?.value || undefined) ?? `${run.program} ${run.verb.value}`;
    const n = (seen.get(wanted) ?? 0) + 1;
    seen.set(wanted, n);
    c.name = { value: n === 1 ? wanted : `${wanted} (${n})`, loc: run.verb.loc };
    c.keyTitle = `${run.program} ${run.verb.value} ${c.name.value}`;
    if (run.globalRuntime && !c.runtime) {
      const { flag, value } = run.globalRuntime;
      c.runtime = { value: value.value, loc: { ...flag.loc, endLine: value.loc.endLine, endColumn: value.loc.endColumn }, ...(value.hasExpansion ? { unresolved: [value.value] } : {}) };
    }
    containers.push(c);
    notes.push(...read.notes);
  }
  // `--network container:vpn` joins the container a line above started as `--name vpn`.
  resolveJoinedNamespaces(containers, { containerNamesOnly: true });
  return { containers, notes };
}
