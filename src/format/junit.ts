/**
 * JUnit XML, which most CI systems show as a test report: one test case per file, one
 * `<failure>` per finding in it, an `<error>` for a file that could not be read or parsed.
 */
import { compareText, type Finding, type FileError } from '../engine/finding.js';
import type { Formatter } from './formatter.js';
import { XML_DECLARATION, xmlAttr, xmlText } from './xml.js';

interface Case {
  file: string;
  findings: Finding[];
  errors: FileError[];
}

export const junitFormatter: Formatter = {
  name: 'junit',
  description: 'JUnit XML: a test case per file, a failure per finding',
  format({ result }) {
    const cases = new Map<string, Case>();
    const caseOf = (file: string) => {
      let c = cases.get(file);
      if (!c) cases.set(file, (c = { file, findings: [], errors: [] }));
      return c;
    };
    for (const f of result.files) caseOf(f.file);
    for (const f of result.findings) caseOf(f.location.file).findings.push(f);
    for (const e of result.errors) caseOf(e.file).errors.push(e);

    const all = [...cases.values()].sort((a, b) => compareText(a.file, b.file));
    const failures = all.filter((c) => c.findings.length).length;
    const errors = all.filter((c) => c.errors.length).length;
    const counts = `tests="${all.length}" failures="${failures}" errors="${errors}" skipped="0"`;

    const out = [XML_DECLARATION, `<testsuites name="isolint" ${counts}>`, `  <testsuite name="isolint" ${counts}>`];
    for (const c of all) {
      const open = `    <testcase classname="isolint" name="${xmlAttr(c.file)}" file="${xmlAttr(c.file)}"`;
      if (!c.findings.length && !c.errors.length) {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      for (const f of c.findings) {
        const { file, startLine, startColumn } = f.location;
        const body = [`${file}:${startLine}:${startColumn} ${f.level} ${f.ruleId} ${f.message}`, ...f.related.map((r) => `    ${r.loc.file}:${r.loc.startLine}:${r.loc.startColumn} ${r.message}`)];
        out.push(`      <failure type="${xmlAttr(f.ruleId)}" message="${xmlAttr(`${f.ruleId}: ${f.message}`)}">${xmlText(body.join('\n'))}</failure>`);
      }
      for (const e of c.errors) {
        const where = e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file;
        out.push(`      <error type="file-error" message="${xmlAttr(e.message)}">${xmlText(`${where} ${e.message}`)}</error>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>', '</testsuites>');
    return out.join('\n') + '\n';
  },
};
