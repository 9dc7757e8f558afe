/**
 * The report formats by name for the command line, each loaded only when a run asks for it:
 * the SARIF builder and the XML writers are start-up a one-file text run does not need. The
 * text format, the default, is loaded with the command. `formatters` (format/index.ts) holds
 * them all, for the Action and the library's callers; a test keeps the two lists the same.
 */
import type { Formatter } from './formatter.js';
import { textFormatter } from './text.js';

const LOADERS: Record<string, () => Promise<Formatter>> = {
  text: async () => textFormatter,
  json: async () => (await import('./json.js')).jsonFormatter,
  sarif: async () => (await import('./sarif.js')).sarifFormatter,
  github: async () => (await import('./github.js')).githubFormatter,
  gitlab: async () => (await import('./gitlab.js')).gitlabFormatter,
  junit: async () => (await import('./junit.js')).junitFormatter,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyleFormatter,
};

/** Every format's name, in `formatters`' order (the CLI's `--format` choices). */
export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

/** The format of this name, loaded; undefined for a name that is none. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]!() : undefined;
}
