/**
 * The Dockerfiles a run parsed last, shared by the sources that read them: the Dockerfile
 * source and a Compose `build:` (or a devcontainer's) parse the same file at the same target
 * with the same build args, and the second gets the first one's model. The cache holds a few
 * models, not the run's: lint() hands parts of different sources on in file order
 * (src/sources/run.ts), so the two parses of one file are close together. A model is shared
 * only for the same text, target and build args, and models are never changed once built.
 */
import type { ImageModel } from './model.js';
import { parseImage, type ImageParseOptions } from './parse.js';

export class ImageParses {
  private readonly recent = new Map<string, { text: string; image: ImageModel }>();

  constructor(private readonly capacity = 8) {}

  readonly parse = (options: ImageParseOptions): ImageModel => {
    const args = Object.entries(options.buildArgs ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = JSON.stringify([options.file, options.target ?? null, args]);
    const hit = this.recent.get(key);
    if (hit && hit.text === options.text) {
      this.recent.delete(key); // most recently used last
      this.recent.set(key, hit);
      return hit.image;
    }
    const image = parseImage(options);
    this.recent.delete(key);
    this.recent.set(key, { text: options.text, image });
    if (this.recent.size > this.capacity) this.recent.delete(this.recent.keys().next().value!);
    return image;
  };
}
