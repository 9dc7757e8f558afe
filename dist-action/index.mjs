import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  capHeapGrowth
} from "./chunk-6XXMSPWO.mjs";
import {
  formatterNamed,
  formatters,
  githubFormatter,
  sarifFormatter,
  workflowCommand
} from "./chunk-FOL6XL3Q.mjs";
import {
  writeFileWhole
} from "./chunk-XZGR6LXQ.mjs";
import {
  BaselineError,
  ConfigError,
  allRules,
  isProfile,
  levelAtLeast,
  lint,
  parseConcurrency,
  ruleCanFire
} from "./chunk-4PIJEDLV.mjs";
import {
  ruleHelpUri
} from "./chunk-WTJBNTPK.mjs";
import {
  TOOL_NAME
} from "./chunk-3J2VJ32E.mjs";
import {
  parseFileSize
} from "./chunk-GWWLBJR4.mjs";
import {
  compareText
} from "./chunk-QKXNSQ3U.mjs";
import "./chunk-EMAUB6HD.mjs";

// src/action.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/format/summary.ts
var LEVELS = ["error", "warning", "note"];
var TOP_RULES = 10;
function jobSummary(result, rules) {
  const count = (level) => result.findings.filter((f) => f.level === level).length;
  const linted = result.files.filter((f) => f.status === "linted").length;
  const out = [
    "## isolint",
    "",
    `${result.findings.length} finding${result.findings.length === 1 ? "" : "s"} in ${linted} file${linted === 1 ? "" : "s"}.`,
    "",
    "| level | findings |",
    "|---|---:|",
    ...LEVELS.map((l) => `| ${l} | ${count(l)} |`),
    `| suppressed | ${result.suppressed.length} |`,
    `| files that could not be read or parsed | ${result.errors.length} |`,
    `| notes (not checked) | ${result.notes.length} |`,
    ""
  ];
  const byRule = /* @__PURE__ */ new Map();
  for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const top = [...byRule].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, TOP_RULES);
  if (top.length) {
    const titles = new Map(rules.map((r) => [r.id, r.title]));
    out.push("| rule | findings |", "|---|---:|");
    for (const [id, n] of top) out.push(`| [\`${id}\`](${ruleHelpUri(id)}) ${titles.get(id) ?? ""} | ${n} |`);
    if (byRule.size > top.length) out.push("", `\u2026 and ${byRule.size - top.length} more rules.`);
    out.push("");
  }
  return out.join("\n") + "\n";
}

// src/action.ts
var FAIL_LEVELS = ["error", "warning", "note", "none"];
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function setOutput(env, name, value) {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    log(workflowCommand("debug", {}, `GITHUB_OUTPUT is not set; output ${name}=${value} not written`));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
function log(line) {
  process.stdout.write(line.endsWith("\n") ? line : `${line}
`);
}
function versionControl(env) {
  if (!env.GITHUB_REPOSITORY) return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return {
    repositoryUri: `${server}/${env.GITHUB_REPOSITORY}`,
    ...env.GITHUB_SHA ? { revisionId: env.GITHUB_SHA } : {},
    ...env.GITHUB_REF ? { branch: env.GITHUB_REF } : {}
  };
}
async function runAction(env = process.env, cwd = process.cwd()) {
  const fail = (message) => {
    log(workflowCommand("error", { title: TOOL_NAME }, message));
    return 1;
  };
  const lines = (text) => text.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  const paths = lines(getInput(env, "path"));
  const ignore = lines(getInput(env, "ignore"));
  const composeFiles = lines(getInput(env, "compose-file"));
  const envFiles = lines(getInput(env, "env-file"));
  const format = getInput(env, "format") || "text";
  const profile = getInput(env, "profile");
  const failLevel = getInput(env, "fail-level") || "warning";
  const sarifFile = getInput(env, "sarif-file") || "isolint.sarif";
  const category = getInput(env, "category");
  const config = getInput(env, "config");
  const target = getInput(env, "target");
  const useEnv = getInput(env, "use-env");
  const baseline = getInput(env, "baseline");
  const maxFileSizeInput = getInput(env, "max-file-size");
  const includeDocs = getInput(env, "include-docs");
  const concurrencyInput = getInput(env, "concurrency");
  const workDir = resolve(cwd, getInput(env, "working-directory") || ".");
  const formatter = formatterNamed(format);
  if (!formatter) return fail(`format must be one of: ${formatters.map((f) => f.name).join(", ")} (got "${format}")`);
  if (profile && !isProfile(profile)) return fail(`profile must be one of: recommended, strict, untrusted (got "${profile}")`);
  if (!FAIL_LEVELS.includes(failLevel)) return fail(`fail-level must be one of: ${FAIL_LEVELS.join(", ")} (got "${failLevel}")`);
  if (useEnv && useEnv !== "true" && useEnv !== "false") return fail(`use-env must be true or false (got "${useEnv}")`);
  if (includeDocs && includeDocs !== "true" && includeDocs !== "false") return fail(`include-docs must be true or false (got "${includeDocs}")`);
  let maxFileSize;
  try {
    if (maxFileSizeInput) maxFileSize = parseFileSize(maxFileSizeInput);
  } catch (e) {
    return fail(`max-file-size ${e.message} (got "${maxFileSizeInput}")`);
  }
  let concurrency;
  try {
    if (concurrencyInput) concurrency = parseConcurrency(concurrencyInput);
  } catch (e) {
    return fail(`concurrency ${e.message} (got "${concurrencyInput}")`);
  }
  if (!existsSync(workDir)) return fail(`working-directory "${getInput(env, "working-directory")}" does not exist`);
  let result;
  try {
    result = await lint({
      paths: paths.length ? paths : ["."],
      cwd: workDir,
      ...profile ? { profile } : {},
      ...config ? { config } : {},
      ignore,
      ...target ? { target } : {},
      ...baseline ? { baseline } : {},
      ...maxFileSize !== void 0 ? { maxFileSize } : {},
      ...includeDocs === "true" ? { includeDocs: true } : {},
      ...concurrency !== void 0 ? { concurrency } : {},
      compose: {
        cwd: workDir,
        ...composeFiles.length ? { files: composeFiles } : {},
        ...envFiles.length ? { envFiles } : {},
        ...useEnv === "true" ? { useEnv: true, env } : {}
      }
    });
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.describe());
    if (e instanceof BaselineError) return fail(e.message);
    throw e;
  }
  const shownProfile = profile || "recommended";
  const report = {
    result,
    profile: shownProfile,
    rules: allRules.filter((r) => ruleCanFire(r, shownProfile)),
    knownRules: allRules,
    cwd: workDir,
    ...category ? { category } : {},
    ...versionControl(env) ? { versionControl: versionControl(env) } : {}
  };
  const sarifPath = resolve(cwd, sarifFile);
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileWhole(sarifPath, sarifFormatter.format(report, { color: false }));
  const color = !env.NO_COLOR && env.FORCE_COLOR !== "0";
  process.stdout.write(formatter.format(report, { color }));
  if (formatter !== githubFormatter) process.stdout.write(githubFormatter.format(report, { color: false }));
  writeSummary(env, result);
  setOutput(env, "sarif-file", sarifFile);
  setOutput(env, "findings", String(result.findings.length));
  if (result.errors.length) return fail(`${result.errors.length} file(s) could not be read or parsed`);
  if (failLevel !== "none") {
    const failing = result.findings.filter((f) => levelAtLeast(f.level, failLevel)).length;
    if (failing) return fail(`${failing} finding(s) at or above fail-level ${failLevel}`);
  }
  return 0;
}
function writeSummary(env, result) {
  if (!env.GITHUB_STEP_SUMMARY) return;
  appendFileSync(env.GITHUB_STEP_SUMMARY, jobSummary(result, allRules));
}

// src/action-main.ts
capHeapGrowth();
runAction().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stdout.write(`::error title=isolint::internal error: ${String(e instanceof Error ? e.stack ?? e.message : e).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
    process.exitCode = 1;
  }
);
