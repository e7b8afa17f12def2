/**
 * Builds the Pagefind index from the model's search records. It starts
 * before Astro renders and runs in Pagefind's own process, so on two cores
 * the index costs almost nothing in wall time; the files are written only
 * once the site has built. Every response's errors are checked, and the
 * service is always closed. @see withastro/starlight integrations/pagefind.ts
 */
import { renameSync, rmSync } from 'node:fs';
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

/**
 * Starts indexing the pages, and writes the index into `scratch` (a folder
 * beside the site being built) as soon as it is complete, without waiting
 * for the site: the finished index is then moved into place in an instant.
 */
export async function startIndex(pages: readonly SearchPage[], scratch: string): Promise<PendingIndex> {
  rmSync(scratch, { recursive: true, force: true });
  const built = (async () => {
    const created = await createIndex({});
    ensure('start', created.errors);
    if (!created.index) throw new Error('Pagefind could not start.');
    const index: PagefindIndex = created.index;
    // Sent all at once: Pagefind's service queues them and works on its own core.
    const responses = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
    responses.forEach((response, i) => ensure(`index ${pages[i]!.url}`, response.errors));
    const written = await index.writeFiles({ outputPath: scratch });
    ensure('write the index', written.errors);
  })();
  built.catch(() => undefined); // reported by write()
  return {
    async write(siteDir) {
      try {
        await built;
        renameSync(scratch, path.join(siteDir, 'pagefind'));
        return pages.length;
      } finally {
        rmSync(scratch, { recursive: true, force: true });
        await close();
      }
    },
    async discard() {
      await built.catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
      await close();
    },
  };
}
