/** Shell scripts (`*.sh`, `*.bash`, a shell shebang) → the containers their `docker run` lines start. */
import { baseName } from './dockerfile.js';
import { loadShellFiles, mayRunContainers, wholeFile } from './docker-cli/shell-text.js';
import type { Source } from './source.js';

/** `#!/bin/sh`, `#!/usr/bin/env bash`, `#! /bin/bash -e`, `#!/usr/bin/env -S bash -x`. */
const SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash|mksh)(?:\s|$)/;

export const shellSource: Source = {
  kind: 'shell',
  reads: '`*.sh`, `*.bash`, and files without an extension whose first line is a shell shebang (`sh`, `bash`, `dash`, `zsh`, `ksh`, `#!/usr/bin/env bash`): their `docker`/`podman`/`nerdctl` `run` and `create` commands',
  usesShellParser: mayRunContainers,
  comments: { backslashContinues: true },
  claims(path) {
    return /\.(sh|bash)$/i.test(baseName(path));
  },
  claimsFirstLine(line) {
    return SHEBANG.test(line);
  },
  load(files) {
    return loadShellFiles(files, 'shell', (f) => wholeFile(f.text));
  },
};
