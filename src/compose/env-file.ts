/**
 * A service's `env_file:` entries: their variables join the container's environment (a value
 * under `environment:` wins), each located in the env file where it is written, so rules about
 * environment variables (TLS checks switched off, ...) see them too.
 */
import { resolve } from 'node:path';
import type { KeyValue, RuntimeModel } from '../runtime/model.js';
import type { Loader } from './project.js';
import { get, locOf, type YNode, type YScalar } from './yaml.js';

/** `env_file: a.env`, `[a.env, b.env]` or `[{path: a.env, required: false}]`. */
function entries(node: YNode | undefined): { path: YScalar; required: boolean }[] {
  if (!node) return [];
  const list = node.kind === 'seq' ? node.items : [node];
  const out: { path: YScalar; required: boolean }[] = [];
  for (const item of list) {
    if (item.kind === 'scalar' && typeof item.value === 'string') out.push({ path: item, required: true });
    else if (item.kind === 'map') {
      const path = get(item, 'path');
      const required = get(item, 'required');
      if (path?.kind === 'scalar' && typeof path.value === 'string') {
        out.push({ path, required: !(required?.kind === 'scalar' && (required.value === false || required.text === 'false')) });
      }
    }
  }
  return out;
}

const LINE = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*)(.*)$/;

export function attachEnvFiles(container: RuntimeModel, service: YNode, loader: Loader): void {
  const fromFiles: KeyValue[] = [];
  for (const { path, required } of entries(get(service, 'env_file'))) {
    const abs = resolve(path.file.baseDir, path.text);
    let text: string;
    try {
      text = loader.read(abs);
    } catch (e) {
      if (required) {
        const at = locOf(path);
        loader.error(at.file, `service ${container.name.value}: env_file ${path.text} cannot be read: ${(e as Error).message}`, { line: at.startLine, column: at.startColumn });
      }
      continue;
    }
    const lines = loader.lines(abs, text);
    let offset = 0;
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\r$/, '');
      const m = LINE.exec(line);
      if (m && !/^\s*#/.test(line)) {
        const nameStart = offset + m[1]!.length;
        const valueStart = nameStart + m[2]!.length + m[3]!.length;
        const { value, start, end } = unquote(m[4]!);
        fromFiles.push({
          name: { value: m[2]!, loc: lines.location(nameStart, nameStart + m[2]!.length) },
          fromEnvFile: true,
          value: { value, loc: lines.location(valueStart + start, valueStart + end) },
          loc: lines.location(offset, offset + line.length),
        });
      }
      offset += raw.length + 1;
    }
  }
  // `environment:` wins over env files; among env files the last one wins.
  const written = new Set(container.environment.map((e) => e.name.value));
  const last = new Map<string, KeyValue>();
  for (const kv of fromFiles) if (!written.has(kv.name.value)) last.set(kv.name.value, kv);
  container.environment.push(...last.values());
}

/** `"a b"`, `'a'`, or a bare value whose ` #` starts a comment. */
function unquote(text: string): { value: string; start: number; end: number } {
  const q = text[0];
  if ((q === '"' || q === "'") && text.indexOf(q, 1) > 0) {
    const close = text.indexOf(q, 1);
    return { value: text.slice(1, close), start: 0, end: close + 1 };
  }
  const comment = text.search(/\s#/);
  const bare = (comment >= 0 ? text.slice(0, comment) : text).trimEnd();
  return { value: bare, start: 0, end: bare.length };
}
