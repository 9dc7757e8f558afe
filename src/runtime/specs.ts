/**
 * The short text forms of runtime settings that every source writes the same way: a port
 * spec (`127.0.0.1:8080:80/tcp`), a security option (`seccomp=unconfined`), a capability
 * name, the colon-separated parts of a volume (`/src:/dst:ro,rshared`), a device
 * (`/dev/sda:/dev/xvda:rwm`). Compose's `ports:`, `security_opt:`, `volumes:` and `devices:`
 * and `docker run`'s `-p`, `--security-opt`, `-v` and `--device` are read by these.
 */
import type { Location } from '../position.js';
import type { PortMapping } from './model.js';

/** `cap_sys_admin`, `CAP_SYS_ADMIN` and `SYS_ADMIN` are the same capability. */
export function normaliseCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}

/** `seccomp=unconfined`, `seccomp:unconfined`, `no-new-privileges`, `label=type:spc_t`. */
export function parseSecurityOpt(written: string): { key: string; value: string } {
  const m = /[:=]/.exec(written);
  if (!m) return { key: written.trim().toLowerCase(), value: '' };
  return { key: written.slice(0, m.index).trim().toLowerCase(), value: written.slice(m.index + 1).trim() };
}

/** Bind propagation modes, as written after a volume's target (`:rshared`) or in `bind-propagation=`. */
export const PROPAGATION: ReadonlySet<string> = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

/** Splits `a:b:c` at colons, keeping a Windows drive (`C:\data`) in one part: [start, end) of each part. */
export function colonParts(text: string): [number, number][] {
  const parts: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ':') continue;
    if (i - from === 1 && /[A-Za-z]/.test(text[from]!) && /[\\/]/.test(text[i + 1] ?? '')) continue;
    parts.push([from, i]);
    from = i + 1;
  }
  parts.push([from, text.length]);
  return parts;
}

/** At most this many ports are listed per range (a range covers at most the 65536 ports). */
const MAX_RANGE = 65536;

/** Every port of `80` or `8000-8010` (bounded); empty for anything else. */
export function portRange(text: string | undefined): number[] {
  if (!text) return [];
  // Most specs are one port: read without a match object (Compose files list hundreds).
  if (/^\d{1,5}$/.test(text)) {
    const port = Number(text);
    return port <= 65535 ? [port] : [];
  }
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return [];
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (hi < lo || lo > 65535) return [];
  const out: number[] = [];
  for (let p = lo; p <= Math.min(hi, 65535) && out.length < MAX_RANGE; p++) out.push(p);
  return out;
}

/** No host IP, `0.0.0.0` or `::`: published on every host interface. */
export function allInterfaces(hostIp: string | undefined): boolean {
  return !hostIp || hostIp === '0.0.0.0' || hostIp === '::' || hostIp === '[::]';
}

/**
 * Short syntax, as Docker parses it: `[IP:][HOST:]CONTAINER[/PROTO]`; an IPv6 address is
 * written in brackets (`[::1]:80:80`); ports may be ranges (`8000-8010:8000-8010/udp`).
 */
export function parsePortSpec(spec: string): { hostIp: string | undefined; published: string | undefined; target: string; protocol: string } {
  const slash = spec.lastIndexOf('/');
  const protocol = slash >= 0 ? spec.slice(slash + 1) || 'tcp' : 'tcp';
  const raw = slash >= 0 ? spec.slice(0, slash) : spec;
  const parts = raw.split(':');
  const n = parts.length;
  const target = parts[n - 1]!;
  let ip: string | undefined;
  let published: string | undefined;
  if (n === 2) published = parts[0];
  else if (n === 3) [ip, published] = [parts[0], parts[1]];
  else if (n > 3) [ip, published] = [parts.slice(0, n - 2).join(':'), parts[n - 2]];
  if (ip?.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  return { hostIp: ip || undefined, published: published || undefined, target, protocol: protocol.toLowerCase() };
}

/** A port spec (`docker run -p`, Quadlet `PublishPort=`, a workflow's `ports:`) as the model's mapping, reported at `loc`. */
export function portMapping(spec: string, loc: Location): PortMapping {
  const p = parsePortSpec(spec);
  return { ...p, targetPorts: portRange(p.target), publishedPorts: portRange(p.published), allInterfaces: allInterfaces(p.hostIp), loc };
}

/** `/dev/sda:/dev/xvda:rwm`, `/dev/fuse`: the host device, the path inside and the cgroup permissions. */
export function parseDeviceSpec(spec: string): { host: [number, number]; container: string | undefined; permissions: string | undefined } {
  const parts = spec.split(':');
  return { host: [0, parts[0]!.length], container: parts[1] || undefined, permissions: parts[2] || undefined };
}

/** A volume's host side that is a path (a bind mount), not a volume name: `/x`, `./x`, `~/x`, `C:\x`, `\\server\share`. */
export function isHostPathSource(source: string): boolean {
  return /^[./~]/.test(source) || /^([A-Za-z]:[\\/]|\\\\)/.test(source);
}
