import { defineRule, type Report } from '../src/engine/rule.js';
import { startCommands } from '../src/image/config.js';
import { imageCommands, runtimeCommands } from '../src/knowledge/query.js';
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../src/shell.js';

const PROC_SYS = /^\/proc\/sys\//;

/**
 * Where a command changes kernel parameters: `sysctl -w`, `sysctl key=value`, `sysctl -p`/
 * `--load`/`--system` (the command word); a `>`/`>>` redirect into /proc/sys; or `tee` writing
 * there (the path). Reads (`sysctl -a`, `sysctl -n key`, `cat /proc/sys/...`) are not writes.
 */
export function sysctlWrite(cmd: SimpleCommand): Word | undefined {
  const target = cmd.writes.find((w) => PROC_SYS.test(w.value));
  if (target) return target;
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  const program = basename(name.value);
  if (program === 'sysctl') {
    const writes = args.some((a) => {
      const v = a.value;
      if (v.startsWith('--')) return /^--(write|load|system)(=|$)/.test(v);
      if (v.startsWith('-')) return v[1] === 'p' || /^-[a-zA-Z]*w[a-zA-Z]*$/.test(v) || (/^-[a-zA-Z]+$/.test(v) && v.includes('p'));
      return v.includes('=');
    });
    return writes ? name : undefined;
  }
  if (program === 'tee') return args.find((a) => !a.value.startsWith('-') && PROC_SYS.test(a.value));
  return undefined;
}

/** Reports every kernel-parameter write the commands make; the image and runtime sides share it. */
function reportWrites(commands: SimpleCommand[], report: Report): void {
  for (const command of commands) {
    const write = sysctlWrite(command);
    if (write) report(write, basename(write.value) === 'sysctl' ? 'sysctl writes kernel parameters of the shared kernel' : `writing ${write.value} changes a parameter of the shared kernel`);
  }
}

/**
 * Image: a RUN step of any stage (or ONBUILD trigger), or the built image's ENTRYPOINT/CMD, writes kernel parameters.
 * Runtime: a Compose `command`/`entrypoint` does.
 */
export default defineRule({
  id: 'sysctl-in-build',
  title: 'Kernel parameters changed from inside a container',
  level: 'warning',
  securitySeverity: 4.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'kernel',
  rationale:
    'Most kernel parameters are not namespaced: a container that could write them would change the host\'s one kernel for every process on it. ' +
    'Docker mounts /proc/sys read-only, so the write fails, or it only succeeds in a privileged container, where it reaches the host. ' +
    'Either way the image assumes control of a kernel it does not own.',
  fix:
    'Set namespaced parameters (`net.*`, some `kernel.*` IPC keys) per container with `docker run --sysctl` or Compose `sysctls:`, ' +
    'and set the rest on the host (`/etc/sysctl.d/`).',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM redis:7.4\n' +
      'CMD ["sh", "-c", "sysctl -w net.core.somaxconn=1024 && exec redis-server"]',
    good:
      'FROM redis:7.4\n' +
      '# net.core.somaxconn is set per service in Compose: sysctls: {net.core.somaxconn: 1024}\n' +
      'CMD ["redis-server"]',
  },
  references: [
    'https://docs.docker.com/reference/cli/docker/container/run/#sysctl',
    'https://man7.org/linux/man-pages/man8/sysctl.8.html',
    'https://docs.kernel.org/admin-guide/sysctl/index.html',
  ],
  checkImage(image, { report }) {
    reportWrites([...imageCommands(image), ...startCommands(image)].map((c) => c.command), report);
  },
  checkRuntime(container, { report }) {
    reportWrites(runtimeCommands(container), report);
  },
});
