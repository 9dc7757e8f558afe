/**
 * JUnit XML, which most CI systems show as a test report. Every finding is its own failing
 * test case, named by rule and location, so a report viewer lists each one (viewers show one
 * failure per case). A file linted with no finding is one passing case; a file that could not
 * be read or parsed is a case with an `<error>`; a note (something isolint could not check) is
 * a `<skipped>` case: not a failure, and still shown.
 */
import { compareText, type Finding } from '../engine/finding.js';
import type { FileError, FileNote } from '../sources/problems.js';
import type { Formatter } from './formatter.js';
import { XML_DECLARATION, xmlAttr, xmlText } from './xml.js';

interface FileCases {
  file: string;
  linted: boolean;
  findings: Finding[];
  errors: FileError[];
  notes: FileNote[];
}

const at = (p: { file: string; line?: number; column?: number }) => (p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file);

export const junitFormatter: Formatter = {
  name: 'junit',
  description: 'JUnit XML: a failing test case per finding, a passing one per clean file',
  format({ result }) {
    const byFile = new Map<string, FileCases>();
    const of = (file: string) => {
      let c = byFile.get(file);
      if (!c) byFile.set(file, (c = { file, linted: false, findings: [], errors: [], notes: [] }));
      return c;
    };
    for (const f of result.files) of(f.file).linted = true;
    for (const f of result.findings) of(f.location.file).findings.push(f);
    for (const e of result.errors) of(e.file).errors.push(e);
    for (const n of result.notes ?? []) of(n.file).notes.push(n);

    const cases: string[] = [];
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    const open = (name: string, file: string, line?: number) =>
      `    <testcase classname="isolint" name="${xmlAttr(name)}" file="${xmlAttr(file)}"${line ? ` line="${line}"` : ''}`;
    for (const c of [...byFile.values()].sort((a, b) => compareText(a.file, b.file))) {
      for (const e of c.errors) {
        errors++;
        cases.push(`${open(at(e), c.file, e.line)}>`, `      <error type="file-error" message="${xmlAttr(e.message)}">${xmlText(`${at(e)} ${e.message}`)}</error>`, '    </testcase>');
      }
      if (c.linted && !c.findings.length && !c.errors.length) cases.push(`${open(c.file, c.file)}/>`);
      for (const f of c.findings) {
        failures++;
        const { file, startLine, startColumn } = f.location;
        const where = `${file}:${startLine}:${startColumn}`;
        const body = [`${where} ${f.level} ${f.ruleId} ${f.message}`, ...f.related.map((r) => `    ${r.loc.file}:${r.loc.startLine}:${r.loc.startColumn} ${r.message}`)];
        cases.push(
          `${open(`${f.ruleId} ${where}`, file, startLine)}>`,
          `      <failure type="${xmlAttr(f.ruleId)}" message="${xmlAttr(`${f.level}: ${f.message}`)}">${xmlText(body.join('\n'))}</failure>`,
          '    </testcase>',
        );
      }
      for (const n of c.notes) {
        skipped++;
        cases.push(`${open(`note ${at(n)}`, c.file, n.line)}>`, `      <skipped message="${xmlAttr(n.message)}"/>`, '    </testcase>');
      }
    }
    const tests = cases.filter((l) => l.startsWith('    <testcase')).length;
    const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}"`;
    return [XML_DECLARATION, `<testsuites name="isolint" ${counts}>`, `  <testsuite name="isolint" ${counts}>`, ...cases, '  </testsuite>', '</testsuites>'].join('\n') + '\n';
  },
};
