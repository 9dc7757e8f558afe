import { defineRule } from '../src/engine/rule.js';
import { hostNamespace, joinPath, joinRelated, ownerTitle } from '../src/runtime/namespaces.js';
import { isHostMode } from '../src/runtime/values.js';

// The sysctls the kernel keeps per namespace, so a container may set them for itself.
// The UTS pair is not in the catalog's list but is namespaced all the same (runc allows it).
const IPC_SYSCTLS = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]);
const UTS_SYSCTLS = new Set(['kernel.hostname', 'kernel.domainname']);

/** The namespace a sysctl belongs to, or undefined when it is global to the host kernel. */
export function sysctlNamespace(key: string): 'ipc' | 'net' | 'uts' | undefined {
  // `net/ipv4/ip_forward` is the same key as `net.ipv4.ip_forward`.
  const k = key.trim().toLowerCase().replace(/\//g, '.');
  if (IPC_SYSCTLS.has(k) || k.startsWith('fs.mqueue.')) return 'ipc';
  if (k.startsWith('net.')) return 'net';
  if (UTS_SYSCTLS.has(k)) return 'uts';
  return undefined;
}

/** A `sysctls` key that would set the host kernel rather than the container's own namespace. */
export default defineRule({
  id: 'unnamespaced-sysctl',
  title: 'Sysctl that is not namespaced',
  level: 'error',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'kernel',
  rationale:
    'Only IPC and network sysctls (and the UTS names) are kept per namespace; every other key, such as kernel.randomize_va_space or vm.overcommit_memory, is a setting of the one kernel all containers and the host share. ' +
    "A namespaced key is global too when the container shares that namespace with the host (`net.*` with `network_mode: host`, or joining the network of a container that has it). Such a setting weakens or changes the host for everyone; runc refuses it, so it also keeps the service from starting.",
  fix: 'Remove the key and, if the host really needs it, set it on the host (e.g. in /etc/sysctl.d/) where it is reviewed as a host change. Keep only `net.*`, `kernel.shm*`/`msg*`/`sem` and `fs.mqueue.*` keys, in a namespace of the container\'s own.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    sysctls:\n' +
      '      vm.overcommit_memory: 1',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    sysctls:\n' +
      '      net.core.somaxconn: 1024',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#sysctls',
    'https://docs.docker.com/reference/cli/docker/container/run/#sysctl',
  ],
  checkRuntime(container, { report }) {
    const name = container.name.value;
    // A joined namespace is what its owner uses: `service:x` with x on the host network is the host's.
    const net = hostNamespace(container, 'network');
    const ipc = hostNamespace(container, 'ipc');
    const shared = { net: !!net, ipc: !!ipc, uts: isHostMode(container.uts) };
    const via = { net: net?.via, ipc: ipc?.via, uts: undefined };
    for (const sysctl of container.sysctls) {
      const key = sysctl.name.value;
      const ns = sysctlNamespace(key);
      if (!ns) report(sysctl.name, `${container.title} sets ${key}, which is not namespaced: it would change the host kernel`);
      else if (shared[ns]) {
        const joined = via[ns];
        const through = joined ? ` (it joins the namespace of ${joinPath(joined)})` : '';
        const related = joined ? joinRelated(joined, `${ownerTitle(joined)} shares the host's ${ns.toUpperCase()} namespace here`) : [];
        report(sysctl.name, `${container.title} sets ${key} in the host's ${ns.toUpperCase()} namespace${through}: it would change the host`, related.length ? { related } : {});
      }
    }
  },
});
