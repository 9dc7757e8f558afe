import type { Formatter } from './formatter.js';
import { jsonFormatter } from './json.js';
import { textFormatter } from './text.js';

export const formatters: readonly Formatter[] = [textFormatter, jsonFormatter];

export function formatterNamed(name: string): Formatter | undefined {
  return formatters.find((f) => f.name === name);
}

export type { Formatter, ReportInput, FormatOptions } from './formatter.js';
