/**
 * `npm pack` (prepack): bundles the command line (src/cli/okrbook.ts) into
 * plain JavaScript in lib/cli/, which bin/okrbook.mjs runs once okrbook is
 * installed: Node.js strips TypeScript types only outside node_modules.
 * Packages stay imports (Astro, YAML, ...); okrbook's own modules are
 * bundled, one file per command. lib/cli/ sits two folders below the
 * package, as src/cli/ does, so paths relative to a module stay right.
 * Astro builds the pages from the TypeScript source itself (src/).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'lib', 'cli');
rmSync(path.join(root, 'lib'), { recursive: true, force: true });
if (process.argv[2] !== '--clean') {
  await build({
    input: { okrbook: path.join(root, 'src', 'cli', 'okrbook.ts') },
    platform: 'node',
    // Everything that is not one of okrbook's own files stays an import.
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0'),
    output: { dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    logLevel: 'warn',
  });
  console.log(`okrbook: the command line is bundled in ${path.relative(root, out)}/`);
}
