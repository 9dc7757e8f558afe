import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  NO_COMMENTS,
  PROFILES,
  allRules,
  allSources,
  claimerFor,
  closest,
  fileOnDisk,
  lintInShards,
  lintShard,
  ruleRuns,
  runSettingsOf,
  shardOptionsOf,
  sourceOptionsOf,
  threadsFor
} from "./chunk-PLHCRQW5.mjs";
import {
  TOOL_NAME,
  TOOL_VERSION,
  repoPath,
  resultFingerprints
} from "./chunk-3OVXTOWH.mjs";
import {
  applySuppressions,
  suppressionProblems
} from "./chunk-GM2FJWCH.mjs";
import {
  describeFsError,
  discover,
  displayPath
} from "./chunk-NVE4LZPM.mjs";
import {
  compareFindings,
  compareFindingsFully,
  compareText
} from "./chunk-3LWHR7PD.mjs";
import {
  gitRoot,
  isInside,
  projectRoot
} from "./chunk-6ZH5U3WN.mjs";

// src/write-file.ts
import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileWhole(path, text) {
  if (isSpecialFile(path)) {
    writeFileSync(path, text);
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}
function isSpecialFile(path) {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

// src/baseline.ts
import { readFileSync } from "node:fs";
import { dirname as dirname2, resolve, sep } from "node:path";
var BASELINE_SCHEMA_VERSION = 1;
var BaselineError = class extends Error {
};
function baselineRoot(abs) {
  return gitRoot(dirname2(abs)) ?? dirname2(abs);
}
function readBaseline(file, cwd) {
  const abs = resolve(cwd, file);
  let text;
  try {
    text = readFileSync(abs, "utf8");
  } catch (e) {
    throw new BaselineError(`cannot read baseline ${file}: ${describeFsError(e)}`);
  }
  return parseBaseline(text, file, baselineRoot(abs));
}
function parseBaseline(text, file, root) {
  const bad = (why) => new BaselineError(`baseline ${file} is not an ${TOOL_NAME} baseline: ${why} (write one with --write-baseline ${file})`);
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw bad(`invalid JSON (${e.message})`);
  }
  if (!isObject(doc)) throw bad("expected a JSON object");
  if (doc.schemaVersion !== BASELINE_SCHEMA_VERSION) throw bad(`schemaVersion must be ${BASELINE_SCHEMA_VERSION}, not ${JSON.stringify(doc.schemaVersion)}`);
  if (!Array.isArray(doc.findings)) throw bad('"findings" must be a list');
  const entries = doc.findings.map((e, i) => {
    if (!isObject(e)) throw bad(`findings[${i}] must be an object`);
    for (const key of ["ruleId", "file", "fingerprint"]) {
      if (typeof e[key] !== "string" || !e[key]) throw bad(`findings[${i}].${key} must be a non-empty string`);
    }
    return { ruleId: e.ruleId, file: e.file, fingerprint: e.fingerprint, message: typeof e.message === "string" ? e.message : "" };
  });
  return { file, root, entries };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function pathFrom(cwd, root) {
  return (file) => repoPath(file, cwd, root).path;
}
function baselineDocument(result, cwd, baselineFile) {
  const root = baselineRoot(resolve(cwd, baselineFile));
  const path = pathFrom(cwd, root);
  const prints = resultFingerprints(result, (f) => path(f.location.file));
  const open = [...result.findings, ...result.baselined ?? []].sort(compareFindings);
  const entries = open.map((f) => ({ ruleId: f.ruleId, file: path(f.location.file), fingerprint: prints.get(f), message: f.message }));
  entries.sort((a, b) => compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message) || compareText(a.fingerprint, b.fingerprint));
  const doc = { schemaVersion: BASELINE_SCHEMA_VERSION, tool: { name: TOOL_NAME, version: TOOL_VERSION }, findings: entries };
  return JSON.stringify(doc, null, 2) + "\n";
}
function applyBaseline(result, baseline, cwd) {
  const path = pathFrom(cwd, baseline.root);
  const prints = resultFingerprints(result, (f) => path(f.location.file));
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  const mark = (f) => {
    const fingerprint = prints.get(f);
    return { ...f, baseline: { fingerprint, state: known.has(fingerprint) ? "unchanged" : "new" } };
  };
  const open = [...result.findings, ...result.baselined ?? []].sort(compareFindings).map(mark);
  const suppressed = result.suppressed.map(mark);
  const seen = new Set([...open, ...suppressed].map((f) => f.baseline.fingerprint));
  const linted = new Set(result.files.filter((f) => f.status === "linted").map((f) => path(f.file)));
  const fixed = baseline.entries.filter((e) => linted.has(e.file) && !seen.has(e.fingerprint)).length;
  const baselined = open.filter((f) => f.baseline.state === "unchanged");
  return {
    ...result,
    findings: open.filter((f) => f.baseline.state === "new"),
    suppressed,
    baselined,
    baseline: { file: baseline.file.split(sep).join("/"), baselined: baselined.length, fixed }
  };
}

// src/lint.ts
import { resolve as resolve2 } from "node:path";
async function lint(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const settings = runSettingsOf(options, cwd, rules);
  const sourceOptions = sourceOptionsOf(options, cwd);
  const sources = options.sources ?? allSources;
  const claimer = claimerFor(sourceOptions, sources);
  const errors = [];
  const notes = [];
  const files = [];
  const places = /* @__PURE__ */ new Map();
  const placeOf = (file) => places.get(file) ?? { abs: resolve2(cwd, file), linted: cwd };
  const settingsOf = (file) => {
    const place = placeOf(file);
    return settings.settingsFor(place.abs, place.linted);
  };
  const paths = options.paths ?? (options.files?.length ? [] : ["."]);
  const discovered = discover(paths, cwd, claimer);
  for (const e of discovered.errors) errors.push({ file: e.file, message: e.message });
  await settings.prepare([
    ...discovered.files.map((f) => ({ abs: f.path, linted: f.root })),
    ...(options.files ?? []).map((m) => ({ abs: resolve2(cwd, m.path), linted: cwd }))
  ]);
  const handed = [];
  for (const f of discovered.files) {
    const ignoredBy = settings.ignoredBy(f.path, f.root);
    if (ignoredBy) {
      if (f.named) notes.push({ file: f.display, message: `not linted: ${ignoredBy} ignores it` });
      continue;
    }
    places.set(f.display, { abs: f.path, linted: f.root });
    if (!f.named && !options.compose?.allowOutsideContext && !isInside(projectRoot(f.path, f.root), f.path)) {
      notes.push({ file: f.display, message: "not linted: it is a symlink to a file outside the project root and was not opened; --allow-outside-context reads it" });
      continue;
    }
    handed.push({ kind: f.kind, file: fileOnDisk(f, options.maxFileSize) });
  }
  for (const m of options.files ?? []) {
    const path = resolve2(cwd, m.path);
    const display = displayPath(path, cwd);
    places.set(display, { abs: path, linted: cwd });
    handed.push({ kind: m.kind ?? claimer.byPath(path, true) ?? "unknown", file: { path, display, root: cwd, named: true, text: m.text } });
  }
  const claimed = handed.filter(({ kind, file }) => {
    if (sources.some((s) => s.kind === kind)) return true;
    errors.push({ file: file.display, message: `no source reads files of kind "${kind}"` });
    files.push({ file: file.display, kind, status: "error" });
    return false;
  });
  const setup = { sources, sourceOptions, settings, rules, inlineIgnores: options.inlineIgnores !== false, placeOf };
  const threads = threadsFor(options, claimed.length);
  const shards = threads > 1 ? await lintInShards(claimed, threads, setup, { options: shardOptionsOf(options), cwd }) : [await lintShard(claimed, setup)];
  const findings = [];
  const comments = /* @__PURE__ */ new Map();
  for (const shard of shards) {
    findings.push(...shard.findings);
    errors.push(...shard.errors);
    notes.push(...shard.notes);
    files.push(...shard.files);
    for (const [file, parsed] of shard.comments) if (!comments.has(file)) comments.set(file, parsed);
  }
  if (threads > 1) await settings.prepare([...comments.keys()].map(placeOf));
  findings.sort(compareFindingsFully);
  const seen = /* @__PURE__ */ new Set();
  const unique = findings.filter((f) => {
    const l = f.location;
    const k = `${f.ruleId}|${l.file}|${l.startLine}:${l.startColumn}-${l.endLine}:${l.endColumn}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const commentsOf = (file) => comments.get(file) ?? NO_COMMENTS;
  const { reported, suppressed, used } = applySuppressions(unique, (file) => commentsOf(file).suppressions);
  findings.length = 0;
  findings.push(...reported);
  if (options.inlineIgnores !== false) findings.push(...checkSuppressions([...comments.keys()], commentsOf, used, settingsOf, rules, options));
  findings.sort(compareFindingsFully);
  suppressed.sort(compareFindingsFully);
  const result = { findings, suppressed, errors: uniqueMessages(errors).sort(compareFileMessages), notes: uniqueMessages(notes).sort(compareFileMessages), files };
  files.sort((a, b) => compareText(a.file, b.file) || compareText(a.kind, b.kind) || compareText(a.status, b.status));
  return options.baseline === void 0 ? result : applyBaseline(result, readBaseline(options.baseline, cwd), cwd);
}
var STRICT = PROFILES.indexOf("strict");
function checkSuppressions(files, commentsOf, used, settingsOf, rules, options) {
  const byId = new Map([...allRules, ...rules].map((r) => [r.id, r]));
  const strict = (file) => PROFILES.indexOf(settingsOf(file).profile) >= STRICT;
  return files.flatMap(
    (file) => suppressionProblems(file, commentsOf(file), used, {
      knownRules: [...byId.keys()].sort(compareText),
      ruleRan: (f, id) => {
        const rule = rules.find((r) => r.id === id);
        return !!rule && ruleRuns(rule, settingsOf(f));
      },
      reportUnused: (f) => !!options.reportUnusedSuppressions || strict(f),
      requireReason: strict,
      suggest: closest
    })
  );
}
function uniqueMessages(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((m) => {
    const key = `${m.file}\0${m.line ?? ""}\0${m.column ?? ""}\0${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function compareFileMessages(a, b) {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.message, b.message);
}

export {
  writeFileWhole,
  BaselineError,
  baselineRoot,
  parseBaseline,
  baselineDocument,
  applyBaseline,
  lint
};
