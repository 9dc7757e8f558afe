import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  TOOL_NAME,
  TOOL_VERSION,
  applySuppressions,
  parseSuppressionComments,
  repoPath,
  resultFingerprints,
  suppressionProblems
} from "./chunk-3J2VJ32E.mjs";
import {
  LineIndex,
  UnreadableFileError,
  applyRunArguments,
  basename,
  capability,
  containersOfScripts,
  defaultContainer,
  describeFsError,
  device,
  discover,
  displayPath,
  eachFile,
  emptyOutput,
  execFormScript,
  firstLine,
  flagValueOf,
  hostNamespace,
  initShellParser,
  isHostMode,
  isLineTerminator,
  isTrue,
  joinPath,
  joinRelated,
  keyValue,
  mountSpec,
  optionValue,
  ownerTitle,
  parseImage,
  parseShell,
  piece,
  portMapping2 as portMapping,
  prepared,
  programOf,
  readTextFile,
  require_ignore,
  resolvedText,
  runsProgram,
  securityOption,
  securityOptions,
  splitImage,
  trimTrailingSlashes,
  unwrapCommand,
  valueOf,
  volumeMount,
  withoutSuppressionComment
} from "./chunk-GWWLBJR4.mjs";
import {
  compareFindings,
  compareFindingsFully,
  compareText,
  gitRoot,
  isInside,
  ownSharedString,
  projectRoot
} from "./chunk-QKXNSQ3U.mjs";
import {
  __toESM
} from "./chunk-EMAUB6HD.mjs";

// src/engine/rule.ts
function defineRule(rule) {
  const missing = ["id", "title", "rationale", "fix"].filter((k) => !rule[k]);
  if (missing.length) throw new Error(`rule ${rule.id || "?"} lacks ${missing.join(", ")}`);
  if (!rule.examples?.bad || !rule.examples.good) throw new Error(`rule ${rule.id} lacks a bad and a good example`);
  if (!(rule.securitySeverity > 0 && rule.securitySeverity <= 10)) throw new Error(`rule ${rule.id}: security severity out of range`);
  if (!rule.checkImage && !rule.checkRuntime) throw new Error(`rule ${rule.id} has no check`);
  return rule;
}
var PROFILE_ORDER = ["recommended", "strict", "untrusted"];
function ruleInProfile(rule, profile2) {
  return PROFILE_ORDER.indexOf(rule.profile) <= PROFILE_ORDER.indexOf(profile2);
}
function ruleCanFire(rule, profile2) {
  return !!rule.checksOutsideProfile || ruleInProfile(rule, profile2);
}
function isProfile(value) {
  return PROFILE_ORDER.includes(value);
}
var PROFILES = PROFILE_ORDER;
var LEVEL_RANK = { note: 1, warning: 2, error: 3 };
function levelAtLeast(level2, threshold) {
  return LEVEL_RANK[level2] >= LEVEL_RANK[threshold];
}
function stringListOption(options, key2) {
  const v = options[key2];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function listOptionSchema(key2, items, description) {
  return { type: "object", additionalProperties: false, properties: { [key2]: { type: "array", items: { type: items }, description } } };
}

// src/knowledge/query.ts
function buildInstructions(image, keywords) {
  const out = [];
  for (const stage of image.stages) {
    for (const written of stage.instructions) {
      const ins = written.trigger ?? written;
      if (!keywords || keywords.includes(ins.keyword)) out.push(ins);
    }
  }
  return out;
}
function imageCommands(image, keywords = ["RUN"]) {
  const out = [];
  for (const instruction of buildInstructions(image, keywords)) {
    for (const command of instruction.shell?.commands ?? []) out.push({ instruction, command });
  }
  return out;
}
function runtimeCommands(container) {
  return [...container.entrypoint?.script.commands ?? [], ...container.command?.script.commands ?? []];
}
function isRootUser(user) {
  const name = user.trim().split(":")[0].trim();
  return name === "root" || /^0+$/.test(name);
}

// src/knowledge/copy-sources.ts
function copySources(ins) {
  const { args } = ins;
  if (args.some((a) => a.value.startsWith("<<"))) return [];
  if (!args[0]?.value.startsWith("[")) return args.slice(0, -1).map(unquote);
  return jsonStrings(args).slice(0, -1);
}
function unquote(arg) {
  const m = /^(["'])(.*)\1$/s.exec(arg.value);
  return m ? { value: m[2], loc: shift(arg.loc, 1) } : arg;
}
function shift(loc, by) {
  return { ...loc, startColumn: loc.startColumn + by };
}
function jsonStrings(args) {
  const out = [];
  let current;
  let escaped = false;
  for (const arg of args) {
    if (current) current.value += " ";
    for (let i = 0; i < arg.value.length; i++) {
      const ch = arg.value[i];
      if (!current) {
        if (ch === '"') current = { value: "", loc: shift(arg.loc, i + 1) };
        continue;
      }
      if (escaped) {
        current.value += ch === "n" ? "\n" : ch === "t" ? "	" : ch;
        escaped = false;
      } else if (ch === "\\") escaped = true;
      else if (ch === '"') {
        out.push(current);
        current = void 0;
      } else current.value += ch;
    }
  }
  return out;
}

// rules/add-remote-url.ts
var REMOTE = /^(https?:\/\/|git:\/\/|ssh:\/\/|git@[^:\s]+:)/i;
var add_remote_url_default = defineRule({
  id: "add-remote-url",
  title: "ADD fetches a remote URL without a checksum",
  level: "warning",
  securitySeverity: 4,
  profile: "recommended",
  sources: ["image"],
  category: "supply-chain",
  rationale: "ADD downloads the file at every uncached build and copies it into the image as is; nothing checks that it is the file that was reviewed. A changed or hijacked download then runs inside containers on the shared kernel with whatever privileges the image grants it.",
  fix: "Add `--checksum=sha256:<hash>` to the ADD (for a git source, the commit hash), or download with `curl -fsSLo` in a RUN and verify with `sha256sum -c`.",
  examples: {
    kind: "dockerfile",
    bad: "FROM debian:12-slim\nADD https://example.com/releases/tool-1.4.2.tar.gz /tmp/\nRUN tar -xzf /tmp/tool-1.4.2.tar.gz -C /usr/local",
    good: "FROM debian:12-slim\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\\n    https://example.com/releases/tool-1.4.2.tar.gz /tmp/\nRUN tar -xzf /tmp/tool-1.4.2.tar.gz -C /usr/local"
  },
  references: ["https://docs.docker.com/reference/dockerfile/#add---checksum", "https://docs.docker.com/reference/dockerfile/#add"],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ["ADD"])) {
      const checksum = ins.flags.find((f) => f.name === "checksum");
      if (checksum?.value) continue;
      for (const source of copySources(ins)) {
        const url = ins.expand(source.value).value;
        if (REMOTE.test(url)) report(source, `ADD downloads ${url} without --checksum`);
      }
    }
  }
});

// rules/apparmor-disabled.ts
var apparmor_disabled_default = defineRule({
  id: "apparmor-disabled",
  title: "AppArmor confinement disabled",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["runtime"],
  category: "confinement",
  rationale: "On AppArmor hosts Docker confines every container with the docker-default profile, which denies mounts and writes to sensitive /proc and /sys files even to root. Unconfined, those kernel interfaces are guarded only by capabilities, so a capability added later, or a kernel bug, has nothing behind it.",
  fix: "Remove `apparmor=unconfined`. If the default profile blocks something the service needs, load a custom profile and name it: `apparmor=my-profile`.",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4\n    security_opt:\n      - apparmor=unconfined",
    good: "services:\n  api:\n    image: example/api:1.4\n    security_opt:\n      - apparmor=api-profile"
  },
  references: [
    "https://docs.docker.com/engine/security/apparmor/",
    "https://docs.docker.com/reference/compose-file/services/#security_opt"
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, "apparmor")) {
      if (optionValue(opt) === "unconfined") report(opt, `${container.title} runs without an AppArmor profile (${opt.written.trim()})`);
    }
  }
});

// rules/build-privileged.ts
var INSECURE = { level: "error", securitySeverity: 7, gives: "full privileges on the build host (every capability, no seccomp or AppArmor)" };
var HOST_NETWORK = { level: "warning", securitySeverity: 5, gives: "the build host's network namespace" };
var DEVICE = { level: "warning", securitySeverity: 5, gives: "host devices" };
function entitlementGrant(entitlement) {
  const e = entitlement.trim().toLowerCase();
  if (e === "security.insecure") return INSECURE;
  if (e === "network.host") return HOST_NETWORK;
  if (e === "device" || e.startsWith("device=")) return DEVICE;
  return { level: "warning", securitySeverity: 5, gives: `the extra privilege "${entitlement.trim()}"` };
}
var build_privileged_default = defineRule({
  id: "build-privileged",
  title: "Build step runs privileged or on the host network",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "confinement",
  rationale: "`RUN --security=insecure` runs the step like `docker run --privileged`: all capabilities, no seccomp or AppArmor profile, host devices visible, so whatever the step downloads or builds runs with the builder host's kernel fully open to it. `RUN --network=host` drops the network namespace, giving the step the build host's interfaces and services bound to localhost.",
  fix: "Remove `--security=insecure`; do the privileged work outside the image build. Use the default sandbox network, and pass what the step needs with `--mount=type=secret` or build args instead of `--network=host`. In Compose, drop `build.privileged`, `build.network: host` and `build.entitlements`.",
  examples: {
    kind: "dockerfile",
    bad: "FROM alpine:3.20\nRUN --security=insecure mount -t tmpfs none /mnt && make -C /src",
    good: "FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/mnt make -C /src"
  },
  references: [
    "https://docs.docker.com/reference/dockerfile/#run---security",
    "https://docs.docker.com/reference/dockerfile/#run---network",
    "https://docs.docker.com/reference/cli/docker/buildx/build/#allow",
    "https://docs.docker.com/reference/compose-file/build/#privileged",
    "https://docs.docker.com/reference/compose-file/build/#entitlements"
  ],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ["RUN"])) {
      for (const flag2 of ins.flags) {
        if (flag2.value === void 0) continue;
        const value = ins.expand(flag2.value).value.toLowerCase();
        if (flag2.name === "security" && value === "insecure") {
          report(flag2, "RUN --security=insecure runs this step with full privileges on the build host", grant(INSECURE));
        } else if (flag2.name === "network" && value === "host") {
          report(flag2, "RUN --network=host gives this step the build host's network namespace", grant(HOST_NETWORK));
        }
      }
    }
  },
  checkRuntime(container, { report }) {
    const build = container.build;
    if (!build) return;
    const name = container.name.value;
    if (isTrue(build.privileged)) {
      report(build.privileged, `${container.title} is built with privileged: true, which gives its RUN steps ${INSECURE.gives}`, grant(INSECURE));
    }
    if (isHostMode(build.network)) {
      report(build.network, `${container.title} is built with network: host, which gives its RUN steps ${HOST_NETWORK.gives}`, grant(HOST_NETWORK));
    }
    for (const entitlement of build.entitlements) {
      const text = resolvedText(entitlement);
      if (!text) continue;
      const g = entitlementGrant(text);
      report(entitlement, `${container.title}'s build allows the ${text} entitlement, which gives its RUN steps ${g.gives}`, grant(g));
    }
  }
});
function grant(g) {
  return { level: g.level, securitySeverity: g.securitySeverity };
}

// src/runtime/setting-names.ts
var COMPOSE = {
  user: { name: "user", key: "user:", written: (v) => `user: ${v}` },
  capDrop: { name: "cap_drop", written: (v) => `cap_drop: [${v}]` },
  readOnly: { name: "read_only", written: (v) => `read_only: ${v}` },
  memoryLimit: { name: "mem_limit or deploy.resources.limits.memory", written: (v) => `mem_limit: ${v}` },
  cpuLimit: { name: "cpus, cpu_quota or deploy.resources.limits.cpus", written: (v) => `cpus: ${v}` },
  pidsLimit: { name: "pids_limit or deploy.resources.limits.pids", written: (v) => `pids_limit: ${v}` },
  healthcheck: { name: "healthcheck", key: "healthcheck:", written: (v) => `healthcheck: ${v}` },
  deviceCgroupRules: { name: "device_cgroup_rules", written: (v) => `device_cgroup_rules: ${v}` },
  environment: { name: "environment", written: (v) => `environment: ${v}` }
};
var flag = (name) => ({ name, written: (v) => v === "true" ? name : `${name} ${v}` });
var RUN_FLAGS = {
  user: flag("--user"),
  capDrop: flag("--cap-drop"),
  readOnly: { name: "--read-only", written: (v) => v === "true" ? "--read-only" : `--read-only=${v}` },
  memoryLimit: flag("--memory"),
  cpuLimit: { name: "--cpus or --cpu-quota", written: (v) => `--cpus ${v}` },
  pidsLimit: flag("--pids-limit"),
  healthcheck: flag("--health-cmd"),
  deviceCgroupRules: flag("--device-cgroup-rule"),
  environment: flag("--env")
};
var inRunArgs = (flagName, bare = false) => ({
  name: `${flagName} in runArgs`,
  written: (v) => bare && v === "true" ? `"runArgs": ["${flagName}"]` : `"runArgs": ["${flagName}=${v}"]`
});
var DEVCONTAINER = {
  user: { name: "containerUser", key: '"containerUser"', written: (v) => `"containerUser": "${v}"` },
  capDrop: inRunArgs("--cap-drop"),
  readOnly: inRunArgs("--read-only", true),
  memoryLimit: inRunArgs("--memory"),
  cpuLimit: inRunArgs("--cpus"),
  pidsLimit: inRunArgs("--pids-limit"),
  healthcheck: inRunArgs("--health-cmd"),
  deviceCgroupRules: inRunArgs("--device-cgroup-rule"),
  environment: { name: "containerEnv", written: (v) => `"containerEnv": ${v}` }
};
var key = (name) => ({ name: `${name}=`, written: (v) => `${name}=${v}` });
var QUADLET = {
  user: key("User"),
  capDrop: key("DropCapability"),
  readOnly: key("ReadOnly"),
  memoryLimit: key("Memory"),
  cpuLimit: { name: "--cpus in PodmanArgs=", written: (v) => `PodmanArgs=--cpus ${v}` },
  pidsLimit: key("PidsLimit"),
  healthcheck: key("HealthCmd"),
  deviceCgroupRules: { name: "--device-cgroup-rule in PodmanArgs=", written: (v) => `PodmanArgs=--device-cgroup-rule ${v}` },
  environment: key("Environment")
};
var CI_CONTAINER = {
  ...RUN_FLAGS,
  environment: { name: "env", written: (v) => `env: ${v}` }
};
var BY_KIND = {
  "compose-service": COMPOSE,
  "docker-run": RUN_FLAGS,
  devcontainer: DEVCONTAINER,
  quadlet: QUADLET,
  "ci-container": CI_CONTAINER
};
function spelling(container, setting) {
  return (BY_KIND[container.kind] ?? RUN_FLAGS)[setting];
}
function settingName(container, setting, form = "name") {
  const s = spelling(container, setting);
  return form === "key" ? s.key ?? s.name : s.name;
}
function settingWritten(container, setting, value) {
  return spelling(container, setting).written(value);
}

// rules/capabilities-not-dropped.ts
var capabilities_not_dropped_default = defineRule({
  id: "capabilities-not-dropped",
  title: "Capabilities not dropped",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "privilege",
  rationale: "By default a container keeps about fourteen capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, MKNOD, ...) that most services never use. Each is kernel attack surface on the shared host: a process that gets code execution can use them to raise its privileges inside the container or to attack the network and the kernel.",
  fix: "Add `cap_drop: [ALL]` and add back only the capabilities the service needs with `cap_add`.",
  examples: {
    kind: "compose",
    bad: "services:\n  web:\n    image: example/web:2.3\n    cap_add: [NET_BIND_SERVICE]",
    good: "services:\n  web:\n    image: example/web:2.3\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#cap_drop",
    "https://docs.docker.com/engine/security/#linux-kernel-capabilities"
  ],
  checkRuntime(container, { report }) {
    const names = container.capDrop.map((c) => resolvedText(c));
    if (names.some((n) => n === void 0)) return;
    if (names.some((n) => n.toUpperCase().replace(/^CAP_/, "") === "ALL")) return;
    const what = container.capDrop.length ? `${settingName(container, "capDrop")} does not contain ALL` : `no ${settingWritten(container, "capDrop", "ALL")}`;
    report(container.name, `${container.title} keeps the default capabilities (${what})`, {
      logicalKey: `service ${container.name.value}/cap_drop-all`
    });
  }
});

// src/image/config.ts
function stageChain(stage) {
  const chain = [];
  for (let s = stage; s && !chain.includes(s); s = s.parent) chain.push(s);
  return chain;
}
function lastInChain(stage, keyword) {
  for (const s of stageChain(stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) if (s.instructions[i].keyword === keyword) return s.instructions[i];
  }
  return void 0;
}
function startInstructions(image) {
  return image.builtStage ? stageStartInstructions(image.builtStage) : [];
}
function stageStartInstructions(stage) {
  const chain = stageChain(stage);
  const entrypoint = lastInChain(stage, "ENTRYPOINT");
  let cmd = lastInChain(stage, "CMD");
  if (entrypoint && cmd && chain.indexOf(cmd.stage) > chain.indexOf(entrypoint.stage)) cmd = void 0;
  return [entrypoint, cmd].filter((i) => !!i);
}
function onbuildTriggers(image, keywords) {
  return image.stages.flatMap((s) => s.instructions.flatMap((i) => i.trigger && keywords.includes(i.trigger.keyword) ? [i.trigger] : []));
}
function containerStarts(image) {
  return [...startInstructions(image), ...onbuildTriggers(image, ["ENTRYPOINT", "CMD"])];
}
function startCommands(image) {
  return containerStarts(image).flatMap((instruction) => (instruction.shell?.commands ?? []).map((command) => ({ instruction, command })));
}
function exposedPorts(image) {
  const stage = image.builtStage;
  const declared = [
    ...stage ? stageChain(stage).reverse().flatMap((s) => s.instructions.filter((i) => i.keyword === "EXPOSE")) : [],
    ...onbuildTriggers(image, ["EXPOSE"])
  ];
  return portsDeclared(declared);
}
function portsDeclared(instructions) {
  const out = [];
  for (const instruction of instructions) {
    if (instruction.keyword !== "EXPOSE") continue;
    for (const written of instruction.args) {
      const expanded = instruction.expand(written.value);
      if (expanded.unresolved.length) continue;
      for (const token of expanded.value.split(/\s+/)) {
        const m = /^(\d+)(?:-(\d+))?(?:\/([a-z]+))?$/i.exec(token);
        if (!m) continue;
        const from = Number(m[1]);
        out.push({ instruction, written, from, to: m[2] ? Number(m[2]) : from, protocol: (m[3] ?? "tcp").toLowerCase() });
      }
    }
  }
  return out;
}
function exposesTcp(port, n) {
  return port.protocol === "tcp" && port.from <= n && n <= port.to;
}

// src/knowledge/remote-code.ts
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget"]);
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
var EVALUATORS = /* @__PURE__ */ new Set(["eval", "source", "."]);
function interpreterKind(program) {
  if (SHELLS.has(program)) return "shell";
  if (/^python[0-9.]*$/.test(program)) return "python";
  if (program === "perl") return "perl";
  if (program === "ruby") return "ruby";
  if (program === "node" || program === "nodejs") return "node";
  if (/^php[0-9.]*$/.test(program)) return "php";
  return void 0;
}
function curlPipedToShell(cmd) {
  const { name } = unwrapCommand(cmd);
  if (!name || !DOWNLOADERS.has(basename(name.value))) return void 0;
  const seen = /* @__PURE__ */ new Set();
  const queue = [...cmd.pipedInto];
  while (queue.length) {
    const next = queue.shift();
    if (seen.has(next)) continue;
    seen.add(next);
    const interpreter = readsCodeFromStdin(next);
    if (interpreter) return { download: name, interpreter, how: "pipe" };
    queue.push(...next.pipedInto);
  }
  const outer = cmd.substitutedInto;
  if (outer) {
    const interpreter = runsSubstitutionAsCode(outer, cmd.loc);
    if (interpreter) return { download: name, interpreter, how: "substitution" };
  }
  return void 0;
}
function readsCodeFromStdin(cmd) {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return void 0;
  const kind = interpreterKind(basename(name.value));
  if (!kind) return void 0;
  const script = scriptArgument(kind, args);
  if (script === "stdin") return name;
  return void 0;
}
function scriptArgument(kind, args) {
  const inlineFlag = {
    shell: /^-[a-zA-Z]*c[a-zA-Z]*$/,
    python: /^-c$/,
    perl: /^-[a-zA-Z]*[eE]$/,
    ruby: /^-[a-zA-Z]*e$/,
    node: /^(-e|--eval|-p|--print)$/,
    php: /^-r$/
  };
  const valueOption = {
    shell: /^[-+][oO]$/,
    python: /^-[WXQ]$/,
    perl: /^-[IM]$/,
    ruby: /^-[IrCE]$/,
    node: /^(-r|--require|--import|--loader|--input-type)$/,
    php: /^-[cdz]$/
  };
  let fromStdin = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === "-") return "stdin";
    if (v === "--") {
      if (kind === "php") return "stdin";
      const rest = args[i + 1];
      if (!rest || fromStdin) return "stdin";
      return rest.value === "-" ? "stdin" : { file: rest };
    }
    if (inlineFlag[kind].test(v)) return { inline: args[i + 1] };
    if (kind === "python" && v === "-m") return { inline: void 0 };
    if (kind === "php" && v === "-f") return args[i + 1] ? { file: args[i + 1] } : "stdin";
    if (valueOption[kind].test(v)) {
      i++;
      continue;
    }
    if (kind === "shell" && /^-[a-zA-Z]*s[a-zA-Z]*$/.test(v)) fromStdin = true;
    if (v.startsWith("-") || v.startsWith("+")) continue;
    return fromStdin ? "stdin" : { file: args[i] };
  }
  return "stdin";
}
function runsSubstitutionAsCode(outer, inner) {
  const holder = outer.words.find((w) => contains(w.loc, inner));
  if (!holder) return void 0;
  const { name, args } = unwrapCommand(outer);
  if (!name) return void 0;
  if (holder === name) return name;
  const program = basename(name.value);
  if (EVALUATORS.has(program)) return args.includes(holder) ? name : void 0;
  const kind = interpreterKind(program);
  if (!kind) return void 0;
  const script = scriptArgument(kind, args);
  if (script === "stdin") return void 0;
  const word = "file" in script ? script.file : script.inline;
  return word === holder ? name : void 0;
}
function contains(outer, inner) {
  const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 <= c2;
  return before(outer.startLine, outer.startColumn, inner.startLine, inner.startColumn) && before(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn);
}

// rules/curl-pipe-shell.ts
var curl_pipe_shell_default = defineRule({
  id: "curl-pipe-shell",
  title: "Downloaded script piped into a shell",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "supply-chain",
  rationale: "Piping a download straight into a shell runs whatever the server returns, as root during the build, with nothing recorded about what ran. A compromised or spoofed host, or a truncated transfer, executes inside a container that shares the host kernel, and the result ships in the image.",
  fix: "Download to a file, verify it against a published checksum or signature (`sha256sum -c`, `gpg --verify`), then run it; or install the tool from a signed package.",
  examples: {
    kind: "dockerfile",
    bad: "FROM debian:12-slim\nRUN curl -fsSL https://example.com/install.sh | sh",
    good: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "<published sha256>  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh'
  },
  references: ["https://docs.docker.com/build/building/best-practices/#run", "https://docs.docker.com/reference/dockerfile/#add---checksum"],
  checkImage(image, { report }) {
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const run = curlPipedToShell(command);
      if (!run) continue;
      const into = basename(run.interpreter.value);
      const downloader = basename(run.download.value);
      report(run.download, run.how === "pipe" ? `${downloader} output is piped into ${into}` : `${downloader} output is run by ${into}`);
    }
  },
  checkRuntime(container, { report }) {
    for (const command of runtimeCommands(container)) {
      const run = curlPipedToShell(command);
      if (!run) continue;
      const into = basename(run.interpreter.value);
      const downloader = basename(run.download.value);
      report(run.download, `${container.title} starts with ${downloader} output ${run.how === "pipe" ? "piped into" : "run by"} ${into}`);
    }
  }
});

// rules/dangerous-capability.ts
var CRITICAL = /* @__PURE__ */ new Map([
  ["ALL", "every capability"],
  ["SYS_ADMIN", "mount, namespaces, BPF and most kernel administration"]
]);
var HIGH = /* @__PURE__ */ new Map([
  ["SYS_MODULE", "loading kernel modules"],
  ["SYS_PTRACE", "tracing and reading the memory of other processes"],
  ["SYS_RAWIO", "raw I/O ports and device memory"],
  ["SYS_BOOT", "rebooting the host or loading a new kernel"],
  ["SYS_TIME", "setting the host's clock"],
  ["DAC_READ_SEARCH", "opening host files by handle (open_by_handle_at), bypassing read permissions"],
  ["NET_ADMIN", "reconfiguring interfaces, routes and firewall rules"],
  ["BPF", "loading BPF programs into the kernel"],
  ["PERFMON", "kernel performance monitoring and tracing"],
  ["MAC_ADMIN", "changing AppArmor/SELinux policy"],
  ["MAC_OVERRIDE", "overriding AppArmor/SELinux policy"],
  ["SYSLOG", "reading and clearing the kernel log, which leaks kernel addresses"],
  ["LINUX_IMMUTABLE", "changing immutable and append-only file flags"]
]);
function capabilityName(written) {
  return written.trim().toUpperCase().replace(/^CAP_/, "");
}
var dangerous_capability_default = defineRule({
  id: "dangerous-capability",
  title: "Dangerous capability added",
  level: "error",
  securitySeverity: 9,
  profile: "recommended",
  sources: ["runtime"],
  category: "privilege",
  rationale: "Capabilities split root's power; Docker keeps the dangerous ones away from containers because they act on the one kernel every container shares. Adding ALL or SYS_ADMIN is close to running privileged, and each of the others (module loading, ptrace, raw I/O, BPF, network or LSM administration) is a known escape or host-tampering path.",
  fix: "Remove the capability from `cap_add`. If a narrower one does the job (NET_BIND_SERVICE for a low port, CHOWN), add only that, and start from `cap_drop: [ALL]`.",
  examples: {
    kind: "compose",
    bad: "services:\n  web:\n    image: example/web:2.3\n    cap_add: [SYS_ADMIN]",
    good: "services:\n  web:\n    image: example/web:2.3\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#cap_add",
    "https://docs.docker.com/engine/security/#linux-kernel-capabilities",
    "https://man7.org/linux/man-pages/man7/capabilities.7.html"
  ],
  options: {
    schema: listOptionSchema("allow", "string", "capabilities not to report, e.g. [NET_ADMIN] for a VPN gateway (with or without CAP_)"),
    description: "`allow`: capabilities this project has judged acceptable (with or without `CAP_`), e.g. `[NET_ADMIN]` for a VPN gateway; best given in an `overrides` entry for the one file that needs it."
  },
  checkRuntime(container, { report, options }) {
    const allowed = new Set(stringListOption(options, "allow").map(capabilityName));
    for (const cap of container.capAdd) {
      const written = resolvedText(cap);
      if (!written) continue;
      const name = capabilityName(written);
      const critical = CRITICAL.get(name);
      const high = HIGH.get(name);
      if (!critical && !high || allowed.has(name)) continue;
      report(cap, `${container.title} adds capability ${name} (${critical ?? high})`, {
        securitySeverity: critical ? 9 : 7.5
      });
    }
  }
});

// rules/docker-api-port.ts
var DOCKER_API_PORT = 2375;
var DOCKER_API_TLS_PORT = 2376;
function dockerApiListener(cmd) {
  const { name, args } = unwrapCommand(cmd);
  if (!name || basename(name.value) !== "dockerd") return void 0;
  let found;
  let tlsVerify = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const a = word.value;
    let address;
    let where = word;
    if (a === "-H" || a === "--host") {
      where = args[++i] ?? word;
      address = args[i]?.value;
    } else if (a.startsWith("--host=")) address = a.slice("--host=".length);
    else if (a.startsWith("-H")) address = a.slice(a[2] === "=" ? 3 : 2);
    else if (a === "--tlsverify" || a === "--tlsverify=true") tlsVerify = true;
    if (address !== void 0 && !where.hasExpansion && onNetwork(address)) found ??= { at: where, address };
  }
  return found ? { ...found, tlsVerify } : void 0;
}
function onNetwork(address) {
  const withScheme = address.includes("://") ? address : `tcp://${address}`;
  const m = /^tcp:\/\/(\[[^\]]*\]|[^:/]*)/i.exec(withScheme);
  if (!m) return false;
  const host = m[1].replace(/^\[|\]$/g, "").toLowerCase();
  return !(host === "" || host === "localhost" || host === "::1" || /^127\./.test(host));
}
var PLAIN = { port: DOCKER_API_PORT, what: `the unencrypted Docker API port ${DOCKER_API_PORT}`, level: "error", securitySeverity: 9 };
var TLS = { port: DOCKER_API_TLS_PORT, what: `the Docker API TLS port ${DOCKER_API_TLS_PORT}`, level: "warning", securitySeverity: 6 };
function dockerApiPort(covers) {
  return [PLAIN, TLS].find((p) => covers(p.port));
}
function exposeRange(entry) {
  const m = /^(\d+)(?:-(\d+))?(?:\/([a-z]+))?$/i.exec(entry.trim());
  if (!m || m[3] && m[3].toLowerCase() !== "tcp") return void 0;
  const from = Number(m[1]);
  return { from, to: m[2] ? Number(m[2]) : from };
}
function publishes(mapping, port) {
  return mapping.protocol === "tcp" && (mapping.targetPorts.includes(port) || mapping.publishedPorts.includes(port));
}
function reportListener(listener, report) {
  if (listener.tlsVerify) {
    report(listener.at, `dockerd serves its API on ${listener.address}, protected only by TLS client certificates`, { level: "warning", securitySeverity: 6 });
  } else {
    report(listener.at, `dockerd serves its API without authentication on ${listener.address}`);
  }
}
var docker_api_port_default = defineRule({
  id: "docker-api-port",
  title: "Docker Engine API exposed on the network",
  level: "error",
  securitySeverity: 9,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "host-resources",
  rationale: "Whoever can reach the Docker API can start a privileged container that mounts the host's root filesystem: it is root on the host, past every container fence. Port 2375 serves that API without authentication or encryption; 2376 is meant for TLS with client certificates, which is only as safe as the certificates and their distribution.",
  fix: "Do not expose the Engine API from a container. Talk to a daemon over its Unix socket or over SSH (`DOCKER_HOST=ssh://\u2026`); if TCP is unavoidable, bind to 127.0.0.1 or use `--tlsverify` with client certificates on 2376.",
  examples: {
    kind: "dockerfile",
    bad: 'FROM docker:27-dind\nEXPOSE 2375\nCMD ["dockerd", "-H", "tcp://0.0.0.0:2375"]',
    good: 'FROM docker:27-dind\nCMD ["dockerd", "-H", "unix:///var/run/docker.sock"]'
  },
  references: [
    "https://docs.docker.com/engine/security/protect-access/",
    "https://docs.docker.com/engine/daemon/remote-access/",
    "https://docs.docker.com/reference/dockerfile/#expose",
    "https://docs.docker.com/reference/compose-file/services/#ports",
    "https://docs.docker.com/reference/compose-file/services/#expose"
  ],
  checkImage(image, { report }) {
    for (const port of exposedPorts(image)) {
      const api = dockerApiPort((n) => exposesTcp(port, n));
      if (api) report(port.written, `EXPOSE ${port.written.value} declares ${api.what}`, level(api));
    }
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const listener = dockerApiListener(command);
      if (listener) reportListener(listener, report);
    }
  },
  checkRuntime(container, { report }) {
    const name = container.name.value;
    for (const mapping of container.ports) {
      const api = dockerApiPort((n) => publishes(mapping, n));
      if (!api) continue;
      const where = mapping.allInterfaces ? "on every host interface" : `on ${mapping.hostIp}, and to its networks`;
      report(mapping, `${container.title} publishes ${api.what} ${where}`, level(api));
    }
    for (const entry of container.expose) {
      const text = resolvedText(entry);
      const range = text === void 0 ? void 0 : exposeRange(text);
      const api = range && dockerApiPort((n) => range.from <= n && n <= range.to);
      if (api) report(entry, `${container.title} exposes ${api.what} to the containers on its networks`, level(api));
    }
    for (const command of runtimeCommands(container)) {
      const listener = dockerApiListener(command);
      if (listener) reportListener(listener, report);
    }
  }
});
function level(api) {
  return { level: api.level, securitySeverity: api.securitySeverity };
}

// src/runtime/host-paths.ts
import { posix } from "node:path";
function normalizeHostPath(path) {
  const p = path.trim();
  if (!p.startsWith("/")) return p;
  const n = posix.normalize(p);
  return n.length > 1 ? n.replace(/\/+$/, "") : n;
}
var RUN = String.raw`/(?:var/)?run`;
var SOCKET_DIRECTORIES = [
  { re: new RegExp(`^${RUN}$`), engine: "Docker" },
  // dockerd's own containerd, when the daemon manages it.
  { re: new RegExp(`^${RUN}/docker(?:/containerd)?$`), engine: "Docker" },
  { re: new RegExp(`^${RUN}/containerd$`), engine: "containerd" },
  { re: new RegExp(`^${RUN}/k3s(?:/containerd)?$`), engine: "containerd (k3s)" },
  { re: new RegExp(`^${RUN}/crio$`), engine: "CRI-O" },
  { re: new RegExp(`^${RUN}/podman$`), engine: "Podman" },
  { re: new RegExp(`^${RUN}/user/\\d+/podman$`), engine: "rootless Podman" }
];
var SOCKET_NAMES = /* @__PURE__ */ new Map([
  ["docker.sock", "Docker"],
  ["containerd.sock", "containerd"],
  ["crio.sock", "CRI-O"],
  ["podman.sock", "Podman"],
  ["cri-dockerd.sock", "Docker (cri-dockerd)"]
]);
var HOME_DIRECTORY = String.raw`(?:~|/root|/home/[^/]+|/Users/[^/]+)`;
var DESKTOP_RUN = new RegExp(`^${HOME_DIRECTORY}/\\.docker/run$`);
function engineSocket(hostPath) {
  const path = normalizeHostPath(hostPath);
  if (!path.startsWith("/") && !path.startsWith("~")) return void 0;
  const byName = SOCKET_NAMES.get(posix.basename(path));
  if (byName) return { engine: byName, kind: "socket" };
  if (DESKTOP_RUN.test(path)) return { engine: "Docker Desktop", kind: "directory" };
  const hit = SOCKET_DIRECTORIES.find((e) => e.re.test(path));
  return hit ? { engine: hit.engine, kind: "directory" } : void 0;
}
function isDockerEnginePipe(source) {
  return /^[\\/]{2}\.[\\/]pipe[\\/](?:docker_engine(?:_linux|_windows)?|dockerDesktop(?:Linux|Windows)Engine)$/i.test(source.trim());
}
function bindHostPath(mount) {
  if (mount.type !== "bind" || !mount.source) return void 0;
  if (mount.homePath) return posix.normalize(mount.homePath).replace(/(.)\/+$/, "$1");
  if (mount.source.unresolved?.length) return void 0;
  if (mount.hostPath) return normalizeHostPath(mount.hostPath);
  const written = mount.source.value.trim();
  if (written !== "~" && !written.startsWith("~/")) return void 0;
  return posix.normalize(written).replace(/(.)\/+$/, "$1");
}
function mountedEngineSocket(mount) {
  if (!mount.source) return void 0;
  if (!mount.source.unresolved?.length && isDockerEnginePipe(mount.source.value)) return { engine: "Docker", kind: "pipe" };
  const path = bindHostPath(mount);
  return path ? engineSocket(path) : void 0;
}
function shownSource(mount) {
  return mount.source?.unresolved?.length && mount.homePath ? mount.homePath : mount.source?.value ?? "";
}

// rules/docker-socket-mount.ts
var docker_socket_mount_default = defineRule({
  id: "docker-socket-mount",
  title: "Container engine socket mounted into the container",
  level: "error",
  securitySeverity: 9,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Whoever can talk to the Docker, containerd, CRI-O or Podman API (a Unix socket, or on Windows the `docker_engine` named pipe) can start a privileged container with the host's root filesystem mounted, so the socket is root on the host. Mounting it read-only changes nothing: the API still answers, and every other fence of this container stops mattering.",
  fix: "Remove the mount. If the service only reads container state, put a filtering API proxy (e.g. a socket proxy that allows only GET endpoints) between it and the engine, or run it rootless.",
  examples: {
    kind: "compose",
    bad: "services:\n  traefik:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro",
    good: "services:\n  traefik:\n    image: traefik:v3.1\n    environment:\n      DOCKER_HOST: tcp://socket-proxy:2375"
  },
  references: [
    "https://docs.docker.com/engine/security/#docker-daemon-attack-surface",
    "https://docs.docker.com/engine/security/protect-access/",
    "https://docs.docker.com/reference/compose-file/services/#volumes"
  ],
  checkRuntime(container, { report }) {
    for (const mount of container.mounts) {
      const socket = mountedEngineSocket(mount);
      if (!socket) continue;
      const path = shownSource(mount);
      const what = {
        socket: `the ${socket.engine} API socket ${path}`,
        directory: `${path}, which holds the ${socket.engine} API socket`,
        pipe: `the Docker Engine named pipe ${path}`
      }[socket.kind];
      const ro = mount.readOnly ? " (read-only does not help: the API still answers)" : "";
      report(mount.source ?? mount, `${container.title} mounts ${what}: it can control the engine and through it the host${ro}`);
    }
  }
});

// src/knowledge/ports.ts
var INTERNAL_SERVICE_PORTS = /* @__PURE__ */ new Map([
  [5432, "PostgreSQL"],
  [3306, "MySQL/MariaDB"],
  [1433, "SQL Server"],
  [1521, "Oracle"],
  [27017, "MongoDB"],
  [6379, "Redis"],
  [11211, "Memcached"],
  [9200, "Elasticsearch"],
  [9300, "Elasticsearch transport"],
  [5984, "CouchDB"],
  [8086, "InfluxDB"],
  [2379, "etcd"],
  [2380, "etcd peer"],
  [5672, "RabbitMQ"],
  [9092, "Kafka"],
  [2181, "ZooKeeper"],
  [8500, "Consul"]
]);
function internalPortsOnAllInterfaces(port) {
  if (!port.allInterfaces) return [];
  return port.targetPorts.filter((p) => INTERNAL_SERVICE_PORTS.has(p));
}

// src/runtime/published.ts
function protocolSuffix(port) {
  return port.protocol && port.protocol !== "tcp" ? `/${port.protocol}` : "";
}
function hostPortFor(port, containerPort) {
  const i = port.targetPorts.indexOf(containerPort);
  if (i >= 0 && port.publishedPorts.length === port.targetPorts.length) return `as host port ${port.publishedPorts[i]}`;
  if (port.publishedPorts.length > 1) return `on a host port from ${port.published}`;
  if (port.published && port.publishedPorts.length === 0) return `as host port ${port.published}`;
  return "on a random host port";
}
function describeMapping(port) {
  const proto = protocolSuffix(port);
  if (port.targetPorts.length <= 1) {
    const target = port.targetPorts[0];
    return `port ${port.target}${proto} ${target === void 0 ? port.published ? `as host port ${port.published}` : "on a random host port" : hostPortFor(port, target)}`;
  }
  if (port.publishedPorts.length === port.targetPorts.length) return `ports ${port.target}${proto} as host ports ${port.published}`;
  return `ports ${port.target}${proto} on ${port.published ? `host ports from ${port.published}` : "random host ports"}`;
}
function describeNamedPort(port, containerPort, service) {
  return `the ${service} port ${containerPort}${protocolSuffix(port)} ${hostPortFor(port, containerPort)}`;
}

// rules/exposed-internal-port.ts
var exposed_internal_port_default = defineRule({
  id: "exposed-internal-port",
  title: "Internal service port published on all interfaces",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["runtime"],
  category: "network",
  rationale: "Docker publishes ports with its own NAT rules, ahead of the host firewall (ufw/firewalld rules do not apply), so a database or cache published without a host IP answers on every interface of the host. Such services usually trust their network and are a common way into a host and its neighbours.",
  fix: 'Drop the `ports` entry and reach the service over the Compose network, or bind it to loopback: `"127.0.0.1:5432:5432"`.',
  examples: {
    kind: "compose",
    bad: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"',
    good: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"'
  },
  references: ["https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw", "https://docs.docker.com/reference/compose-file/services/#ports"],
  options: {
    schema: listOptionSchema("ports", "integer", "more container ports of internal services (an admin UI, a private API)"),
    description: "`ports`: more container ports that belong to internal services (an admin UI, a metrics endpoint, a private API), reported like the built-in databases' and brokers' ports."
  },
  checkRuntime(container, { report, options }) {
    const extra = new Set(options.ports ?? []);
    for (const port of container.ports) {
      const extraHits = port.allInterfaces ? port.targetPorts.filter((p) => extra.has(p) && !INTERNAL_SERVICE_PORTS.has(p)) : [];
      const internal = [...internalPortsOnAllInterfaces(port), ...extraHits];
      if (internal.length === 0) continue;
      const ports = internal.map((p) => describeNamedPort(port, p, INTERNAL_SERVICE_PORTS.get(p) ?? "configured internal service"));
      const list = ports.length > 1 ? `${ports.slice(0, -1).join(", ")} and ${ports[ports.length - 1]}` : ports[0];
      report(port, `${container.title} publishes ${list} on all host interfaces`);
    }
  }
});

// src/knowledge/image-refs.ts
function imagePinning(ref) {
  const trimmed = ref.trim();
  if (trimmed.toLowerCase() === "scratch") return { kind: "scratch", name: "scratch", tag: void 0, digest: void 0 };
  const { name, tag, digest } = splitImage(trimmed);
  const kind = digest && /^sha(256|512):[0-9a-f]+$/i.test(digest) ? "digest" : tag === void 0 ? "untagged" : tag === "latest" ? "latest" : "tag";
  return { kind, name, tag, digest };
}
function registryOf(name) {
  const first = name.split("/")[0];
  return name.includes("/") && (/[.:]/.test(first) || first === "localhost") ? first.toLowerCase() : "docker.io";
}
function floatsToLatest(pinning) {
  return pinning.kind === "latest" || pinning.kind === "untagged";
}
function pulledImages(image) {
  const stageNames = new Set(image.stages.flatMap((s) => s.name ? [s.name.value] : []));
  const namesStage = (ref) => stageNames.has(ref.toLowerCase()) || /^\d+$/.test(ref);
  const out = [];
  for (const stage of image.stages) {
    const { base } = stage;
    if (!base.stage && base.resolved !== void 0 && base.resolved !== "") {
      out.push({ ref: base.resolved, loc: base.written.loc, via: "FROM", instruction: stage.from });
    }
    for (const ins of stage.instructions.map((i) => i.trigger ?? i)) {
      for (const flag2 of ins.flags) {
        let written;
        let via;
        if (flag2.name === "from" && (ins.keyword === "COPY" || ins.keyword === "ADD")) {
          written = flag2.value;
          via = "COPY --from";
        } else if (flag2.name === "mount" && ins.keyword === "RUN" && flag2.options.from) {
          written = flag2.options.from;
          via = "RUN --mount from";
        } else continue;
        if (!written) continue;
        const expanded = ins.expand(written);
        if (expanded.unresolved.length || !expanded.value || namesStage(expanded.value)) continue;
        const loc = flagValueLoc(image, flag2.loc, written, via === "RUN --mount from" ? "from" : void 0);
        out.push({ ref: expanded.value, loc, via, instruction: ins });
      }
    }
  }
  return out;
}
function flagValueLoc(image, flagLoc, value, option) {
  const start = image.lines.offsetOf(flagLoc.startLine - 1, flagLoc.startColumn - 1);
  const end = image.lines.offsetOf(flagLoc.endLine - 1, flagLoc.endColumn - 1);
  const text = image.text.slice(start, end);
  const eq = text.indexOf("=");
  if (eq < 0) return flagLoc;
  let valueStart = eq + 1;
  if (option) {
    const m = new RegExp(`(^|,)${option}=`, "i").exec(text.slice(valueStart));
    if (!m) return flagLoc;
    valueStart += m.index + m[0].length;
  }
  if (text[valueStart] === '"' || text[valueStart] === "'") valueStart++;
  if (text.slice(valueStart, valueStart + value.length) !== value) return flagLoc;
  return image.lines.location(start + valueStart, start + valueStart + value.length);
}
function isWindowsImage(ref) {
  const { name, tag } = splitImage(ref.toLowerCase());
  if (name.startsWith("mcr.microsoft.com/windows")) return true;
  if (name.split("/").slice(1).some((part) => /^(nanoserver|servercore|windowsservercore)/.test(part))) return true;
  return !!tag && /(^|[-_.])(nanoserver|servercore|windowsservercore)([-_.]|$)/.test(tag);
}
function isWindowsPlatform(platform) {
  return /^windows(\/|$)/i.test(platform.trim());
}
function isWindowsStage(stage) {
  return stageChain(stage).some(
    (s) => s.platform && isWindowsPlatform(s.platform.value) || !s.base.stage && s.base.resolved !== void 0 && isWindowsImage(s.base.resolved)
  );
}

// rules/foreign-kernel-image.ts
function windowsImageMessage(ref) {
  return `${ref} is a Windows image: it needs a Windows kernel, which a Linux host cannot share`;
}
var foreign_kernel_image_default = defineRule({
  id: "foreign-kernel-image",
  title: "Image needs a Windows kernel",
  level: "note",
  securitySeverity: 1,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "vm-isolation",
  rationale: "A container borrows the host's kernel; a Windows image needs the Windows kernel, which a Linux host cannot lend. Such an image runs only on a Windows host (process isolation shares that host's kernel, so versions must match) or inside a Hyper-V VM, so the isolation model, and every Linux-specific rule here, do not apply to it.",
  fix: "Build on a Linux base image for Linux hosts, or lint and run the image on Windows hosts deliberately (with `isolation: hyperv` where the kernel must not be shared).",
  examples: {
    kind: "dockerfile",
    bad: 'FROM mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022\nCOPY app/ /app/\nENTRYPOINT ["dotnet", "/app/App.dll"]',
    good: 'FROM mcr.microsoft.com/dotnet/runtime:8.0-bookworm-slim\nCOPY app/ /app/\nENTRYPOINT ["dotnet", "/app/App.dll"]'
  },
  references: [
    "https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/version-compatibility",
    "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container",
    "https://docs.docker.com/reference/dockerfile/#from",
    "https://docs.docker.com/reference/compose-file/services/#platform"
  ],
  checkImage(image, { report }) {
    const built = image.builtStage;
    if (!built) return;
    const runs = new Set(stageChain(built));
    for (const stage of image.stages) {
      if (stage.instructions.some((i) => i.keyword === "RUN")) stageChain(stage).forEach((s) => runs.add(s));
    }
    for (const stage of image.stages) {
      if (!runs.has(stage)) continue;
      const base = stage.base;
      if (!base.stage && base.resolved !== void 0 && isWindowsImage(base.resolved)) {
        report(base.written, windowsImageMessage(base.resolved));
      } else if (stage.platform && isWindowsPlatform(stage.platform.value)) {
        report(stage.platform, `--platform=${stage.platform.value} builds for Windows, which needs a Windows kernel`);
      }
    }
  },
  checkRuntime(container, { report }) {
    const image = resolvedText(container.image);
    const platform = resolvedText(container.platform);
    if (image && isWindowsImage(image)) {
      report(container.image, `${container.title}: ${windowsImageMessage(image)}`);
    } else if (platform && isWindowsPlatform(platform)) {
      report(container.platform, `${container.title} runs on platform ${platform}, which needs a Windows kernel`);
    }
  }
});

// rules/healthcheck-missing.ts
function healthcheckGap(image) {
  const stage = image.builtStage;
  if (!stage) return void 0;
  const healthcheck = lastInChain(stage, "HEALTHCHECK");
  if (!healthcheck) return { kind: "missing", stage };
  const none = healthcheck.args[0];
  return none && none.value.toUpperCase() === "NONE" ? { kind: "none", stage, none } : void 0;
}
var healthcheck_missing_default = defineRule({
  id: "healthcheck-missing",
  title: "Image has no HEALTHCHECK",
  level: "note",
  securitySeverity: 1,
  profile: "strict",
  sources: ["image", "runtime"],
  category: "host-resources",
  rationale: "Without a health check the engine only knows whether the main process exists, not whether it still serves: a hung or half-compromised service keeps running and keeps its share of the host kernel's memory, PIDs and connections. A health status lets the orchestrator restart or replace it and makes the failure visible.",
  fix: 'Add a HEALTHCHECK to the built stage that probes the service cheaply, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/healthcheck"]`; in Compose, give the service a `healthcheck:` with a `test` instead of switching it off.',
  examples: {
    kind: "dockerfile",
    bad: "FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/",
    good: "FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1/ || exit 1"
  },
  references: ["https://docs.docker.com/reference/dockerfile/#healthcheck", "https://docs.docker.com/reference/compose-file/services/#healthcheck"],
  checkImage(image, { report }) {
    if (image.writtenInService) return;
    const gap = healthcheckGap(image);
    if (gap?.kind === "missing") {
      report(gap.stage.from.keywordLoc, "the built stage has no HEALTHCHECK", { logicalKey: `stage ${gap.stage.index}/no-healthcheck` });
    } else if (gap?.kind === "none") {
      report(gap.none, "HEALTHCHECK NONE switches health checking off for the built image");
    }
  },
  checkRuntime(container, { report }) {
    const name = container.name.value;
    const hc = container.healthcheck;
    if (hc?.disabled) {
      report(hc.loc, `${container.title} switches its health check off`);
      return;
    }
    if (hc?.hasTest) return;
    const gap = container.builtImage && healthcheckGap(container.builtImage);
    if (gap?.kind === "missing") {
      report(container.name, `${container.title} has no ${settingName(container, "healthcheck", "key")} and its Dockerfile sets no HEALTHCHECK`, {
        related: [{ loc: gap.stage.from.keywordLoc, message: "built stage without HEALTHCHECK" }]
      });
    } else if (gap?.kind === "none") {
      report(container.name, `${container.title} has no ${settingName(container, "healthcheck", "key")} and its Dockerfile switches health checking off`, {
        related: [{ loc: gap.none.loc, message: "HEALTHCHECK NONE in force for the built stage" }]
      });
    }
  }
});

// rules/host-cgroupns.ts
var host_cgroupns_default = defineRule({
  id: "host-cgroupns",
  title: "Container shares the host's cgroup namespace",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "In the host cgroup namespace the container sees the host's cgroup tree: the names, resource use and limits of every other container and host service. That leaks what runs on the host and, combined with a writable cgroup mount or extra capabilities, lets a container meddle with the limits the shared kernel enforces.",
  fix: "Remove `cgroup: host` (or set `cgroup: private`).",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4\n    cgroup: host",
    good: "services:\n  api:\n    image: example/api:1.4\n    cgroup: private"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#cgroup",
    "https://man7.org/linux/man-pages/man7/cgroup_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.cgroup)) report(container.cgroup, `${container.title} shares the host's cgroup namespace`);
  }
});

// rules/host-device.ts
var RAW_DEVICES = [
  { re: /^\/dev\/(?:mem|kmem|port)$/, what: "raw physical or kernel memory and I/O ports" },
  { re: /^\/dev\/(?:sd|hd|vd|xvd)[a-z]+\d*$/, what: "a raw host disk" },
  { re: /^\/dev\/nvme\d+(?:n\d+(?:p\d+)?)?$/, what: "a raw host disk" },
  { re: /^\/dev\/mmcblk\d+(?:p\d+)?$/, what: "a raw host disk" },
  { re: /^\/dev\/(?:dm-\d+|md\d+)$/, what: "a raw host volume" },
  { re: /^\/dev\/(?:disk|mapper)\/.+$/, what: "a raw host disk" },
  { re: /^\/dev\/kmsg$/, what: "the kernel log" }
];
function allowsAllDevices(rule) {
  const m = /^([abc])\s+\*:\*\s+([rwm]+)$/.exec(rule.trim());
  return !!m && /[rw]/.test(m[2]);
}
var host_device_default = defineRule({
  id: "host-device",
  title: "Host device exposed to the container",
  level: "error",
  securitySeverity: 8,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "A device node is a direct line to a kernel driver, outside every namespace. A host disk lets the container read or rewrite the host filesystem under it, /dev/mem and /dev/kmem expose memory, and /dev/kmsg the kernel log. Other devices (GPUs, USB, serial ports) are narrower but still reach host hardware and its driver code.",
  fix: "Remove the device. Share data through a volume instead of a disk; give hardware devices only to the service that needs them, and never a device cgroup rule for all devices.",
  examples: {
    kind: "compose",
    bad: "services:\n  backup:\n    image: example/backup:3.0\n    devices:\n      - /dev/sda:/dev/sda",
    good: "services:\n  backup:\n    image: example/backup:3.0\n    volumes:\n      - backup-data:/data:ro\nvolumes:\n  backup-data: {}"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#devices",
    "https://docs.docker.com/reference/compose-file/services/#device_cgroup_rules",
    "https://docs.docker.com/reference/cli/docker/container/run/#device-cgroup-rule",
    "https://docs.kernel.org/admin-guide/devices.html"
  ],
  checkRuntime(container, { report }) {
    const name = container.name.value;
    for (const device2 of container.devices) {
      const host = resolvedText(device2.host);
      if (!host) continue;
      const raw = RAW_DEVICES.find((d) => d.re.test(normalizeHostPath(host)));
      if (raw) report(device2.host, `${container.title} gets host device ${host}: ${raw.what}`);
      else report(device2.host, `${container.title} gets host device ${host}`, { level: "note", securitySeverity: 3 });
    }
    for (const rule of container.deviceCgroupRules) {
      const text = resolvedText(rule);
      if (text && allowsAllDevices(text)) report(rule, `${container.title} may open every ${deviceKind(text)} on the host (${settingWritten(container, "deviceCgroupRules", text)})`);
    }
  }
});
function deviceKind(rule) {
  return { a: "device", b: "block device", c: "character device" }[rule.trim()[0]];
}

// rules/host-ipc.ts
var host_ipc_default = defineRule({
  id: "host-ipc",
  title: "Container shares the host's IPC namespace",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "In the host IPC namespace the container can attach to the shared memory segments, semaphores and message queues of host processes, and the host's /dev/shm. It can read or corrupt data other programs exchange there, and exhaust the IPC limits the whole host shares. Joining the IPC namespace of a container that has `ipc: host` gives the same access.",
  fix: "Remove `ipc: host`. If two containers must share memory, give one `ipc: shareable` and the other `ipc: service:<name>`, never joining a container that has `ipc: host`.",
  examples: {
    kind: "compose",
    bad: "services:\n  worker:\n    image: example/worker:2.1\n    ipc: host",
    good: "services:\n  broker:\n    image: example/broker:2.1\n    ipc: shareable\n  worker:\n    image: example/worker:2.1\n    ipc: service:broker"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#ipc",
    "https://docs.docker.com/reference/cli/docker/container/run/#ipc",
    "https://man7.org/linux/man-pages/man7/ipc_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    const host = hostNamespace(container, "ipc");
    if (!host) return;
    const name = container.name.value;
    if (!host.via) report(host.at, `${container.title} shares the host's IPC namespace`);
    else {
      report(host.at, `${container.title} shares the host's IPC namespace: it joins the IPC namespace of ${joinPath(host.via)}, which shares the host's`, {
        related: joinRelated(host.via, `${ownerTitle(host.via)} shares the host's IPC namespace here`)
      });
    }
  }
});

// rules/host-network.ts
var host_network_default = defineRule({
  id: "host-network",
  title: "Container shares the host's network namespace",
  level: "warning",
  securitySeverity: 6.5,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "On the host network the container binds the host's own interfaces, reaches services that listen only on the host's loopback (databases, admin APIs, cloud metadata), and sees all host traffic. Published-port rules and inter-container network isolation no longer apply; with NET_ADMIN or NET_RAW it can reconfigure or sniff the host network. A container that joins another one's network (`network_mode: service:vpn`) is on the host network too when that one is.",
  fix: "Remove `network_mode: host` and publish only the ports the service needs with `ports:` (bound to 127.0.0.1 where possible). For a service that joins another one's network, fix the one that is on the host network.",
  examples: {
    kind: "compose",
    bad: "services:\n  web:\n    image: example/web:2.3\n    network_mode: host",
    good: 'services:\n  web:\n    image: example/web:2.3\n    ports:\n      - "127.0.0.1:8080:8080"'
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#network_mode",
    "https://docs.docker.com/engine/network/drivers/host/",
    "https://man7.org/linux/man-pages/man7/network_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    const host = hostNamespace(container, "network");
    if (!host) return;
    const name = container.name.value;
    if (!host.via) report(host.at, `${container.title} uses the host's network stack`);
    else {
      report(host.at, `${container.title} uses the host's network stack: it joins the network namespace of ${joinPath(host.via)}, which is on the host network`, {
        related: joinRelated(host.via, `${ownerTitle(host.via)} is on the host network here`)
      });
    }
  }
});

// rules/host-pid.ts
var host_pid_default = defineRule({
  id: "host-pid",
  title: "Container shares the host's PID namespace",
  level: "error",
  securitySeverity: 8,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "With the host PID namespace the container sees every process on the host, can signal the ones running as its user, and reads their command lines and environments from /proc. With SYS_PTRACE or root it can attach to host processes and, through /proc/<pid>/root, reach the host's filesystem. Joining the PID namespace of a container that has `pid: host` gives the same view.",
  fix: "Remove `pid: host`. To debug another container, join that one container's namespace (`pid: service:<name>`) instead of the host's; it must not itself have `pid: host`.",
  examples: {
    kind: "compose",
    bad: "services:\n  debug:\n    image: busybox:1.36\n    pid: host",
    good: "services:\n  api:\n    image: example/api:1.4\n  debug:\n    image: busybox:1.36\n    pid: service:api"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#pid",
    "https://docs.docker.com/reference/cli/docker/container/run/#pid",
    "https://man7.org/linux/man-pages/man7/pid_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    const host = hostNamespace(container, "pid");
    if (!host) return;
    const name = container.name.value;
    if (!host.via) report(host.at, `${container.title} shares the host's PID namespace`);
    else {
      report(host.at, `${container.title} shares the host's PID namespace: it joins the PID namespace of ${joinPath(host.via)}, which shares the host's`, {
        related: joinRelated(host.via, `${ownerTitle(host.via)} shares the host's PID namespace here`)
      });
    }
  }
});

// rules/host-userns.ts
var host_userns_default = defineRule({
  id: "host-userns",
  title: "Container opts out of user-namespace remapping",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "With user-namespace remapping, root in a container is an unprivileged UID on the host, so an escape lands as nobody. `userns_mode: host` turns that off for this container: its root is the host's UID 0 again, on the same kernel.",
  fix: "Remove `userns_mode: host`. If the service needs host UIDs for a mount, fix the ownership of that mount instead.",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4\n    userns_mode: host",
    good: 'services:\n  api:\n    image: example/api:1.4\n    user: "1000:1000"'
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#userns_mode",
    "https://docs.docker.com/reference/cli/docker/container/run/#userns",
    "https://docs.docker.com/engine/security/userns-remap/"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.userns)) report(container.userns, `${container.title} runs in the host's user namespace (no UID remapping)`);
  }
});

// rules/host-uts.ts
var host_uts_default = defineRule({
  id: "host-uts",
  title: "Container shares the host's UTS namespace",
  level: "warning",
  securitySeverity: 4,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "In the host UTS namespace the container reads the host's real hostname and, with SYS_ADMIN, can change it for every process on the host. Logs, certificates and cluster membership keyed on the hostname can then be confused or spoofed from inside a container.",
  fix: "Remove `uts: host`; set the name the service should see with `hostname:`.",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4\n    uts: host",
    good: "services:\n  api:\n    image: example/api:1.4\n    hostname: api"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#uts",
    "https://docs.docker.com/reference/cli/docker/container/run/#uts",
    "https://man7.org/linux/man-pages/man7/uts_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.uts)) report(container.uts, `${container.title} shares the host's UTS namespace (hostname)`);
  }
});

// rules/image-not-digest-pinned.ts
function trusted(ref, options) {
  const registries = stringListOption(options, "trustedRegistries").map((r) => r.toLowerCase().replace(/\/+$/, ""));
  return registries.includes(registryOf(imagePinning(ref).name));
}
var image_not_digest_pinned_default = defineRule({
  id: "image-not-digest-pinned",
  title: "Image not pinned by digest",
  level: "note",
  securitySeverity: 2,
  profile: "strict",
  sources: ["image", "runtime"],
  category: "supply-chain",
  rationale: "A tag is a movable pointer: the registry, the publisher or anyone holding their credentials can point `3.20` at different content tomorrow. Only a content digest fixes which userland is placed on the shared kernel, so a reviewed build stays the build that runs.",
  fix: "Append the digest of the tested image (`docker buildx imagetools inspect <image>` prints it): `FROM alpine:3.20@sha256:<digest>`, and let Renovate or Dependabot update it.",
  examples: {
    kind: "dockerfile",
    bad: "FROM alpine:3.20\nRUN apk add --no-cache ca-certificates",
    good: "# pin the digest you tested (docker buildx imagetools inspect alpine:3.20)\nFROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\nRUN apk add --no-cache ca-certificates"
  },
  references: [
    "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
    "https://docs.docker.com/reference/dockerfile/#from"
  ],
  options: {
    schema: listOptionSchema("trustedRegistries", "string", "registries whose tags are trusted to be immutable, e.g. registry.internal.example.com"),
    description: "`trustedRegistries`: registries (host, or host:port) whose tags this project trusts to be immutable, such as its own; their images need a tag but no digest. `docker.io` is Docker Hub."
  },
  checkImage(image, { report, options }) {
    for (const pulled of pulledImages(image)) {
      const pinning = imagePinning(pulled.ref);
      if (pinning.kind === "scratch" || pinning.kind === "digest" || pinning.kind === "tag" && trusted(pulled.ref, options)) continue;
      report(pulled.loc, `${pulled.via} image ${pulled.ref} is not pinned by a digest`);
    }
  },
  checkRuntime(container, { report, options }) {
    const image = container.image;
    if (!image || container.build || image.unresolved?.length) return;
    const pinning = imagePinning(String(image.value));
    if (pinning.kind === "scratch" || pinning.kind === "digest" || pinning.kind === "tag" && trusted(String(image.value), options)) return;
    report(image, `${container.title} runs image ${String(image.value)}, which is not pinned by a digest`);
  }
});

// src/knowledge/packages.ts
var APT = { install: /* @__PURE__ */ new Set(["install", "reinstall"]), valueOptions: /^-[otcq]$|^--(target-release|option|config-file)$/ };
var RPM_FAMILY = {
  install: /* @__PURE__ */ new Set(["install", "reinstall", "in", "groupinstall", "localinstall"]),
  valueOptions: /^-[cdxR]$|^--(setopt|exclude|disablerepo|enablerepo|repo|releasever|installroot|config)$/
};
var MANAGERS = {
  "apt-get": APT,
  apt: APT,
  aptitude: APT,
  apk: { install: /* @__PURE__ */ new Set(["add"]), valueOptions: /^-[XpU]$|^--(repository|root|virtual|arch|keys-dir|cache-dir)$|^-t$/ },
  dnf: RPM_FAMILY,
  yum: RPM_FAMILY,
  microdnf: RPM_FAMILY,
  tdnf: RPM_FAMILY,
  zypper: { install: /* @__PURE__ */ new Set(["install", "in"]), valueOptions: /^-[rtnp]$|^--(repo|type|from)$/ },
  pacman: { install: /* @__PURE__ */ new Set(["-S", "-Sy", "-Syu", "-Su", "--sync"]), valueOptions: /^--(config|root|dbpath)$/ }
};
function packageInstall(cmd) {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return void 0;
  const manager = basename(name.value);
  const spec = MANAGERS[manager];
  if (!spec) return void 0;
  let i = 0;
  while (i < args.length && args[i].value.startsWith("-") && !spec.install.has(args[i].value)) {
    i += spec.valueOptions.test(args[i].value) ? 2 : 1;
  }
  const sub = args[i];
  if (!sub || !spec.install.has(sub.value)) return void 0;
  const packages = [];
  for (i++; i < args.length; i++) {
    const a = args[i];
    if (a.value.startsWith("-")) {
      if (spec.valueOptions.test(a.value)) i++;
      continue;
    }
    packages.push({ ...a, value: stripVersion(manager, a.value) });
  }
  return { manager, packages };
}
function stripVersion(manager, pkg) {
  if (manager === "apk") return pkg.replace(/[=<>~].*$/, "");
  if (manager.startsWith("apt") || manager === "aptitude") return pkg.replace(/=.*$/, "").replace(/:[a-z0-9]+$/, "");
  return pkg.replace(/[<>=].*$/, "");
}

// rules/init-system.ts
var INIT_PATHS = /* @__PURE__ */ new Set(["/sbin/init", "/usr/sbin/init", "/bin/init", "/usr/bin/init"]);
var INIT_PACKAGES = /* @__PURE__ */ new Set(["systemd", "systemd-sysv"]);
function initSystemCommand(cmd) {
  const { name } = unwrapCommand(cmd);
  if (!name || name.hasExpansion) return void 0;
  return basename(name.value) === "systemd" || INIT_PATHS.has(name.value) ? name : void 0;
}
function reportInits(commands, report) {
  for (const command of commands) {
    const init = initSystemCommand(command);
    if (init) report(init, `the container starts ${init.value} as its init system`);
  }
}
var init_system_default = defineRule({
  id: "init-system",
  title: "Image boots a full init system",
  level: "warning",
  securitySeverity: 3,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "kernel",
  rationale: "systemd as PID 1 expects to own a machine: it wants to mount cgroup and other kernel filesystems, manage devices and run many services, so containers built around it are usually run privileged or with the host's cgroup tree mounted writable, removing the fences of the shared kernel. It also turns one container into many unrelated services behind one set of privileges.",
  fix: "Run one service per container in the foreground as PID 1; use `docker run --init` (or `init: true` in Compose), tini or dumb-init to reap zombies and forward signals, and a small supervisor only when several processes must share a container.",
  examples: {
    kind: "dockerfile",
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y systemd-sysv nginx\nCMD ["/sbin/init"]',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y tini nginx\nENTRYPOINT ["/usr/bin/tini", "--"]\nCMD ["nginx", "-g", "daemon off;"]'
  },
  references: [
    "https://docs.docker.com/engine/containers/multi-service_container/",
    "https://docs.docker.com/reference/cli/docker/container/run/#init",
    "https://docs.docker.com/reference/compose-file/services/#init"
  ],
  checkImage(image, { report }) {
    reportInits(startCommands(image).map((c) => c.command), report);
    for (const { command } of imageCommands(image)) {
      for (const pkg of packageInstall(command)?.packages ?? []) {
        if (INIT_PACKAGES.has(pkg.value)) report(pkg, `installing ${pkg.value} sets systemd up as the image's init system`);
      }
    }
  },
  checkRuntime(container, { report }) {
    reportInits(runtimeCommands(container), report);
  }
});

// rules/kernel-module-load.ts
var MODULE_TOOLS = /* @__PURE__ */ new Set(["modprobe", "insmod", "rmmod", "depmod"]);
function kernelModuleCommand(cmd) {
  const { name } = unwrapCommand(cmd);
  return name && MODULE_TOOLS.has(basename(name.value)) ? name : void 0;
}
function reportModuleTools(commands, report) {
  for (const command of commands) {
    const tool = kernelModuleCommand(command);
    if (tool) report(tool, `${basename(tool.value)} changes the modules of the host's shared kernel`);
  }
}
var kernel_module_load_default = defineRule({
  id: "kernel-module-load",
  title: "Kernel modules loaded from a container",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "kernel",
  rationale: "A container has no kernel of its own: a module loaded from it goes into the host's one kernel, with full kernel privileges, for every container and the host. It only works with CAP_SYS_MODULE (or --privileged), which is a full escape in itself; without it the step fails or does nothing, hiding a wrong assumption.",
  fix: "Load the modules the workload needs on the host (`/etc/modules-load.d/`, or the node's provisioning) and drop modprobe/insmod/rmmod/depmod from the image.",
  examples: {
    kind: "dockerfile",
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache wireguard-tools\nCMD ["sh", "-c", "modprobe wireguard && wg-quick up wg0"]',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache wireguard-tools\n# wireguard is loaded on the host (/etc/modules-load.d/wireguard.conf)\nCMD ["wg-quick", "up", "wg0"]'
  },
  references: [
    "https://man7.org/linux/man-pages/man8/modprobe.8.html",
    "https://man7.org/linux/man-pages/man7/capabilities.7.html",
    "https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities"
  ],
  checkImage(image, { report }) {
    reportModuleTools([...imageCommands(image), ...startCommands(image)].map((c) => c.command), report);
  },
  checkRuntime(container, { report }) {
    reportModuleTools(runtimeCommands(container), report);
  }
});

// rules/kernel-package.ts
function isKernelPackage(manager, pkg) {
  if (pkg === "dkms") return true;
  if (/^linux-(image|headers|modules)-/.test(pkg)) return true;
  if (/^kernel(-(core|modules|modules-extra|devel|headers|default|default-devel|lt|ml|lt-devel|ml-devel))?$/.test(pkg)) return true;
  if (/^kernel-(devel|headers|core|modules)-/.test(pkg)) return true;
  if (manager === "apk") return /^linux-(lts|virt|edge|rpi)(-dev)?$/.test(pkg);
  if (manager === "pacman") return /^linux(-(lts|zen|hardened))?(-headers)?$/.test(pkg);
  return false;
}
var kernel_package_default = defineRule({
  id: "kernel-package",
  title: "Kernel or kernel headers installed in the image",
  level: "warning",
  securitySeverity: 3,
  profile: "recommended",
  sources: ["image"],
  category: "kernel",
  rationale: "A container runs on the host's kernel, never on one installed in its image: a kernel package there is dead weight, and headers or dkms for it only make sense for building modules that would be loaded into the host's shared kernel. It signals an image that expects a kernel of its own, which only a VM gives.",
  fix: "Drop the kernel, kernel-modules, kernel-headers and dkms packages; build and load modules on the host, or use a VM image if the workload needs its own kernel. For compiling userspace code, the userspace API headers (`linux-libc-dev`, Alpine's `linux-headers`) are enough.",
  examples: {
    kind: "dockerfile",
    bad: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y build-essential linux-headers-amd64",
    good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y build-essential linux-libc-dev"
  },
  references: ["https://docs.docker.com/engine/security/", "https://docs.kernel.org/kbuild/modules.html"],
  checkImage(image, { report }) {
    for (const { command } of imageCommands(image)) {
      const install = packageInstall(command);
      if (!install) continue;
      for (const pkg of install.packages) {
        if (isKernelPackage(install.manager, pkg.value)) report(pkg, `${pkg.value} installs a kernel, its modules or its headers, which a container never runs`);
      }
    }
  }
});

// rules/kernel-version-assumption.ts
var KERNEL_VERSION_FILES = /^\/proc\/(version|version_signature|sys\/kernel\/(osrelease|version))$/;
function kernelVersionRead(cmd) {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return void 0;
  if (basename(name.value) === "uname") {
    const release = args.some((a) => /^--(kernel-release|kernel-version|release)$/.test(a.value) || /^-[a-z]*[rv][a-z]*$/.test(a.value));
    return release ? name : void 0;
  }
  return args.find((a) => KERNEL_VERSION_FILES.test(a.value));
}
var kernel_version_assumption_default = defineRule({
  id: "kernel-version-assumption",
  title: "Build reads the build host's kernel version",
  level: "note",
  securitySeverity: 2,
  profile: "recommended",
  sources: ["image"],
  category: "kernel",
  rationale: "Inside a build step, `uname -r` and /proc/version report the kernel of whatever machine runs the build, because a container shares it; the image then bakes in paths, headers or modules for a kernel that is not the one it will run on. It usually marks a step that builds kernel modules, which belong on the host, not in a container.",
  fix: "Pass the target kernel version explicitly (`ARG KERNEL_VERSION`) if the image really builds against one, or move kernel-specific work to the host.",
  examples: {
    kind: "dockerfile",
    bad: "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y linux-headers-$(uname -r)",
    good: "FROM ubuntu:24.04\nARG KERNEL_VERSION=6.8.0-45-generic\nRUN apt-get update && apt-get install -y linux-headers-${KERNEL_VERSION}"
  },
  references: ["https://man7.org/linux/man-pages/man2/uname.2.html", "https://man7.org/linux/man-pages/man5/proc_version.5.html", "https://docs.docker.com/reference/dockerfile/#arg"],
  checkImage(image, { report }) {
    for (const { command } of imageCommands(image)) {
      const read = kernelVersionRead(command);
      if (!read) continue;
      const what = basename(read.value) === "uname" ? "uname" : read.value;
      report(read, `${what} reports the build host's kernel version, not the one the image will run on`);
    }
  }
});

// rules/mount-propagation-shared.ts
var SHARED = /* @__PURE__ */ new Set(["shared", "rshared"]);
var mount_propagation_shared_default = defineRule({
  id: "mount-propagation-shared",
  title: "Bind mount propagation is shared",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Mount namespaces keep what a container mounts to itself. With shared propagation, mounts it makes under the bind mount propagate back into the host's mount namespace and into every other container sharing that path. A container that can mount (SYS_ADMIN, privileged) can then place filesystems where host processes will use them.",
  fix: "Use the default `rprivate` propagation, or `rslave` when the container must see mounts the host makes there but must not send its own back.",
  examples: {
    kind: "compose",
    bad: "services:\n  agent:\n    image: example/agent:1.0\n    volumes:\n      - /mnt/data:/data:rshared",
    good: "services:\n  agent:\n    image: example/agent:1.0\n    volumes:\n      - /mnt/data:/data:rslave"
  },
  references: [
    "https://docs.docker.com/engine/storage/bind-mounts/#configure-bind-propagation",
    "https://docs.kernel.org/filesystems/sharedsubtree.html"
  ],
  checkRuntime(container, { report }) {
    for (const mount of container.mounts) {
      const propagation = resolvedText(mount.propagation)?.toLowerCase();
      if (!propagation || !SHARED.has(propagation)) continue;
      const source = mount.source?.value ?? "a mount";
      report(mount.propagation, `${container.title} mounts ${source} with ${propagation} propagation: its mounts reach the host`);
    }
  }
});

// rules/no-cpu-limit.ts
var no_cpu_limit_default = defineRule({
  id: "no-cpu-limit",
  title: "No CPU limit",
  level: "note",
  securitySeverity: 2,
  profile: "strict",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Containers share the host kernel's scheduler. Without a CPU quota a busy or compromised container can take every core, starving its neighbours and the host's own services.",
  fix: 'Set `cpus` (or `deploy.resources.limits.cpus`), e.g. `cpus: "1.5"`.',
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4",
    good: 'services:\n  api:\n    image: example/api:1.4\n    cpus: "1.5"'
  },
  references: ["https://docs.docker.com/reference/compose-file/services/#cpus"],
  checkRuntime(container, { report }) {
    if (!container.limits.cpus) report(container.name, `${container.title} has no CPU limit (${settingName(container, "cpuLimit")})`);
  }
});

// rules/no-memory-limit.ts
var no_memory_limit_default = defineRule({
  id: "no-memory-limit",
  title: "No memory limit",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "All containers draw on one kernel's memory. Without a cgroup memory limit a leak or a deliberate allocation storm pushes the whole host into reclaim and the kernel's OOM killer, which may pick processes outside the container.",
  fix: "Set `mem_limit` (or `deploy.resources.limits.memory`) to what the service needs.",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4",
    good: "services:\n  api:\n    image: example/api:1.4\n    mem_limit: 512m"
  },
  references: ["https://docs.docker.com/reference/compose-file/services/#mem_limit", "https://docs.docker.com/engine/containers/resource_constraints/"],
  checkRuntime(container, { report }) {
    if (!container.limits.memory) report(container.name, `${container.title} has no memory limit (${settingName(container, "memoryLimit")})`);
  }
});

// rules/no-new-privileges-missing.ts
var ON = /^(|true|t|1)$/;
var OFF = /^(false|f|0)$/;
var no_new_privileges_missing_default = defineRule({
  id: "no-new-privileges-missing",
  title: "no-new-privileges not set",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "privilege",
  rationale: "Without the no_new_privs bit, a process in the container that runs a setuid or setgid binary, or one with file capabilities, gains privileges its parent did not have. An intruder running as an unprivileged user can then climb to root inside the container, one step closer to the shared kernel; with the bit set, execve never grants more.",
  fix: 'Add `security_opt: ["no-new-privileges:true"]` to the service.',
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4",
    good: "services:\n  api:\n    image: example/api:1.4\n    security_opt:\n      - no-new-privileges:true"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#security_opt",
    "https://docs.docker.com/reference/cli/docker/container/run/#security-opt",
    "https://docs.kernel.org/userspace-api/no_new_privs.html"
  ],
  checkRuntime(container, { report }) {
    const name = container.name.value;
    const last2 = securityOptions(container, "no-new-privileges").at(-1);
    if (!last2) {
      report(container.name, `${container.title} does not set no-new-privileges, so setuid binaries can raise privileges`, {
        logicalKey: `service ${name}/no-new-privileges`
      });
      return;
    }
    const value = optionValue(last2);
    if (ON.test(value)) return;
    if (OFF.test(value)) report(last2, `${container.title} turns no-new-privileges off (${last2.written.trim()})`);
  }
});

// rules/no-pids-limit.ts
var no_pids_limit_default = defineRule({
  id: "no-pids-limit",
  title: "No process-count limit",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Process IDs come from the shared kernel's one table. A fork bomb in a container without a pids cgroup limit exhausts it, and then nothing on the host, including its administrators, can start a process.",
  fix: "Set `pids_limit` (or `deploy.resources.limits.pids`) to a positive number, e.g. `pids_limit: 256`; `-1` and `0` mean no limit.",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4\n    pids_limit: -1",
    good: "services:\n  api:\n    image: example/api:1.4\n    pids_limit: 256"
  },
  references: ["https://docs.docker.com/reference/compose-file/services/#pids_limit"],
  checkRuntime(container, { report }) {
    const pids = container.limits.pids;
    const name = container.name.value;
    if (!pids) report(container.name, `${container.title} has no process-count limit (${settingName(container, "pidsLimit")})`);
    else if (unlimited(resolvedText(pids))) report(pids, `${container.title} sets its process-count limit to ${resolvedText(pids)}, which means unlimited`);
  }
});
function unlimited(text) {
  return text !== void 0 && /^[-+]?\d+$/.test(text) && Number(text) <= 0;
}

// rules/oom-kill-disabled.ts
var oom_kill_disabled_default = defineRule({
  id: "oom-kill-disabled",
  title: "OOM killer disabled for the container",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "When the shared kernel runs out of memory it must kill something. Exempting this container means the kernel kills other containers or host processes instead, or the host hangs; without a memory limit the whole machine is at stake.",
  fix: "Remove `oom_kill_disable`, and give the service a memory limit sized for it.",
  examples: {
    kind: "compose",
    bad: "services:\n  db:\n    image: postgres:16\n    oom_kill_disable: true",
    good: "services:\n  db:\n    image: postgres:16\n    mem_limit: 2g"
  },
  references: ["https://docs.docker.com/reference/compose-file/services/#oom_kill_disable", "https://docs.docker.com/engine/containers/resource_constraints/#understand-the-risks-of-running-out-of-memory"],
  checkRuntime(container, { report }) {
    const v = container.oomKillDisable;
    if (isTrue(v)) report(v, `${container.title} disables the OOM killer`);
  }
});

// src/knowledge/word-parts.ts
function partText(part) {
  return part.word.value.slice(part.start ?? 0, part.end ?? part.word.value.length);
}
function wordPartLoc(part, lines) {
  const { word } = part;
  if (!lines || part.start === void 0 && part.end === void 0) return word.loc;
  const start = part.start ?? 0;
  const end = part.end ?? word.value.length;
  if (end <= start) return word.loc;
  const first = word.offsets[start];
  const last2 = word.offsets[end - 1];
  if (first === void 0 || last2 === void 0) return word.loc;
  return lines.location(first, last2 + 1);
}
function syntheticWord(value, loc) {
  return { value, raw: value, hasExpansion: false, loc, offsets: [] };
}

// src/knowledge/written.ts
var NOT_FILES = /* @__PURE__ */ new Set(["/dev/null", "/dev/stdout", "/dev/stderr"]);
function writtenText(cmd) {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return void 0;
  const program = basename(name.value);
  const files = targetFiles(cmd);
  switch (program) {
    case "echo":
    case "printf": {
      if (files.length === 0) return void 0;
      let first = 0;
      while (program === "echo" && first < args.length && isEchoOption(args[first].value)) first++;
      return { parts: args.slice(first).map((word) => ({ word })), files };
    }
    case "tee":
    case "cat": {
      if (!cmd.stdinText) return void 0;
      const named = program === "tee" ? args.filter((a) => !a.value.startsWith("-")) : [];
      const all2 = [...named, ...files];
      return all2.length ? { parts: [{ word: cmd.stdinText }], files: all2 } : void 0;
    }
    case "add-apt-repository":
    case "apt-add-repository":
      return { parts: args.filter((a) => !a.value.startsWith("-")).map((word) => ({ word })), files: [] };
    case "sed":
      return sedWrites(args, files);
  }
  return void 0;
}
function isEchoOption(value) {
  return /^-[neE]+$/.test(value);
}
function targetFiles(cmd) {
  const files = cmd.writes.filter((w) => !NOT_FILES.has(w.value));
  for (const next of cmd.pipedInto) {
    if (programOf(next) !== "tee") continue;
    files.push(...unwrapCommand(next).args.filter((a) => !a.value.startsWith("-") && !NOT_FILES.has(a.value)));
    files.push(...next.writes.filter((w) => !NOT_FILES.has(w.value)));
  }
  return files;
}
function sedWrites(args, redirected) {
  const scripts = [];
  const files = [];
  let inPlace = false;
  let explicitScript = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = a.value;
    if (v === "-e" || v === "--expression") {
      const next = args[++i];
      if (next) scripts.push(next);
      explicitScript = true;
    } else if (v.startsWith("--expression=")) {
      scripts.push({ ...a, value: v.slice("--expression=".length), offsets: a.offsets.slice("--expression=".length) });
      explicitScript = true;
    } else if (v === "-f" || v === "--file") {
      i++;
      explicitScript = true;
    } else if (/^-[a-zA-Z]*i/.test(v) || v.startsWith("--in-place")) {
      inPlace = true;
    } else if (v.startsWith("-") && v.length > 1) {
      continue;
    } else if (!explicitScript && scripts.length === 0) {
      scripts.push(a);
    } else {
      files.push(a);
    }
  }
  if (!inPlace && redirected.length === 0) return void 0;
  const parts = [];
  for (const word of scripts) parts.push(...sedInserted(word));
  return parts.length ? { parts, files: inPlace ? files : redirected } : void 0;
}
var SED_BEFORE_S = /[;{}\s\/\d$!]/;
var SED_DELIMITER = /[^\s\w\\]/;
function sedReplacements(script) {
  const n = script.length;
  const escaped = new Uint8Array(n);
  const unescaped = /* @__PURE__ */ new Map();
  for (let q = 0, run = 0; q < n; q++) {
    escaped[q] = run % 2;
    run = script[q] === "\\" ? run + 1 : 0;
    if (!escaped[q]) {
      const list = unescaped.get(script[q]);
      if (list) list.push(q);
      else unescaped.set(script[q], [q]);
    }
  }
  const nextBreak = new Int32Array(n + 1).fill(n);
  for (let q = n - 1; q >= 0; q--) {
    const broken = script[q] === "\\" && !escaped[q] && (q + 1 >= n || isLineTerminator(script[q + 1]));
    nextBreak[q] = broken ? q : nextBreak[q + 1];
  }
  const fieldEnd = (d, from2) => {
    const list = unescaped.get(d);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (list[mid] < from2) lo = mid + 1;
      else hi = mid;
    }
    const q = list[lo];
    return q !== void 0 && q < nextBreak[from2] ? q : -1;
  };
  const out = [];
  let from = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (script[i] !== "s" || !(i === 0 ? from === 0 : i - 1 >= from && SED_BEFORE_S.test(script[i - 1]))) continue;
    const d = script[i + 1];
    if (!SED_DELIMITER.test(d)) continue;
    const first = fieldEnd(d, i + 2);
    if (first < 0) continue;
    const second = fieldEnd(d, first + 1);
    if (second < 0) continue;
    out.push({ start: first + 1, end: second });
    from = second + 1;
    i = second;
  }
  return out;
}
function sedInserted(word) {
  const script = word.value;
  const parts = [];
  for (const { start, end } of sedReplacements(script)) parts.push({ word, start, end });
  if (parts.length) return parts;
  const text = /^(?:\/(?:\\.|[^\\/])*\/|\d+|\$)?\s*[aic]\\?\s*(\S.*)$/s.exec(script);
  if (text) parts.push({ word, start: script.length - text[1].length, end: script.length });
  return parts;
}

// rules/package-signature-bypass.ts
var TRUE = /^(true|1|yes)$/i;
var FALSE = /^(false|0|no|off)$/i;
function aptOption(args, i) {
  const w = args[i];
  if (w.value === "-o" || w.value === "--option") return args[i + 1] ? { word: args[i + 1], value: args[i + 1].value } : void 0;
  const m = /^(?:-o|--option=)(.+)$/.exec(w.value);
  return m ? { word: w, value: m[1] } : void 0;
}
function setopt(args, i) {
  const w = args[i];
  if (w.value === "--setopt") return args[i + 1] ? { word: args[i + 1], value: args[i + 1].value } : void 0;
  return w.value.startsWith("--setopt=") ? { word: w, value: w.value.slice("--setopt=".length) } : void 0;
}
var APT_UNAUTHENTICATED = /^(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)=(.*)$/i;
function commandBypass(program, args) {
  const flag2 = (names) => args.find((a) => names.includes(a.value));
  switch (program) {
    case "apk": {
      const w = flag2(["--allow-untrusted"]);
      return w && { at: { word: w }, what: "apk --allow-untrusted" };
    }
    case "apt-get":
    case "apt":
    case "aptitude": {
      const w = flag2(["--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories"]);
      if (w) return { at: { word: w }, what: `${program} ${w.value}` };
      for (let i = 0; i < args.length; i++) {
        const o = aptOption(args, i);
        const m = o && APT_UNAUTHENTICATED.exec(o.value);
        if (o && m && TRUE.test(m[2])) return { at: { word: o.word }, what: `${program} -o ${m[1]}=${m[2]}` };
      }
      return void 0;
    }
    case "rpm": {
      const w = flag2(["--nosignature", "--nodigest"]);
      return w && { at: { word: w }, what: `rpm ${w.value}` };
    }
    case "yum":
    case "dnf":
    case "dnf5":
    case "microdnf":
    case "tdnf":
    case "yum-config-manager": {
      const w = flag2(["--nogpgcheck", "--no-gpgchecks"]);
      if (w) return { at: { word: w }, what: `${program} ${w.value}` };
      for (let i = 0; i < args.length; i++) {
        const o = setopt(args, i);
        const m = o && /^(?:[^=]*\.)?(gpgcheck|localpkg_gpgcheck)=(.*)$/i.exec(o.value);
        if (o && m && FALSE.test(m[2])) return { at: { word: o.word }, what: `${program} --setopt=${m[1]}=${m[2]}` };
      }
      return void 0;
    }
    case "zypper": {
      const w = flag2(["--no-gpg-checks", "--no-gpgcheck", "--allow-unsigned-rpm"]);
      if (w) return { at: { word: w }, what: `zypper ${w.value}` };
      const sub = args.find((a) => !a.value.startsWith("-"));
      const g = /^(ar|addrepo|mr|modifyrepo)$/.test(sub?.value ?? "") ? args.find((a) => /^-[a-zA-Z]*G[a-zA-Z]*$/.test(a.value)) : void 0;
      return g && { at: { word: g }, what: "zypper addrepo -G (no GPG check)" };
    }
  }
  return void 0;
}
var LOCAL_URI = /^\s*(?:file|copy|cdrom):/i;
var WRITTEN = [
  { re: /\[[^[\]]*?\b(trusted=yes)\b[^\]]*\]/gi, what: "an APT source marked [trusted=yes]", local: (text, end) => LOCAL_URI.test(text.slice(end)) },
  // deb822 lists URIs before or after Trusted:, so the stanza is local when every URI written is.
  {
    re: /^[^\S\n\r\u2028\u2029]*(Trusted:\s*yes)\b/gim,
    what: "an APT source marked Trusted: yes",
    local: (text) => {
      const uris = [...text.matchAll(/^[^\S\n\r\u2028\u2029]*URIs:\s*(.+)$/gim)].flatMap((m) => m[1].trim().split(/\s+/));
      return uris.length > 0 && uris.every((u) => LOCAL_URI.test(u));
    }
  },
  { re: /(?<![\w-])(gpgcheck\s*=\s*(?:0|false|no|off))\b/gi, what: "gpgcheck=0 in a repository file" },
  { re: /((?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)\s+"?(?:true|1|yes)"?)/gi, what: "an APT configuration that accepts unsigned repositories" },
  { re: /^[^\S\n\r\u2028\u2029]*(SigLevel\s*=\s*Never)\b/gim, what: "pacman SigLevel = Never" }
];
function writtenBypass(part) {
  const text = partText(part).replace(/\\[nt]/g, "\n ");
  for (const { re, what, local } of WRITTEN) {
    for (const m of text.matchAll(re)) {
      if (local?.(text, m.index + m[0].length)) continue;
      const start = (part.start ?? 0) + m.index + m[0].indexOf(m[1]);
      return { at: { word: part.word, start, end: start + m[1].length }, what };
    }
  }
  return void 0;
}
var package_signature_bypass_default = defineRule({
  id: "package-signature-bypass",
  title: "Package signature checks bypassed",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image"],
  category: "supply-chain",
  rationale: "Package signatures are what tie a downloaded package to its distribution; with the check off, a mirror, proxy or spoofed repository can hand over any package. Its install scripts run as root during the build, and the binaries it leaves run in every container on the shared kernel.",
  fix: "Import the repository's signing key (`signed-by=` keyring for APT, `gpgkey=` for dnf/yum, `apk add --keys-dir` or a key in /etc/apk/keys) and keep verification on. Packages the build made itself can be served from a local source (`deb [trusted=yes] file:/tmp/pkgs ./`), which is not flagged.",
  examples: {
    kind: "dockerfile",
    bad: 'FROM debian:12-slim\nRUN echo "deb [trusted=yes] https://apt.example.com stable main" > /etc/apt/sources.list.d/example.list \\\n && apt-get update && apt-get install -y example-agent',
    good: 'FROM debian:12-slim\nCOPY example-archive-key.asc /etc/apt/keyrings/example.asc\nRUN echo "deb [signed-by=/etc/apt/keyrings/example.asc] https://apt.example.com stable main" > /etc/apt/sources.list.d/example.list \\\n && apt-get update && apt-get install -y example-agent'
  },
  references: [
    "https://manpages.debian.org/stable/apt/sources.list.5.en.html",
    "https://manpages.debian.org/stable/apt/apt-secure.8.en.html",
    "https://man7.org/linux/man-pages/man5/dnf.conf.5.html"
  ],
  checkImage(image, { report }) {
    for (const { command } of imageCommands(image, ["RUN"])) {
      const findings = [];
      const { name, args } = unwrapCommand(command);
      const direct = name && commandBypass(basename(name.value), args);
      if (direct) findings.push(direct);
      for (const part of writtenText(command)?.parts ?? []) {
        const hit = writtenBypass(part);
        if (hit) findings.push(hit);
      }
      for (const f of findings) {
        const loc = wordPartLoc(f.at, image.lines);
        report(loc, `${f.what}: packages are installed without checking their signatures`);
      }
    }
  }
});

// src/knowledge/secrets.ts
var SECRET_ANYWHERE = /PASSWORD|PASSWD|SECRET|CREDENTIAL|PRIVATE_?KEY|ACCESS_?KEY|API_?KEY/i;
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_\-.]+/);
}
function looksSecretName(name) {
  if (namesSecretMetadata(name)) return false;
  return SECRET_ANYWHERE.test(name) || words(name).some((w) => w === "token" || w === "tokens");
}
var QUALIFIERS = /* @__PURE__ */ new Set([
  "FILE",
  "FILES",
  "PATH",
  "DIR",
  "URL",
  "URI",
  "ENDPOINT",
  "HOST",
  "PORT",
  "LENGTH",
  "LEN",
  "SIZE",
  "TTL",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "LIFETIME",
  "TIMEOUT",
  "ENABLED",
  "DISABLED",
  "REQUIRED",
  "TYPE",
  "NAME",
  "HEADER",
  "POLICY"
]);
var SECRET_PART = /PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY/g;
function namesSecretMetadata(name) {
  const upper = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().replace(/[-.]/g, "_");
  let lastEnd = -1;
  for (const m of upper.matchAll(SECRET_PART)) lastEnd = m.index + m[0].length;
  if (lastEnd < 0) return false;
  const rest = upper.slice(lastEnd).split("_").filter(Boolean);
  return rest.length > 0 && QUALIFIERS.has(rest[rest.length - 1]);
}
var PLACEHOLDER_WORDS = /dummy|placeholder|example|your_|your-/i;
function isPlaceholderValue(value) {
  const v = value.trim();
  if (v === "") return true;
  const ref = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:(:?[-?])(.*))?\})$/s.exec(v);
  if (ref) return ref[3]?.endsWith("-") ? isPlaceholderValue(ref[4]) : true;
  if (/^(.)\1*$/s.test(v)) return true;
  if (/^<.*>$/s.test(v) || /^\{\{.*\}\}$/s.test(v) || /^__.+__$/s.test(v)) return true;
  return PLACEHOLDER_WORDS.test(v);
}

// src/knowledge/credentials.ts
function looksSecretValue(value) {
  const v = value.trim();
  if (isPlaceholderValue(v)) return false;
  if (/^(true|false|yes|no|on|off|0|1)$/i.test(v)) return false;
  if (/^\/[\w.@%+-]*(\/[\w.@%+-]*)*$/.test(v)) return false;
  return true;
}
function hasShellExpansion(text) {
  return /\$[{(A-Za-z_]|`/.test(text);
}
var SCHEME_CHAR = /[a-z0-9+.-]/i;
var SCHEME_START = /[a-z]/i;
var WORD_CHAR = /\w/;
var USER_PASSWORD = /([^\s/:@'"]+):([^\s/@'"]+)@/y;
function urlCredentials(text) {
  const out = [];
  let from = 0;
  for (let c = text.indexOf("://"); c >= 0; c = text.indexOf("://", Math.max(c + 1, from))) {
    let schemed = false;
    for (let p = c - 1; p >= from && SCHEME_CHAR.test(text[p]); p--) {
      if (SCHEME_START.test(text[p]) && (p === 0 || !WORD_CHAR.test(text[p - 1]))) schemed = true;
    }
    if (!schemed) continue;
    USER_PASSWORD.lastIndex = c + 3;
    const m = USER_PASSWORD.exec(text);
    if (!m) continue;
    from = USER_PASSWORD.lastIndex;
    const password = m[2];
    if (hasShellExpansion(password) || /^%\(|^\{\{/.test(password) || isPlaceholderValue(password)) continue;
    const start = c + 3;
    out.push({ start, end: start + m[1].length + 1 + password.length });
  }
  return out;
}

// rules/plaintext-secret-env.ts
var plaintext_secret_env_default = defineRule({
  id: "plaintext-secret-env",
  title: "Secret written in plain text in environment or build args",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["runtime"],
  category: "secrets",
  rationale: "A literal credential in the Compose file is in version control, in `docker inspect` output and in the environment of every process in the container, where any process that can read /proc/<pid>/environ sees it. Build args are worse: they stay in the image history.",
  fix: "Use Compose `secrets:` (mounted as files; point the app at `*_FILE`), or interpolate from an untracked `.env` with `${VAR}`.",
  examples: {
    kind: "compose",
    bad: "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: s3cr3t-Pa55w0rd",
    good: "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt"
  },
  references: ["https://docs.docker.com/compose/how-tos/use-secrets/", "https://docs.docker.com/reference/compose-file/services/#environment"],
  options: {
    schema: listOptionSchema("allowNames", "string", "variable names that look secret but are not (case-insensitive)"),
    description: "`allowNames`: variable names that look secret but hold no secret in this project (`TOKEN_AUDIENCE`), compared case-insensitively."
  },
  checkRuntime(container, { report, options }) {
    const allowed = new Set(stringListOption(options, "allowNames").map((n) => n.toUpperCase()));
    const check = (entry, where) => {
      const v = entry.value;
      if (!v || v.fromLookup || v.unresolved?.length) return;
      const name = entry.name.value;
      if (allowed.has(name.toUpperCase()) || !looksSecretName(name) || !looksSecretValue(String(v.value))) return;
      report(entry.name, `${container.title} sets ${entry.name.value} to a literal value in ${where}`);
    };
    for (const e of container.environment) if (!e.fromEnvFile) check(e, settingName(container, "environment"));
    for (const a of container.build?.args ?? []) check(a, "build.args");
  }
});

// rules/port-on-all-interfaces.ts
var port_on_all_interfaces_default = defineRule({
  id: "port-on-all-interfaces",
  title: "Port published on all host interfaces",
  level: "note",
  securitySeverity: 2,
  profile: "strict",
  sources: ["runtime"],
  category: "network",
  rationale: "A published port without a host IP listens on every interface of the host, bypassing host firewall rules through Docker's own NAT rules. Services meant for a reverse proxy or local use are then reachable from any network the host is on.",
  fix: 'Bind to the interface that needs it (`"127.0.0.1:8080:8080"`), or put the service behind a proxy on an internal network.',
  examples: {
    kind: "compose",
    bad: 'services:\n  api:\n    image: example/api:1.4\n    ports:\n      - "8080:8080"',
    good: 'services:\n  api:\n    image: example/api:1.4\n    ports:\n      - "127.0.0.1:8080:8080"'
  },
  references: ["https://docs.docker.com/reference/compose-file/services/#ports", "https://docs.docker.com/engine/network/packet-filtering-firewalls/"],
  checkRuntime(container, { report }) {
    for (const port of container.ports) {
      if (!port.allInterfaces || internalPortsOnAllInterfaces(port).length > 0) continue;
      report(port, `${container.title} publishes ${describeMapping(port)} on all host interfaces`);
    }
  }
});

// rules/privileged-container.ts
var privileged_container_default = defineRule({
  id: "privileged-container",
  title: "Container runs privileged",
  level: "error",
  securitySeverity: 9.5,
  profile: "recommended",
  sources: ["runtime"],
  category: "privilege",
  rationale: "A privileged container gets every capability, every host device, no seccomp filter, no AppArmor/SELinux confinement and writable /sys and /proc. Root inside it can mount the host disk or load a kernel module, so on the shared kernel it is root on the host.",
  fix: "Remove `privileged: true`. Grant only what the service needs: a single `cap_add` entry, one device under `devices:`, or a narrower mount.",
  examples: {
    kind: "compose",
    bad: 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    ports: ["127.0.0.1:80:80"]',
    good: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [CHOWN, SETUID, SETGID, NET_BIND_SERVICE]\n    ports: ["127.0.0.1:80:80"]'
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#privileged",
    "https://docs.docker.com/reference/cli/docker/container/run/#privileged"
  ],
  checkRuntime(container, { report }) {
    const v = container.privileged;
    if (isTrue(v)) report(v, `${container.title} runs privileged: it has every capability and device of the host`);
  }
});

// rules/root-user.ts
var root_user_default = defineRule({
  id: "root-user",
  title: "Container runs as root",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "privilege",
  rationale: "Root in a container is root on the host kernel: the same UID 0, held back only by dropped capabilities, seccomp and namespaces. Any kernel bug or misconfigured mount that lets a process out of its fences then hands the host to an attacker with full privileges. Windows images are not judged: Windows has no root (foreign-kernel-image notes them).",
  fix: 'Create an unprivileged user in the image and end the built stage with `USER <name or uid>`; in Compose, set `user: "1000:1000"`.',
  examples: {
    kind: "dockerfile",
    bad: 'FROM node:22-slim\nCOPY --chown=node:node . /app\nCMD ["node", "/app/server.js"]',
    good: 'FROM node:22-slim\nCOPY --chown=node:node . /app\nUSER node\nCMD ["node", "/app/server.js"]'
  },
  references: ["https://docs.docker.com/build/building/best-practices/#user", "https://docs.docker.com/engine/security/#linux-kernel-capabilities"],
  checkImage(image, { report }) {
    const stage = image.builtStage;
    if (!stage || image.writtenInService || isWindowsStage(stage)) return;
    const user = image.effectiveUser(stage);
    if (!user) {
      report(stage.from.keywordLoc, "the built stage sets no USER, so the container runs as root", { logicalKey: `stage ${stage.index}/no-user` });
      return;
    }
    if (user.resolved !== void 0 && isRootUser(user.resolved)) {
      report(user.written, `the built stage runs as root (USER ${user.written.value})`);
    }
  },
  checkRuntime(container, { report, profile: profile2 }) {
    const name = container.name.value;
    if (container.user) {
      if (!container.user.unresolved?.length && isRootUser(String(container.user.value))) {
        report(container.user, `${container.title} runs as root (${settingWritten(container, "user", String(container.user.value))})`);
      }
      return;
    }
    const image = container.builtImage;
    const stage = image?.builtStage;
    const platform = resolvedText(container.platform);
    const ref = resolvedText(container.image);
    if (stage && isWindowsStage(stage) || platform && isWindowsPlatform(platform) || !container.build && ref && isWindowsImage(ref)) return;
    if (image && stage) {
      const user = image.effectiveUser(stage);
      if (!user) {
        report(container.name, `${container.title} has no ${settingName(container, "user", "key")} and its Dockerfile sets no USER, so it runs as root`, {
          related: [{ loc: stage.from.keywordLoc, message: "built stage without USER" }]
        });
      } else if (user.resolved !== void 0 && isRootUser(user.resolved)) {
        report(container.name, `${container.title} has no ${settingName(container, "user", "key")} and its Dockerfile ends with USER ${user.written.value}`, {
          related: [{ loc: user.written.loc, message: "the USER the image ends with" }]
        });
      }
      return;
    }
    if (!container.build && profile2 !== "recommended") {
      report(container.name, `${container.title} sets no ${settingName(container, "user", "key")}, so it runs as whatever user its image defaults to (often root)`, {
        level: "note",
        securitySeverity: 3
      });
    }
  }
});

// rules/seccomp-disabled.ts
var seccomp_disabled_default = defineRule({
  id: "seccomp-disabled",
  title: "Seccomp filtering disabled",
  level: "error",
  securitySeverity: 8,
  profile: "recommended",
  sources: ["runtime"],
  category: "confinement",
  rationale: "Docker's default seccomp profile blocks the few dozen system calls (keyctl, bpf, unshare, mount, kexec_load, ...) behind most kernel exploits and container escapes. Unconfined, every system call reaches the shared kernel, so one kernel bug reachable from any of them is a way out.",
  fix: "Remove `seccomp=unconfined`. If one system call is missing, copy the default profile, allow just that call, and use `seccomp=/path/profile.json`.",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4\n    security_opt:\n      - seccomp=unconfined",
    good: "services:\n  api:\n    image: example/api:1.4\n    security_opt:\n      - seccomp=./seccomp-with-perf.json"
  },
  references: [
    "https://docs.docker.com/engine/security/seccomp/",
    "https://docs.docker.com/reference/compose-file/services/#security_opt"
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, "seccomp")) {
      if (optionValue(opt) === "unconfined") report(opt, `${container.title} runs without a seccomp filter (${opt.written.trim()})`);
    }
  }
});

// rules/secret-file-copied.ts
var SSH_KEYS = /* @__PURE__ */ new Set(["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"]);
var CREDENTIAL_FILES = /* @__PURE__ */ new Set([".npmrc", ".pypirc", ".git-credentials", ".netrc"]);
var SSH_PUBLIC = /^(known_hosts2?|authorized_keys2?|config|.*\.pub)$/;
var ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?|schema)$/i;
var TRUST_STORES = /^\/(usr\/local\/share\/ca-certificates|usr\/share\/ca-certificates|etc\/ssl\/certs|etc\/pki\/ca-trust\/source\/anchors|etc\/pki\/tls\/certs)(\/|$)/;
function secretFileKind(path) {
  const segments = trimTrailingSlashes(path).split("/").filter((s) => s !== "" && s !== ".");
  const base = segments[segments.length - 1] ?? "";
  if (SSH_KEYS.has(base)) return "an SSH private key";
  const ssh = segments.indexOf(".ssh");
  if (ssh >= 0 && (ssh === segments.length - 1 || !SSH_PUBLIC.test(base))) return "SSH keys";
  if (segments.includes(".aws")) return "AWS credentials";
  if (base === ".env" || base.startsWith(".env.") && !ENV_TEMPLATE.test(base)) return "an environment file";
  if (/\.pem$/i.test(base)) return "a PEM key or certificate";
  if (/\.key$/i.test(base)) return "a private key";
  if (CREDENTIAL_FILES.has(base)) return "a credentials file";
  if (segments.slice(-2).join("/") === ".docker/config.json") return "Docker registry credentials";
  return void 0;
}
var secret_file_copied_default = defineRule({
  id: "secret-file-copied",
  title: "Credential file copied into the image",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image"],
  category: "secrets",
  rationale: "A file copied into a layer stays in the image even if a later step deletes it, and anyone who can pull the image can extract it. Keys and tokens copied this way give access to the hosts, registries and clouds that feed the shared kernel its workloads.",
  fix: "Mount the file only for the step that needs it (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc` or `--mount=type=ssh`), and list it in `.dockerignore`.",
  examples: {
    kind: "dockerfile",
    bad: "FROM node:22-slim\nCOPY .npmrc /root/.npmrc\nCOPY package*.json ./\nRUN npm ci",
    good: "FROM node:22-slim\nCOPY package*.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci"
  },
  references: ["https://docs.docker.com/build/building/secrets/", "https://docs.docker.com/build/building/context/#dockerignore-files"],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ["COPY", "ADD"])) {
      const sources = copySources(ins);
      const dest = ins.expand(ins.args[ins.args.length - 1]?.value.replace(/^"|"\s*\]$/g, "") ?? "").value;
      for (const source of sources) {
        const path = ins.expand(source.value);
        if (path.unresolved.length || /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(path.value)) continue;
        const kind = secretFileKind(path.value);
        if (!kind) continue;
        if (kind.startsWith("a PEM") && TRUST_STORES.test(dest)) continue;
        report(source, `${ins.keyword} copies ${kind} (${path.value}) into the image`);
      }
    }
  }
});

// rules/secret-in-env.ts
var secret_in_env_default = defineRule({
  id: "secret-in-env",
  title: "Secret written into ENV or ARG",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image"],
  category: "secrets",
  rationale: "ENV values are stored in the image configuration and ARG values in the build history, so anyone who can pull the image can read them with `docker inspect` or `docker history`. A leaked registry or cloud credential lets an attacker replace the images and infrastructure the shared kernel runs.",
  fix: "Pass build-time secrets with `RUN --mount=type=secret,id=<id>` (or `env=<NAME>`), and runtime secrets through Compose `secrets:` or the orchestrator, never through ENV/ARG defaults.",
  examples: {
    kind: "dockerfile",
    bad: "FROM node:22-slim\nENV NPM_TOKEN=3f9c2a7e41b84d6f0a5e\nRUN npm ci",
    good: "FROM node:22-slim\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci"
  },
  references: [
    "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/",
    "https://docs.docker.com/build/building/secrets/"
  ],
  options: {
    schema: listOptionSchema("allowNames", "string", "ENV/ARG names that look secret but are not (case-insensitive)"),
    description: "`allowNames`: ENV/ARG names that look secret but hold no secret in this project, compared case-insensitively."
  },
  checkImage(image, { report, options }) {
    const allowed = new Set(stringListOption(options, "allowNames").map((n) => n.toUpperCase()));
    for (const ins of [...image.globalArgs, ...buildInstructions(image, ["ENV", "ARG"])]) {
      for (const { name, value } of ins.properties) {
        if (!value || allowed.has(name.value.toUpperCase()) || !looksSecretName(name.value)) continue;
        const expanded = ins.expand(value.value);
        if (expanded.unresolved.length || !looksSecretValue(expanded.value)) continue;
        report(name, `${ins.keyword} ${name.value} is given a literal value, which stays in the image ${ins.keyword === "ENV" ? "configuration" : "history"}`);
      }
    }
  }
});

// src/knowledge/curl.ts
var VALUE_SHORT = new Set("AbcCdDeEFHKmoPQrtTuUwxXyYz".split(""));
var VALUE_LONG = /* @__PURE__ */ new Set([
  "user",
  "proxy-user",
  "output",
  "header",
  "proxy-header",
  "data",
  "data-raw",
  "data-binary",
  "data-urlencode",
  "form",
  "request",
  "config",
  "cookie",
  "cookie-jar",
  "url",
  "proxy",
  "referer",
  "user-agent",
  "cert",
  "key",
  "pass",
  "cacert",
  "capath",
  "write-out",
  "max-time",
  "connect-timeout",
  "retry",
  "retry-delay",
  "retry-max-time",
  "range",
  "upload-file",
  "output-dir",
  "oauth2-bearer",
  "resolve",
  "connect-to",
  "interface",
  "dump-header",
  "time-cond",
  "continue-at",
  "limit-rate",
  "max-filesize",
  "proto",
  "proto-redir"
]);
function curlOptions(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const v = word.value;
    if (v === "--") break;
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      const name = eq > 0 ? v.slice(2, eq) : v.slice(2);
      if (eq > 0) out.push({ name, word, value: { word, start: eq + 1 } });
      else if (VALUE_LONG.has(name) && args[i + 1]) out.push({ name, word, value: { word: args[++i] } });
      else out.push({ name, word });
      continue;
    }
    if (!v.startsWith("-") || v.length < 2) continue;
    for (let j = 1; j < v.length; j++) {
      const name = v[j];
      if (!VALUE_SHORT.has(name)) {
        out.push({ name, word });
        continue;
      }
      if (j + 1 < v.length) out.push({ name, word, value: { word, start: j + 1 } });
      else if (args[i + 1]) out.push({ name, word, value: { word: args[++i] } });
      else out.push({ name, word });
      break;
    }
  }
  return out;
}

// rules/secret-in-run.ts
function literal(part) {
  const text = partText(part);
  if (text === "" || text === "-") return false;
  if (part.word.hasExpansion && hasShellExpansion(text)) return false;
  return !isPlaceholderValue(text) && !(text.includes(":") && isPlaceholderValue(text.slice(text.indexOf(":") + 1)));
}
var REGISTRY_CLIS = /* @__PURE__ */ new Set(["docker", "podman", "buildah", "skopeo", "nerdctl", "helm", "oras", "crane"]);
function registryLogin(args) {
  const login = args.findIndex((a) => a.value === "login");
  if (login < 0) return void 0;
  for (let i = login + 1; i < args.length; i++) {
    const w = args[i];
    let value;
    if (w.value === "-p" || w.value === "--password") value = args[i + 1] && { word: args[i + 1] };
    else if (w.value.startsWith("--password=")) value = { word: w, start: "--password=".length };
    else if (/^-p./.test(w.value)) value = { word: w, start: 2 };
    if (value && literal(value)) return { at: value, what: "a registry password given to login on the command line" };
  }
  return void 0;
}
function awsConfigure(args) {
  if (args[0]?.value !== "configure" || args[1]?.value !== "set") return void 0;
  const positional = [];
  for (let i = 2; i < args.length; i++) {
    if (args[i].value.startsWith("--")) i++;
    else positional.push(args[i]);
  }
  const [key2, value] = positional;
  if (!key2 || !value || !/(^|\.)(aws_secret_access_key|aws_session_token)$/i.test(key2.value)) return void 0;
  return literal({ word: value }) ? { at: { word: value }, what: `a literal ${key2.value}` } : void 0;
}
var NPM_AUTH_KEY = /(^|:)(_authToken|_auth|_password)$|^npmAuthToken$|^npmAuthIdent$/;
function npmAuth(args) {
  const set = args.findIndex((a) => a.value === "set");
  if (set < 0) return void 0;
  const key2 = args[set + 1];
  if (!key2) return void 0;
  const eq = key2.value.indexOf("=");
  const name = eq >= 0 ? key2.value.slice(0, eq) : key2.value;
  if (!NPM_AUTH_KEY.test(name)) return void 0;
  const value = eq >= 0 ? { word: key2, start: eq + 1 } : args[set + 2] && { word: args[set + 2] };
  return value && literal(value) ? { at: value, what: `a literal npm ${name.replace(/^.*:/, "")}` } : void 0;
}
function curlUser(args) {
  for (const o of curlOptions(args)) {
    if (!["u", "user", "U", "proxy-user"].includes(o.name) || !o.value) continue;
    const text = partText(o.value);
    const colon = text.indexOf(":");
    if (colon < 0) continue;
    const password = { word: o.value.word, start: (o.value.start ?? 0) + colon + 1 };
    if (literal(password)) return { at: o.value, what: "a literal user:password given to curl" };
  }
  return void 0;
}
function wgetPassword(args) {
  for (let i = 0; i < args.length; i++) {
    const m = /^--(?:http-|ftp-|proxy-)?password(=)?/.exec(args[i].value);
    if (!m || !m[1] && args[i].value !== m[0]) continue;
    const value = m[1] ? { word: args[i], start: m[0].length } : args[i + 1] && { word: args[i + 1] };
    if (value && literal(value)) return { at: value, what: "a literal password given to wget" };
  }
  return void 0;
}
var LOGIN_CLIENTS = /* @__PURE__ */ new Set(["docker", "podman", "nerdctl", "buildah", "skopeo", "oras", "helm"]);
function passwordOnStdin(cmd) {
  const reads = (c) => {
    const { name, args } = unwrapCommand(c);
    const program = name && basename(name.value);
    if (program === "chpasswd") return "chpasswd";
    if (program === "passwd" && args.some((a) => a.value === "--stdin")) return "passwd";
    if (program && LOGIN_CLIENTS.has(program) && args.some((a) => a.value === "login") && args.some((a) => a.value === "--password-stdin")) return `${program} login`;
    return void 0;
  };
  const fromEcho = () => {
    const program = programOf(cmd);
    if (program !== "echo" && program !== "printf") return void 0;
    const into = cmd.pipedInto.map(reads).find(Boolean);
    return into && { into, words: unwrapCommand(cmd).args.filter((a) => !/^-[neE]+$/.test(a.value)) };
  };
  const source = cmd.stdinText && reads(cmd) ? { into: reads(cmd), words: [cmd.stdinText] } : fromEcho();
  if (!source) return void 0;
  for (const word of source.words) {
    if (word.value.includes("%s")) continue;
    if (source.into !== "chpasswd") {
      if (literal({ word })) return { at: { word }, what: `a literal password fed to ${source.into} --${source.into === "passwd" ? "stdin" : "password-stdin"}` };
      continue;
    }
    for (const line of word.value.split(/\\n|\n/)) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      const start = word.value.indexOf(line) + colon + 1;
      if (literal({ word, start, end: start + line.length - colon - 1 })) return { at: { word }, what: "a literal user:password fed to chpasswd" };
    }
  }
  return void 0;
}
function credentialsInUrl(program, args) {
  if (!["git", "curl", "wget"].includes(program) && !/^pip[0-9.]*$/.test(program)) return void 0;
  for (const word of args) {
    const hit = urlCredentials(word.value)[0];
    if (hit) return { at: { word, start: hit.start, end: hit.end }, what: `credentials written in a URL given to ${program}` };
  }
  return void 0;
}
function writtenCredential(part) {
  const text = partText(part);
  const base = part.start ?? 0;
  const npm = /_authToken\s*=\s*([^\s'"]+)/.exec(text);
  if (npm && !hasShellExpansion(npm[1])) {
    const start = base + npm.index + npm[0].length - npm[1].length;
    return { at: { word: part.word, start, end: start + npm[1].length }, what: "a literal npm _authToken written into a file" };
  }
  const netrc = /\bmachine\s+\S+\s+login\s+\S+\s+password\s+([^\s'"]+)/.exec(text);
  if (netrc && !hasShellExpansion(netrc[1])) {
    const start = base + netrc.index + netrc[0].length - netrc[1].length;
    return { at: { word: part.word, start, end: start + netrc[1].length }, what: "a literal .netrc password written into a file" };
  }
  const url = urlCredentials(text)[0];
  if (url) return { at: { word: part.word, start: base + url.start, end: base + url.end }, what: "credentials in a URL written into a file" };
  return void 0;
}
function secretAssignment(cmd) {
  for (const { name: name2, value } of cmd.assignments) {
    if (!looksSecretName(name2) || !literal({ word: value }) || !looksSecretValue(value.value)) continue;
    const loc = { ...value.loc, startColumn: value.loc.startColumn - name2.length - 1 };
    return { at: { word: syntheticWord(name2, loc) }, what: `${name2} set to a literal value` };
  }
  const { name, wrappers } = unwrapCommand(cmd);
  if (!wrappers.some((w) => basename(w.value) === "env")) return void 0;
  for (const word of cmd.words) {
    if (word === name) break;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word.value);
    if (m && looksSecretName(m[1]) && looksSecretValue(m[2]) && literal({ word, start: m[1].length + 1 })) {
      return { at: { word, start: 0, end: m[1].length }, what: `${m[1]} set to a literal value` };
    }
  }
  return void 0;
}
function findSecrets(cmd) {
  const out = [];
  const add = (f) => f && out.push(f);
  const { name, args } = unwrapCommand(cmd);
  const program = name ? basename(name.value) : "";
  if (REGISTRY_CLIS.has(program)) add(registryLogin(args));
  if (program === "aws") add(awsConfigure(args));
  if (["npm", "yarn", "pnpm"].includes(program)) add(npmAuth(args));
  if (program === "curl") add(curlUser(args));
  if (program === "wget") add(wgetPassword(args));
  add(credentialsInUrl(program, args));
  add(passwordOnStdin(cmd));
  add(secretAssignment(cmd));
  for (const part of writtenText(cmd)?.parts ?? []) add(writtenCredential(part));
  return out;
}
var secret_in_run_default = defineRule({
  id: "secret-in-run",
  title: "Credential written into a RUN step",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image"],
  category: "secrets",
  rationale: "Every RUN command line is kept in the image history, and files it writes stay in a layer even if a later step deletes them. Anyone who can pull the image can read the credential and use it against the registries, clouds and hosts that run the shared-kernel workloads.",
  fix: "Pass the credential as a build secret and read it only inside the step: `RUN --mount=type=secret,id=token,env=TOKEN ...`, or `docker login --password-stdin < /run/secrets/...`.",
  examples: {
    kind: "dockerfile",
    bad: "FROM node:22-slim\nRUN npm config set //registry.npmjs.org/:_authToken 3f9c2a7e41b84d6f0a5e && npm ci",
    good: "FROM node:22-slim\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci"
  },
  references: ["https://docs.docker.com/build/building/secrets/", "https://docs.docker.com/reference/cli/docker/login/"],
  checkImage(image, { report }) {
    for (const { command } of imageCommands(image, ["RUN"])) {
      for (const f of findSecrets(command)) {
        const loc = wordPartLoc(f.at, image.lines);
        report(loc, `${f.what} stays in the image history`);
      }
    }
  }
});

// rules/selinux-disabled.ts
var UNCONFINED_TYPES = /* @__PURE__ */ new Set(["type:spc_t", "type:unconfined_t"]);
var selinux_disabled_default = defineRule({
  id: "selinux-disabled",
  title: "SELinux confinement disabled",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["runtime"],
  category: "confinement",
  rationale: "On SELinux hosts each container runs as container_t with its own category pair, which keeps it out of host files and out of other containers even when it is root. Disabling labels, or running as spc_t, removes that fence: any host path it can reach through a mount or an escape is open to it.",
  fix: "Remove `label=disable` / `label=type:spc_t`. Relabel the mounts the service needs with `:z` / `:Z` instead.",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4\n    security_opt:\n      - label=disable\n    volumes:\n      - ./data:/data",
    good: "services:\n  api:\n    image: example/api:1.4\n    volumes:\n      - ./data:/data:Z"
  },
  references: [
    "https://docs.docker.com/reference/cli/docker/container/run/#security-opt",
    "https://docs.docker.com/reference/compose-file/services/#security_opt"
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, "label")) {
      const value = optionValue(opt).replace(/\s+/g, "");
      if (value === "disable" || UNCONFINED_TYPES.has(value)) {
        report(opt, `${container.title} runs without SELinux confinement (${opt.written.trim()})`);
      }
    }
  }
});

// rules/sensitive-host-mount.ts
var KERNEL_AND_ENGINE_TREES = [
  ["/proc", "the host's /proc (kernel settings and every host process)"],
  ["/sys", "the host's /sys (kernel, cgroup and device settings)"],
  ["/dev", "the host's device nodes"],
  ["/boot", "the host's kernels and boot loader"],
  ["/lib/modules", "the host's kernel modules"],
  ["/usr/lib/modules", "the host's kernel modules"],
  ["/usr/src", "the host's kernel sources and headers"],
  ["/var/lib/docker", "Docker's state (every container's filesystem and volumes)"],
  ["/var/lib/containerd", "containerd's state (every container's filesystem)"],
  ["/var/lib/kubelet", "the kubelet's state (pod volumes and secrets)"],
  ["/root", "root's home directory on the host"]
];
var HARMLESS = /* @__PURE__ */ new Set(["/dev/log"]);
var TIME_FILES = /* @__PURE__ */ new Set(["/etc/localtime", "/etc/timezone"]);
var ETC_SECRETS = ["/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/sudoers.d", "/etc/ssh", "/etc/ssl/private", "/etc/pki/tls/private", "/etc/kubernetes", "/etc/docker"];
var CONTROL_SOCKETS = ["/run/systemd", "/var/run/systemd", "/run/dbus", "/var/run/dbus"];
var CREDENTIAL_FOLDERS = [
  { folder: ".docker", what: "Docker credentials (registry logins in config.json)" },
  { folder: ".aws", what: "AWS credentials" },
  { folder: ".kube", what: "Kubernetes credentials (kubeconfig)" },
  { folder: ".config/gcloud", what: "Google Cloud credentials" }
].map(({ folder, what }) => ({ re: new RegExp(`^${HOME_DIRECTORY}/${folder.replace(/\./g, "\\.")}(?:/|$)`), what }));
var SHARED_MEMORY = ["/dev/shm", "/run/shm", "/var/run/shm", "/dev/mqueue"];
function within(path, root) {
  return path === root || path.startsWith(root + "/");
}
function configuredExposure(path, readOnly, extra) {
  const hit = extra.find((root) => within(path, root));
  return hit ? { what: `${hit} is listed as sensitive in the configuration`, level: readOnly ? "warning" : "error" } : void 0;
}
function hostPathExposure(path, readOnly) {
  const level2 = readOnly ? "warning" : "error";
  if (path === "/") return { what: "the host's root filesystem", level: "error" };
  if (path === "/etc") return { what: "the host's configuration and secrets (/etc)", level: "error" };
  if (within(path, "/etc")) {
    if (TIME_FILES.has(path)) return readOnly ? void 0 : { what: "the host's time zone, which the container can rewrite (add :ro)", level: "warning" };
    if (!readOnly) return { what: "the host's own configuration, which the container can rewrite", level: "error" };
    return ETC_SECRETS.some((s) => within(path, s)) ? { what: "host secrets (password hashes, keys or credentials)", level: "warning" } : void 0;
  }
  const parts = path.split("/");
  if (parts.includes(".ssh")) return { what: "an SSH directory (keys and authorized_keys)", level: level2 };
  if (parts.includes(".gnupg")) return { what: "a GnuPG directory (private keys)", level: level2 };
  const credentials = CREDENTIAL_FOLDERS.find((c) => c.re.test(path));
  if (credentials) return { what: credentials.what, level: level2 };
  if (HARMLESS.has(path)) return void 0;
  if (SHARED_MEMORY.some((s) => within(path, s))) {
    const queues = within(path, "/dev/mqueue");
    const what = queues ? "the host's POSIX message queues" : "the host's shared memory";
    const access = readOnly ? "which the container can read" : "which the container can read and change: IPC with host processes";
    return {
      what: `${what}, ${access}${queues ? "" : " (for more shared memory set shm_size instead)"}`,
      level: level2,
      // As much as `ipc: host` opens (host-ipc), not the whole host.
      securitySeverity: readOnly ? 5 : 7
    };
  }
  const tree = KERNEL_AND_ENGINE_TREES.find(([root]) => within(path, root));
  if (tree) return { what: tree[1], level: level2 };
  if (path === "/home") return { what: "every home directory on the host", level: level2 };
  if (path === "~" || /^\/home\/[^/]+$/.test(path)) return { what: "a home directory on the host (keys, tokens, shell start-up files)", level: level2 };
  if (CONTROL_SOCKETS.some((s) => within(path, s))) return { what: "the host's systemd or D-Bus control sockets", level: level2 };
  return void 0;
}
var sensitive_host_mount_default = defineRule({
  id: "sensitive-host-mount",
  title: "Sensitive host path mounted",
  level: "error",
  securitySeverity: 8,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Namespaces give a container its own view of the filesystem; a bind mount of a host path puts that part of the host back in view. Paths like /, /etc, /proc, /sys, /dev, /var/lib/docker, an .ssh folder or a user's cloud and registry credentials (~/.aws, ~/.kube, ~/.docker) hold the host's secrets, its kernel's controls and other containers' data: writable, they are a direct way to root on the host, and even read-only they leak credentials. The host's /dev/shm is its shared memory: mounted, it lets the container read and change what host processes exchange there.",
  fix: "Mount only the specific files or folders the service needs, read-only (`:ro`), from a project directory or a named volume rather than a system path. Give credentials as Compose `secrets:` (or a scoped token) instead of a home folder, and raise `shm_size` instead of mounting /dev/shm.",
  examples: {
    kind: "compose",
    bad: "services:\n  app:\n    image: example/app:1.4\n    volumes:\n      - /etc:/host/etc",
    good: "services:\n  app:\n    image: example/app:1.4\n    volumes:\n      - ./config/app.yaml:/etc/app/app.yaml:ro"
  },
  references: [
    "https://docs.docker.com/engine/storage/bind-mounts/",
    "https://docs.docker.com/reference/compose-file/services/#volumes"
  ],
  options: {
    schema: listOptionSchema("paths", "string", "more host paths that must not be mounted (absolute, or ~/...)"),
    description: "`paths`: more host paths this project treats as sensitive (absolute, or `~/...`), such as a data folder of the host's own services; a mount of one or of anything under it is reported like the built-in paths."
  },
  checkRuntime(container, { report, options }) {
    const extra = stringListOption(options, "paths").map(normalizeHostPath);
    for (const mount of container.mounts) {
      const path = bindHostPath(mount);
      if (!path || mountedEngineSocket(mount)) continue;
      const exposure = hostPathExposure(path, mount.readOnly) ?? configuredExposure(path, mount.readOnly, extra);
      if (!exposure || !mount.source) continue;
      const mode = mount.readOnly ? "read-only" : "read-write";
      report(mount.source, `${container.title} mounts ${shownSource(mount)} ${mode}: ${exposure.what}`, {
        level: exposure.level,
        securitySeverity: exposure.securitySeverity ?? (exposure.level === "error" ? 8 : 6)
      });
    }
  }
});

// src/knowledge/file-mode.ts
function modeEffect(mode) {
  const state = /^[0-7]+$/.test(mode) ? octal(mode) : symbolic(mode);
  if (!state) return void 0;
  return { setuid: state.setuid === true, setgid: state.setgid === true, worldWritable: state.worldWritable === true, sticky: state.sticky === true };
}
function octal(mode) {
  const n = parseInt(mode, 8);
  if (n > 4095) return void 0;
  return { setuid: (n & 2048) !== 0, setgid: (n & 1024) !== 0, sticky: (n & 512) !== 0, worldWritable: (n & 2) !== 0 };
}
function symbolic(mode) {
  const state = {};
  for (const clause of mode.split(",")) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!m) return void 0;
    const who = m[1];
    const u = who === "" || /[ua]/.test(who);
    const g = who === "" || /[ga]/.test(who);
    const o = who === "" || /[oa]/.test(who);
    for (const [, op, perms] of m[2].matchAll(/([-+=])([rwxXst]*|[ugo])/g)) {
      const copy = /^[ugo]$/.test(perms);
      const apply2 = (bit, affected, letter) => {
        if (!affected) return;
        if (copy) state[bit] = void 0;
        else if (op === "=") state[bit] = perms.includes(letter);
        else if (perms.includes(letter)) state[bit] = op === "+";
      };
      apply2("setuid", u, "s");
      apply2("setgid", g, "s");
      apply2("sticky", o, "t");
      apply2("worldWritable", o && who !== "", "w");
    }
  }
  return state;
}
function commandMode(cmd) {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return void 0;
  const program = basename(name.value);
  const found = program === "chmod" ? chmodMode(args) : program === "install" || program === "mkdir" ? optionMode(args, program) : void 0;
  if (!found || found.word.hasExpansion) return void 0;
  return found;
}
function modeSettings(commands) {
  const created = /* @__PURE__ */ new Set();
  const out = [];
  for (const command of commands) {
    const mode = commandMode(command);
    if (mode) {
      const known = !mode.recursive && mode.paths.length > 0 && mode.paths.every((p) => !p.hasExpansion && created.has(normalizePath(p.value)));
      out.push({ ...mode, onDirectories: mode.makesDirectories || known });
    }
    for (const dir of createdDirectories(command)) created.add(dir);
  }
  return out;
}
function createdDirectories(cmd) {
  const { name, args } = unwrapCommand(cmd);
  const program = name && basename(name.value);
  if (program !== "mkdir" && program !== "install") return [];
  const { operands, directories } = parseOptions(args, program);
  if (program === "install" && !directories) return [];
  return operands.filter((w) => !w.hasExpansion).map((w) => normalizePath(w.value));
}
function normalizePath(path) {
  return path.length > 1 ? trimTrailingSlashes(path) : path;
}
function chmodMode(args) {
  let recursive = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const a = word.value;
    if (a === "--") return args[i + 1] ? { word: args[i + 1], mode: args[i + 1].value, paths: args.slice(i + 2), makesDirectories: false, recursive } : void 0;
    if (a.startsWith("--reference")) return void 0;
    if (a === "--recursive") recursive = true;
    if (a.startsWith("--")) continue;
    if (/^-[Rcfvh]+$/.test(a)) {
      if (a.includes("R")) recursive = true;
      continue;
    }
    const rest = args.slice(i + 1);
    if (rest.some((w) => /^-[cfvh]*R[Rcfvh]*$/.test(w.value) || w.value === "--recursive")) recursive = true;
    return { word, mode: a, paths: rest.filter((w) => !w.value.startsWith("-")), makesDirectories: false, recursive };
  }
  return void 0;
}
function optionMode(args, program) {
  const { mode, operands, directories } = parseOptions(args, program);
  if (!mode) return void 0;
  return { ...mode, paths: operands, makesDirectories: program === "mkdir" || directories, recursive: false };
}
function parseOptions(args, program) {
  const valued = program === "install" ? "mogtS" : "mZ";
  const longValued = /^--(mode|owner|group|suffix|target-directory|context|strip-program)$/;
  let mode;
  let directories = false;
  const operands = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const a = word.value;
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      if (a === "--directory") directories = true;
      if (a.startsWith("--mode=")) mode ??= { word, mode: a.slice("--mode=".length) };
      if (a === "--mode" && args[i + 1]) mode ??= { word: args[i + 1], mode: args[i + 1].value };
      if (longValued.test(a)) i++;
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      operands.push(word);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const letter = a[j];
      if (letter === "d" && program === "install") directories = true;
      if (!valued.includes(letter)) continue;
      const rest = a.slice(j + 1);
      if (letter === "m") {
        if (rest) mode ??= { word, mode: rest };
        else if (args[i + 1]) mode ??= { word: args[i + 1], mode: args[i + 1].value };
      }
      if (!rest) i++;
      break;
    }
  }
  return { mode, operands, directories };
}

// rules/setuid-bit.ts
var setuid_bit_default = defineRule({
  id: "setuid-bit",
  title: "File made setuid or setgid",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image"],
  category: "privilege",
  rationale: "A setuid or setgid program runs with its owner's identity, usually root, whoever starts it. In a container that runs as an unprivileged USER, each such binary is a way back to UID 0 on the shared kernel; one bug in it, or in what it loads, undoes the non-root user. A setgid directory is different and not flagged: it only makes files created in it inherit its group.",
  fix: "Do not add setuid/setgid bits to programs; give the program the one capability it needs with `setcap`, or run that step as root at build time. Use modes such as `755`, and `--chmod=755` on COPY/ADD. For a shared directory, create it with its mode (`install -d -m 2775 /srv/shared`).",
  examples: {
    kind: "dockerfile",
    bad: "FROM debian:12-slim\nCOPY helper /usr/local/bin/helper\nRUN chmod u+s /usr/local/bin/helper",
    good: "FROM debian:12-slim\nCOPY helper /usr/local/bin/helper\nRUN chmod 755 /usr/local/bin/helper"
  },
  references: [
    "https://man7.org/linux/man-pages/man1/chmod.1.html",
    "https://docs.docker.com/reference/dockerfile/#copy---chown---chmod",
    "https://docs.docker.com/engine/security/#linux-kernel-capabilities"
  ],
  checkImage(image, { report }) {
    for (const { shell } of [...buildInstructions(image, ["RUN"]), ...containerStarts(image)]) {
      for (const mode of modeSettings(shell?.commands ?? [])) {
        const effect = modeEffect(mode.mode);
        if (effect && !effect.setuid && mode.onDirectories) continue;
        const bits = special(effect);
        if (bits) report(mode.word, `mode ${mode.mode} sets the ${bits} ${bits.includes(" and ") ? "bits" : "bit"}`);
      }
    }
    for (const ins of buildInstructions(image, ["COPY", "ADD"])) {
      for (const flag2 of ins.flags) {
        if (flag2.name !== "chmod" || flag2.value === void 0) continue;
        const { value, unresolved } = ins.expand(flag2.value);
        const bits = unresolved.length ? void 0 : special(modeEffect(value));
        if (bits) report(flag2, `${ins.keyword} --chmod=${value} sets the ${bits} ${bits.includes(" and ") ? "bits" : "bit"}`);
      }
    }
  }
});
function special(effect) {
  if (!effect) return void 0;
  if (effect.setuid && effect.setgid) return "setuid and setgid";
  if (effect.setuid) return "setuid";
  if (effect.setgid) return "setgid";
  return void 0;
}

// rules/ssh-server.ts
var SERVER_PACKAGES = /* @__PURE__ */ new Set(["openssh-server", "dropbear", "dropbear-bin", "tinysshd"]);
var SERVER_PACKAGES_BY_MANAGER = {
  apk: /* @__PURE__ */ new Set(["openssh"]),
  pacman: /* @__PURE__ */ new Set(["openssh"]),
  "apt-get": /* @__PURE__ */ new Set(["ssh"]),
  apt: /* @__PURE__ */ new Set(["ssh"]),
  aptitude: /* @__PURE__ */ new Set(["ssh"])
};
var DAEMONS = /* @__PURE__ */ new Set(["sshd", "dropbear", "tinysshd"]);
var SERVICES = /* @__PURE__ */ new Set(["ssh", "sshd", "dropbear"]);
function sshServerCommand(cmd) {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return void 0;
  const program = basename(name.value);
  if (DAEMONS.has(program)) return name;
  if ((program === "service" || program === "rc-service") && args[0] && SERVICES.has(args[0].value)) return args[0];
  if (/^\/etc\/init\.d\/(ssh|sshd|dropbear)$/.test(name.value)) return name;
  return void 0;
}
function sshPlaces(stage) {
  const places = [];
  const triggers = stage.instructions.flatMap((i) => i.trigger ? [i.trigger] : []);
  for (const ins of [...stage.instructions, ...triggers].filter((i) => i.keyword === "RUN")) {
    for (const command of ins.shell?.commands ?? []) {
      const install = packageInstall(command);
      for (const pkg of install?.packages ?? []) {
        if (SERVER_PACKAGES.has(pkg.value) || SERVER_PACKAGES_BY_MANAGER[install.manager]?.has(pkg.value)) {
          places.push({ loc: pkg.loc, message: `${pkg.value} installs an SSH server` });
        }
      }
    }
  }
  const starts = [...stageStartInstructions(stage).filter((i) => i.stage === stage), ...triggers.filter((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT")];
  for (const ins of starts) {
    for (const command of ins.shell?.commands ?? []) {
      const daemon = sshServerCommand(command);
      if (daemon) places.push({ loc: daemon.loc, message: `the container starts an SSH server (${daemon.value})` });
    }
  }
  for (const port of portsDeclared([...stage.instructions, ...triggers])) {
    if (exposesTcp(port, 22)) places.push({ loc: port.written.loc, message: `EXPOSE ${port.written.value} declares the SSH port 22` });
  }
  return places.sort((a, b) => a.loc.startLine - b.loc.startLine || a.loc.startColumn - b.loc.startColumn);
}
var ssh_server_default = defineRule({
  id: "ssh-server",
  title: "SSH server in the image",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image"],
  category: "network",
  rationale: "An SSH daemon adds a network login service, host keys and usually a password or key to every container started from the image, and it typically runs as root to switch users: a remote way in that sits directly on the shared kernel. The engine already gives operators a shell through `docker exec`, without any listening port.",
  fix: "Remove the SSH server and the EXPOSE 22; use `docker exec` (or `kubectl exec`) to get a shell, and ship files in with the build or a volume.",
  examples: {
    kind: "dockerfile",
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y openssh-server\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]',
    good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y openssh-client\n# a shell, when needed: docker exec -it <container> sh"
  },
  references: ["https://docs.docker.com/reference/cli/docker/container/exec/", "https://man.openbsd.org/sshd", "https://docs.docker.com/reference/dockerfile/#expose"],
  checkImage(image, { report }) {
    for (const stage of image.stages) {
      const [first, ...others] = sshPlaces(stage);
      if (!first) continue;
      const name = stage.name ? `stage ${stage.name.value}` : `stage ${stage.index}`;
      const more = others.length ? ` (and ${others.length} more ${others.length === 1 ? "place" : "places"} in ${name})` : "";
      report(first.loc, `${first.message}${more}`, { related: others, logicalKey: `${name}/ssh-server` });
    }
  }
});

// rules/sudo-usage.ts
var sudo_usage_default = defineRule({
  id: "sudo-usage",
  title: "sudo or su used or installed in the image",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image"],
  category: "privilege",
  rationale: "Build steps already run as root, so sudo only matters at run time, where it is a ready-made path from the app user back to root on the shared kernel. A setuid sudo binary in the image also undoes the point of running as an unprivileged USER.",
  fix: "Run privileged build steps before switching USER, and drop sudo from the packages; use `gosu`/`su-exec` only in an entrypoint that steps down from root.",
  examples: {
    kind: "dockerfile",
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y sudo \\\n && useradd --uid 10001 app && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\nUSER app\nRUN sudo apt-get install -y curl',
    good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl \\\n && useradd --uid 10001 app\nUSER app"
  },
  references: ["https://docs.docker.com/build/building/best-practices/#user"],
  checkImage(image, { report }) {
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const sudo = runsProgram(command, "sudo");
      if (sudo) report(sudo, "sudo is run in the image");
      const { name, args } = unwrapCommand(command);
      if (name && basename(name.value) === "su" && args.some((a) => a.value === "-c" || a.value === "--command")) {
        report(name, "su -c is run in the image");
      }
      for (const pkg of packageInstall(command)?.packages ?? []) {
        if (pkg.value === "sudo") report(pkg, "sudo is installed into the image");
      }
    }
  }
});

// rules/sysctl-in-build.ts
var PROC_SYS = /^\/proc\/sys\//;
function sysctlWrite(cmd) {
  const target = cmd.writes.find((w) => PROC_SYS.test(w.value));
  if (target) return target;
  const { name, args } = unwrapCommand(cmd);
  if (!name) return void 0;
  const program = basename(name.value);
  if (program === "sysctl") {
    const writes = args.some((a) => {
      const v = a.value;
      if (v.startsWith("--")) return /^--(write|load|system)(=|$)/.test(v);
      if (v.startsWith("-")) return v[1] === "p" || /^-[a-zA-Z]*w[a-zA-Z]*$/.test(v) || /^-[a-zA-Z]+$/.test(v) && v.includes("p");
      return v.includes("=");
    });
    return writes ? name : void 0;
  }
  if (program === "tee") return args.find((a) => !a.value.startsWith("-") && PROC_SYS.test(a.value));
  return void 0;
}
function reportWrites(commands, report) {
  for (const command of commands) {
    const write = sysctlWrite(command);
    if (write) report(write, basename(write.value) === "sysctl" ? "sysctl writes kernel parameters of the shared kernel" : `writing ${write.value} changes a parameter of the shared kernel`);
  }
}
var sysctl_in_build_default = defineRule({
  id: "sysctl-in-build",
  title: "Kernel parameters changed from inside a container",
  level: "warning",
  securitySeverity: 4,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "kernel",
  rationale: "Most kernel parameters are not namespaced: a container that could write them would change the host's one kernel for every process on it. Docker mounts /proc/sys read-only, so the write fails, or it only succeeds in a privileged container, where it reaches the host. Either way the image assumes control of a kernel it does not own.",
  fix: "Set namespaced parameters (`net.*`, some `kernel.*` IPC keys) per container with `docker run --sysctl` or Compose `sysctls:`, and set the rest on the host (`/etc/sysctl.d/`).",
  examples: {
    kind: "dockerfile",
    bad: 'FROM redis:7.4\nCMD ["sh", "-c", "sysctl -w net.core.somaxconn=1024 && exec redis-server"]',
    good: 'FROM redis:7.4\n# net.core.somaxconn is set per service in Compose: sysctls: {net.core.somaxconn: 1024}\nCMD ["redis-server"]'
  },
  references: [
    "https://docs.docker.com/reference/cli/docker/container/run/#sysctl",
    "https://man7.org/linux/man-pages/man8/sysctl.8.html",
    "https://docs.kernel.org/admin-guide/sysctl/index.html"
  ],
  checkImage(image, { report }) {
    reportWrites([...imageCommands(image), ...startCommands(image)].map((c) => c.command), report);
  },
  checkRuntime(container, { report }) {
    reportWrites(runtimeCommands(container), report);
  }
});

// rules/system-paths-unmasked.ts
var system_paths_unmasked_default = defineRule({
  id: "system-paths-unmasked",
  title: "Masked kernel paths exposed",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["runtime"],
  category: "confinement",
  rationale: "Docker masks or mounts read-only the parts of /proc and /sys that talk straight to the shared kernel: /proc/kcore (kernel memory), /proc/sysrq-trigger, /proc/sys, /sys/firmware and others. With `systempaths=unconfined` a process with enough privilege can read kernel memory, reboot or crash the host, or change kernel settings for every container on it.",
  fix: "Remove `systempaths=unconfined`. A tool that needs one kernel interface (for example a nested container runtime) belongs in a VM, not in a container on a shared host.",
  examples: {
    kind: "compose",
    bad: "services:\n  builder:\n    image: example/builder:1.0\n    security_opt:\n      - systempaths=unconfined",
    good: "services:\n  builder:\n    image: example/builder:1.0\n    security_opt:\n      - no-new-privileges:true"
  },
  references: [
    "https://docs.docker.com/reference/cli/docker/container/run/#security-opt",
    "https://docs.docker.com/reference/compose-file/services/#security_opt"
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, "systempaths")) {
      if (optionValue(opt) === "unconfined") report(opt, `${container.title} unmasks the host kernel's /proc and /sys paths (${opt.written.trim()})`);
    }
  }
});

// src/knowledge/tls.ts
var FALSE2 = /^(false|0|no|off)$/i;
function tlsEnvOff(name, value) {
  switch (name.toUpperCase()) {
    case "NODE_TLS_REJECT_UNAUTHORIZED":
      return value === "0";
    case "GIT_SSL_NO_VERIFY":
      return true;
    case "PYTHONHTTPSVERIFY":
      return value === "0";
    case "PIP_TRUSTED_HOST":
    case "GOINSECURE":
      return value !== void 0 && value.trim() !== "";
    case "NPM_CONFIG_STRICT_SSL":
    case "YARN_ENABLE_STRICT_SSL":
      return value !== void 0 && /^(false|0)$/i.test(value.trim());
  }
  return false;
}
function tlsConfigOff(text, fileNames = []) {
  const t = text.replace(/\\[nt]/g, "  ");
  const patterns = [
    [/(?<![\w-])sslverify\s*=\s*(0|false|no|off)\b/i, "sslverify off (dnf/yum or git configuration)"],
    [/Acquire::https::(?:\S+::)?Verify-(?:Peer|Host)\s*"?(false|0|no)\b/i, "apt Acquire::https Verify-Peer false"],
    [/(?<![\w-])strict-ssl\s*=\s*false\b/i, "strict-ssl=false (npm configuration)"],
    [/(?<![\w-])check[_-]?certificate\s*=\s*(off|0|no|false)\b/i, "check_certificate=off (wget configuration)"],
    [/(?<![\w-])trusted-host\s*=\s*\S/i, "trusted-host (pip configuration)"]
  ];
  if (fileNames.some((f) => basename(f) === ".curlrc")) patterns.push([/(?<![\w-])(--insecure|insecure|-k)(?![\w-])/, "insecure in .curlrc"]);
  for (const [re, what] of patterns) {
    const m = re.exec(t);
    if (m) return { start: m.index, end: m.index + m[0].length, what };
  }
  return void 0;
}
function disablesTls(cmd) {
  for (const { name: name2, value } of cmd.assignments) {
    if (tlsEnvOff(name2, value.hasExpansion ? void 0 : value.value)) {
      const loc = { ...value.loc, startColumn: value.loc.startColumn - name2.length - 1 };
      return { at: { word: syntheticWord(name2, loc) }, what: name2 };
    }
  }
  const { name, args, wrappers } = unwrapCommand(cmd);
  if (wrappers.some((w) => basename(w.value) === "env")) {
    for (const word of cmd.words) {
      if (word === name) break;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word.value);
      if (m && tlsEnvOff(m[1], word.hasExpansion ? void 0 : m[2])) return { at: { word, start: 0, end: m[1].length }, what: m[1] };
    }
  }
  const written = writtenText(cmd);
  if (written) {
    const files = written.files.map((f) => f.value);
    for (const part of written.parts) {
      const hit = tlsConfigOff(partText(part), files);
      if (hit) {
        const base = part.start ?? 0;
        return { at: { word: part.word, start: base + hit.start, end: base + hit.end }, what: hit.what };
      }
    }
  }
  if (!name) return void 0;
  const program = basename(name.value);
  const check = PROGRAMS[program] ?? (isPythonPip(program, args) ? pip : void 0);
  return check?.(args, program);
}
var LOOPBACK = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@]*@)?(localhost|127(?:\.\d+){3}|\[::1\])(?::\d+)?(?:\/|$)/i;
var curl = (args) => {
  const off = curlOptions(args).find((o) => ["k", "insecure", "proxy-insecure", "doh-insecure"].includes(o.name));
  if (!off) return void 0;
  const urls = args.filter((a) => /^[a-z][a-z0-9+.-]*:\/\//i.test(a.value));
  if (urls.length > 0 && urls.every((u) => LOOPBACK.test(u.value))) return void 0;
  return { at: { word: off.word }, what: `curl ${off.name.length === 1 ? "-" : "--"}${off.name}` };
};
var wget = (args) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w.value === "--no-check-certificate") return { at: { word: w }, what: "wget --no-check-certificate" };
    const execute = /^(?:-e|--execute)$/.test(w.value) ? args[i + 1] : void 0;
    const command = execute?.value ?? /^(?:-e|--execute=)(.+)$/.exec(w.value)?.[1];
    if (command !== void 0 && /^check[_-]?certificate\s*=\s*(off|0|no|false)$/i.test(command.trim())) {
      return { at: { word: execute ?? w }, what: "wget check_certificate=off" };
    }
  }
  return void 0;
};
var pip = (args) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w.value === "--trusted-host" || w.value.startsWith("--trusted-host=")) return { at: { word: w }, what: "pip --trusted-host" };
    if (/^[a-z]+\.trusted-host(=|$)/i.test(w.value) && args.some((a) => a.value === "config")) return { at: { word: w }, what: "pip config trusted-host" };
  }
  return void 0;
};
var uv = (args) => {
  const w = args.find((a) => a.value === "--allow-insecure-host" || a.value.startsWith("--allow-insecure-host=") || a.value === "--trusted-host" || a.value.startsWith("--trusted-host="));
  return w ? { at: { word: w }, what: `uv ${w.value.split("=")[0]}` } : void 0;
};
var nodePackageManager = (args, program) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = w.value;
    if (/^(--)?strict-ssl=(false|0)$/i.test(v) || v === "--no-strict-ssl") return { at: { word: w }, what: `${program} strict-ssl false` };
    if (/^(--)?strict-ssl$|^enableStrictSsl$/i.test(v) && FALSE2.test(args[i + 1]?.value ?? "")) return { at: { word: w }, what: `${program} strict-ssl false` };
  }
  return void 0;
};
var git = (args) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const inline = /^http(?:\.[^=\s]+)?\.sslverify=(.*)$/i.exec(w.value);
    if (inline && (inline[1] === "" || FALSE2.test(inline[1]))) return { at: { word: w }, what: "git http.sslVerify=false" };
    if (/^http(?:\.\S+)?\.sslverify$/i.test(w.value) && FALSE2.test(args[i + 1]?.value ?? "") && args.some((a) => a.value === "config")) {
      return { at: { word: w }, what: "git config http.sslVerify false" };
    }
  }
  return void 0;
};
var rpmFamily = (args, program) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const setopt2 = w.value === "--setopt" ? args[i + 1] : w.value.startsWith("--setopt=") ? w : void 0;
    if (!setopt2) continue;
    const value = setopt2 === w ? w.value.slice("--setopt=".length) : setopt2.value;
    if (/^(?:[^=]*\.)?sslverify=(0|false|no|off)$/i.test(value)) return { at: { word: setopt2 }, what: `${program} --setopt=sslverify=0` };
  }
  return void 0;
};
var zypper = (args) => {
  const w = args.find((a) => /[?&]ssl_verify=no\b/i.test(a.value));
  return w ? { at: { word: w }, what: "zypper repository with ssl_verify=no" } : void 0;
};
var apt = (args, program) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const option = /^(-o|--option)$/.test(w.value) ? args[i + 1] : /^(-o|--option=)./.test(w.value) ? w : void 0;
    if (!option) continue;
    const value = option === w ? w.value.replace(/^(-o|--option=)/, "") : option.value;
    if (/^Acquire::https::(?:\S+::)?Verify-(?:Peer|Host)=(false|0|no)$/i.test(value)) return { at: { word: option }, what: `${program} -o Acquire::https::Verify-Peer=false` };
  }
  return void 0;
};
var conda = (args, program) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w.value === "--insecure" || w.value === "-k") return { at: { word: w }, what: `${program} --insecure` };
    if (/^ssl_verify$/i.test(w.value) && FALSE2.test(args[i + 1]?.value ?? "")) return { at: { word: w }, what: `${program} config ssl_verify false` };
  }
  return void 0;
};
var PROGRAMS = {
  curl,
  wget,
  uv,
  npm: nodePackageManager,
  yarn: nodePackageManager,
  pnpm: nodePackageManager,
  git,
  dnf: rpmFamily,
  dnf5: rpmFamily,
  yum: rpmFamily,
  microdnf: rpmFamily,
  tdnf: rpmFamily,
  "yum-config-manager": rpmFamily,
  zypper,
  "apt-get": apt,
  apt,
  aptitude: apt,
  conda,
  mamba: conda,
  micromamba: conda
};
function isPythonPip(program, args) {
  if (/^pip[0-9.]*$/.test(program)) return true;
  if (!/^python[0-9.]*$/.test(program)) return false;
  const m = args.findIndex((a) => a.value === "-m");
  return m >= 0 && /^pip[0-9.]*$/.test(args[m + 1]?.value ?? "");
}

// rules/tls-verification-disabled.ts
var tls_verification_disabled_default = defineRule({
  id: "tls-verification-disabled",
  title: "TLS certificate verification turned off",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "supply-chain",
  rationale: "Without certificate checks anyone on the network path (a proxy, a hijacked DNS answer, a rogue Wi-Fi) can answer in the server's place. Packages and scripts fetched that way are replaced on the way in and then run inside containers on the shared kernel, and a setting left in ENV keeps doing this at run time.",
  fix: "Keep verification on and make the certificate trusted instead: add the internal CA to the image (`COPY ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`), or point the tool at it (`--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`, `GIT_SSL_CAINFO`).",
  examples: {
    kind: "dockerfile",
    bad: "FROM debian:12-slim\nRUN curl -kfsSL https://internal.example/tool -o /usr/local/bin/tool",
    good: "FROM debian:12-slim\nCOPY corp-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates \\\n && curl -fsSL https://internal.example/tool -o /usr/local/bin/tool"
  },
  references: [
    "https://curl.se/docs/manpage.html#-k",
    "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
    "https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify",
    "https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host"
  ],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ["ENV", "ARG"])) {
      for (const { name, value } of ins.properties) {
        if (!value) continue;
        const expanded = ins.expand(value.value);
        if (tlsEnvOff(name.value, expanded.unresolved.length ? void 0 : expanded.value)) {
          report(name, `${ins.keyword} ${name.value}=${value.value} turns TLS certificate checks off`);
        }
      }
    }
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const off = disablesTls(command);
      if (!off) continue;
      const loc = wordPartLoc(off.at, image.lines);
      report(loc, `${off.what} turns TLS certificate checks off`);
    }
  },
  checkRuntime(container, { report }) {
    const name = container.name.value;
    for (const entry of container.environment) {
      const v = entry.value;
      if (!v || v.unresolved?.length) continue;
      if (tlsEnvOff(entry.name.value, String(v.value))) {
        report(entry.name, `${container.title} sets ${entry.name.value}=${String(v.value)}, which turns TLS certificate checks off`);
      }
    }
    for (const command of runtimeCommands(container)) {
      const off = disablesTls(command);
      if (off) report(wordPartLoc(off.at, void 0), `${container.title} starts with ${off.what}, which turns TLS certificate checks off`);
    }
  }
});

// rules/unnamespaced-sysctl.ts
var IPC_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.msgmax",
  "kernel.msgmnb",
  "kernel.msgmni",
  "kernel.sem",
  "kernel.shmall",
  "kernel.shmmax",
  "kernel.shmmni",
  "kernel.shm_rmid_forced"
]);
var UTS_SYSCTLS = /* @__PURE__ */ new Set(["kernel.hostname", "kernel.domainname"]);
function sysctlNamespace(key2) {
  const k = key2.trim().toLowerCase().replace(/\//g, ".");
  if (IPC_SYSCTLS.has(k) || k.startsWith("fs.mqueue.")) return "ipc";
  if (k.startsWith("net.")) return "net";
  if (UTS_SYSCTLS.has(k)) return "uts";
  return void 0;
}
var unnamespaced_sysctl_default = defineRule({
  id: "unnamespaced-sysctl",
  title: "Sysctl that is not namespaced",
  level: "error",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["runtime"],
  category: "kernel",
  rationale: "Only IPC and network sysctls (and the UTS names) are kept per namespace; every other key, such as kernel.randomize_va_space or vm.overcommit_memory, is a setting of the one kernel all containers and the host share. A namespaced key is global too when the container shares that namespace with the host (`net.*` with `network_mode: host`, or joining the network of a container that has it). Such a setting weakens or changes the host for everyone; runc refuses it, so it also keeps the service from starting.",
  fix: "Remove the key and, if the host really needs it, set it on the host (e.g. in /etc/sysctl.d/) where it is reviewed as a host change. Keep only `net.*`, `kernel.shm*`/`msg*`/`sem` and `fs.mqueue.*` keys, in a namespace of the container's own.",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4\n    sysctls:\n      vm.overcommit_memory: 1",
    good: "services:\n  api:\n    image: example/api:1.4\n    sysctls:\n      net.core.somaxconn: 1024"
  },
  references: [
    "https://docs.docker.com/reference/compose-file/services/#sysctls",
    "https://docs.docker.com/reference/cli/docker/container/run/#sysctl"
  ],
  checkRuntime(container, { report }) {
    const name = container.name.value;
    const net = hostNamespace(container, "network");
    const ipc = hostNamespace(container, "ipc");
    const shared = { net: !!net, ipc: !!ipc, uts: isHostMode(container.uts) };
    const via = { net: net?.via, ipc: ipc?.via, uts: void 0 };
    for (const sysctl of container.sysctls) {
      const key2 = sysctl.name.value;
      const ns = sysctlNamespace(key2);
      if (!ns) report(sysctl.name, `${container.title} sets ${key2}, which is not namespaced: it would change the host kernel`);
      else if (shared[ns]) {
        const joined = via[ns];
        const through = joined ? ` (it joins the namespace of ${joinPath(joined)})` : "";
        const related = joined ? joinRelated(joined, `${ownerTitle(joined)} shares the host's ${ns.toUpperCase()} namespace here`) : [];
        report(sysctl.name, `${container.title} sets ${key2} in the host's ${ns.toUpperCase()} namespace${through}: it would change the host`, related.length ? { related } : {});
      }
    }
  }
});

// rules/unpinned-image.ts
var unpinned_image_default = defineRule({
  id: "unpinned-image",
  title: "Image pulled without a version tag",
  level: "warning",
  securitySeverity: 3,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "supply-chain",
  rationale: "A container runs whatever userland its image brings onto the shared kernel, and `latest` (or no tag) is whatever the publisher pushed most recently. Every build or pull can silently bring in different binaries, so a compromised or broken upstream push reaches the host without any change in the repository.",
  fix: "Name a version tag (`FROM alpine:3.20`), or better a digest (`FROM alpine:3.20@sha256:...`) kept current by Renovate or Dependabot.",
  examples: {
    kind: "dockerfile",
    bad: "FROM python\nRUN pip install --no-cache-dir flask",
    good: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask"
  },
  references: [
    "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
    "https://docs.docker.com/reference/dockerfile/#from",
    "https://docs.docker.com/reference/dockerfile/#copy---from"
  ],
  checkImage(image, { report }) {
    for (const pulled of pulledImages(image)) {
      const pinning = imagePinning(pulled.ref);
      if (!floatsToLatest(pinning)) continue;
      const how = pinning.kind === "latest" ? "the :latest tag" : "no tag (Docker pulls :latest)";
      report(pulled.loc, `${pulled.via} image ${pulled.ref} has ${how}`);
    }
  },
  checkRuntime(container, { report }) {
    const image = container.image;
    if (!image || container.build || image.unresolved?.length) return;
    const pinning = imagePinning(String(image.value));
    if (!floatsToLatest(pinning)) return;
    const how = pinning.kind === "latest" ? "the :latest tag" : "no tag (Docker pulls :latest)";
    report(image, `${container.title} runs image ${String(image.value)}, which has ${how}`);
  }
});

// rules/vm-runtime-required.ts
var STRONG_RUNTIMES = /* @__PURE__ */ new Set([
  "runsc",
  "io.containerd.runsc.v1",
  "kata",
  "kata-runtime",
  "kata-qemu",
  "kata-fc",
  "kata-clh",
  "io.containerd.kata.v2",
  "aws.firecracker"
]);
var vm_runtime_required_default = defineRule({
  id: "vm-runtime-required",
  title: "Untrusted workload without a VM-backed runtime",
  level: "error",
  securitySeverity: 8,
  profile: "untrusted",
  // A service marked untrusted is checked whatever the profile.
  checksOutsideProfile: true,
  sources: ["runtime"],
  category: "vm-isolation",
  rationale: "Namespaces, cgroups and seccomp all rely on the one host kernel being bug-free: a single kernel exploit from inside an ordinary container owns the host. Code you do not trust should get a kernel of its own (Kata Containers, Firecracker) or a user-space kernel (gVisor) so that such an exploit stays inside.",
  fix: "Set `runtime: runsc` (gVisor) or a Kata/Firecracker runtime configured on the host; a Windows service can use `isolation: hyperv`.",
  examples: {
    kind: "compose",
    bad: "services:\n  sandbox:\n    image: example/code-runner:1.0\n    x-isolint:\n      trust: untrusted",
    good: "services:\n  sandbox:\n    image: example/code-runner:1.0\n    runtime: runsc\n    x-isolint:\n      trust: untrusted"
  },
  references: ["https://gvisor.dev/docs/user_guide/quick_start/docker/", "https://github.com/kata-containers/kata-containers/tree/main/docs", "https://docs.docker.com/reference/compose-file/services/#runtime"],
  checkRuntime(container, { report, profile: profile2 }) {
    const marked = container.trust && !container.trust.unresolved?.length && String(container.trust.value).toLowerCase() === "untrusted";
    if (profile2 !== "untrusted" && !marked) return;
    if (container.isolation && String(container.isolation.value).toLowerCase() === "hyperv") return;
    const runtime = container.runtime;
    if (runtime?.unresolved?.length) return;
    const name = container.name.value;
    if (!runtime) report(container.name, `${container.title} runs untrusted code on the shared host kernel: set a VM-backed runtime such as runsc or kata`);
    else if (!STRONG_RUNTIMES.has(String(runtime.value))) report(runtime, `${container.title} runs untrusted code with runtime ${String(runtime.value)}, which shares the host kernel`);
  }
});

// rules/world-writable.ts
var world_writable_default = defineRule({
  id: "world-writable",
  title: "File made world-writable",
  level: "warning",
  securitySeverity: 4,
  profile: "recommended",
  sources: ["image"],
  category: "privilege",
  rationale: "A world-writable file or directory can be changed by every user in the container, including whatever an attacker first lands as. Scripts, binaries or configs that a root process later reads or runs then become a step from an unprivileged process to root, and root in the container is root on the shared kernel, fenced only by capabilities and seccomp.",
  fix: "Give the files to the user that needs them (`chown app:app` or `COPY --chown=app:app`) and use `755`/`644` (or `775` with a shared group) instead of `777`/`666`. A scratch directory every user must write to gets the sticky bit, as /tmp has (`install -d -m 1777 /scratch`): it is not flagged.",
  examples: {
    kind: "dockerfile",
    bad: "FROM php:8.3-fpm\nCOPY . /var/www/html\nRUN chmod -R 777 /var/www/html/storage",
    good: "FROM php:8.3-fpm\nCOPY . /var/www/html\nRUN chown -R www-data:www-data /var/www/html/storage \\\n && chmod -R 775 /var/www/html/storage"
  },
  references: [
    "https://man7.org/linux/man-pages/man1/chmod.1.html",
    "https://docs.docker.com/reference/dockerfile/#copy---chown---chmod"
  ],
  checkImage(image, { report }) {
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const mode = commandMode(command);
      if (mode && worldWritable(modeEffect(mode.mode))) report(mode.word, `mode ${mode.mode} lets every user write`);
    }
    for (const ins of buildInstructions(image, ["COPY", "ADD"])) {
      for (const flag2 of ins.flags) {
        if (flag2.name !== "chmod" || flag2.value === void 0) continue;
        const { value, unresolved } = ins.expand(flag2.value);
        if (!unresolved.length && worldWritable(modeEffect(value))) report(flag2, `${ins.keyword} --chmod=${value} lets every user write`);
      }
    }
  }
});
function worldWritable(effect) {
  return !!effect && effect.worldWritable && !effect.sticky;
}

// rules/writable-root-filesystem.ts
var writable_root_filesystem_default = defineRule({
  id: "writable-root-filesystem",
  title: "Root filesystem is writable",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "A writable root filesystem lets an intruder replace binaries and libraries inside the container, persist tooling and stage kernel exploits from files it drops. A read-only root with explicit tmpfs or volume mounts for the few paths that need writing leaves far less to work with on the shared kernel.",
  fix: "Set `read_only: true` and mount writable paths explicitly (`tmpfs: [/tmp]`, volumes for data).",
  examples: {
    kind: "compose",
    bad: "services:\n  api:\n    image: example/api:1.4",
    good: "services:\n  api:\n    image: example/api:1.4\n    read_only: true\n    tmpfs: [/tmp]"
  },
  references: ["https://docs.docker.com/reference/compose-file/services/#read_only"],
  checkRuntime(container, { report }) {
    const ro = container.readOnly;
    if (ro?.unresolved?.length) return;
    if (ro && !isTrue(ro)) report(ro, `${container.title} sets ${settingName(container, "readOnly")} to ${String(ro.value)}: its root filesystem is writable`);
    else if (!ro) report(container.name, `${container.title} does not set ${settingWritten(container, "readOnly", "true")}, so its root filesystem is writable`);
  }
});

// rules/index.ts
var allRules = [
  add_remote_url_default,
  apparmor_disabled_default,
  build_privileged_default,
  capabilities_not_dropped_default,
  curl_pipe_shell_default,
  dangerous_capability_default,
  docker_api_port_default,
  docker_socket_mount_default,
  exposed_internal_port_default,
  foreign_kernel_image_default,
  healthcheck_missing_default,
  host_cgroupns_default,
  host_device_default,
  host_ipc_default,
  host_network_default,
  host_pid_default,
  host_userns_default,
  host_uts_default,
  image_not_digest_pinned_default,
  init_system_default,
  kernel_module_load_default,
  kernel_package_default,
  kernel_version_assumption_default,
  mount_propagation_shared_default,
  no_cpu_limit_default,
  no_memory_limit_default,
  no_new_privileges_missing_default,
  no_pids_limit_default,
  oom_kill_disabled_default,
  package_signature_bypass_default,
  plaintext_secret_env_default,
  port_on_all_interfaces_default,
  privileged_container_default,
  root_user_default,
  seccomp_disabled_default,
  secret_file_copied_default,
  secret_in_env_default,
  secret_in_run_default,
  selinux_disabled_default,
  sensitive_host_mount_default,
  setuid_bit_default,
  ssh_server_default,
  sudo_usage_default,
  sysctl_in_build_default,
  system_paths_unmasked_default,
  tls_verification_disabled_default,
  unnamespaced_sysctl_default,
  unpinned_image_default,
  vm_runtime_required_default,
  world_writable_default,
  writable_root_filesystem_default
];

// src/config/suggest.ts
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
function closest(name, candidates) {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) > limit) continue;
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || d === bestDistance && best !== void 0 && c < best) {
      best = c;
      bestDistance = d;
    }
  }
  if (bestDistance <= limit) return best;
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(name.toLowerCase()));
  return name.length >= 3 && prefixed.length === 1 ? prefixed[0] : void 0;
}

// src/baseline.ts
import { readFileSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
var BASELINE_SCHEMA_VERSION = 1;
var BaselineError = class extends Error {
};
function baselineRoot(abs) {
  return gitRoot(dirname(abs)) ?? dirname(abs);
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
    for (const key2 of ["ruleId", "file", "fingerprint"]) {
      if (typeof e[key2] !== "string" || !e[key2]) throw bad(`findings[${i}].${key2} must be a non-empty string`);
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

// src/sources/dockerfile.ts
var NOT_A_DOCKERFILE = /(\.dockerignore|\.(md|markdown|rst|adoc|txt|html?|swp|swo|bak|orig|rej|tmp)|~)$/;
var DOCKERFILE_NAME = /^(dockerfile|containerfile)(\..+)?$|\.(dockerfile|containerfile)$/;
var dockerfileSource = {
  kind: "dockerfile",
  reads: "`Dockerfile`, `Containerfile`, `Dockerfile.*`, `*.dockerfile`, `*.containerfile` (and any file named on the command line that no other source claims); also the `docker run` commands of their `RUN` steps",
  usesShellParser: true,
  comments: { backslashContinues: true },
  claims(path, named) {
    if (named) return true;
    const name = baseName(path).toLowerCase();
    return !NOT_A_DOCKERFILE.test(name) && DOCKERFILE_NAME.test(name);
  },
  *load(files, options) {
    for (const file of files) yield readDockerfile(file, options);
  }
};
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function readDockerfile(file, options) {
  const out = emptyOutput();
  try {
    const text = file.text;
    const lines = new LineIndex(file.display, text);
    out.texts.set(file.display, lines);
    const image = (options.images?.parse ?? parseImage)({ file: file.display, text, ...options.target ? { target: options.target } : {} });
    if (image.missingTarget) throw new Error(`target stage "${image.missingTarget}" not found`);
    out.images.push(image);
    const runs = image.instructions.filter((i) => i.keyword === "RUN" && i.shell).map((i) => i.shell);
    const started = containersOfScripts(runs, file.display, lines);
    out.containers.push(...started.containers);
    out.notes.push(...started.notes);
    out.files.push({ file: file.display, kind: "dockerfile", status: "linted" });
  } catch (e) {
    out.errors.push({ file: file.display, message: e.message });
    out.files.push({ file: file.display, kind: "dockerfile", status: "error" });
  }
  return out;
}

// src/sources/compose.ts
var loader;
var SHELL_BEARING_KEY = /\b(command|entrypoint|healthcheck|build|dockerfile_inline|extends|include)\b/;
var COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/;
var composeSource = {
  kind: "compose",
  reads: "`compose.yaml`, `docker-compose.yml`, `compose.*.yaml`, `docker-compose-*.yml` (and any `.yml`/`.yaml` named on the command line that no other source claims)",
  // Shell text is in `command:`, `entrypoint:` and `healthcheck:`, in the Dockerfile behind
  // `build:`, and in any file `extends:`, `include:` or `-c` brings in. A project with none of
  // these words (images, ports, settings) starts without loading the parser.
  usesShellParser: (files, options) => !!options.compose?.files?.length || files.some((f) => SHELL_BEARING_KEY.test(f.text)),
  comments: {},
  readsFilesOfItsOwn: (options) => !!options.compose?.files?.length,
  claims(path, named) {
    if (named) return /\.ya?ml$/i.test(path);
    return COMPOSE_NAME.test(baseName(path).toLowerCase());
  },
  async prepare() {
    loader ??= (await import("./chunk-NZWSBSUL.mjs")).compose;
  },
  *load(files, options) {
    const compose = { ...options.compose, cwd: options.cwd, ...options.maxFileSize !== void 0 ? { maxFileSize: options.maxFileSize } : {} };
    for (const part of prepared(loader, "compose").composeProjects(files, compose, options.images)) {
      yield { images: part.images, containers: part.containers, errors: part.errors, notes: part.notes, files: part.files, texts: part.sources };
    }
  }
};

// src/sources/devcontainer.ts
var reader;
var DEVCONTAINER_PATH = /(^|\/)(\.devcontainer\/([^/]+\/)?devcontainer\.json|\.devcontainer\.json)$/;
var devcontainerSource = {
  kind: "devcontainer",
  reads: "`.devcontainer/devcontainer.json`, `.devcontainer.json`, `.devcontainer/<name>/devcontainer.json`: the dev container's `runArgs`, `privileged`, `capAdd`, `securityOpt`, `mounts`, `containerUser`, `containerEnv`, `image` and `build.dockerfile` (a `dockerComposeFile` dev container is judged in its Compose file)",
  // Only `runArgs` and the Dockerfile behind `build` (its RUN commands) need the shell parser;
  // a key spelled with an escape could be either, so it counts too.
  usesShellParser: (files) => files.some((f) => /"(?:build|dockerFile|dockerfile|runArgs)"|\\u/.test(f.text)),
  comments: { slashComments: true },
  claims(path, named) {
    if (DEVCONTAINER_PATH.test(path)) return true;
    return named && baseName(path) === "devcontainer.json";
  },
  async prepare() {
    reader ??= (await import("./chunk-NZWSBSUL.mjs")).devcontainer;
  },
  load: (files, options) => prepared(reader, "devcontainer").load(files, options)
};

// src/sources/gitlab-ci.ts
var reader2;
var gitlabCiSource = {
  kind: "gitlab-ci",
  reads: "GitLab CI files, `.gitlab-ci.yml` and `*.gitlab-ci.yml`: the `docker run` commands of `script:`, `before_script:` and `after_script:` lines; a `docker:dind` service is noted (it needs a privileged runner)",
  usesShellParser: true,
  comments: {},
  claims(path) {
    const name = baseName(path);
    return name === ".gitlab-ci.yml" || name.endsWith(".gitlab-ci.yml");
  },
  async prepare() {
    reader2 ??= (await import("./chunk-NZWSBSUL.mjs")).gitlabCi;
  },
  load: (files) => prepared(reader2, "gitlab-ci").load(files)
};

// src/sources/docker-cli/shell-text.ts
function wholeFile(text) {
  const offsets = new Array(text.length);
  for (let i = 0; i < text.length; i++) offsets[i] = i;
  return [{ text, offsets }];
}
var PieceBuilder = class {
  chars = [];
  offsets = [];
  push(ch, offset) {
    this.chars.push(ch);
    this.offsets.push(offset);
  }
  /** `text[from, to)` of the file, as is. */
  copy(file, from, to) {
    for (let i = from; i < to; i++) this.push(file[i], i);
  }
  get length() {
    return this.chars.length;
  }
  build() {
    return { text: this.chars.join(""), offsets: this.offsets };
  }
};
var CONTAINER_CLI = /docker|podman|nerdctl/;
function mayRunContainers(files) {
  return files.some((f) => CONTAINER_CLI.test(f.text));
}
function* loadShellFiles(files, kind, piecesOf) {
  for (const file of files) {
    const out = emptyOutput();
    const lines = new LineIndex(file.display, file.text);
    out.texts.set(file.display, lines);
    try {
      const scripts = CONTAINER_CLI.test(file.text) ? piecesOf(file).map((p) => parseShell({ text: p.text, offsets: p.offsets, lines })) : [];
      const found = containersOfScripts(scripts, file.display, lines);
      out.containers.push(...found.containers);
      out.notes.push(...found.notes);
      out.files.push({ file: file.display, kind, status: "linted" });
    } catch (e) {
      out.errors.push({ file: file.display, message: e.message });
      out.files.push({ file: file.display, kind, status: "error" });
    }
    yield out;
  }
}
function physicalLines(text) {
  const out = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" || ch === "\r") {
      out.push({ start, end: i });
      if (ch === "\r" && text[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

// src/sources/makefile.ts
var MAKEFILE_NAME = /^(gnu)?makefile$|\.mk$/i;
var makefileSource = {
  kind: "makefile",
  reads: "`Makefile`, `makefile`, `GNUmakefile`, `*.mk`: the `docker`/`podman`/`nerdctl` `run` and `create` commands of their recipe lines",
  usesShellParser: mayRunContainers,
  comments: { backslashContinues: true },
  claims(path) {
    const name = baseName(path);
    return MAKEFILE_NAME.test(name);
  },
  load(files) {
    return loadShellFiles(files, "makefile", (f) => recipeScripts(f.text));
  }
};
var CONDITIONAL = /^\s*(ifeq|ifneq|ifdef|ifndef|else|endif)\b/;
var ASSIGNMENT = /^\s*(?:(?:export|override|private)\s+)*[^\s:#=]+\s*(?:::=|:::=|:=|\?=|\+=|!=|=)/;
function recipeScripts(text) {
  const lines = physicalLines(text);
  const out = new PieceBuilder();
  let inRule = false;
  let inDefine = 0;
  const continues = (l) => {
    let n = 0;
    for (let i = l.end - 1; i >= l.start && text[i] === "\\"; i--) n++;
    return n % 2 === 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const body = text.slice(line.start, line.end);
    if (inDefine) {
      if (/^\s*define\b/.test(body)) inDefine++;
      else if (/^\s*endef\b/.test(body)) inDefine--;
      continue;
    }
    if (body.startsWith("	")) {
      if (!inRule) continue;
      let from = line.start + 1;
      while (from < line.end && /[@+\-\s]/.test(text[from])) from++;
      copyMake(out, text, from, line.end);
      while (continues(lines[i]) && i + 1 < lines.length) {
        out.push("\n", lines[i].end);
        i++;
        const next = lines[i];
        copyMake(out, text, next.start + (text[next.start] === "	" ? 1 : 0), next.end);
      }
      out.push("\n", lines[i].end);
      continue;
    }
    if (/^\s*$/.test(body) || /^\s*#/.test(body) || CONDITIONAL.test(body)) {
      while (/^\s*#/.test(body) && continues(lines[i]) && i + 1 < lines.length) i++;
      continue;
    }
    if (/^\s*define\b/.test(body)) {
      inDefine = 1;
      inRule = false;
      continue;
    }
    let end = i;
    while (continues(lines[end]) && end + 1 < lines.length) end++;
    const logical = text.slice(line.start, lines[end].end);
    i = end;
    if (ASSIGNMENT.test(logical) || /^\s*-?(include|sinclude|export|unexport|vpath|override)\b/.test(logical)) {
      inRule = false;
      continue;
    }
    const colon = ruleColon(logical);
    inRule = colon >= 0;
    if (!inRule) continue;
    const semi = logical.indexOf(";", colon);
    if (semi >= 0 && !ASSIGNMENT.test(logical.slice(colon + 1))) {
      let from = line.start + semi + 1;
      while (from < lines[end].end && /[@+\-\s]/.test(text[from])) from++;
      copyMake(out, text, from, lines[end].end);
      out.push("\n", lines[end].end);
    }
  }
  return out.length ? [out.build()] : [];
}
function ruleColon(line) {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "$" && (line[i + 1] === "(" || line[i + 1] === "{")) {
      depth++;
      i++;
    } else if (depth && (ch === ")" || ch === "}")) depth--;
    else if (!depth && ch === "#") return -1;
    else if (!depth && ch === ":") return i;
  }
  return -1;
}
var AUTOMATIC = { "<": "MAKE_INPUT", "^": "MAKE_INPUTS", "+": "MAKE_INPUTS", "%": "MAKE_MEMBER", "|": "MAKE_ORDER_ONLY" };
function copyMake(out, file, from, to) {
  for (let i = from; i < to; i++) {
    const ch = file[i];
    const next = file[i + 1];
    if (ch === "$" && i + 1 < to && next === "$") {
      out.push("$", i);
      i++;
    } else if (ch === "$" && i + 1 < to && next !== void 0 && AUTOMATIC[next]) {
      const name = AUTOMATIC[next];
      out.push("$", i);
      out.push("{", i);
      for (const c of name) out.push(c, i);
      out.push("}", i + 1);
      i++;
    } else out.push(ch, i);
  }
}

// src/sources/markdown.ts
var MARKDOWN_NAME = /\.(md|markdown)$/i;
var SHELL_INFO = /* @__PURE__ */ new Set(["sh", "bash", "shell", "zsh"]);
var SESSION_INFO = /* @__PURE__ */ new Set(["console", "shell-session", "shellsession", "sh-session"]);
var markdownSource = {
  kind: "markdown",
  reads: "`*.md`, `*.markdown` with `--include-docs` (or when named on the command line): the `docker`/`podman`/`nerdctl` `run` and `create` commands of code blocks fenced `sh`, `bash`, `shell` or `console` (in `console` blocks, lines with a `$ ` or `# ` prompt)",
  usesShellParser: mayRunContainers,
  comments: { backslashContinues: true },
  claims(path, named, options) {
    return (named || !!options.includeDocs) && MARKDOWN_NAME.test(baseName(path));
  },
  load(files) {
    return loadShellFiles(files, "markdown", (f) => codeBlocks(f.text));
  }
};
var FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`\s{]*)/;
function codeBlocks(text) {
  const lines = physicalLines(text);
  const pieces = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(text.slice(lines[i].start, lines[i].end));
    if (!open) continue;
    const indent = open[1].length;
    const fence = open[2];
    const info = open[3].toLowerCase();
    if (fence[0] === "`" && text.slice(lines[i].start, lines[i].end).slice(indent + fence.length).includes("`")) continue;
    const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (close.test(text.slice(l.start, l.end))) break;
      let s = l.start;
      for (let k = 0; k < indent && text[s] === " "; k++) s++;
      body.push({ start: s, end: l.end });
    }
    i = j;
    const kind = SHELL_INFO.has(info) ? "shell" : SESSION_INFO.has(info) ? "session" : void 0;
    if (!kind || !body.length) continue;
    const out = new PieceBuilder();
    if (kind === "shell") {
      for (const l of body) {
        out.copy(text, l.start, l.end);
        out.push("\n", l.end);
      }
    } else {
      for (let k = 0; k < body.length; k++) {
        const l = body[k];
        const prompt = /^\s*[$#] /.exec(text.slice(l.start, l.end));
        if (!prompt) continue;
        out.copy(text, l.start + prompt[0].length, l.end);
        out.push("\n", l.end);
        while (/(^|[^\\])(\\\\)*\\$/.test(text.slice(body[k].start, body[k].end)) && k + 1 < body.length) {
          const next = body[++k];
          out.copy(text, next.start, next.end);
          out.push("\n", next.end);
        }
      }
    }
    if (out.length) pieces.push(out.build());
  }
  return pieces;
}

// src/sources/quadlet.ts
import { dirname as dirname2 } from "node:path";

// src/sources/common/unit-file.ts
function parseUnitFile(lines) {
  const text = lines.text;
  const out = { entries: [], sections: /* @__PURE__ */ new Map() };
  const starts = [];
  for (let i = 0, s = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n" || text[i] === "\r") {
      starts.push(s);
      if (text[i] === "\r" && text[i + 1] === "\n") i++;
      s = i + 1;
      if (i >= text.length) break;
    }
  }
  const lineEnd = (s) => {
    let e = s;
    while (e < text.length && text[e] !== "\n" && text[e] !== "\r") e++;
    return e;
  };
  let section = "";
  for (let n = 0; n < starts.length; n++) {
    let s = starts[n];
    if (s === 0 && text.charCodeAt(0) === 65279) s = 1;
    const e = lineEnd(s);
    const line = text.slice(s, e);
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body || body.startsWith("#") || body.startsWith(";")) continue;
    if (body.startsWith("[")) {
      const close = body.indexOf("]");
      section = close > 0 ? body.slice(1, close) : body.slice(1);
      if (!out.sections.has(section)) out.sections.set(section, piece(section, offsetsOf(s + lead + 1, section.length), lines));
      continue;
    }
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    const keyText = line.slice(0, eq).trim();
    const keyStart = s + line.indexOf(keyText);
    let value = "";
    const offsets = [];
    let from = s + eq + 1;
    let end = e;
    for (; ; ) {
      const part = text.slice(from, end);
      const continued = part.endsWith("\\");
      const kept = continued ? part.length - 1 : part.length;
      for (let i = 0; i < kept; i++) {
        value += part[i];
        offsets.push(from + i);
      }
      if (!continued || n + 1 >= starts.length) break;
      value += " ";
      offsets.push(from + kept);
      n++;
      while (n + 1 < starts.length && /^\s*[#;]/.test(text.slice(starts[n], lineEnd(starts[n])))) n++;
      from = starts[n];
      end = lineEnd(from);
    }
    const lead2 = value.length - value.trimStart().length;
    const trimmedEnd = value.trimEnd().length;
    out.entries.push({
      section,
      key: piece(keyText, offsetsOf(keyStart, keyText.length), lines),
      value: piece(value.slice(lead2, Math.max(lead2, trimmedEnd)), offsets.slice(lead2, Math.max(lead2, trimmedEnd)), lines)
    });
  }
  return out;
}
function offsetsOf(start, length) {
  return Array.from({ length }, (_, i) => start + i);
}
var ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", s: " ", "\\": "\\", '"': '"', "'": "'" };
function words2(p) {
  const out = [];
  const v = p.value;
  let i = 0;
  while (i < v.length) {
    while (i < v.length && /\s/.test(v[i])) i++;
    if (i >= v.length) break;
    let value = "";
    const offsets = [];
    const holes = [];
    const first = i;
    let quote;
    for (; i < v.length; i++) {
      const ch = v[i];
      if (!quote && /\s/.test(ch)) break;
      if (!quote && (ch === '"' || ch === "'")) {
        quote = ch;
        continue;
      }
      if (quote && ch === quote) {
        quote = void 0;
        continue;
      }
      if (ch === "\\" && i + 1 < v.length) {
        const next = v[i + 1];
        const hex = next === "x" ? /^[0-9a-fA-F]{2}/.exec(v.slice(i + 2)) : null;
        value += hex ? String.fromCharCode(parseInt(hex[0], 16)) : ESCAPES[next] ?? next;
        offsets.push(p.offsets[i]);
        i += hex ? 3 : 1;
        continue;
      }
      for (const h of p.holes) if (h.start === i) holes.push({ ...h, start: value.length, end: value.length + (h.end - h.start) });
      value += ch;
      offsets.push(p.offsets[i]);
    }
    const from = p.offsets[first];
    const to = (p.offsets[i - 1] ?? from) + 1;
    const w = piece(value, offsets, p.lines, holes, p.lines.text.slice(from, to));
    w.loc = p.lines.location(from, to);
    out.push(w);
  }
  return out;
}

// src/sources/quadlet.ts
var quadletSource = {
  kind: "quadlet",
  reads: "Podman Quadlet container units, `*.container`: the `[Container]` keys (`Image=`, `User=`, `PodmanArgs=`, `AddCapability=`, `Volume=`, `Network=`, \u2026) as the `podman run` options they stand for",
  // `Exec=`, `Entrypoint=` and the command in `PodmanArgs=` are split into commands.
  usesShellParser: (files) => files.some((f) => /^\uFEFF?[ \t]*(?:Exec|Entrypoint|PodmanArgs)[ \t]*=/m.test(f.text)),
  comments: { backslashContinues: true },
  claims(path) {
    return /\.container$/.test(baseName(path)) && baseName(path) !== ".container";
  },
  load: (files) => eachFile(files, loadOne)
};
function last(entries, key2) {
  let found;
  for (const e of entries) if (e.key.value === key2) found = e.value;
  return found;
}
function all(entries, key2) {
  const out = [];
  for (const e of entries) {
    if (e.key.value !== key2) continue;
    if (!e.value.value) out.length = 0;
    else out.push(e.value);
  }
  return out;
}
function isTrueText(p) {
  return !!p && /^(true|yes|on|1)$/i.test(p.value);
}
function loadOne(file, out) {
  const lines = new LineIndex(file.display, file.text);
  out.texts.set(file.display, lines);
  const unit = parseUnitFile(lines);
  const header = unit.sections.get("Container");
  if (!header) {
    out.errors.push({ file: file.display, message: "not a Quadlet container unit: it has no [Container] section" });
    out.files.push({ file: file.display, kind: "quadlet", status: "error" });
    return;
  }
  out.files.push({ file: file.display, kind: "quadlet", status: "linted" });
  const entries = unit.entries.filter((e) => e.section === "Container");
  const unitName = baseName(file.path);
  const title = `Quadlet unit ${unitName}`;
  const name = { value: unitName.replace(/\.container$/, ""), loc: header.loc };
  const dir = dirname2(file.path);
  const spec = (p) => specifiers(p);
  let container = defaultContainer("quadlet", name, title, file.display);
  const image = last(entries, "Image");
  if (image && !/\.(image|build)$/.test(image.value)) container.image = valueOf(spec(image));
  const containerName = last(entries, "ContainerName");
  if (containerName) container.containerName = valueOf(containerName);
  const user = last(entries, "User");
  const group = last(entries, "Group");
  if (user) container.user = valueOf(user, group ? `${user.value}:${group.value}` : user.value);
  for (const p of all(entries, "AddCapability").flatMap(words2)) container.capAdd.push(capability(p));
  for (const p of all(entries, "DropCapability").flatMap(words2)) container.capDrop.push(capability(p));
  const securityOpts = [];
  const opt = (key2, value, at) => ({ key: key2, value, written: `${key2}=${value}`, loc: at.loc });
  const labelDisable = last(entries, "SecurityLabelDisable");
  if (isTrueText(labelDisable)) securityOpts.push(opt("label", "disable", labelDisable));
  const labelType = last(entries, "SecurityLabelType");
  if (labelType) securityOpts.push(opt("label", `type:${labelType.value}`, labelType));
  const seccomp = last(entries, "SeccompProfile");
  if (seccomp) securityOpts.push(securityOption(piece(`seccomp=${seccomp.value}`, [..."seccomp="].map(() => seccomp.offsets[0]).concat(seccomp.offsets), lines)));
  const apparmor = last(entries, "AppArmor");
  if (apparmor) securityOpts.push(opt("apparmor", apparmor.value, apparmor));
  const noNewPrivileges = last(entries, "NoNewPrivileges");
  if (isTrueText(noNewPrivileges)) securityOpts.push(opt("no-new-privileges", "true", noNewPrivileges));
  const unmask = last(entries, "Unmask");
  if (unmask && words2(unmask).some((w) => w.value === "ALL")) securityOpts.push({ key: "systempaths", value: "unconfined", written: `Unmask=${unmask.value}`, loc: unmask.loc });
  for (const o of all(entries, "SecurityOpt")) securityOpts.push(securityOption(o));
  container.securityOpt.push(...securityOpts);
  const network = all(entries, "Network");
  const host = network.find((n) => n.value === "host" || n.value.startsWith("host:"));
  if (host) container.networkMode = valueOf(host, "host");
  else if (network.length && !container.networkMode) container.networkMode = valueOf(network[0]);
  const userns = last(entries, "UserNS");
  if (userns) container.userns = valueOf(userns, userns.value.split(":")[0]);
  for (const v of all(entries, "Volume")) {
    const p = spec(v);
    const m = volumeMount(p, dir);
    if (m.source && /\.volume$/.test(m.source.value)) m.type = "volume";
    container.mounts.push(m);
  }
  for (const m of all(entries, "Mount")) container.mounts.push(mountSpec(spec(m), dir));
  for (const d of all(entries, "AddDevice")) {
    container.devices.push(device(d.value.startsWith("-") ? sliceFrom(d, 1) : d));
  }
  for (const p of all(entries, "PublishPort")) container.ports.push(portMapping(p));
  for (const p of all(entries, "ExposeHostPort")) container.expose.push(valueOf(p));
  for (const p of all(entries, "Environment").flatMap(words2)) container.environment.push(keyValue(p));
  for (const p of all(entries, "Sysctl").flatMap(words2)) container.sysctls.push(keyValue(p));
  const pids = last(entries, "PidsLimit");
  if (pids) container.limits.pids = valueOf(pids);
  const memory = last(entries, "Memory");
  if (memory) container.limits.memory = valueOf(memory);
  const readOnly = last(entries, "ReadOnly");
  if (readOnly) container.readOnly = flagValueOf(readOnly);
  const exec = last(entries, "Exec");
  if (exec) {
    const ws = words2(exec).map(spec);
    container.command = { loc: exec.loc, written: { value: exec.value, loc: exec.loc }, script: execFormScript(ws, lines) };
  }
  const entrypoint = last(entries, "Entrypoint");
  if (entrypoint) {
    const ws = words2(entrypoint).map(spec);
    container.entrypoint = { loc: entrypoint.loc, written: { value: entrypoint.value, loc: entrypoint.loc }, script: execFormScript(ws, lines) };
  }
  const podmanArgs = all(entries, "PodmanArgs").flatMap(words2).map(spec);
  if (podmanArgs.length) {
    const read = applyRunArguments(podmanArgs, { kind: "quadlet", name, title, file: file.display }, container);
    container = read.container;
    out.notes.push(...read.notes);
  }
  out.containers.push(container);
}
function sliceFrom(p, from) {
  return piece(p.value.slice(from), p.offsets.slice(from), p.lines);
}
function specifiers(p) {
  if (!p.value.includes("%")) return p;
  let value = "";
  const offsets = [];
  const holes = [...p.holes];
  for (let i = 0; i < p.value.length; i++) {
    const ch = p.value[i];
    const next = p.value[i + 1];
    if (ch !== "%" || next === void 0) {
      value += ch;
      offsets.push(p.offsets[i]);
      continue;
    }
    const at = p.offsets[i];
    if (next === "%") {
      value += "%";
      offsets.push(at);
    } else if (next === "t") {
      value += "/run";
      offsets.push(at, at, at, at);
    } else {
      holes.push({ name: `%${next}`, start: value.length, end: value.length + 2, ...next === "h" ? { home: true } : {} });
      value += `%${next}`;
      offsets.push(at, p.offsets[i + 1]);
    }
    i++;
  }
  const out = piece(value, offsets, p.lines, holes, p.raw);
  out.loc = p.loc;
  return out;
}

// src/sources/shell-script.ts
var SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash|mksh)(?:\s|$)/;
var shellSource = {
  kind: "shell",
  reads: "`*.sh`, `*.bash`, and files without an extension whose first line is a shell shebang (`sh`, `bash`, `dash`, `zsh`, `ksh`, `#!/usr/bin/env bash`): their `docker`/`podman`/`nerdctl` `run` and `create` commands",
  usesShellParser: mayRunContainers,
  comments: { backslashContinues: true },
  claims(path) {
    return /\.(sh|bash)$/i.test(baseName(path));
  },
  claimsFirstLine(line) {
    return SHEBANG.test(line);
  },
  load(files) {
    return loadShellFiles(files, "shell", (f) => wholeFile(f.text));
  }
};

// src/sources/workflow.ts
var reader3;
var WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var workflowSource = {
  kind: "github-workflow",
  reads: "GitHub Actions workflows, `.github/workflows/*.yml` and `*.yaml`: `jobs.<id>.container` and `jobs.<id>.services.<name>` (`image`, `options`, `volumes`, `ports`, `env`), and the `docker run` commands of `run:` steps",
  usesShellParser: true,
  comments: {},
  claims(path) {
    return WORKFLOW_PATH.test(path);
  },
  async prepare() {
    reader3 ??= (await import("./chunk-NZWSBSUL.mjs")).workflow;
  },
  load: (files) => prepared(reader3, "github-workflow").load(files)
};

// src/sources/index.ts
var allSources = [
  devcontainerSource,
  quadletSource,
  workflowSource,
  gitlabCiSource,
  shellSource,
  makefileSource,
  markdownSource,
  composeSource,
  dockerfileSource
];
function sourceFor(path, named, options, sources = allSources, firstLineOf) {
  const slashed = path.replace(/\\/g, "/");
  const byName = sources.find((s) => s.claims(slashed, false, options));
  if (byName || !named) return byName;
  const line = firstLineOf?.();
  return (line === void 0 ? void 0 : sources.find((s) => s.claimsFirstLine?.(line))) ?? sources.find((s) => s.claims(slashed, true, options));
}
function claimerFor(options, sources = allSources) {
  const byLine = sources.filter((s) => s.claimsFirstLine);
  if (!byLine.length) return { byPath: (path, named) => sourceFor(path, named, options, sources)?.kind };
  return {
    byPath: (path, named) => sourceFor(path, named, options, sources, () => firstLine(path))?.kind,
    byContent: (path) => {
      const line = firstLine(path);
      return line === void 0 ? void 0 : byLine.find((s) => s.claimsFirstLine(line))?.kind;
    }
  };
}

// src/config/schema.ts
var RULE_LEVELS = ["off", "note", "warning", "error"];
function ruleSetting(rule) {
  const level2 = { enum: [...RULE_LEVELS], description: `off, or the level to report ${rule.id} at (default ${rule.level})` };
  const object = {
    type: "object",
    additionalProperties: false,
    properties: {
      level: level2,
      ...rule.options ? { options: { ...rule.options.schema, description: rule.options.description } } : {}
    }
  };
  return { description: rule.title, anyOf: [level2, object] };
}
function rulesSchema(rules) {
  return {
    type: "object",
    description: "Rule id \u2192 off | note | warning | error, or {level, options}.",
    additionalProperties: false,
    properties: Object.fromEntries(rules.map((r) => [r.id, ruleSetting(r)]))
  };
}
var globs = (description) => ({ type: "array", items: { type: "string", minLength: 1 }, description });
var profile = { enum: [...PROFILES], description: "recommended (default), strict or untrusted" };
function configSchema(rules) {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "isolint configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      profile,
      rules: rulesSchema(rules),
      ignore: globs("Files not to lint: .gitignore-style patterns, relative to the folder of this file."),
      overrides: {
        type: "array",
        description: "Settings for some files, applied in order after the top-level ones (a later entry wins).",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files"],
          properties: {
            files: { ...globs(".gitignore-style patterns, relative to the folder of this file."), minItems: 1 },
            profile,
            rules: rulesSchema(rules)
          }
        }
      }
    }
  };
}

// src/config/load.ts
import { basename as basename2, dirname as dirname3 } from "node:path";
var CONFIG_FILE_NAMES = [".isolint.yaml", ".isolint.yml"];
var ConfigError = class extends Error {
  constructor(file, message, line, column) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  /** `file:line:column: message`, as shown to the user. */
  describe() {
    return `${this.file}${this.line ? `:${this.line}:${this.column ?? 1}` : ""}: ${this.message}`;
  }
};
var validators = /* @__PURE__ */ new WeakMap();
var AjvClass;
var yamlModule;
async function loadConfigReader() {
  yamlModule ??= (await import("./chunk-NZWSBSUL.mjs")).yaml;
}
function yaml() {
  if (!yamlModule) throw new Error("loadConfigReader() must be awaited before a configuration is read");
  return yamlModule;
}
async function loadValidator() {
  await loadConfigReader();
  if (AjvClass) return;
  const m = await import("./chunk-TBFNU5OA.mjs");
  AjvClass = m.Ajv ?? m.default?.Ajv ?? m.default;
}
function validatorFor(rules) {
  let v = validators.get(rules);
  if (!v) {
    if (!AjvClass) throw new Error("loadValidator() must be awaited before a configuration is read");
    v = new AjvClass({ allErrors: true, strict: false, verbose: true }).compile(configSchema(rules));
    validators.set(rules, v);
  }
  return v;
}
function loadConfig(path, rules, cwd) {
  const display = displayPath(path, cwd);
  let text;
  try {
    text = readTextFile(path);
  } catch (e) {
    throw new ConfigError(display, `cannot read the configuration: ${describeFsError(e)}`);
  }
  const { get, locOf, parseYamlDocument, toPlain, YamlError } = yaml();
  let root;
  try {
    root = parseYamlDocument({ path, display, text, lines: new LineIndex(display, text), baseDir: dirname3(path) });
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    throw new ConfigError(display, e.message, e.line, e.column);
  }
  if (basename2(path) === "package.json") {
    const node = get(root, "isolint");
    if (!node) return void 0;
    root = node;
  }
  if (root && root.kind !== "map" && !(root.kind === "scalar" && root.value === null)) {
    const at = locOf(root);
    throw new ConfigError(display, `the configuration must be a mapping, but this one is ${root.kind === "seq" ? "a list" : "a single value"}`, at.startLine, at.startColumn);
  }
  if (!root || root.kind === "scalar") return { file: path, dir: dirname3(path), base: { rules: /* @__PURE__ */ new Map() }, ignore: [], overrides: [] };
  const data = toPlain(root);
  const validate = validatorFor(rules);
  if (!validate(data)) throw configError(display, root, validate.errors ?? [], rules);
  return fromPlain(path, data);
}
function layer(plain) {
  const rules = /* @__PURE__ */ new Map();
  for (const [id, setting] of Object.entries(plain.rules ?? {})) rules.set(id, typeof setting === "string" ? { level: setting } : setting);
  return { ...plain.profile ? { profile: plain.profile } : {}, rules };
}
function fromPlain(file, plain) {
  return {
    file,
    dir: dirname3(file),
    base: layer(plain),
    ignore: plain.ignore ?? [],
    overrides: (plain.overrides ?? []).map((o) => ({ files: o.files, layer: layer(o) }))
  };
}
function nodeAt(root, instancePath) {
  let node = root;
  for (const raw of instancePath.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const next = node.kind === "map" ? yaml().get(node, part) : node.kind === "seq" ? node.items[Number(part)] : void 0;
    if (!next) break;
    node = next;
  }
  return node;
}
function keyNode(map, key2) {
  return map.kind === "map" ? map.pairs.find((p) => p.key.text === key2)?.key : void 0;
}
function configError(file, root, errors, rules) {
  const first = pickError(errors);
  const node = nodeAt(root, first.instancePath);
  const path = first.instancePath.split("/").slice(1);
  const where = (n) => yaml().locOf(n);
  if (first.keyword === "additionalProperty" || first.keyword === "additionalProperties") {
    const key2 = String(first.params.additionalProperty);
    const at2 = where(keyNode(node, key2) ?? node);
    const inRules = path[path.length - 1] === "rules";
    const known = inRules ? rules.map((r) => r.id) : Object.keys(allowedKeys(first));
    const guess = closest(key2, known);
    if (key2 === "options" && !known.includes("options")) {
      return new ConfigError(file, `rule ${path[path.length - 1]} takes no options`, ...lineColumn(where(keyNode(node, key2) ?? node)));
    }
    const what = inRules ? `unknown rule id "${key2}"` : `unknown key "${key2}"${path.length ? ` in ${dotted(path)}` : ""}`;
    return new ConfigError(file, `${what}${guess ? ` (did you mean "${guess}"?)` : ""}`, at2.startLine, at2.startColumn);
  }
  const at = lineColumn(where(node));
  const name = path.length ? dotted(path) : "the configuration";
  if (first.keyword === "enum") {
    const allowed = first.params.allowedValues.map(String);
    return new ConfigError(file, `${name} must be one of ${allowed.join(", ")}`, ...at);
  }
  if (first.keyword === "type") {
    const type = String(first.params.type);
    return new ConfigError(file, `${name} must be ${TYPE_NAMES[type] ?? type}`, ...at);
  }
  if (first.keyword === "required") {
    return new ConfigError(file, `${name} needs ${String(first.params.missingProperty)}:`, ...at);
  }
  return new ConfigError(file, `${name} ${first.message ?? "is not valid"}`, ...at);
}
var TYPE_NAMES = { array: "a list", object: "a mapping", string: "a text value", number: "a number", integer: "a whole number", boolean: "true or false" };
function dotted(path) {
  return path.map((p, i) => /^\d+$/.test(p) ? `[${p}]` : i ? `.${p}` : p).join("");
}
function lineColumn(loc) {
  return [loc.startLine, loc.startColumn];
}
function allowedKeys(e) {
  return e.parentSchema?.properties ?? {};
}
function pickError(errors) {
  const real = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "if");
  const depth = (e) => e.instancePath.split("/").length;
  const sorted = [...real.length ? real : errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b));
  return sorted[0];
}
function rank(e) {
  if (e.keyword === "additionalProperties") return 0;
  if (e.keyword === "enum") return 1;
  if (e.keyword === "type" && e.params.type === "object") return 3;
  return 2;
}

// src/concurrency.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname5, resolve as resolve4 } from "node:path";
import { fileURLToPath } from "node:url";

// src/lint-shard.ts
import { resolve as resolve3 } from "node:path";

// src/engine/run.ts
function runImageRules(image, ctx) {
  const findings = [];
  const settings = ctx.settingsOf(image.file);
  for (const rule of activeRules(ctx.rules, settings, "checkImage")) {
    const configured = settings.rules.get(rule.id);
    try {
      rule.checkImage(image, { profile: settings.profile, options: configured?.options ?? {}, report: reporter(rule, ctx, findings, configured?.level) });
    } catch (e) {
      ctx.onRuleError(rule, image.file, e);
    }
  }
  return findings;
}
function runRuntimeRules(container, ctx) {
  const findings = [];
  const settings = ctx.settingsOf(container.file);
  const { title, keyTitle } = container;
  const stableKey = keyTitle !== void 0 && keyTitle !== title ? (message) => message.split(title).join(keyTitle) : void 0;
  for (const rule of activeRules(ctx.rules, settings, "checkRuntime")) {
    const configured = settings.rules.get(rule.id);
    try {
      rule.checkRuntime(container, { profile: settings.profile, options: configured?.options ?? {}, report: reporter(rule, ctx, findings, configured?.level, stableKey) });
    } catch (e) {
      ctx.onRuleError(rule, container.file, e);
    }
  }
  return findings;
}
function activeRules(rules, settings, check) {
  return rules.filter((r) => !!r[check] && ruleRuns(r, settings));
}
function ruleRuns(rule, settings) {
  const level2 = settings.rules.get(rule.id)?.level;
  if (level2 === "off") return false;
  return level2 !== void 0 || ruleCanFire(rule, settings.profile);
}
function reporter(rule, ctx, out, configuredLevel, stableKey) {
  return (at, message, options = {}) => {
    const loc = "loc" in at ? at.loc : at;
    out.push({
      ruleId: rule.id,
      // A level the user configured wins over the one the rule chose for this finding.
      level: (configuredLevel !== "off" ? configuredLevel : void 0) ?? options.level ?? rule.level,
      securitySeverity: options.securitySeverity ?? rule.securitySeverity,
      // Findings outlive their file's text: they must not hold on to it.
      message: ownSharedString(message),
      location: loc,
      related: (options.related ?? []).map((r) => ({ loc: r.loc, message: ownSharedString(r.message) })),
      logicalKey: ownSharedString(options.logicalKey ?? contentKey(loc, ctx.sourceOf(loc.file), stableKey ? stableKey(message) : message))
    });
  };
}
function contentKey(loc, source, message) {
  const lineText = source ? withoutSuppressionComment(source.lineText(loc.startLine)) : "";
  return `${lineText.trim()}|${loc.startColumn}|${message}`;
}

// src/config/settings.ts
var import_ignore = __toESM(require_ignore(), 1);
import { dirname as dirname4, relative, resolve as resolve2, sep as sep2 } from "node:path";
import { existsSync } from "node:fs";
var matchers = /* @__PURE__ */ new WeakMap();
function matcher(patterns) {
  let m = matchers.get(patterns);
  if (!m) {
    m = (0, import_ignore.default)().add(patterns);
    matchers.set(patterns, m);
  }
  return m;
}
function matches(patterns, dir, abs) {
  const rel = relative(dir, abs);
  if (!rel || rel.startsWith("..") || rel.startsWith(sep2) || /^[a-zA-Z]:/.test(rel)) return false;
  return matcher(patterns).ignores(rel.split(sep2).join("/"));
}
function apply(into, layer2) {
  if (layer2.profile) into.profile = layer2.profile;
  for (const [id, setting] of layer2.rules ?? []) into.rules.set(id, { ...into.rules.get(id), ...setting });
}
function settingsFor(abs, config, cli) {
  const out = { rules: /* @__PURE__ */ new Map() };
  if (config) {
    apply(out, config.base);
    for (const o of config.overrides) if (matches(o.files, config.dir, abs)) apply(out, o.layer);
  }
  apply(out, cli);
  return { profile: out.profile ?? "recommended", rules: out.rules };
}
var ConfigFinder = class _ConfigFinder {
  constructor(rules, cwd, explicit, search) {
    this.rules = rules;
    this.cwd = cwd;
    this.explicit = explicit;
    this.search = search;
  }
  byDir = /* @__PURE__ */ new Map();
  static explicit(path, rules, cwd) {
    return new _ConfigFinder(rules, cwd, loadConfig(resolve2(cwd, path), rules, cwd) ?? emptyConfig(resolve2(cwd, path)), false);
  }
  forFile(abs, linted) {
    if (!this.search) return this.explicit;
    const stop = gitRoot(dirname4(abs)) ?? linted;
    return this.inDir(dirname4(abs), stop);
  }
  /** Whether a configuration file may apply to the file (a candidate exists on its way up); parses none. */
  mayHaveConfig(abs, linted) {
    return this.candidateIn(dirname4(abs), gitRoot(dirname4(abs)) ?? linted);
  }
  candidates = /* @__PURE__ */ new Map();
  mentions = /* @__PURE__ */ new Map();
  /** Whether a package.json names isolint at all (read once per run, whoever asks). */
  namesIsolint(path) {
    let named = this.mentions.get(path);
    if (named === void 0) {
      named = packageJsonMentions(path);
      this.mentions.set(path, named);
    }
    return named;
  }
  /**
   * Walks up as inDir does, remembering per folder, so a run over many files looks at each
   * folder once: true when a configuration file, or a package.json that names isolint, is on
   * the way up.
   */
  candidateIn(dir, stop) {
    const known = this.candidates.get(dir);
    if (known !== void 0) return known;
    const pkg = resolve2(dir, "package.json");
    let found = CONFIG_FILE_NAMES.some((n) => existsSync(resolve2(dir, n))) || existsSync(pkg) && this.namesIsolint(pkg);
    const rel = relative(stop, dir);
    if (!found && rel !== "" && !rel.startsWith("..") && dirname4(dir) !== dir) found = this.candidateIn(dirname4(dir), stop);
    this.candidates.set(dir, found);
    return found;
  }
  inDir(dir, stop) {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found;
    for (const name of [...CONFIG_FILE_NAMES, "package.json"]) {
      const path = resolve2(dir, name);
      if (!existsSync(path)) continue;
      if (name === "package.json" && !this.namesIsolint(path)) continue;
      found = loadConfig(path, this.rules, this.cwd);
      if (found) break;
    }
    const parent = dirname4(dir);
    const inside = relative(stop, dir) !== "" && !relative(stop, dir).startsWith("..");
    if (!found && inside && parent !== dir) found = this.inDir(parent, stop);
    this.byDir.set(dir, found);
    return found;
  }
};
function emptyConfig(file) {
  return { file, dir: dirname4(file), base: { rules: /* @__PURE__ */ new Map() }, ignore: [], overrides: [] };
}
var RunSettings = class {
  constructor(options) {
    this.options = options;
  }
  finder;
  /**
   * Call before asking about these files (absolute path, and the folder each was linted
   * under): configuration files are looked for first, so the validator is loaded only for a
   * run that has one. Throws ConfigError for a configuration that cannot be used.
   */
  async prepare(files) {
    const { config, rules, cwd } = this.options;
    if (this.finder || config === false) {
      if (this.finder) await this.load(files);
      return;
    }
    if (typeof config === "string") {
      await loadValidator();
      this.finder = ConfigFinder.explicit(config, rules, cwd);
      return;
    }
    this.finder = new ConfigFinder(rules, cwd, void 0, true);
    await this.load(files);
  }
  /** The reader and validator when a configuration may apply to one of the files. */
  async load(files) {
    if (files.some((f) => this.finder.mayHaveConfig(f.abs, f.linted))) await loadValidator();
  }
  /** `linted`: the folder named on the command line that the file was found under. */
  settingsFor(abs, linted) {
    return settingsFor(abs, this.finder?.forFile(abs, linted), this.options.cli);
  }
  /** The pattern source that excludes a file (the configuration's `ignore` or `--ignore`), if any. */
  ignoredBy(abs, linted) {
    const config = this.finder?.forFile(abs, linted);
    if (config?.ignore.length && matches(config.ignore, config.dir, abs)) return displayConfig(config, this.options.cwd);
    if (this.options.ignore?.length && matches(this.options.ignore, this.options.cwd, abs)) return "--ignore";
    return void 0;
  }
};
function displayConfig(config, cwd) {
  return relative(cwd, config.file).split(sep2).join("/") || config.file;
}
function packageJsonMentions(path) {
  try {
    return readTextFile(path).includes('"isolint"');
  } catch {
    return false;
  }
}

// src/image/parses.ts
var ImageParses = class {
  constructor(capacity = 8) {
    this.capacity = capacity;
  }
  recent = /* @__PURE__ */ new Map();
  parse = (options) => {
    const args = Object.entries(options.buildArgs ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    const key2 = JSON.stringify([options.file, options.target ?? null, args]);
    const hit = this.recent.get(key2);
    if (hit && hit.text === options.text) {
      this.recent.delete(key2);
      this.recent.set(key2, hit);
      return hit.image;
    }
    const image = parseImage(options);
    this.recent.delete(key2);
    this.recent.set(key2, { text: options.text, image });
    if (this.recent.size > this.capacity) this.recent.delete(this.recent.keys().next().value);
    return image;
  };
};

// src/sources/run.ts
async function readSources(sources, filesOf, options) {
  const shared = { ...options, images: new ImageParses() };
  const streams = [];
  for (const source of sources) {
    const files = filesOf.get(source.kind) ?? [];
    if (!files.length && !source.readsFilesOfItsOwn?.(options)) continue;
    if (needsShellParser(source, files, options)) await initShellParser();
    await source.prepare?.();
    streams.push(partsOf(source, files, shared));
  }
  return inFileOrder(streams);
}
function* partsOf(source, files, options, alone = false) {
  const reported = /* @__PURE__ */ new Set();
  try {
    const out = source.load(files, options);
    for (const part of isOutput(out) ? [out] : out) {
      for (const f of part.files) reported.add(f.file);
      yield part;
    }
  } catch (e) {
    const left = files.filter((f) => !reported.has(f.display));
    if (!alone && left.length > 1) {
      for (const f of left) yield* partsOf(source, [f], options, true);
      return;
    }
    const message = e instanceof UnreadableFileError ? e.message : `could not be read: ${e?.message ?? String(e)}`;
    const failed = emptyOutput();
    if (!left.length) failed.errors.push({ file: source.kind, message });
    for (const f of left) {
      failed.errors.push({ file: f.display, message });
      failed.files.push({ file: f.display, kind: source.kind, status: "error" });
    }
    yield failed;
  }
}
function* inFileOrder(streams) {
  const heads = streams.map((s) => ({ parts: s[Symbol.iterator](), next: void 0, key: "", done: false }));
  const advance = (h) => {
    const r = h.parts.next();
    h.done = !!r.done;
    h.next = r.done ? void 0 : r.value;
    h.key = r.done ? "" : firstFileOf(r.value);
  };
  for (const h of heads) advance(h);
  for (; ; ) {
    let first;
    let firstKey = "";
    for (const h of heads) {
      if (h.done) continue;
      const key2 = h.key;
      if (!first || key2 < firstKey) {
        first = h;
        firstKey = key2;
      }
    }
    if (!first) return;
    const part = first.next;
    first.next = void 0;
    yield part;
    advance(first);
  }
}
function firstFileOf(part) {
  let first;
  for (const f of part.files) if (first === void 0 || f.file < first) first = f.file;
  for (const f of part.texts.keys()) if (first === void 0 || f < first) first = f;
  return first ?? "";
}
function needsShellParser(source, files, options) {
  if (typeof source.usesShellParser !== "function") return source.usesShellParser;
  try {
    return source.usesShellParser(files, options);
  } catch {
    return true;
  }
}
function isOutput(out) {
  return !(Symbol.iterator in out);
}

// src/lint-shard.ts
function runSettingsOf(options, cwd, rules) {
  return new RunSettings({
    rules,
    cwd,
    ...options.config !== void 0 ? { config: options.config } : {},
    ...options.ignore ? { ignore: options.ignore } : {},
    cli: {
      ...options.profile ? { profile: options.profile } : {},
      rules: new Map(Object.entries(options.ruleLevels ?? {}).map(([id, level2]) => [id, { level: level2 }]))
    }
  });
}
function sourceOptionsOf(options, cwd) {
  return {
    cwd,
    ...options.target ? { target: options.target } : {},
    ...options.maxFileSize !== void 0 ? { maxFileSize: options.maxFileSize } : {},
    ...options.includeDocs ? { includeDocs: true } : {},
    ...options.compose ? { compose: options.compose } : {}
  };
}
var NO_COMMENTS = { suppressions: [], malformed: [] };
async function lintShard(handed, setup) {
  const { sources, sourceOptions, settings, placeOf } = setup;
  const out = { findings: [], errors: [], notes: [], files: [], comments: [] };
  const texts = /* @__PURE__ */ new Map();
  const comments = /* @__PURE__ */ new Map();
  const byKind = /* @__PURE__ */ new Map();
  const onDisk = /* @__PURE__ */ new Map();
  const kindOf = /* @__PURE__ */ new Map();
  for (const { kind, file } of handed) {
    kindOf.set(file.display, kind);
    onDisk.set(file.display, file);
    const list = byKind.get(kind);
    if (list) list.push(file);
    else byKind.set(kind, [file]);
  }
  const ctx = {
    rules: setup.rules,
    settingsOf: (file) => {
      const place = placeOf(file);
      return settings.settingsFor(place.abs, place.linted);
    },
    sourceOf: (f) => texts.get(f),
    onRuleError: (rule, file, e) => out.errors.push({ file, message: `internal error in rule ${rule.id}: ${e?.message ?? String(e)} (please report this as an isolint bug)` })
  };
  const commentSyntaxOf = (file) => {
    const kind = kindOf.get(file);
    const source = kind !== void 0 ? sources.find((s) => s.kind === kind) : sourceFor(resolve3(sourceOptions.cwd, file), true, sourceOptions, sources);
    return source?.comments ?? {};
  };
  const judge = async (part) => {
    for (const [file, index] of part.texts) {
      texts.set(file, index);
      if (!comments.has(file)) comments.set(file, setup.inlineIgnores ? parseSuppressionComments(index, commentSyntaxOf(file)) : NO_COMMENTS);
    }
    await settings.prepare([...part.containers.map((c) => c.file), ...part.texts.keys()].map(placeOf));
    for (const container of part.containers) out.findings.push(...runRuntimeRules(container, ctx));
    for (const image of part.images) out.findings.push(...runImageRules(image, ctx));
    out.errors.push(...part.errors.map(ownMessage));
    out.notes.push(...part.notes.map(ownMessage));
    out.files.push(...part.files);
    for (const f of part.files) onDisk.get(f.file)?.release?.();
    for (const f of part.texts.keys()) onDisk.get(f)?.release?.();
    texts.clear();
  };
  for (const part of await readSources(sources, byKind, sourceOptions)) await judge(part);
  for (const file of onDisk.values()) file.release?.();
  out.comments = [...comments];
  return out;
}
function fileOnDisk(f, maxFileSize) {
  let text;
  return {
    path: f.path,
    display: f.display,
    root: f.root,
    named: !!f.named,
    get text() {
      if (text === void 0) {
        try {
          text = readTextFile(f.path, maxFileSize !== void 0 ? { maxFileSize } : {});
        } catch (e) {
          throw e instanceof UnreadableFileError ? e : new UnreadableFileError(describeFsError(e), "io");
        }
      }
      return text;
    },
    release() {
      text = void 0;
    }
  };
}
function ownMessage(m) {
  return { ...m, message: ownSharedString(m.message) };
}

// src/concurrency.ts
function parseConcurrency(text) {
  if (text === "off" || text === "auto") return text;
  if (/^[1-9]\d*$/.test(text)) return Number(text);
  throw new Error(`must be ${VALUES}`);
}
var VALUES = "off, auto or a whole number of threads, 1 or more";
var AUTO_FILES_PER_THREAD = 400;
function threadsFor(options, files) {
  const asked = options.concurrency ?? "off";
  if (asked === "off" || asked === 1) return 1;
  if (asked !== "auto" && !(typeof asked === "number" && Number.isInteger(asked) && asked > 1)) throw new Error(`concurrency must be ${VALUES} (got ${String(asked)})`);
  const shareable = (options.rules === void 0 || options.rules === allRules) && (options.sources === void 0 || options.sources === allSources) && !options.files?.length && !options.compose?.files?.length && workerFile() !== void 0;
  if (!shareable) return 1;
  const threads = asked === "auto" ? Math.min(builtin("node:os").availableParallelism(), Math.floor(files / AUTO_FILES_PER_THREAD)) : asked;
  return Math.max(1, Math.min(threads, files));
}
function shardOptionsOf(options) {
  const { profile: profile2, target, compose, config, ruleLevels, ignore: ignore2, maxFileSize, includeDocs, inlineIgnores } = options;
  return JSON.parse(JSON.stringify({ profile: profile2, target, compose, config, ruleLevels, ignore: ignore2, maxFileSize, includeDocs, inlineIgnores }));
}
async function lintInShards(handed, threads, setup, task) {
  const shares = shareByFolder(handed, threads);
  const inWorkers = shares.slice(1).map(
    (share) => inWorker({ ...task, files: share.map(({ kind, file }) => ({ kind, path: file.path, display: file.display, root: file.root, named: file.named })) }).catch(() => lintShard(share, setup))
  );
  const here = await lintShard(shares[0] ?? [], setup);
  return [here, ...await Promise.all(inWorkers)];
}
function shareByFolder(files, n) {
  const folders = [];
  for (const f of files) {
    const last2 = folders[folders.length - 1];
    if (last2 && dirname5(last2[0].file.display) === dirname5(f.file.display)) last2.push(f);
    else folders.push([f]);
  }
  const shares = [];
  let share = [];
  let done = 0;
  for (const folder of folders) {
    share.push(...folder);
    done += folder.length;
    if (shares.length < n - 1 && done >= (shares.length + 1) * files.length / n) {
      shares.push(share);
      share = [];
    }
  }
  if (share.length) shares.push(share);
  return shares;
}
async function lintTask(task) {
  const settings = runSettingsOf(task.options, task.cwd, allRules);
  const places = new Map(task.files.map((f) => [f.display, { abs: f.path, linted: f.root }]));
  await settings.prepare([...places.values()]);
  const placeOf = (file) => places.get(file) ?? { abs: resolve4(task.cwd, file), linted: task.cwd };
  const setup = { sources: allSources, sourceOptions: sourceOptionsOf(task.options, task.cwd), settings, rules: allRules, inlineIgnores: task.options.inlineIgnores !== false, placeOf };
  return lintShard(
    task.files.map((f) => ({ kind: f.kind, file: fileOnDisk(f, task.options.maxFileSize) })),
    setup
  );
}
function inWorker(task) {
  return new Promise((resolve6, reject) => {
    const { Worker } = builtin("node:worker_threads");
    const worker = new Worker(workerFile(), { workerData: task });
    worker.once("message", (m) => m.result ? resolve6(m.result) : reject(new Error(m.error)));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`worker exited with code ${code}`)));
  });
}
function builtin(id) {
  return process.getBuiltinModule(id);
}
function workerFile() {
  const sea = process.getBuiltinModule?.("node:sea");
  if (sea?.isSea()) return void 0;
  for (const name of ["./lint-worker.mjs", "./lint-worker.js"]) {
    const file = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync2(file)) return file;
  }
  return void 0;
}

// src/lint.ts
import { resolve as resolve5 } from "node:path";
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
  const placeOf = (file) => places.get(file) ?? { abs: resolve5(cwd, file), linted: cwd };
  const settingsOf = (file) => {
    const place = placeOf(file);
    return settings.settingsFor(place.abs, place.linted);
  };
  const paths = options.paths ?? (options.files?.length ? [] : ["."]);
  const discovered = discover(paths, cwd, claimer);
  for (const e of discovered.errors) errors.push({ file: e.file, message: e.message });
  await settings.prepare([
    ...discovered.files.map((f) => ({ abs: f.path, linted: f.root })),
    ...(options.files ?? []).map((m) => ({ abs: resolve5(cwd, m.path), linted: cwd }))
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
    const path = resolve5(cwd, m.path);
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
    const key2 = `${m.file}\0${m.line ?? ""}\0${m.column ?? ""}\0${m.message}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function compareFileMessages(a, b) {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.message, b.message);
}

export {
  ruleInProfile,
  ruleCanFire,
  isProfile,
  PROFILES,
  levelAtLeast,
  allRules,
  closest,
  BaselineError,
  baselineRoot,
  parseBaseline,
  baselineDocument,
  applyBaseline,
  allSources,
  RULE_LEVELS,
  ConfigError,
  parseConcurrency,
  lintTask,
  lint
};
