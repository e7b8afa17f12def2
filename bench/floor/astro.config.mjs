// The benchmark's floor: bare Astro publishing one page per objective and
// check-in file, rendering its body, nothing else. okrbook's build is
// measured against it on the same content root.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.FLOOR_OUT_DIR || './dist',
  cacheDir: process.env.FLOOR_CACHE_DIR || './node_modules/.astro',
  integrations: [mdx()],
});
