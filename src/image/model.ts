/**
 * The image model: one Dockerfile parsed once, read by every image rule. Rules never see
 * Dockerfile text; they ask about stages, instructions, resolved values and shell commands.
 */
import type { Located, LineIndex, Location } from '../position.js';
import type { ShellScript } from '../shell.js';
import type { Expanded, Vars } from './vars.js';

export interface Flag {
  /** Flag name without dashes: `mount`, `network`, `security`, `from`, `checksum`, `platform`. */
  name: string;
  value: string | undefined;
  /** `--mount=type=secret,id=x` options as a map. */
  options: Record<string, string>;
  loc: Location;
}

export interface Property {
  name: Located<string>;
  /** The value with quotes removed, before substitution; undefined for `ARG NAME` without default. */
  value: Located<string> | undefined;
}

export interface Instruction {
  /** Upper-case keyword: `RUN`, `FROM`, `USER`, ... */
  keyword: string;
  /** The whole instruction, from keyword to its last line (heredoc bodies included). */
  loc: Location;
  keywordLoc: Location;
  flags: Flag[];
  /** Whitespace-separated arguments after the flags, as written, each with its location. */
  args: Located<string>[];
  /** ARG/ENV/LABEL name=value pairs. */
  properties: Property[];
  /** For RUN, CMD, ENTRYPOINT (shell or exec form, heredocs, `sh -c` bodies): the commands run. */
  shell: ShellScript | undefined;
  /** True for `["exec", "form"]` arguments. */
  execForm: boolean;
  /** The stage this instruction belongs to; undefined for ARGs before the first FROM. */
  stage: Stage | undefined;
  /** Substitutes ARG/ENV values in scope at this instruction, as Docker does. */
  expand(text: string): Expanded;
  /** Variables in scope at this instruction (ARG and ENV). */
  vars: Vars;
  /**
   * For `ONBUILD <instruction>`: that instruction, located at its own words. It runs in every
   * build FROM this image, so build-step rules judge it as written there; it is not part of
   * this stage's own state (its USER, CMD or EXPOSE do not apply to this image).
   */
  trigger: Instruction | undefined;
}

export interface ImageRef {
  /** The image as written in FROM (or `COPY --from`). */
  written: Located<string>;
  /** After ARG substitution; undefined when a variable in it has no value. */
  resolved: string | undefined;
  unresolved: string[];
  /** Set when the reference names an earlier stage instead of an image. */
  stage: Stage | undefined;
  scratch: boolean;
  /** Name without tag and digest (`docker.io/library/alpine`, as written). */
  name: string | undefined;
  tag: string | undefined;
  digest: string | undefined;
}

export interface Stage {
  index: number;
  /** `AS name`, lower-cased as Docker compares it. */
  name: Located<string> | undefined;
  from: Instruction;
  base: ImageRef;
  platform: Located<string> | undefined;
  /** The earlier stage this one builds on (`FROM builder`). */
  parent: Stage | undefined;
  /** Instructions after FROM, in order. */
  instructions: Instruction[];
  /** Stages whose files this stage reads (`COPY --from`, `RUN --mount=from=`), besides its parent. */
  reads: Stage[];
}

export interface ImageUser {
  /** The USER instruction that sets it, and its argument. */
  instruction: Instruction;
  written: Located<string>;
  /** After substitution; undefined when a variable has no value. */
  resolved: string | undefined;
}

export interface ImageModel {
  file: string;
  text: string;
  lines: LineIndex;
  escape: string;
  /** Parser directives at the top of the file (`syntax`, `escape`, `check`). */
  directives: Record<string, Located<string>>;
  /** ARGs before the first FROM. */
  globalArgs: Instruction[];
  stages: Stage[];
  /** Every instruction in file order. */
  instructions: Instruction[];
  /** The stage that is built: the named target, or the last stage. */
  builtStage: Stage | undefined;
  /**
   * The built stage and every stage it depends on, in file order: what a default build runs.
   * Build-step rules read every stage instead (any stage can be built with `--target`).
   */
  buildStages: Stage[];
  /**
   * Set when the Dockerfile is written inside a Compose service (`dockerfile_inline`): the
   * container's final state (USER, HEALTHCHECK) is that service's, which may override it, and
   * is judged on the service.
   */
  writtenInService?: string;
  /** `--target` was given but names no stage. */
  missingTarget: string | undefined;
  /** The USER in force at the end of a stage, through `FROM <stage>` inheritance; undefined when none is set. */
  effectiveUser(stage: Stage): ImageUser | undefined;
}
