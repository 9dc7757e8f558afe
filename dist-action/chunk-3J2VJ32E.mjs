import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  compareFindings,
  gitRoot,
  ownSharedString
} from "./chunk-QKXNSQ3U.mjs";

// src/version.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var TOOL_NAME = "isolint";
var INFORMATION_URI = "https://github.com/isolint/isolint";
function readVersion() {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "..", "..", "package.json"), join(here, "..", "package.json"), join(here, "package.json")]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, "utf8"));
      if (pkg.name === TOOL_NAME && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var TOOL_VERSION = globalThis.__ISOLINT_VERSION__ ?? readVersion();

// src/format/repo.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
function repoRootOf(cwd) {
  return gitRoot(resolve(cwd)) ?? resolve(cwd);
}
function repoPath(file, cwd, root) {
  const abs = resolve(cwd, file);
  const rel = relative(root, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return { path: abs.split(sep).join("/"), inRepo: false };
  return { path: rel.split(sep).join("/"), inRepo: true };
}
function repoUri(p) {
  if (!p.inRepo) return pathToFileURL(p.path).href;
  return p.path.split("/").map(encodeURIComponent).join("/");
}
function fingerprints(findings, pathOf) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const identity = [f.ruleId, pathOf(f), f.logicalKey].join("\0");
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return createHash()("sha256").update(`${identity}\0${occurrence}`).digest("hex").slice(0, 32);
  });
}
function resultFingerprints(result, pathOf) {
  const open = [...result.findings, ...result.baselined ?? []].sort(compareFindings);
  const all = [...open, ...result.suppressed ?? []];
  const prints = fingerprints(all, pathOf);
  return new Map(all.map((f, i) => [f, prints[i]]));
}
function createHash() {
  return process.getBuiltinModule("node:crypto").createHash;
}

// src/engine/suppress.ts
var SUPPRESSION_CHECKS = {
  invalid: {
    id: "isolint/invalid-suppression",
    title: "Suppression that cannot work",
    level: "warning",
    help: "The comment names a rule id isolint does not have (often a typo: the finding it was meant for is then reported), names none, or lacks the colon after isolint-ignore. Fix the rule id (the message suggests the nearest one) or remove the comment."
  },
  unused: {
    id: "isolint/unused-suppression",
    title: "Suppression that suppressed nothing",
    level: "warning",
    help: "The rule ran on this file and found nothing the comment covers: the weakness was fixed or moved, and the stale comment would silently hide it if it came back. Remove the comment (or the rule id from it). Reported with --report-unused-suppressions, and always in the strict and untrusted profiles."
  },
  withoutReason: {
    id: "isolint/suppression-without-reason",
    title: "Suppression without a reason",
    level: "warning",
    help: "A suppression hides a weakening of isolation; the reason is what a reviewer or auditor reads. Add one after two dashes: # isolint-ignore: rule-id -- why this is acceptable here. Reported in the strict and untrusted profiles."
  }
};
var ID = /[A-Za-z0-9_./-]+/g;
var DIRECTIVE = /#\s*isolint-ignore(-file)?(?=[\s:]|$)(:?)(.*)$/;
var SLASH_DIRECTIVE = /(?:#|\/\/)\s*isolint-ignore(-file)?(?=[\s:]|$)(:?)(.*)$/;
function parseSuppressionComments(source, syntax) {
  const out = { suppressions: [], malformed: [] };
  if (!source.text.includes("isolint-ignore")) return out;
  const pattern = syntax.slashComments ? SLASH_DIRECTIVE : DIRECTIVE;
  const commentOnly = syntax.slashComments ? /^\s*((#|\/\/).*)?$/ : /^\s*(#.*)?$/;
  const lines = source.lineTexts();
  lines.forEach((text, i) => {
    const m = pattern.exec(text);
    if (!m) return;
    const line = i + 1;
    const column = m.index + 1;
    const loc = { file: source.file, startLine: line, startColumn: column, endLine: line, endColumn: text.trimEnd().length + 1 };
    const fileScope = m[1] !== void 0;
    const directive = fileScope ? "isolint-ignore-file" : "isolint-ignore";
    if (!m[2]) {
      out.malformed.push({ loc, message: `${directive} needs a colon before its rule ids: # ${directive}: rule-id -- reason` });
      return;
    }
    const rest = m[3];
    const restStart = m.index + m[0].length - rest.length;
    const dashes = rest.indexOf("--");
    const list = dashes < 0 ? rest : rest.slice(0, dashes);
    const reason = dashes < 0 ? "" : rest.slice(dashes + 2).trim();
    const ids = [...list.matchAll(ID)].map((t) => ({
      id: ownSharedString(t[0]),
      loc: { file: source.file, startLine: line, startColumn: restStart + t.index + 1, endLine: line, endColumn: restStart + t.index + t[0].length + 1 }
    }));
    if (!ids.length) {
      out.malformed.push({ loc, message: `${directive} names no rule id: # ${directive}: rule-id -- reason` });
      return;
    }
    let first = line;
    let last = line;
    if (fileScope) {
      first = 1;
      last = Number.MAX_SAFE_INTEGER;
    } else {
      const standalone = text.slice(0, m.index).trim() === "";
      let next = i;
      if (standalone) {
        next = i + 1;
        while (next < lines.length && commentOnly.test(lines[next])) next++;
      }
      let end = next;
      if (syntax.backslashContinues) while (end + 1 < lines.length && /\\\s*$/.test(lines[end])) end++;
      first = next + 1;
      last = end + 1;
    }
    out.suppressions.push({
      rules: new Set(ids.map((x) => x.id)),
      ids,
      justification: ownSharedString(reason) || "suppressed in source",
      hasReason: reason !== "",
      scope: fileScope ? "file" : "lines",
      loc,
      comment: ownSharedString(text.slice(m.index).trim()),
      firstLine: first,
      lastLine: last
    });
  });
  return out;
}
function applySuppressions(findings, suppressionsOf) {
  const reported = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const line = f.location.startLine;
    const by = suppressionsOf(f.location.file).filter((s) => s.rules.has(f.ruleId) && line >= s.firstLine && line <= s.lastLine).sort((a, b) => a.scope === b.scope ? 0 : a.scope === "lines" ? -1 : 1);
    for (const s of by) {
      const ids = used.get(s) ?? /* @__PURE__ */ new Set();
      ids.add(f.ruleId);
      used.set(s, ids);
    }
    if (by[0]) suppressed.push({ ...f, suppression: { justification: by[0].justification, loc: by[0].loc } });
    else reported.push(f);
  }
  return { reported, suppressed, used };
}
function suppressionProblems(file, parsed, used, options) {
  const out = [];
  const known = new Set(options.knownRules);
  const problem = (check, loc, message, key) => ({
    ruleId: check.id,
    level: check.level,
    securitySeverity: 0,
    message,
    location: loc,
    related: [],
    logicalKey: key
  });
  for (const m of parsed.malformed) out.push(problem(SUPPRESSION_CHECKS.invalid, m.loc, m.message, m.message));
  const reportUnused = options.reportUnused(file);
  const requireReason = options.requireReason(file);
  for (const s of parsed.suppressions) {
    const directive = s.scope === "file" ? "isolint-ignore-file" : "isolint-ignore";
    for (const { id, loc } of s.ids) {
      if (!known.has(id)) {
        const guess = options.suggest(id, options.knownRules);
        const own = Object.values(SUPPRESSION_CHECKS).some((c) => c.id === id);
        const message = own ? `${directive} names "${id}", which checks suppressions and cannot itself be suppressed: fix what it reports instead` : `${directive} names an unknown rule id "${id}"${guess ? ` (did you mean "${guess}"?)` : ""}: it suppresses nothing`;
        out.push(problem(SUPPRESSION_CHECKS.invalid, loc, message, `${s.comment}|unknown|${id}`));
      } else if (reportUnused && !used.get(s)?.has(id) && options.ruleRan(file, id)) {
        const where = s.scope === "file" ? "in this file" : "where it stands";
        out.push(problem(SUPPRESSION_CHECKS.unused, loc, `${directive}: ${id} has nothing to suppress ${where}; remove it`, `${s.comment}|unused|${id}`));
      }
    }
    if (requireReason && !s.hasReason) {
      out.push(
        problem(SUPPRESSION_CHECKS.withoutReason, s.loc, `${directive} of ${[...s.rules].join(", ")} gives no reason: add "-- <why this is acceptable>"`, `${s.comment}|no-reason`)
      );
    }
  }
  return out;
}

export {
  repoRootOf,
  repoPath,
  repoUri,
  resultFingerprints,
  SUPPRESSION_CHECKS,
  parseSuppressionComments,
  applySuppressions,
  suppressionProblems,
  TOOL_NAME,
  INFORMATION_URI,
  TOOL_VERSION
};
