/**
 * Builds the Pagefind index from the model's search records. It starts
 * before Astro renders and runs in Pagefind's own process, so on two cores
 * the index costs almost nothing in wall time; the files are written only
 * once the site has built. Every response's errors are checked, and the
 * service is always closed. @see withastro/starlight integrations/pagefind.ts
 */
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import type { SearchPage } from './records.ts';

/** Fails with Pagefind's own words when a step reports errors. */
function ensure(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** An index being built: `write` it into a built site, or `discard` it. */
export interface PendingIndex {
  write(siteDir: string): Promise<number>;
  discard(): Promise<void>;
}

/** Starts indexing the pages. */
export async function startIndex(pages: readonly SearchPage[]): Promise<PendingIndex> {
  let index: PagefindIndex | undefined;
  const added = (async () => {
    const created = await createIndex({});
    ensure('start', created.errors);
    if (!created.index) throw new Error('Pagefind could not start.');
    index = created.index;
    // Sent all at once: Pagefind's service queues them and works on its own core.
    const responses = await Promise.all(pages.map((page) => index!.addHTMLFile(page)));
    responses.forEach((response, i) => ensure(`index ${pages[i]!.url}`, response.errors));
  })();
  added.catch(() => undefined); // reported by write()
  return {
    async write(siteDir) {
      try {
        await added;
        const written = await index!.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
        ensure('write the index', written.errors);
        return pages.length;
      } finally {
        await close();
      }
    },
    async discard() {
      await added.catch(() => undefined);
      await close();
    },
  };
}
