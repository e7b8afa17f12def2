// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { okrbook } from './src/integration.ts';

/** `OKRBOOK_BASE=/okrs/` serves the site below a folder; always with slashes on both ends. */
const base = `/${(process.env.OKRBOOK_BASE ?? '').trim().replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  base,
  // `npm run build` writes into a fresh folder and swaps it into place (src/cli/build.ts).
  outDir: process.env.OKRBOOK_OUT_DIR || './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), okrbook()],
});
