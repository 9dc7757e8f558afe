import { defineRule, type Report } from '../src/engine/rule.js';
import { startCommands } from '../src/image/config.js';
import { imageCommands, runtimeCommands } from '../src/knowledge/query.js';
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../src/shell.js';

const MODULE_TOOLS = new Set(['modprobe', 'insmod', 'rmmod', 'depmod']);

/** The command word when a simple command runs modprobe/insmod/rmmod/depmod (behind sudo, env, exec, ...). */
export function kernelModuleCommand(cmd: SimpleCommand): Word | undefined {
  const { name } = unwrapCommand(cmd);
  return name && MODULE_TOOLS.has(basename(name.value)) ? name : undefined;
}

/** Reports every kernel-module tool the commands run; the image and runtime sides share it. */
function reportModuleTools(commands: SimpleCommand[], report: Report): void {
  for (const command of commands) {
    const tool = kernelModuleCommand(command);
    if (tool) report(tool, `${basename(tool.value)} changes the modules of the host's shared kernel`);
  }
}

/**
 * Image: kernel-module tools run by RUN in any stage (or ONBUILD trigger) or by the built image's ENTRYPOINT/CMD.
 * Runtime: the same tools in a Compose `command`/`entrypoint`.
 */
export default defineRule({
  id: 'kernel-module-load',
  title: 'Kernel modules loaded from a container',
  level: 'warning',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'kernel',
  rationale:
    'A container has no kernel of its own: a module loaded from it goes into the host\'s one kernel, with full kernel privileges, for every container and the host. ' +
    'It only works with CAP_SYS_MODULE (or --privileged), which is a full escape in itself; without it the step fails or does nothing, hiding a wrong assumption.',
  fix: 'Load the modules the workload needs on the host (`/etc/modules-load.d/`, or the node\'s provisioning) and drop modprobe/insmod/rmmod/depmod from the image.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM alpine:3.20\n' +
      'RUN apk add --no-cache wireguard-tools\n' +
      'CMD ["sh", "-c", "modprobe wireguard && wg-quick up wg0"]',
    good:
      'FROM alpine:3.20\n' +
      'RUN apk add --no-cache wireguard-tools\n' +
      '# wireguard is loaded on the host (/etc/modules-load.d/wireguard.conf)\n' +
      'CMD ["wg-quick", "up", "wg0"]',
  },
  references: [
    'https://man7.org/linux/man-pages/man8/modprobe.8.html',
    'https://man7.org/linux/man-pages/man7/capabilities.7.html',
    'https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities',
  ],
  checkImage(image, { report }) {
    reportModuleTools([...imageCommands(image), ...startCommands(image)].map((c) => c.command), report);
  },
  checkRuntime(container, { report }) {
    reportModuleTools(runtimeCommands(container), report);
  },
});
