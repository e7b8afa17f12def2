/**
 * The Pagefind index, built from the model's search records (not from the
 * rendered site) in Pagefind's own process while Astro renders, then copied
 * into the site in `astro:build:done`. An index whose records did not change
 * since the last build is reused as it is. Every response's errors are
 * checked, and the service is always closed.
 * @see withastro/starlight integrations/pagefind.ts
 */
import { constants, cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import type { SearchPage } from '../search/records.ts';
import { scratchPathOf } from '../lib/atomic-write.ts';

/** Fails with Pagefind's own words when a step reports errors. */
function ensure(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** An index being built (or reused): `write` it into a built site, or `discard` it. */
export interface PendingIndex {
  /** Whether the last build's index is reused. */
  reused: boolean;
  write(siteDir: string): Promise<number>;
  discard(): Promise<void>;
}

/** Builds the index of `pages` in `folder` (a folder of okrbook's cache, kept for the next build). */
async function buildIndex(pages: readonly SearchPage[], folder: string): Promise<void> {
  try {
    const created = await createIndex({});
    ensure('start', created.errors);
    if (!created.index) throw new Error('Pagefind could not start.');
    const index: PagefindIndex = created.index;
    // Sent all at once: Pagefind's service queues them and works on its own core.
    const responses = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
    responses.forEach((response, i) => ensure(`index ${pages[i]!.url}`, response.errors));
    const scratch = scratchPathOf(folder);
    const old = `${scratch}.old`;
    // Removed off the main thread: a thousand files of the last index would hold up Astro's rendering (2 s measured).
    await Promise.all([rm(scratch, { recursive: true, force: true }), rm(old, { recursive: true, force: true })]);
    const written = await index.writeFiles({ outputPath: scratch });
    ensure('write the index', written.errors);
    if (existsSync(folder)) renameSync(folder, old);
    renameSync(scratch, folder);
    await rm(old, { recursive: true, force: true });
  } finally {
    await close();
  }
}

/**
 * Puts the index into the site, in place of any index an earlier build left
 * there (a project may keep its output folder: `vite.build.emptyOutDir:
 * false`). A copy, never a link: a deploy step that rewrites the site's
 * files in place must not change the cached index the next build reuses.
 * Where the file system can, each file is a copy-on-write clone.
 */
export function placeIndex(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, mode: constants.COPYFILE_FICLONE });
}

/**
 * Starts indexing `pages` into `cache/pagefind/` unless the index there was
 * made from the same pages; `write` copies it into the site once both are done.
 */
export function startIndex(pages: readonly SearchPage[], cache: string): PendingIndex {
  const folder = path.join(cache, 'pagefind');
  const digestFile = path.join(cache, 'pagefind.digest');
  const digest = createHash('sha256');
  for (const page of pages) digest.update(page.url).update('\0').update(page.content).update('\n');
  const wanted = digest.digest('hex');
  const reused = existsSync(folder) && existsSync(digestFile) && readFileSync(digestFile, 'utf8') === wanted;
  if (!reused) rmSync(digestFile, { force: true });
  const built = reused ? Promise.resolve() : buildIndex(pages, folder).then(() => writeFileSync(digestFile, wanted));
  built.catch(() => undefined); // reported by write()
  return {
    reused,
    async write(siteDir) {
      await built;
      placeIndex(folder, path.join(siteDir, 'pagefind'));
      return pages.length;
    },
    async discard() {
      await built.catch(() => undefined);
    },
  };
}
