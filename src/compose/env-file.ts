/**
 * A service's `env_file:` entries: their variables join the container's environment (a value
 * under `environment:` wins), each located in the env file where it is written, so rules about
 * environment variables (TLS checks switched off, ...) see them too.
 */
import { resolve } from 'node:path';
import type { KeyValue, RuntimeModel } from '../runtime/model.js';
import { readDotEnv } from './interpolate.js';
import { notThere, OutsideRootError, type Loader } from './project.js';
import { get, type YNode, type YScalar } from './yaml.js';

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

export function attachEnvFiles(container: RuntimeModel, service: YNode, loader: Loader): void {
  const fromFiles: KeyValue[] = [];
  for (const { path, required } of entries(get(service, 'env_file'))) {
    const abs = resolve(path.file.baseDir, path.text);
    let text: string;
    try {
      text = loader.read(abs);
    } catch (e) {
      // A gitignored `.env` beside a committed `.env.example` is the normal state of a checkout.
      if (required || e instanceof OutsideRootError) loader.noteAt(path, `service ${container.name.value}: env_file ${path.text} ${notThere(e)}: its variables were not checked`);
      continue;
    }
    const lines = loader.lines(abs, text);
    for (const e of readDotEnv(text)) {
      if (e.valueStart === undefined || e.valueEnd === undefined) continue; // `KEY` alone: the host's value, unknown here
      fromFiles.push({
        name: { value: e.key, loc: lines.location(e.keyStart, e.keyStart + e.key.length) },
        fromEnvFile: true,
        value: { value: e.value, loc: lines.location(e.valueStart, e.valueEnd) },
        loc: lines.location(e.keyStart, e.valueEnd),
      });
    }
  }
  // `environment:` wins over env files; among env files the last one wins.
  const written = new Set(container.environment.map((e) => e.name.value));
  const last = new Map<string, KeyValue>();
  for (const kv of fromFiles) if (!written.has(kv.name.value)) last.set(kv.name.value, kv);
  container.environment.push(...last.values());
}
