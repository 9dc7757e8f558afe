/**
 * What ends up in the built image's config: the command a container starts with, the ports it
 * declares, its HEALTHCHECK. Unlike build steps (judged in every stage: any stage can be
 * built), these come only from the built stage and the stages it builds on through
 * `FROM <stage>`: a CMD or EXPOSE in a stage that is only `COPY --from`'d never reaches the
 * image, and a builder stage's USER or CMD is not what the shipped container runs.
 */
import type { Located } from '../position.js';
import type { ImageCommand } from '../knowledge/query.js';
import type { ImageModel, Instruction, Stage } from './model.js';

/** The stage, then the stage it builds on, and so on up to the one built on an image. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !chain.includes(s); s = s.parent) chain.push(s);
  return chain;
}

/** The last instruction with this keyword in force for the stage, inherited through `FROM <stage>`. */
export function lastInChain(stage: Stage, keyword: string): Instruction | undefined {
  for (const s of stageChain(stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) if (s.instructions[i]!.keyword === keyword) return s.instructions[i];
  }
  return undefined;
}

/**
 * The ENTRYPOINT and CMD a container of the built image starts with. Docker resets an
 * inherited CMD when a later stage sets ENTRYPOINT, so a CMD from an earlier stage than the
 * ENTRYPOINT's does not run.
 */
export function startInstructions(image: ImageModel): Instruction[] {
  return image.builtStage ? stageStartInstructions(image.builtStage) : [];
}

/** The ENTRYPOINT and CMD a container of this stage's image starts with (see startInstructions). */
export function stageStartInstructions(stage: Stage): Instruction[] {
  const chain = stageChain(stage);
  const entrypoint = lastInChain(stage, 'ENTRYPOINT');
  let cmd = lastInChain(stage, 'CMD');
  if (entrypoint && cmd && chain.indexOf(cmd.stage!) > chain.indexOf(entrypoint.stage!)) cmd = undefined;
  return [entrypoint, cmd].filter((i): i is Instruction => !!i);
}

/**
 * `ONBUILD <keyword>` triggers of every stage: the configuration they give each image built
 * FROM that stage (in this file or elsewhere), judged as if written there.
 */
export function onbuildTriggers(image: ImageModel, keywords: readonly string[]): Instruction[] {
  return image.stages.flatMap((s) => s.instructions.flatMap((i) => (i.trigger && keywords.includes(i.trigger.keyword) ? [i.trigger] : [])));
}

/** The built image's ENTRYPOINT and CMD, and the ONBUILD ENTRYPOINT/CMD triggers of every stage. */
export function containerStarts(image: ImageModel): Instruction[] {
  return [...startInstructions(image), ...onbuildTriggers(image, ['ENTRYPOINT', 'CMD'])];
}

/** Every simple command of `containerStarts`. */
export function startCommands(image: ImageModel): ImageCommand[] {
  return containerStarts(image).flatMap((instruction) => (instruction.shell?.commands ?? []).map((command) => ({ instruction, command })));
}

export interface ExposedPort {
  instruction: Instruction;
  /** The EXPOSE argument as written. */
  written: Located<string>;
  /** First and last port of the entry (equal for a single port). */
  from: number;
  to: number;
  /** `tcp` unless written otherwise. */
  protocol: string;
}

/**
 * Ports the built image declares with EXPOSE (inherited through `FROM <stage>`), and those an
 * `ONBUILD EXPOSE` gives every image built FROM a stage, after ARG/ENV substitution. An
 * argument with an unresolved variable is skipped, not guessed.
 */
export function exposedPorts(image: ImageModel): ExposedPort[] {
  const stage = image.builtStage;
  const declared = [
    ...(stage ? stageChain(stage).reverse().flatMap((s) => s.instructions.filter((i) => i.keyword === 'EXPOSE')) : []),
    ...onbuildTriggers(image, ['EXPOSE']),
  ];
  return portsDeclared(declared);
}

/** The ports these EXPOSE instructions declare, after substitution (unresolved arguments skipped). */
export function portsDeclared(instructions: Instruction[]): ExposedPort[] {
  const out: ExposedPort[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword !== 'EXPOSE') continue;
    for (const written of instruction.args) {
      const expanded = instruction.expand(written.value);
      if (expanded.unresolved.length) continue;
      for (const token of expanded.value.split(/\s+/)) {
        const m = /^(\d+)(?:-(\d+))?(?:\/([a-z]+))?$/i.exec(token);
        if (!m) continue;
        const from = Number(m[1]);
        out.push({ instruction, written, from, to: m[2] ? Number(m[2]) : from, protocol: (m[3] ?? 'tcp').toLowerCase() });
      }
    }
  }
  return out;
}

/** True when an exposed entry covers the TCP port. */
export function exposesTcp(port: ExposedPort, n: number): boolean {
  return port.protocol === 'tcp' && port.from <= n && n <= port.to;
}
