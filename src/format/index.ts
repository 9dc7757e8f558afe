import type { Formatter } from './formatter.js';
import { checkstyleFormatter } from './checkstyle.js';
import { githubFormatter } from './github.js';
import { gitlabFormatter } from './gitlab.js';
import { jsonFormatter } from './json.js';
import { junitFormatter } from './junit.js';
import { sarifFormatter } from './sarif.js';
import { textFormatter } from './text.js';

/** Every report format; the CLI's `--format` choices are their names. */
export const formatters: readonly Formatter[] = [textFormatter, jsonFormatter, sarifFormatter, githubFormatter, gitlabFormatter, junitFormatter, checkstyleFormatter];

export function formatterNamed(name: string): Formatter | undefined {
  return formatters.find((f) => f.name === name);
}

export type { Formatter, ReportInput, FormatOptions } from './formatter.js';
