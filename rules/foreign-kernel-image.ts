import { defineRule } from '../src/engine/rule.js';
import { stageChain } from '../src/image/config.js';
import type { Stage } from '../src/image/model.js';
import { isWindowsImage, isWindowsPlatform } from '../src/knowledge/image-refs.js';
import { resolvedText } from '../src/runtime/values.js';

export { isWindowsImage, isWindowsPlatform } from '../src/knowledge/image-refs.js';

function windowsImageMessage(ref: string): string {
  return `${ref} is a Windows image: it needs a Windows kernel, which a Linux host cannot share`;
}

/**
 * Image: a stage that needs a kernel to run on (the built stage and what it builds on, or a
 * stage whose RUN steps execute) is a Windows image, by its base or `FROM --platform=windows/…`.
 * A stage whose files are only copied (`COPY --from`) runs nothing and needs no kernel.
 * Runtime: a Compose `image:` that is a Windows image, or `platform: windows/…`. Either is
 * reported once per service, the image first.
 */
export default defineRule({
  id: 'foreign-kernel-image',
  title: 'Image needs a Windows kernel',
  level: 'note',
  securitySeverity: 1.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'vm-isolation',
  rationale:
    'A container borrows the host\'s kernel; a Windows image needs the Windows kernel, which a Linux host cannot lend. ' +
    'Such an image runs only on a Windows host (process isolation shares that host\'s kernel, so versions must match) or inside a Hyper-V VM, ' +
    'so the isolation model, and every Linux-specific rule here, do not apply to it.',
  fix: 'Build on a Linux base image for Linux hosts, or lint and run the image on Windows hosts deliberately (with `isolation: hyperv` where the kernel must not be shared).',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022\n' +
      'COPY app/ /app/\n' +
      'ENTRYPOINT ["dotnet", "/app/App.dll"]',
    good:
      'FROM mcr.microsoft.com/dotnet/runtime:8.0-bookworm-slim\n' +
      'COPY app/ /app/\n' +
      'ENTRYPOINT ["dotnet", "/app/App.dll"]',
  },
  references: [
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/version-compatibility',
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container',
    'https://docs.docker.com/reference/dockerfile/#from',
    'https://docs.docker.com/reference/compose-file/services/#platform',
  ],
  checkImage(image, { report }) {
    const built = image.builtStage;
    if (!built) return;
    const runs = new Set<Stage>(stageChain(built));
    for (const stage of image.stages) {
      if (stage.instructions.some((i) => i.keyword === 'RUN')) stageChain(stage).forEach((s) => runs.add(s));
    }
    for (const stage of image.stages) {
      if (!runs.has(stage)) continue;
      const base = stage.base;
      if (!base.stage && base.resolved !== undefined && isWindowsImage(base.resolved)) {
        report(base.written, windowsImageMessage(base.resolved));
      } else if (stage.platform && isWindowsPlatform(stage.platform.value)) {
        report(stage.platform, `--platform=${stage.platform.value} builds for Windows, which needs a Windows kernel`);
      }
    }
  },
  checkRuntime(container, { report }) {
    // Unresolved values are not guessed: resolvedText gives nothing for them.
    const image = resolvedText(container.image);
    const platform = resolvedText(container.platform);
    if (image && isWindowsImage(image)) {
      report(container.image!, `${container.title}: ${windowsImageMessage(image)}`);
    } else if (platform && isWindowsPlatform(platform)) {
      report(container.platform!, `${container.title} runs on platform ${platform}, which needs a Windows kernel`);
    }
  },
});
