/**
 * What the commands (`okrbook check`, `new`, `import`, `build`) take from the
 * site's astro.config: the content root given as `okrbook({ content: '...' })`.
 * The commands do not run the config (it may import anything, and Node.js
 * cannot load okrbook's TypeScript from node_modules); they read the option
 * where it is written as a plain string, the way the docs show it.
 * `OKRBOOK_CONTENT` still wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Astro's config file names, in the order Astro looks for them. */
const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs', 'astro.config.cts'];

/** The `content` option of `okrbook({ ... })` in a config's text, when it is a plain string. */
export function contentOption(configText: string): string | undefined {
  const call = /\bokrbook\s*\(\s*\{([\s\S]*?)\}\s*\)/.exec(configText.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ''));
  if (!call) return undefined;
  return /(?:^|[\s,{])content\s*:\s*(['"`])([^'"`$\n]+)\1/.exec(call[1]!)?.[2];
}

/** Sets OKRBOOK_CONTENT from the site's astro.config when it names a content root and the variable is not set. */
export function contentFromSiteConfig(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): void {
  if (env.OKRBOOK_CONTENT?.trim()) return;
  const file = CONFIG_FILES.map((name) => path.join(cwd, name)).find((candidate) => existsSync(candidate));
  if (!file) return;
  const content = contentOption(readFileSync(file, 'utf8'));
  if (content) env.OKRBOOK_CONTENT = content;
}
