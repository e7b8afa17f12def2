/**
 * Content collections over the content root (OKRBOOK_CONTENT, default
 * content/) for the bodies only Astro renders: MDX, and Markdown showing
 * images. Plain Markdown takes okrbook's fast path (src/lib/markdown-bodies.ts),
 * and the resolved model (src/model), validated by the okrbook integration,
 * is what pages read for data: the collections carry bodies, not data, so
 * they need no schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { astroBodies } from 'virtual:okrbook/astro-bodies';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { entryId, type FolderKind } from './model/ids.ts';
import { optionsFromEnv } from './model/options.ts';

const { contentRoot } = optionsFromEnv();

/** A file name as a glob that matches only itself. */
const literal = (file: string) => file.replace(/[\\()[\]{}*?!+@|]/g, '\\$&');

/**
 * `.md`/`.mdx` below a folder of the content root, `_`-prefixed files and
 * folders ignored. A build lists the files whose bodies Astro renders, so
 * the thousands of plain Markdown check-ins never enter the content layer;
 * under `astro dev` every file is an entry (a new MDX file may appear).
 */
function entries(folder: string, kind: FolderKind) {
  const listed = astroBodies?.filter((file) => file.startsWith(`${folder}/`));
  if (listed?.length === 0) return async () => [];
  return glob({
    // The base is the root itself so that a missing folder (no guide yet) is simply empty.
    base: pathToFileURL(contentRoot + path.sep),
    pattern: listed ? listed.map(literal) : [`${folder}/**/*.{md,mdx}`, '!**/_*', '!**/_*/**', '!**/.*'],
    // Ids exactly as content.md defines them (not slugified).
    generateId: ({ entry }) => entryId(kind, entry.slice(folder.length + 1)),
    retainBody: false,
  });
}

export const collections = {
  teams: defineCollection({ loader: entries('teams', 'team') }),
  cycles: defineCollection({ loader: entries('cycles', 'cycle') }),
  objectives: defineCollection({ loader: entries('okrs', 'objective') }),
  checkins: defineCollection({ loader: entries('checkins', 'checkin') }),
  guide: defineCollection({ loader: entries('guide', 'guide') }),
  handovers: defineCollection({ loader: entries('handovers', 'handover') }),
};
