/**
 * Checkstyle XML, the common format of reviewdog (`-f=checkstyle`) and Jenkins Warnings NG:
 * `<file name>` per file, `<error line column severity message source>` per finding, where
 * `source` is the rule id.
 */
import { compareText } from '../engine/finding.js';
import type { Level } from '../engine/rule.js';
import type { Formatter } from './formatter.js';
import { XML_DECLARATION, xmlAttr } from './xml.js';

const SEVERITY: Record<Level, string> = { error: 'error', warning: 'warning', note: 'info' };

export const checkstyleFormatter: Formatter = {
  name: 'checkstyle',
  description: 'Checkstyle XML (reviewdog, Jenkins)',
  format({ result }) {
    const byFile = new Map<string, string[]>();
    const entriesOf = (file: string) => {
      let list = byFile.get(file);
      if (!list) byFile.set(file, (list = []));
      return list;
    };
    for (const f of result.files) entriesOf(f.file);
    for (const f of result.findings) {
      const { startLine, startColumn } = f.location;
      entriesOf(f.location.file).push(
        `<error line="${startLine}" column="${startColumn}" severity="${SEVERITY[f.level]}" message="${xmlAttr(f.message)}" source="${xmlAttr(f.ruleId)}"/>`,
      );
    }
    // A file that could not be read or parsed is reported by the tool itself, not by a rule.
    for (const e of result.errors) {
      const at = e.line ? `line="${e.line}" column="${e.column ?? 1}" ` : '';
      entriesOf(e.file).push(`<error ${at}severity="error" message="${xmlAttr(e.message)}" source="isolint"/>`);
    }
    const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
    for (const file of [...byFile.keys()].sort(compareText)) {
      const entries = byFile.get(file)!;
      if (!entries.length) {
        out.push(`  <file name="${xmlAttr(file)}"/>`);
        continue;
      }
      out.push(`  <file name="${xmlAttr(file)}">`, ...entries.map((e) => `    ${e}`), '  </file>');
    }
    out.push('</checkstyle>');
    return out.join('\n') + '\n';
  },
};
