// Builds what the npm package runs, in dist/bundle/: isolint.mjs, the command (src/bin.ts),
// index.mjs, the library (src/index.ts), and lint-worker.mjs, which worker threads start from
// (--concurrency), with every dependency they import bundled in and
// their shared code in one chunk (esbuild splitting). The bundled command starts faster than
// the tsc output it is made from (bench/startup.mjs measures both), and the package then has
// no dependencies to install. The two WebAssembly files isolint loads are copied beside them
// (src/shell.ts looks next to its own module first), so the package needs neither the
// tree-sitter-bash package (a devDependency, only read here) nor an install step. The tsc
// output in dist/src/ gives the package its type declarations.
// Also writes dist/bundle/meta.json (esbuild's metafile, not packed): the packages the bundle
// holds, which a test compares with THIRD-PARTY-NOTICES.
//
// Usage: node scripts/build-cli.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPrograms, root } from './esbuild-programs.mjs';

const outDir = join(root, 'dist', 'bundle');
const result = await buildPrograms({ entryPoints: { isolint: 'src/bin.ts', index: 'src/index.ts', 'lint-worker': 'src/lint-worker.ts' }, outDir, executable: 'isolint.mjs', metafile: true });
writeFileSync(join(outDir, 'meta.json'), JSON.stringify(result.metafile));
