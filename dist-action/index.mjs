import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  TOOL_NAME,
  allRules,
  formatterNamed,
  formatters,
  githubFormatter,
  isProfile,
  levelAtLeast,
  lint,
  ruleCanFire,
  sarifFormatter,
  workflowCommand
} from "./chunk-V463FI6U.mjs";

// src/action.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
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
  const paths = getInput(env, "path").split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  const format = getInput(env, "format") || "text";
  const profile = getInput(env, "profile") || "recommended";
  const failLevel = getInput(env, "fail-level") || "warning";
  const sarifFile = getInput(env, "sarif-file") || "isolint.sarif";
  const category = getInput(env, "category");
  const config = getInput(env, "config");
  const formatter = formatterNamed(format);
  if (!formatter) return fail(`format must be one of: ${formatters.map((f) => f.name).join(", ")} (got "${format}")`);
  if (!isProfile(profile)) return fail(`profile must be one of: recommended, strict, untrusted (got "${profile}")`);
  if (!FAIL_LEVELS.includes(failLevel)) return fail(`fail-level must be one of: ${FAIL_LEVELS.join(", ")} (got "${failLevel}")`);
  if (config) {
    if (!existsSync(resolve(cwd, config))) log(workflowCommand("warning", { title: TOOL_NAME }, `config file "${config}" does not exist`));
    else log(workflowCommand("notice", { title: TOOL_NAME }, `config files are not read yet; "${config}" is ignored`));
  }
  const result = await lint({ paths: paths.length ? paths : ["."], profile, cwd });
  const report = {
    result,
    profile,
    rules: allRules.filter((r) => ruleCanFire(r, profile)),
    cwd,
    ...category ? { category } : {},
    ...versionControl(env) ? { versionControl: versionControl(env) } : {}
  };
  const sarifPath = resolve(cwd, sarifFile);
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, sarifFormatter.format(report, { color: false }));
  const color = !env.NO_COLOR && env.FORCE_COLOR !== "0";
  process.stdout.write(formatter.format(report, { color }));
  if (formatter !== githubFormatter) process.stdout.write(githubFormatter.format(report, { color: false }));
  setOutput(env, "sarif-file", sarifFile);
  setOutput(env, "findings", String(result.findings.length));
  if (result.errors.length) return fail(`${result.errors.length} file(s) could not be read or parsed`);
  if (failLevel !== "none") {
    const failing = result.findings.filter((f) => levelAtLeast(f.level, failLevel)).length;
    if (failing) return fail(`${failing} finding(s) at or above fail-level ${failLevel}`);
  }
  return 0;
}

// src/action-main.ts
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
