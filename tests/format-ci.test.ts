/**
 * The CI report formats (github, gitlab, junit, checkstyle) over one small result built by
 * hand, compared with the exact expected text. The result holds the characters each format
 * must escape: `%`, a newline, `<`, `&`, `"`, and `:`/`,` in a file name and a title.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/engine/rule.js';
import { checkstyleFormatter } from '../src/format/checkstyle.js';
import { escapeData, escapeProperty, githubFormatter } from '../src/format/github.js';
import { gitlabFormatter, gitlabSeverity } from '../src/format/gitlab.js';
import { formatters, type ReportInput } from '../src/format/index.js';
import { junitFormatter } from '../src/format/junit.js';
import { buildSarif } from '../src/format/sarif.js';
import type { LintResult } from '../src/lint.js';
import type { Location } from '../src/position.js';

const loc = (file: string, startLine: number, startColumn: number, endLine: number, endColumn: number): Location => ({ file, startLine, startColumn, endLine, endColumn });

const result: LintResult = {
  files: [
    { file: 'app/Dockerfile', kind: 'dockerfile', status: 'linted' },
    { file: 'broken/Dockerfile', kind: 'dockerfile', status: 'error' },
    { file: 'clean/Dockerfile', kind: 'dockerfile', status: 'linted' },
    { file: 'we,ird:dir/compose.yaml', kind: 'compose', status: 'linted' },
  ],
  findings: [
    {
      ruleId: 'root-user',
      level: 'error',
      securitySeverity: 7,
      message: 'the built stage sets no USER, so the container runs as root',
      location: loc('app/Dockerfile', 9, 1, 9, 5),
      related: [],
      logicalKey: 'stage 1/no USER',
    },
    {
      ruleId: 'odd-rule',
      level: 'warning',
      securitySeverity: 5,
      message: '100% sure: <b> & "q"\nsecond line',
      location: loc('app/Dockerfile', 12, 3, 12, 10),
      related: [{ loc: loc('we,ird:dir/compose.yaml', 4, 5, 4, 9), message: 'used by service web' }],
      logicalKey: 'k',
    },
    {
      ruleId: 'odd-rule',
      level: 'note',
      securitySeverity: 2,
      message: 'a: b, c',
      location: loc('we,ird:dir/compose.yaml', 4, 5, 4, 9),
      related: [],
      logicalKey: 'service web/x',
    },
  ],
  errors: [{ file: 'broken/Dockerfile', message: 'unexpected end of file', line: 3, column: 7 }],
};

const rule = (id: string, title: string, level: Rule['level'], securitySeverity: number): Rule => ({
  id,
  title,
  level,
  securitySeverity,
  profile: 'recommended',
  sources: ['image'],
  category: 'privilege',
  rationale: 'Why it matters.',
  fix: 'How to fix it.',
  examples: { kind: 'dockerfile', bad: 'FROM alpine:3.20', good: 'FROM alpine:3.20\nUSER 10001' },
  references: [],
  checkImage: () => {},
});
const rules = [rule('root-user', 'Container runs as root', 'error', 7), rule('odd-rule', 'Odd: 100%, <really>', 'warning', 5)];

const input: ReportInput = { result, profile: 'recommended', rules, cwd: '/repo/sub', repoRoot: '/repo' };
const format = (f: { format: typeof githubFormatter.format }) => f.format(input, { color: false });

describe('format registry', () => {
  it('offers every format by name, each once', () => {
    expect(formatters.map((f) => f.name)).toEqual(['text', 'json', 'sarif', 'github', 'gitlab', 'junit', 'checkstyle']);
  });
});

describe('github format', () => {
  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('100%\r\na:b,c')).toBe('100%25%0D%0Aa:b,c');
    expect(escapeProperty('100%\r\na:b,c')).toBe('100%25%0D%0Aa%3Ab%2Cc');
  });

  it('prints one workflow command per finding and file error, paths from the repository root', () => {
    expect(format(githubFormatter)).toBe(
      [
        '::error file=sub/app/Dockerfile,line=9,col=1,endLine=9,endColumn=5,title=root-user%3A Container runs as root::the built stage sets no USER, so the container runs as root',
        '::warning file=sub/app/Dockerfile,line=12,col=3,endLine=12,endColumn=10,title=odd-rule%3A Odd%3A 100%25%2C <really>::100%25 sure: <b> & "q"%0Asecond line%0Asub/we,ird:dir/compose.yaml:4:5: used by service web',
        '::notice file=sub/we%2Cird%3Adir/compose.yaml,line=4,col=5,endLine=4,endColumn=9,title=odd-rule%3A Odd%3A 100%25%2C <really>::a: b, c',
        '::error file=sub/broken/Dockerfile,line=3,col=7,title=isolint%3A file error::unexpected end of file',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(githubFormatter.format({ ...input, result: { findings: [], errors: [], files: result.files } }, { color: false })).toBe('');
  });
});

describe('gitlab format', () => {
  it('writes Code Quality issues with GitLab severities and stable fingerprints', () => {
    expect(JSON.parse(format(gitlabFormatter))).toEqual([
      {
        description: 'the built stage sets no USER, so the container runs as root',
        check_name: 'root-user',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: 'critical',
        location: { path: 'sub/app/Dockerfile', lines: { begin: 9 } },
      },
      {
        description: '100% sure: <b> & "q"\nsecond line',
        check_name: 'odd-rule',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: 'major',
        location: { path: 'sub/app/Dockerfile', lines: { begin: 12 } },
      },
      {
        description: 'a: b, c',
        check_name: 'odd-rule',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: 'info',
        location: { path: 'sub/we,ird:dir/compose.yaml', lines: { begin: 4 } },
      },
    ]);
  });

  it('prints exactly this text', () => {
    expect(format(gitlabFormatter)).toBe(`[
  {
    "description": "the built stage sets no USER, so the container runs as root",
    "check_name": "root-user",
    "fingerprint": "${fingerprint('root-user', 'sub/app/Dockerfile', 'stage 1/no USER', 1)}",
    "severity": "critical",
    "location": {
      "path": "sub/app/Dockerfile",
      "lines": {
        "begin": 9
      }
    }
  },
  {
    "description": "100% sure: <b> & \\"q\\"\\nsecond line",
    "check_name": "odd-rule",
    "fingerprint": "${fingerprint('odd-rule', 'sub/app/Dockerfile', 'k', 1)}",
    "severity": "major",
    "location": {
      "path": "sub/app/Dockerfile",
      "lines": {
        "begin": 12
      }
    }
  },
  {
    "description": "a: b, c",
    "check_name": "odd-rule",
    "fingerprint": "${fingerprint('odd-rule', 'sub/we,ird:dir/compose.yaml', 'service web/x', 1)}",
    "severity": "info",
    "location": {
      "path": "sub/we,ird:dir/compose.yaml",
      "lines": {
        "begin": 4
      }
    }
  }
]
`);
  });

  it('uses the same fingerprints as SARIF', () => {
    const sarif = buildSarif(input);
    const gitlab = JSON.parse(format(gitlabFormatter)) as { fingerprint: string }[];
    expect(sarif.runs[0]!.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash)).toEqual(gitlab.map((g) => g.fingerprint));
  });

  it('maps level and security severity to GitLab severity names', () => {
    expect(gitlabSeverity({ level: 'note', securitySeverity: 9.5 })).toBe('info');
    expect(gitlabSeverity({ level: 'error', securitySeverity: 9 })).toBe('blocker');
    expect(gitlabSeverity({ level: 'error', securitySeverity: 8.9 })).toBe('critical');
    expect(gitlabSeverity({ level: 'warning', securitySeverity: 7 })).toBe('critical');
    expect(gitlabSeverity({ level: 'warning', securitySeverity: 6.9 })).toBe('major');
    expect(gitlabSeverity({ level: 'warning', securitySeverity: 4 })).toBe('major');
    expect(gitlabSeverity({ level: 'warning', securitySeverity: 3.9 })).toBe('minor');
  });
});

describe('junit format', () => {
  it('writes a failing test case per finding, named by rule and location, an error case per file error, a passing case per clean file', () => {
    expect(format(junitFormatter)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="isolint" tests="5" failures="3" errors="1" skipped="0">
  <testsuite name="isolint" tests="5" failures="3" errors="1" skipped="0">
    <testcase classname="isolint" name="root-user app/Dockerfile:9:1" file="app/Dockerfile" line="9">
      <failure type="root-user" message="error: the built stage sets no USER, so the container runs as root">app/Dockerfile:9:1 error root-user the built stage sets no USER, so the container runs as root</failure>
    </testcase>
    <testcase classname="isolint" name="odd-rule app/Dockerfile:12:3" file="app/Dockerfile" line="12">
      <failure type="odd-rule" message="warning: 100% sure: &lt;b&gt; &amp; &quot;q&quot;&#10;second line">app/Dockerfile:12:3 warning odd-rule 100% sure: &lt;b&gt; &amp; "q"
second line
    we,ird:dir/compose.yaml:4:5 used by service web</failure>
    </testcase>
    <testcase classname="isolint" name="broken/Dockerfile:3:7" file="broken/Dockerfile" line="3">
      <error type="file-error" message="unexpected end of file">broken/Dockerfile:3:7 unexpected end of file</error>
    </testcase>
    <testcase classname="isolint" name="clean/Dockerfile" file="clean/Dockerfile"/>
    <testcase classname="isolint" name="odd-rule we,ird:dir/compose.yaml:4:5" file="we,ird:dir/compose.yaml" line="4">
      <failure type="odd-rule" message="note: a: b, c">we,ird:dir/compose.yaml:4:5 note odd-rule a: b, c</failure>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it('writes a note as a skipped case, not a failure, beside the passing case of its clean file', () => {
    const r: LintResult = {
      files: [{ file: 'compose.yaml', kind: 'compose', status: 'linted' }],
      findings: [],
      suppressed: [],
      errors: [],
      notes: [
        { file: 'compose.yaml', message: 'env_file .env is not in the checkout: its variables were not checked', line: 4, column: 7 },
        { file: 'other/Dockerfile', message: 'not linted: .gitignore ignores it' },
      ],
    } as LintResult;
    expect(junitFormatter.format({ ...input, result: r }, { color: false })).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="isolint" tests="3" failures="0" errors="0" skipped="2">
  <testsuite name="isolint" tests="3" failures="0" errors="0" skipped="2">
    <testcase classname="isolint" name="compose.yaml" file="compose.yaml"/>
    <testcase classname="isolint" name="note compose.yaml:4:7" file="compose.yaml" line="4">
      <skipped message="env_file .env is not in the checkout: its variables were not checked"/>
    </testcase>
    <testcase classname="isolint" name="note other/Dockerfile" file="other/Dockerfile">
      <skipped message="not linted: .gitignore ignores it"/>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it('writes a clean file as a passing test case, and replaces characters XML cannot hold', () => {
    const r: LintResult = {
      files: [{ file: 'compose.yaml', kind: 'compose', status: 'linted' }],
      findings: [{ ...result.findings[0]!, location: loc('Dockerfile', 1, 1, 1, 5), message: 'bell \u0007 here' }],
      errors: [],
    };
    expect(junitFormatter.format({ ...input, result: r }, { color: false })).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="isolint" tests="2" failures="1" errors="0" skipped="0">
  <testsuite name="isolint" tests="2" failures="1" errors="0" skipped="0">
    <testcase classname="isolint" name="root-user Dockerfile:1:1" file="Dockerfile" line="1">
      <failure type="root-user" message="error: bell \uFFFD here">Dockerfile:1:1 error root-user bell \uFFFD here</failure>
    </testcase>
    <testcase classname="isolint" name="compose.yaml" file="compose.yaml"/>
  </testsuite>
</testsuites>
`);
  });
});

describe('checkstyle format', () => {
  it('writes a file element per file and an error element per finding', () => {
    expect(format(checkstyleFormatter)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="app/Dockerfile">
    <error line="9" column="1" severity="error" message="the built stage sets no USER, so the container runs as root" source="root-user"/>
    <error line="12" column="3" severity="warning" message="100% sure: &lt;b&gt; &amp; &quot;q&quot;&#10;second line" source="odd-rule"/>
  </file>
  <file name="broken/Dockerfile">
    <error line="3" column="7" severity="error" message="unexpected end of file" source="isolint"/>
  </file>
  <file name="clean/Dockerfile"/>
  <file name="we,ird:dir/compose.yaml">
    <error line="4" column="5" severity="info" message="a: b, c" source="odd-rule"/>
  </file>
</checkstyle>
`);
  });
});

/** The documented derivation, computed independently of src/format/repo.ts. */
function fingerprint(ruleId: string, path: string, logicalKey: string, occurrence: number): string {
  return createHash('sha256').update(`${ruleId}\0${path}\0${logicalKey}\0${occurrence}`).digest('hex').slice(0, 32);
}
