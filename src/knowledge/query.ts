/** Questions several rules ask of the models, answered once here. */
import type { ImageModel, Instruction } from '../image/model.js';
import type { RuntimeModel } from '../runtime/model.js';
import type { SimpleCommand } from '../shell.js';

export interface ImageCommand {
  instruction: Instruction;
  command: SimpleCommand;
}

/**
 * The build steps of every stage, in file order, with each `ONBUILD <instruction>` judged as
 * that instruction. Any stage can be built (`--target`, a CI job building its test stage), so
 * what a step runs or pulls matters wherever it is written; an ONBUILD trigger runs in every
 * build FROM this image. What the built image ends up as (USER, HEALTHCHECK, CMD, EXPOSE) is
 * asked of the built stage instead (src/image/config.ts).
 */
export function buildInstructions(image: ImageModel, keywords?: readonly string[]): Instruction[] {
  const out: Instruction[] = [];
  for (const stage of image.stages) {
    for (const written of stage.instructions) {
      const ins = written.trigger ?? written;
      if (!keywords || keywords.includes(ins.keyword)) out.push(ins);
    }
  }
  return out;
}

/** Every simple command run by the build steps `buildInstructions` lists (RUN unless other keywords are asked). */
export function imageCommands(image: ImageModel, keywords: readonly string[] = ['RUN']): ImageCommand[] {
  const out: ImageCommand[] = [];
  for (const instruction of buildInstructions(image, keywords)) {
    for (const command of instruction.shell?.commands ?? []) out.push({ instruction, command });
  }
  return out;
}

/** The commands a container starts with: compose `command`/`entrypoint`. */
export function runtimeCommands(container: RuntimeModel): SimpleCommand[] {
  return [...(container.entrypoint?.script.commands ?? []), ...(container.command?.script.commands ?? [])];
}

/** Root as Docker reads a USER value: `root`, `0`, with any group (`0:0`, `root:wheel`). */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0]!.trim();
  return name === 'root' || /^0+$/.test(name);
}
