/**
 * The report formats by name for the command line. The text format, the default, is loaded
 * with the command; the others only when a run asks for one, all in one dynamic import (one
 * chunk in the bundle, not one per format): the SARIF builder and the XML writers are
 * start-up a one-file text run does not need. `formatters` (format/index.ts) holds them all,
 * for the Action and the library's callers; a test keeps the two lists the same.
 */
import type { Formatter } from './formatter.js';
import { textFormatter } from './text.js';

/** Every format's name, in `formatters`' order (the CLI's `--format` choices). */
export const FORMAT_NAMES: readonly string[] = ['text', 'json', 'sarif', 'github', 'gitlab', 'junit', 'checkstyle'];

/** The format of this name, loaded; undefined for a name that is none. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  if (name === textFormatter.name) return textFormatter;
  return (await import('./index.js')).formatterNamed(name);
}
