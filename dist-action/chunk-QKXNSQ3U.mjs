import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);

// src/engine/finding.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
function compareFindingsFully(a, b) {
  return compareFindings(a, b) || a.location.endLine - b.location.endLine || a.location.endColumn - b.location.endColumn || compareText(a.level, b.level) || a.securitySeverity - b.securitySeverity || compareText(a.logicalKey, b.logicalKey) || (a.related.length || b.related.length ? compareText(JSON.stringify(a.related), JSON.stringify(b.related)) : 0) || compareText(JSON.stringify(a.suppression ?? null), JSON.stringify(b.suppression ?? null));
}

// src/git-root.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
var gitRoots = /* @__PURE__ */ new Map();
function gitRoot(dir) {
  const seen = [];
  let d = dir;
  for (; ; ) {
    if (gitRoots.has(d)) {
      const r = gitRoots.get(d);
      for (const s of seen) gitRoots.set(s, r);
      return r;
    }
    seen.push(d);
    if (existsSync(join(d, ".git"))) {
      for (const s of seen) gitRoots.set(s, d);
      return d;
    }
    const parent = dirname(d);
    if (parent === d) {
      for (const s of seen) gitRoots.set(s, void 0);
      return void 0;
    }
    d = parent;
  }
}
function real(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
var realRoots = /* @__PURE__ */ new Map();
function isInside(root, path) {
  let realRoot = realRoots.get(root);
  if (realRoot === void 0) {
    realRoot = real(root);
    realRoots.set(root, realRoot);
  }
  const rel = relative(realRoot, real(path));
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function projectRoot(file, linted) {
  return gitRoot(dirname(file)) ?? linted;
}

// src/engine/own-string.ts
function ownString(s) {
  if (s.length < 13) return s;
  const encoding = WIDE.test(s) ? "utf16le" : "latin1";
  return Buffer.from(s, encoding).toString(encoding);
}
function ownSharedString(s) {
  if (s.length < 13) return s;
  const known = shared.get(s);
  if (known !== void 0) return known;
  const copy = ownString(s);
  if (shared.size >= MAX_SHARED) shared.clear();
  shared.set(copy, copy);
  return copy;
}
var WIDE = /[^\u0000-\u00ff]/;
var MAX_SHARED = 2e4;
var shared = /* @__PURE__ */ new Map();

export {
  ownString,
  ownSharedString,
  compareText,
  compareFindings,
  compareFindingsFully,
  gitRoot,
  real,
  isInside,
  projectRoot
};
