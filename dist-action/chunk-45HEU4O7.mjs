#!/usr/bin/env node
import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  writeFileWhole
} from "./chunk-XZGR6LXQ.mjs";
import {
  BaselineError,
  ConfigError,
  PROFILES,
  RULE_LEVELS,
  allRules,
  allSources,
  applyBaseline,
  baselineDocument,
  baselineRoot,
  closest,
  levelAtLeast,
  lint,
  parseBaseline,
  parseConcurrency,
  ruleCanFire,
  ruleInProfile
} from "./chunk-4PIJEDLV.mjs";
import {
  ruleHelpUri,
  textFormatter,
  visible
} from "./chunk-WTJBNTPK.mjs";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-3J2VJ32E.mjs";
import {
  parseFileSize,
  readTextStream
} from "./chunk-GWWLBJR4.mjs";
import {
  compareText
} from "./chunk-QKXNSQ3U.mjs";
import "./chunk-EMAUB6HD.mjs";

// src/format/load.ts
var FORMAT_NAMES = ["text", "json", "sarif", "github", "gitlab", "junit", "checkstyle"];
async function loadFormatter(name) {
  if (name === textFormatter.name) return textFormatter;
  return (await import("./chunk-MMW4XSO7.mjs")).formatterNamed(name);
}

// src/cli-options.ts
var FAIL_LEVELS = ["error", "warning", "note", "none"];
var FLAGS = {
  "-q": ["quiet", true],
  "--quiet": ["quiet", true],
  "--no-config": ["config", false],
  "--include-docs": ["includeDocs", true],
  "--use-env": ["useEnv", true],
  "--allow-outside-context": ["allowOutsideContext", true],
  "--no-inline-ignores": ["inlineIgnores", false],
  "--report-unused-suppressions": ["reportUnusedSuppressions", true],
  "--verbose": ["verbose", true]
};
var CHOICES = {
  "-f": ["format", FORMAT_NAMES],
  "--format": ["format", FORMAT_NAMES],
  "-p": ["profile", PROFILES],
  "--profile": ["profile", PROFILES],
  "--fail-level": ["failLevel", FAIL_LEVELS]
};
function quickParse(argv) {
  const opts = { format: "text", rule: [], ignore: [], failLevel: "warning", composeFile: [], composeEnvFile: [], envFile: [], inlineIgnores: true };
  const given = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("-")) {
      given.push(arg);
      continue;
    }
    const flag = FLAGS[arg];
    const choice = CHOICES[arg];
    const name = flag?.[0] ?? choice?.[0];
    if (!name || seen.has(name)) return void 0;
    seen.add(name);
    if (flag) opts[flag[0]] = flag[1];
    else {
      const value = argv[++i];
      if (value === void 0 || !choice[1].includes(value)) return void 0;
      opts[choice[0]] = value;
    }
  }
  return { opts, given };
}

// src/rule-help.ts
function rulesTable(rules) {
  const sorted = [...rules].sort((a, b) => compareText(a.id, b.id));
  const rows = [["id", "level", "profile", "severity", "title"], ...sorted.map((r) => [r.id, r.level, r.profile, r.securitySeverity.toFixed(1), r.title])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i])).join("  ")).join("\n") + "\n";
}
function rulesJson(rules) {
  const sorted = [...rules].sort((a, b) => compareText(a.id, b.id));
  const list = sorted.map((r) => ({
    id: r.id,
    title: r.title,
    level: r.level,
    securitySeverity: r.securitySeverity,
    profile: r.profile,
    sources: r.sources,
    category: r.category,
    helpUri: ruleHelpUri(r.id)
  }));
  return JSON.stringify(list, null, 2) + "\n";
}
function explainRule(rule) {
  const out = [
    `${rule.id}: ${rule.title}`,
    "",
    `level ${rule.level}, security severity ${rule.securitySeverity.toFixed(1)}, profile ${rule.profile}, reads ${rule.sources.join(" and ")}`,
    "",
    "Why it matters",
    ...wrap(rule.rationale),
    "",
    "How to fix it",
    ...wrap(rule.fix)
  ];
  const kind = rule.examples.kind === "dockerfile" ? "Dockerfile" : "Compose file";
  out.push("", `Bad (${kind}; the rule flags it)`, ...indent(rule.examples.bad));
  out.push("", `Good (${kind}, fixed; the rule does not flag it)`, ...indent(rule.examples.good));
  if (rule.options) out.push("", "Options (in a configuration file)", ...wrap(rule.options.description));
  if (rule.references.length) out.push("", "References", ...rule.references.map((r) => `  ${r}`));
  out.push("", `More: ${ruleHelpUri(rule.id)}`);
  return out.join("\n") + "\n";
}
var WIDTH = 88;
function indent(text) {
  return text.replace(/\n+$/, "").split("\n").map((l) => l ? `  ${l}` : "");
}
function wrap(text) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > WIDTH - 2) {
      lines.push(`  ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`  ${line}`);
  return lines;
}

// src/cli.ts
import { resolve } from "node:path";
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var UsageError = class extends Error {
};
function ruleLevels(specs) {
  const out = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(`--rule ${spec}: expected <rule-id>=<off|note|warning|error>`);
    const [, id, level] = m;
    if (!allRules.some((r) => r.id === id)) {
      const guess = closest(id, allRules.map((r) => r.id));
      throw new UsageError(`--rule ${spec}: unknown rule id "${id}"${guess ? ` (did you mean "${guess}"?)` : ""}`);
    }
    if (!RULE_LEVELS.includes(level)) throw new UsageError(`--rule ${spec}: the level must be one of ${RULE_LEVELS.join(", ")}`);
    out[id] = level;
  }
  return out;
}
function useColor(toFile) {
  if (toFile) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== void 0 && process.env.FORCE_COLOR !== "0") return true;
  return process.stdout.isTTY === true;
}
function readStdin(maxFileSize) {
  try {
    return readTextStream(0, maxFileSize !== void 0 ? { maxFileSize } : {});
  } catch (e) {
    throw new UsageError(`cannot read standard input: ${e.message}`);
  }
}
async function main(argv) {
  const envFiles = [];
  const collectEnvFile = (value) => {
    envFiles.push(value);
    return envFiles;
  };
  if (argv[0] === "rules") return (await import("./chunk-5NOJNLYO.mjs")).rulesCommand(argv.slice(1), commandLineDeps());
  if (argv[0] === "explain") return (await import("./chunk-5NOJNLYO.mjs")).explainCommand(argv.slice(1), commandLineDeps());
  const parsed = quickParse(argv) ?? (await import("./chunk-5NOJNLYO.mjs")).parseCommandLine(argv, collectEnvFile, commandLineDeps());
  if (typeof parsed === "number") return parsed;
  const { opts, given } = parsed;
  const paths = given.length ? given : opts.composeFile.length ? [] : ["."];
  const profile = opts.profile ?? "recommended";
  if (opts.listSources) {
    const rows = allSources.map((s) => ({ kind: s.kind, reads: s.reads }));
    if (opts.format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}
`);
    else if (opts.format === "text") {
      const width = Math.max(...rows.map((r) => r.kind.length));
      for (const r of rows) process.stdout.write(`${r.kind.padEnd(width)}  ${r.reads}
`);
    } else return usage("--list-sources prints --format text or json");
    return EXIT_CLEAN;
  }
  if (opts.listRules) {
    const listed = allRules.filter((rule) => ruleInProfile(rule, profile));
    if (opts.format === "json") {
      const rows = listed.map((r) => ({ id: r.id, level: r.level, title: r.title, profile: r.profile, category: r.category, securitySeverity: r.securitySeverity, sources: r.sources, docs: `docs/rules/${r.id}.md` }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}
`);
    } else if (opts.format === "text") {
      for (const r of listed) process.stdout.write(`${r.id.padEnd(28)} ${r.level.padEnd(8)} ${r.title}
`);
    } else return usage("--list-rules prints --format text or json");
    return EXIT_CLEAN;
  }
  const stdinUsed = paths.includes("-");
  if (opts.stdinFilename && !stdinUsed) return usage("--stdin-filename needs - among the paths");
  let files = [];
  let levels;
  try {
    levels = ruleLevels(opts.rule);
    if (stdinUsed) files = [{ path: opts.stdinFilename ?? "Dockerfile", text: readStdin(opts.maxFileSize) }];
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  let result;
  try {
    result = await lint({
      paths: paths.filter((p) => p !== "-"),
      files,
      ...opts.profile ? { profile: opts.profile } : {},
      ...typeof opts.config === "string" || opts.config === false ? { config: opts.config } : {},
      ruleLevels: levels,
      ignore: opts.ignore,
      ...opts.target ? { target: opts.target } : {},
      ...opts.maxFileSize !== void 0 ? { maxFileSize: opts.maxFileSize } : {},
      ...opts.includeDocs ? { includeDocs: true } : {},
      compose: {
        ...opts.composeFile.length ? { files: opts.composeFile } : {},
        ...envFiles.length ? { envFiles } : {},
        ...opts.useEnv ? { useEnv: true } : {},
        ...opts.allowOutsideContext ? { allowOutsideContext: true } : {}
      },
      ...opts.inlineIgnores === false ? { inlineIgnores: false } : {},
      ...opts.reportUnusedSuppressions ? { reportUnusedSuppressions: true } : {},
      ...opts.baseline !== void 0 ? { baseline: opts.baseline } : {},
      ...opts.concurrency !== void 0 ? { concurrency: opts.concurrency } : {}
    });
    if (opts.writeBaseline !== void 0) result = writeBaseline(result, opts.writeBaseline);
  } catch (e) {
    if (e instanceof ConfigError) return usage(visible(e.describe()));
    if (e instanceof BaselineError || e instanceof UsageError) return usage(visible(e.message));
    throw e;
  }
  if (opts.quiet) result = { ...result, findings: result.findings.filter((f) => f.level === "error"), notes: [] };
  const formatter = await loadFormatter(opts.format);
  const rules = allRules.filter((r) => ruleCanFire(r, profile));
  const report = formatter.format(
    { result, profile, rules, knownRules: allRules, cwd: process.cwd(), ...opts.category ? { category: opts.category } : {} },
    { color: useColor(!!opts.output), ...opts.verbose ? { verbose: true } : {} }
  );
  if (opts.output) {
    try {
      writeFileWhole(opts.output, report);
    } catch (e) {
      process.stderr.write(`${TOOL_NAME}: cannot write ${opts.output}: ${e.message}
`);
      return EXIT_USAGE;
    }
  } else process.stdout.write(report);
  if (result.errors.length) {
    for (const e of result.errors) process.stderr.write(`${TOOL_NAME}: ${visible(e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file)}: ${visible(e.message)}
`);
    return EXIT_USAGE;
  }
  const threshold = opts.failLevel;
  if (threshold !== "none" && result.findings.some((f) => levelAtLeast(f.level, threshold))) return EXIT_FINDINGS;
  if (opts.maxWarnings !== void 0 && result.findings.filter((f) => f.level === "warning").length > opts.maxWarnings) return EXIT_FINDINGS;
  return EXIT_CLEAN;
  function writeBaseline(result2, file) {
    const text = baselineDocument(result2, process.cwd(), file);
    try {
      writeFileWhole(file, text);
    } catch (e) {
      throw new UsageError(`cannot write baseline ${file}: ${e.message}`);
    }
    const written = applyBaseline(result2, parseBaseline(text, file, baselineRoot(resolve(file))), process.cwd());
    const n = written.baseline.baselined;
    process.stderr.write(`${TOOL_NAME}: wrote ${n} finding${n === 1 ? "" : "s"} to ${file}
`);
    return { ...written, baseline: { ...written.baseline, fixed: result2.baseline?.fixed ?? 0 } };
  }
  function usage(message) {
    process.stderr.write(`${TOOL_NAME}: ${message}
`);
    return EXIT_USAGE;
  }
}
function commandLineDeps() {
  return { toolName: TOOL_NAME, toolVersion: TOOL_VERSION, formatNames: FORMAT_NAMES, profiles: PROFILES, failLevels: FAIL_LEVELS, parseFileSize, parseConcurrency, allRules, ruleInProfile, closest, explainRule, rulesJson, rulesTable };
}
export {
  EXIT_CLEAN,
  EXIT_FINDINGS,
  EXIT_USAGE,
  commandLineDeps,
  main
};
