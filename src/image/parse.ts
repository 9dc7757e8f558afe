/** Builds the image model from Dockerfile text with dockerfile-ast. */
import { DockerfileParser, type Instruction as AstInstruction } from 'dockerfile-ast';
import './ast-cache.js';
import { LineIndex, type Located, type Location } from '../position.js';
import { execFormScript, parseShell, type ShellScript, type ShellSource, type Word } from '../shell.js';
import type { Flag, ImageModel, ImageRef, ImageUser, Instruction, Property, Stage } from './model.js';
import { expandVars, type Vars } from './vars.js';
import { wordLineIndex } from '../linear.js';

export interface ImageParseOptions {
  file: string;
  text: string;
  /** `build.target` / `--target`: the stage that is built (default: the last one). */
  target?: string;
  /** `--build-arg` values (compose `build.args`), overriding ARG defaults. */
  buildArgs?: Record<string, string>;
}

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

const SHELL_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);

export function parseImage(options: ImageParseOptions): ImageModel {
  const { file, text } = options;
  const buildArgs = options.buildArgs ?? {};
  const lines = new LineIndex(file, text);
  const ast = DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter();
  const range = (r: Range): Location => lines.location(lines.offsetOf(r.start.line, r.start.character), lines.offsetOf(r.end.line, r.end.character));
  const locatedOf = (value: string, r: Range): Located<string> => ({ value, loc: range(r) });

  const directives: Record<string, Located<string>> = {};
  for (const d of ast.getDirectives()) {
    const name = d.getName();
    const valueRange = d.getValueRange();
    if (name && valueRange) directives[name.toLowerCase()] = locatedOf(d.getValue() ?? '', valueRange);
  }

  const globalArgDefaults = new Map<string, string>();
  const globalVars = new Map<string, string>();
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  const instructions: Instruction[] = [];
  let current: Stage | undefined;
  let vars = new Map<string, string>();
  const stageEnv = new Map<Stage, Map<string, string>>();

  const findStage = (name: string): Stage | undefined => {
    const lower = name.toLowerCase();
    const byName = stages.find((s) => s.name?.value === lower);
    if (byName) return byName;
    return /^\d+$/.test(name) ? stages[Number(name)] : undefined;
  };

  const instructionOf = (node: AstInstruction, stage: Stage | undefined, scopeVars: Vars): Instruction => {
    const keyword = node.getKeyword().toUpperCase();
    const ins: Instruction = {
      keyword,
      loc: range(node.getRange()),
      keywordLoc: range(node.getInstructionRange()),
      flags: flagsOf(node, range),
      args: node.getArguments().map((a) => locatedOf(a.getValue(), a.getRange())),
      properties: propertiesOf(node, locatedOf),
      shell: undefined,
      execForm: false,
      stage,
      vars: scopeVars,
      expand: (t: string) => expandVars(t, scopeVars, escape),
      trigger: undefined,
    };
    if (SHELL_INSTRUCTIONS.has(keyword)) {
      const { script, execForm } = shellOf(node, lines, escape);
      ins.shell = script;
      ins.execForm = execForm;
    }
    return ins;
  };

  for (const node of ast.getInstructions()) {
    const scopeVars: Vars = new Map(current ? vars : globalVars);
    const ins = instructionOf(node, current, scopeVars);
    const { keyword, flags, args, properties } = ins;
    instructions.push(ins);

    if (keyword === 'FROM') {
      const nameIndex = args.findIndex((a) => a.value.toUpperCase() === 'AS');
      const nameArg = nameIndex >= 0 ? args[nameIndex + 1] : undefined;
      const imageArg = args[0] ?? { value: '', loc: ins.keywordLoc };
      const base = imageRef(imageArg, (t) => expandVars(t, globalVars, escape), findStage);
      const platformFlag = flags.find((f) => f.name === 'platform');
      const platform = platformFlag?.value !== undefined ? { value: expandVars(platformFlag.value, globalVars, escape).value, loc: platformFlag.loc } : undefined;
      const stage: Stage = {
        index: stages.length,
        name: nameArg ? { value: nameArg.value.toLowerCase(), loc: nameArg.loc } : undefined,
        from: ins,
        base,
        platform,
        parent: base.stage,
        instructions: [],
        reads: [],
      };
      ins.stage = stage;
      stages.push(stage);
      current = stage;
      // ENV is inherited from a parent stage; ARG values are not.
      vars = new Map(base.stage ? stageEnv.get(base.stage) : undefined);
      stageEnv.set(stage, new Map(vars));
      continue;
    }

    if (!current) {
      if (keyword === 'ARG') {
        for (const p of properties) {
          const name = p.name.value;
          const value = buildArgs[name] ?? (p.value ? expandVars(p.value.value, globalVars, escape).value : undefined);
          if (value !== undefined) globalVars.set(name, value);
          if (p.value) globalArgDefaults.set(name, value ?? '');
        }
        globalArgs.push(ins);
      }
      continue;
    }

    current.instructions.push(ins);
    if (keyword === 'ARG') {
      for (const p of properties) {
        const name = p.name.value;
        const value = buildArgs[name] ?? (p.value ? expandVars(p.value.value, vars, escape).value : globalVars.get(name));
        if (value !== undefined && !stageEnv.get(current)!.has(name)) vars.set(name, value);
      }
    } else if (keyword === 'ENV') {
      const env = stageEnv.get(current)!;
      for (const p of properties) {
        const value = expandVars(p.value?.value ?? '', vars, escape).value;
        vars.set(p.name.value, value);
        env.set(p.name.value, value);
      }
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const from = flags.find((f) => f.name === 'from');
      const stage = from?.value ? findStage(expandVars(from.value, vars, escape).value) : undefined;
      if (stage) current.reads.push(stage);
    } else if (keyword === 'RUN') {
      for (const mount of flags.filter((f) => f.name === 'mount')) {
        const stage = mount.options.from ? findStage(mount.options.from) : undefined;
        if (stage) current.reads.push(stage);
      }
    } else if (keyword === 'ONBUILD') {
      // The trigger runs in a later build FROM this image, which inherits this stage's ENV
      // but none of its ARGs; it changes nothing in this stage.
      const trigger = (node as AstInstruction & { getTriggerInstruction?: () => AstInstruction | null }).getTriggerInstruction?.();
      const triggerKeyword = trigger?.getKeyword().toUpperCase();
      if (trigger && triggerKeyword !== 'ONBUILD' && triggerKeyword !== 'FROM') {
        ins.trigger = instructionOf(trigger, current, new Map(stageEnv.get(current)));
      }
    }
  }

  const builtStage = options.target ? findStage(options.target) : stages[stages.length - 1];
  const missingTarget = options.target && !builtStage ? options.target : undefined;
  return {
    file,
    text,
    lines,
    escape,
    directives,
    globalArgs,
    stages,
    instructions,
    builtStage,
    buildStages: builtStage ? dependencies(builtStage) : [],
    missingTarget,
    effectiveUser,
  };
}

function dependencies(stage: Stage): Stage[] {
  const seen = new Set<Stage>();
  const visit = (s: Stage) => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s.parent) visit(s.parent);
    s.reads.forEach(visit);
  };
  visit(stage);
  return [...seen].sort((a, b) => a.index - b.index);
}

function effectiveUser(stage: Stage): ImageUser | undefined {
  for (let s: Stage | undefined = stage; s; s = s.parent) {
    const user = [...s.instructions].reverse().find((i) => i.keyword === 'USER' && i.args.length > 0);
    if (user) {
      const written = user.args[0]!;
      const expanded = user.expand(written.value);
      return { instruction: user, written, resolved: expanded.unresolved.length ? undefined : expanded.value };
    }
  }
  return undefined;
}

function imageRef(written: Located<string>, expand: (t: string) => { value: string; unresolved: string[] }, findStage: (n: string) => Stage | undefined): ImageRef {
  const { value, unresolved } = expand(written.value);
  const resolved = unresolved.length ? undefined : value;
  const stage = resolved !== undefined && !resolved.includes('/') && !resolved.includes(':') ? findStage(resolved) : undefined;
  const ref: ImageRef = { written, resolved, unresolved, stage, scratch: resolved?.toLowerCase() === 'scratch', name: undefined, tag: undefined, digest: undefined };
  if (resolved !== undefined && !stage) Object.assign(ref, splitImage(resolved));
  return ref;
}

/** `registry:5000/ns/name:tag@sha256:...` into name, tag and digest. */
export function splitImage(image: string): { name: string; tag: string | undefined; digest: string | undefined } {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest };
}

function flagsOf(node: AstInstruction, range: (r: Range) => Location): Flag[] {
  const withFlags = node as AstInstruction & { getFlags?: () => import('dockerfile-ast').Flag[] };
  if (typeof withFlags.getFlags !== 'function') return [];
  return withFlags.getFlags().map((f) => {
    const options: Record<string, string> = {};
    for (const o of f.getOptions()) options[o.getName().toLowerCase()] = o.getValue() ?? '';
    return { name: f.getName().toLowerCase(), value: f.getValue() ?? undefined, options, loc: range(f.getRange()) };
  });
}

function propertiesOf(node: AstInstruction, locatedOf: (v: string, r: Range) => Located<string>): Property[] {
  const withProps = node as AstInstruction & { getProperties?: () => import('dockerfile-ast').Property[] };
  if (typeof withProps.getProperties !== 'function') return [];
  return withProps.getProperties().map((p) => {
    const valueRange = p.getValueRange();
    const value = p.getValue();
    return {
      name: locatedOf(p.getName(), p.getNameRange()),
      value: valueRange && value !== null ? locatedOf(value, valueRange) : undefined,
    };
  });
}

/**
 * The text the shell sees for a RUN/CMD/ENTRYPOINT, with a map back to file offsets: line
 * continuations removed, comment lines inside a continued instruction dropped (Docker drops
 * them), heredoc bodies kept as written.
 */
function shellOf(node: AstInstruction, lines: LineIndex, escape: string): { script: ShellScript; execForm: boolean } {
  const ranges = node.getArgumentsRanges();
  const empty = { script: { commands: [], hasError: false }, execForm: false };
  if (ranges.length === 0) return empty;
  const first = ranges[0]!.start;
  const start = lines.offsetOf(first.line, first.character);
  const endPos = node.getRange().end;
  const end = lines.offsetOf(endPos.line, endPos.character);
  const source = joinContinuations(lines, start, end, escape);

  const trimmed = source.text.trimStart();
  if (trimmed.startsWith('[')) {
    const words = jsonWords(source, lines);
    if (words) return { script: execFormScript(words, lines), execForm: true };
  }

  const firstLineEnd = source.text.indexOf('\n');
  const commandLine = firstLineEnd >= 0 ? source.text.slice(0, firstLineEnd) : source.text;
  const heredoc = /^\s*<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1\s*$/.exec(commandLine)
    ?? /^\s*(?:\S*\/)?(?:sh|bash|dash|ash)(?:\s+-[a-z]+)*\s*<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1\s*$/.exec(commandLine);
  if (heredoc && firstLineEnd >= 0) {
    // `RUN <<EOF` runs the heredoc body as the script itself.
    const body = sliceSource(source, firstLineEnd + 1, bodyEnd(source.text, firstLineEnd + 1, heredoc[2]!));
    if (/^#!(?!.*\b(sh|bash|dash|ash)\b)/.test(body.text)) return empty;
    return { script: parseShell(body), execForm: false };
  }
  return { script: parseShell(source), execForm: false };
}

function bodyEnd(text: string, from: number, delimiter: string): number {
  const at = wordLineIndex(text.slice(from), delimiter);
  return at >= 0 ? from + at : text.length;
}

function sliceSource(source: ShellSource, start: number, end: number): ShellSource {
  return { text: source.text.slice(start, end), offsets: source.offsets.slice(start, end), lines: source.lines };
}

function joinContinuations(lines: LineIndex, start: number, end: number, escape: string): ShellSource {
  const text = lines.text;
  // Text is added a run of characters at a time: a string built a character at a time is a
  // chain of one-character pieces until it is first read.
  let out = '';
  const offsets: number[] = [];
  const keep = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) offsets.push(i);
  };
  const continuation = new RegExp(`${escapeRegExp(escape)}\\s*$`);
  let pos = start;
  let continued = true;
  let firstLine = true;
  while (pos < end) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > end) eol = end;
    let line = text.slice(pos, eol);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (!continued) {
      // Past the command line: heredoc bodies, kept verbatim.
      keep(pos, eol);
      if (eol < end) {
        out += '\n';
        offsets.push(eol);
      }
      pos = eol + 1;
      continue;
    }
    if (!firstLine && (/^\s*#/.test(line) || /^\s*$/.test(line))) {
      pos = eol + 1;
      continue;
    }
    firstLine = false;
    const m = continuation.exec(line);
    const contentEnd = m ? pos + m.index : pos + line.length;
    keep(pos, contentEnd);
    if (!m) {
      continued = false;
      if (eol < end) {
        out += '\n';
        offsets.push(eol);
      }
    }
    pos = eol + 1;
  }
  return { text: out, offsets, lines };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Exec-form `["a", "b c"]`: the strings with their exact positions, or undefined if not a JSON string array. */
function jsonWords(source: ShellSource, lines: LineIndex): Word[] | undefined {
  const { text, offsets } = source;
  const words: Word[] = [];
  let i = text.indexOf('[') + 1;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  skipSpace();
  if (text[i] === ']') return [];
  for (;;) {
    skipSpace();
    if (text[i] !== '"') return undefined;
    const startIdx = i;
    i++;
    let value = '';
    const valueOffsets: number[] = [];
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const esc = text[i + 1];
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
        if (esc === 'u') {
          value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          valueOffsets.push(offsets[i]!);
          i += 6;
          continue;
        }
        value += map[esc ?? ''] ?? esc ?? '';
        valueOffsets.push(offsets[i + 1] ?? offsets[i]!);
        i += 2;
        continue;
      }
      value += text[i];
      valueOffsets.push(offsets[i]!);
      i++;
    }
    if (text[i] !== '"') return undefined;
    i++;
    const s = offsets[startIdx]!;
    const e = offsets[i - 1]! + 1;
    words.push({ value, raw: text.slice(startIdx, i), hasExpansion: false, loc: lines.location(s, e), offsets: valueOffsets });
    skipSpace();
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === ']') {
      i++;
      skipSpace();
      return i >= text.length ? words : undefined;
    }
    return undefined;
  }
}
