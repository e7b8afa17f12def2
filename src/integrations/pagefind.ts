/**
 * The search index, built by Pagefind inside `astro build` (no separate
 * step). Only pages that mark their content with `data-pagefind-body` are
 * indexed; every response's errors are checked and the service is always
 * closed. @see withastro/starlight packages/starlight/integrations/pagefind.ts
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** Fails the build with Pagefind's own words when a step reports errors. */
function ensure(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Indexes the built site into `<outDir>/pagefind/`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'okrbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          // Table headings, badges and score bars repeat on every page and make poor excerpts.
          const { index, errors } = await createIndex({
            excludeSelectors: ['[data-pagefind-ignore]', 'svg', 'canvas', 'script', 'thead', 'caption', '.facts', '.badge', '.score-bar', '.kr-meta'],
          });
          ensure('start', errors);
          if (!index) throw new Error('Pagefind could not start.');
          const added = await index.addDirectory({ path: site });
          ensure('read the site', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${site}.`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          ensure('write the index', written.errors);
          logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
