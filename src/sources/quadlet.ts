/**
 * Podman Quadlet `.container` units → the runtime model of the container Quadlet generates a
 * `podman run` for. Each key of the `[Container]` section is the `podman run` option it
 * stands for (podman-container.unit(5)); `PodmanArgs=` are more `podman run` arguments, read
 * by the docker CLI reader. systemd specifiers in values: `%h` is the home folder of whoever
 * runs the unit (kept as `~`), `%t` the runtime folder (`/run`, where a system unit's engine
 * sockets are), `%%` a percent sign; any other is not known here and is not guessed.
 */
import { dirname } from 'node:path';
import { LineIndex } from '../position.js';
import { defaultContainer, type RuntimeModel, type SecurityOpt } from '../runtime/model.js';
import { execFormScript } from '../shell.js';
import { baseName } from './dockerfile.js';
import { capability, device, flagValueOf, keyValue, mountSpec, piece, portMapping, securityOption, valueOf, volumeMount, type Hole, type Piece } from './common/located-text.js';
import { applyRunArguments } from './docker-cli/run-arguments.js';
import { eachFile, type Source, type SourceFile, type SourceOutput } from './source.js';
import { parseUnitFile, words, type UnitEntry } from './common/unit-file.js';

export const quadletSource: Source = {
  kind: 'quadlet',
  reads: 'Podman Quadlet container units, `*.container`: the `[Container]` keys (`Image=`, `User=`, `PodmanArgs=`, `AddCapability=`, `Volume=`, `Network=`, …) as the `podman run` options they stand for',
  // `Exec=`, `Entrypoint=` and the command in `PodmanArgs=` are split into commands.
  usesShellParser: (files) => files.some((f) => /^\uFEFF?[ \t]*(?:Exec|Entrypoint|PodmanArgs)[ \t]*=/m.test(f.text)),
  comments: { backslashContinues: true },
  claims(path) {
    return /\.container$/.test(baseName(path)) && baseName(path) !== '.container';
  },
  load: (files) => eachFile(files, loadOne),
};

/** Keys that replace each other (the last one wins); every other key adds to a list. */
function last(entries: UnitEntry[], key: string): Piece | undefined {
  let found: Piece | undefined;
  for (const e of entries) if (e.key.value === key) found = e.value;
  return found;
}

/** Every value of a list key; an empty assignment (`Key=`) empties the list, as in systemd. */
function all(entries: UnitEntry[], key: string): Piece[] {
  const out: Piece[] = [];
  for (const e of entries) {
    if (e.key.value !== key) continue;
    if (!e.value.value) out.length = 0;
    else out.push(e.value);
  }
  return out;
}

function isTrueText(p: Piece | undefined): boolean {
  return !!p && /^(true|yes|on|1)$/i.test(p.value);
}

function loadOne(file: SourceFile, out: SourceOutput): void {
  const lines = new LineIndex(file.display, file.text);
  out.texts.set(file.display, lines);
  const unit = parseUnitFile(lines);
  const header = unit.sections.get('Container');
  if (!header) {
    out.errors.push({ file: file.display, message: 'not a Quadlet container unit: it has no [Container] section' });
    out.files.push({ file: file.display, kind: 'quadlet', status: 'error' });
    return;
  }
  out.files.push({ file: file.display, kind: 'quadlet', status: 'linted' });
  const entries = unit.entries.filter((e) => e.section === 'Container');
  const unitName = baseName(file.path);
  const title = `Quadlet unit ${unitName}`;
  const name = { value: unitName.replace(/\.container$/, ''), loc: header.loc };
  const dir = dirname(file.path);
  const spec = (p: Piece) => specifiers(p);
  let container: RuntimeModel = defaultContainer('quadlet', name, title, file.display);

  const image = last(entries, 'Image');
  // `Image=web.image` / `Image=web.build` name another Quadlet unit, not a registry reference.
  if (image && !/\.(image|build)$/.test(image.value)) container.image = valueOf(spec(image));
  const containerName = last(entries, 'ContainerName');
  if (containerName) container.containerName = valueOf(containerName);

  const user = last(entries, 'User');
  const group = last(entries, 'Group');
  if (user) container.user = valueOf(user, group ? `${user.value}:${group.value}` : user.value);

  for (const p of all(entries, 'AddCapability').flatMap(words)) container.capAdd.push(capability(p));
  for (const p of all(entries, 'DropCapability').flatMap(words)) container.capDrop.push(capability(p));

  const securityOpts: SecurityOpt[] = [];
  const opt = (key: string, value: string, at: Piece): SecurityOpt => ({ key, value, written: `${key}=${value}`, loc: at.loc });
  const labelDisable = last(entries, 'SecurityLabelDisable');
  if (isTrueText(labelDisable)) securityOpts.push(opt('label', 'disable', labelDisable!));
  const labelType = last(entries, 'SecurityLabelType');
  if (labelType) securityOpts.push(opt('label', `type:${labelType.value}`, labelType));
  const seccomp = last(entries, 'SeccompProfile');
  if (seccomp) securityOpts.push(securityOption(piece(`seccomp=${seccomp.value}`, [...'seccomp='].map(() => seccomp.offsets[0]!).concat(seccomp.offsets), lines)));
  const apparmor = last(entries, 'AppArmor');
  if (apparmor) securityOpts.push(opt('apparmor', apparmor.value, apparmor));
  const noNewPrivileges = last(entries, 'NoNewPrivileges');
  if (isTrueText(noNewPrivileges)) securityOpts.push(opt('no-new-privileges', 'true', noNewPrivileges!));
  // `Unmask=ALL` is Podman's `--security-opt unmask=ALL`: what Docker calls systempaths=unconfined.
  const unmask = last(entries, 'Unmask');
  if (unmask && words(unmask).some((w) => w.value === 'ALL')) securityOpts.push({ key: 'systempaths', value: 'unconfined', written: `Unmask=${unmask.value}`, loc: unmask.loc });
  for (const o of all(entries, 'SecurityOpt')) securityOpts.push(securityOption(o));
  container.securityOpt.push(...securityOpts);

  const network = all(entries, 'Network');
  const host = network.find((n) => n.value === 'host' || n.value.startsWith('host:'));
  if (host) container.networkMode = valueOf(host, 'host');
  else if (network.length && !container.networkMode) container.networkMode = valueOf(network[0]!);
  const userns = last(entries, 'UserNS');
  if (userns) container.userns = valueOf(userns, userns.value.split(':')[0]!);

  for (const v of all(entries, 'Volume')) {
    const p = spec(v);
    // `Volume=data.volume:/data` names a Quadlet volume unit.
    const m = volumeMount(p, dir);
    if (m.source && /\.volume$/.test(m.source.value)) m.type = 'volume';
    container.mounts.push(m);
  }
  for (const m of all(entries, 'Mount')) container.mounts.push(mountSpec(spec(m), dir));
  for (const d of all(entries, 'AddDevice')) {
    // A leading `-` makes the device optional.
    container.devices.push(device(d.value.startsWith('-') ? sliceFrom(d, 1) : d));
  }
  for (const p of all(entries, 'PublishPort')) container.ports.push(portMapping(p));
  for (const p of all(entries, 'ExposeHostPort')) container.expose.push(valueOf(p));
  for (const p of all(entries, 'Environment').flatMap(words)) container.environment.push(keyValue(p));
  for (const p of all(entries, 'Sysctl').flatMap(words)) container.sysctls.push(keyValue(p));

  const pids = last(entries, 'PidsLimit');
  if (pids) container.limits.pids = valueOf(pids);
  const memory = last(entries, 'Memory');
  if (memory) container.limits.memory = valueOf(memory);
  const readOnly = last(entries, 'ReadOnly');
  if (readOnly) container.readOnly = flagValueOf(readOnly);

  const exec = last(entries, 'Exec');
  if (exec) {
    const ws = words(exec).map(spec);
    container.command = { loc: exec.loc, written: { value: exec.value, loc: exec.loc }, script: execFormScript(ws, lines) };
  }
  const entrypoint = last(entries, 'Entrypoint');
  if (entrypoint) {
    const ws = words(entrypoint).map(spec);
    container.entrypoint = { loc: entrypoint.loc, written: { value: entrypoint.value, loc: entrypoint.loc }, script: execFormScript(ws, lines) };
  }
  // Quadlet writes PodmanArgs= after the options its keys stand for: on a conflict they win.
  const podmanArgs = all(entries, 'PodmanArgs').flatMap(words).map(spec);
  if (podmanArgs.length) {
    const read = applyRunArguments(podmanArgs, { kind: 'quadlet', name, title, file: file.display }, container);
    container = read.container;
    out.notes.push(...read.notes);
  }

  out.containers.push(container);
}

function sliceFrom(p: Piece, from: number): Piece {
  return piece(p.value.slice(from), p.offsets.slice(from), p.lines);
}

/** Resolves the specifiers known without the machine: `%h` (home, kept as `~`), `%t` (`/run`), `%%`. */
function specifiers(p: Piece): Piece {
  if (!p.value.includes('%')) return p;
  let value = '';
  const offsets: number[] = [];
  const holes: Hole[] = [...p.holes];
  for (let i = 0; i < p.value.length; i++) {
    const ch = p.value[i]!;
    const next = p.value[i + 1];
    if (ch !== '%' || next === undefined) {
      value += ch;
      offsets.push(p.offsets[i]!);
      continue;
    }
    const at = p.offsets[i]!;
    if (next === '%') {
      value += '%';
      offsets.push(at);
    } else if (next === 't') {
      value += '/run';
      offsets.push(at, at, at, at);
    } else {
      holes.push({ name: `%${next}`, start: value.length, end: value.length + 2, ...(next === 'h' ? { home: true } : {}) });
      value += `%${next}`;
      offsets.push(at, p.offsets[i + 1]!);
    }
    i++;
  }
  const out = piece(value, offsets, p.lines, holes, p.raw);
  out.loc = p.loc;
  return out;
}
