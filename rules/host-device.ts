import { defineRule } from '../src/engine/rule.js';
import { settingWritten } from '../src/runtime/setting-names.js';
import { normalizeHostPath } from '../src/runtime/host-paths.js';
import { resolvedText } from '../src/runtime/values.js';

// Devices that give raw access to memory, disks or the kernel log: each is the whole host.
// Besides the catalog's names, hd*, mmcblk* (SD/eMMC), md* (RAID) and /dev/mapper/* are the
// same disks under other drivers.
const RAW_DEVICES: { re: RegExp; what: string }[] = [
  { re: /^\/dev\/(?:mem|kmem|port)$/, what: 'raw physical or kernel memory and I/O ports' },
  { re: /^\/dev\/(?:sd|hd|vd|xvd)[a-z]+\d*$/, what: 'a raw host disk' },
  { re: /^\/dev\/nvme\d+(?:n\d+(?:p\d+)?)?$/, what: 'a raw host disk' },
  { re: /^\/dev\/mmcblk\d+(?:p\d+)?$/, what: 'a raw host disk' },
  { re: /^\/dev\/(?:dm-\d+|md\d+)$/, what: 'a raw host volume' },
  { re: /^\/dev\/(?:disk|mapper)\/.+$/, what: 'a raw host disk' },
  { re: /^\/dev\/kmsg$/, what: 'the kernel log' },
];

/** `a|b|c *:* <perms>`: every device of that type (Docker's syntax always has major:minor). */
function allowsAllDevices(rule: string): boolean {
  const m = /^([abc])\s+\*:\*\s+([rwm]+)$/.exec(rule.trim());
  return !!m && /[rw]/.test(m[2]!);
}

/** `devices` hands the container a host device; `device_cgroup_rules` lets it open every one. */
export default defineRule({
  id: 'host-device',
  title: 'Host device exposed to the container',
  level: 'error',
  securitySeverity: 8.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    'A device node is a direct line to a kernel driver, outside every namespace. A host disk lets the container read or rewrite the host filesystem under it, /dev/mem and /dev/kmem expose memory, and /dev/kmsg the kernel log. ' +
    'Other devices (GPUs, USB, serial ports) are narrower but still reach host hardware and its driver code.',
  fix: 'Remove the device. Share data through a volume instead of a disk; give hardware devices only to the service that needs them, and never a device cgroup rule for all devices.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  backup:\n' +
      '    image: example/backup:3.0\n' +
      '    devices:\n' +
      '      - /dev/sda:/dev/sda',
    good:
      'services:\n' +
      '  backup:\n' +
      '    image: example/backup:3.0\n' +
      '    volumes:\n' +
      '      - backup-data:/data:ro\n' +
      'volumes:\n' +
      '  backup-data: {}',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#devices',
    'https://docs.docker.com/reference/compose-file/services/#device_cgroup_rules',
    'https://docs.docker.com/reference/cli/docker/container/run/#device-cgroup-rule',
    'https://docs.kernel.org/admin-guide/devices.html',
  ],
  checkRuntime(container, { report }) {
    const name = container.name.value;
    for (const device of container.devices) {
      const host = resolvedText(device.host);
      if (!host) continue;
      const raw = RAW_DEVICES.find((d) => d.re.test(normalizeHostPath(host)));
      if (raw) report(device.host, `${container.title} gets host device ${host}: ${raw.what}`);
      else report(device.host, `${container.title} gets host device ${host}`, { level: 'note', securitySeverity: 3.0 });
    }
    for (const rule of container.deviceCgroupRules) {
      const text = resolvedText(rule);
      if (text && allowsAllDevices(text)) report(rule, `${container.title} may open every ${deviceKind(text)} on the host (${settingWritten(container, 'deviceCgroupRules', text)})`);
    }
  },
});

function deviceKind(rule: string): string {
  return { a: 'device', b: 'block device', c: 'character device' }[rule.trim()[0] as 'a' | 'b' | 'c'];
}
