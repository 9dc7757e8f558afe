/**
 * dockerfile-ast re-tokenises an instruction's text on every `getRawArguments()` and
 * `getArguments()` call, and the image model asks for them several times per instruction
 * (about 5.7 times on real files: 12% of a whole run in a profile). The tokens of an
 * instruction never change once parsed, so each instruction keeps its own, computed on first
 * use. Callers get a copy, because dockerfile-ast itself shifts flags off the array it gets.
 * Measured on the fixtures (596 Dockerfiles, medians of 7 runs, 4 alternations): 0.87x the
 * uncached time. To offer upstream; until then this patch is ours, and tests/ast-cache.test.ts pins it.
 */
import { Instruction, ModifiableInstruction, type Argument } from 'dockerfile-ast';

type Cached = Record<symbol, Argument[] | undefined>;

type Patchable = { getArguments?(): Argument[]; getRawArguments?(): Argument[] };

function cacheOn(proto: Patchable, method: 'getArguments' | 'getRawArguments'): void {
  // One key per class and method: ModifiableInstruction's getArguments (flags removed) calls the base one.
  const key = Symbol(`isolint.${method}`);
  const original = proto[method];
  if (!original || (original as { isolintCached?: boolean }).isolintCached) return;
  const cached = function (this: Cached) {
    const hit = this[key];
    if (hit) return hit.slice();
    const computed = original.call(this);
    this[key] = computed.slice();
    return computed;
  };
  (cached as { isolintCached?: boolean }).isolintCached = true;
  proto[method] = cached;
}

cacheOn(Instruction.prototype as unknown as Patchable, 'getRawArguments');
cacheOn(Instruction.prototype as unknown as Patchable, 'getArguments');
cacheOn(ModifiableInstruction.prototype as unknown as Patchable, 'getArguments');
