/** Questions several rules ask of the models, answered once here. */
import type { ImageModel, Instruction } from './image/model.js';
import type { RuntimeModel } from './runtime/model.js';
import type { SimpleCommand } from './shell.js';

export interface ImageCommand {
  instruction: Instruction;
  command: SimpleCommand;
}

/**
 * Instructions of the stages that are built (the built stage and what it depends on):
 * their steps run and their layers or history may ship.
 */
export function buildInstructions(image: ImageModel, keywords?: readonly string[]): Instruction[] {
  const out: Instruction[] = [];
  for (const stage of image.buildStages) {
    for (const ins of stage.instructions) if (!keywords || keywords.includes(ins.keyword)) out.push(ins);
  }
  return out;
}

/** Every simple command run by RUN (and, if asked, CMD/ENTRYPOINT) in the built stages. */
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
