/**
 * Content collections over the content root (OKRBOOK_CONTENT, default
 * content/) for the bodies Astro renders: MDX, and Markdown showing images.
 * Plain Markdown takes okrbook's fast path (src/lib/markdown.ts) and the
 * resolved model (src/model) is what pages read for data. Both use the same
 * schemas.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { checkInSchema, cycleSchema, guideSchema, handoverSchema, objectiveSchema, teamSchema } from './schemas/index.ts';
import { entryId, type FolderKind } from './model/ids.ts';
import { optionsFromEnv } from './model/options.ts';
import { buildPlan } from './lib/plan.ts';

const { contentRoot } = optionsFromEnv();

/**
 * `npm run build` lists the files whose bodies Astro must render (its plan);
 * the thousands of plain Markdown check-ins then never enter the content
 * layer. Without a plan (dev, `astro check`), every file is a collection entry.
 */
const astroBodies = buildPlan()?.astroBodies;

/** A file name as a glob that matches only itself. */
const literal = (file: string) => file.replace(/[\\()[\]{}*?!+@|]/g, '\\$&');

/** `.md`/`.mdx` below a folder of the content root, `_`-prefixed files and folders ignored. */
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

/**
 * The entry's schema, applied without failing: okrbook's own validator
 * (src/model) reports content errors with file, line, field and fix, in
 * `check`, in `build` before Astro starts, and in the dev overlay. Astro
 * failing first would stop the dev server with a stack trace instead.
 */
function tolerant<S extends z.ZodType>(schema: S) {
  // `npm run build` has validated every file with these schemas already: parsing twice buys nothing.
  if (process.env.OKRBOOK_VALIDATED === '1') return undefined;
  return z.unknown().transform((data) => {
    const result = schema.safeParse(data);
    return result.success ? result.data : (data as z.output<S>);
  });
}

export const collections = {
  teams: defineCollection({ loader: entries('teams', 'team'), schema: tolerant(teamSchema) }),
  cycles: defineCollection({ loader: entries('cycles', 'cycle'), schema: tolerant(cycleSchema) }),
  objectives: defineCollection({ loader: entries('okrs', 'objective'), schema: tolerant(objectiveSchema) }),
  checkins: defineCollection({ loader: entries('checkins', 'checkin'), schema: tolerant(checkInSchema) }),
  guide: defineCollection({ loader: entries('guide', 'guide'), schema: tolerant(guideSchema) }),
  handovers: defineCollection({ loader: entries('handovers', 'handover'), schema: tolerant(handoverSchema) }),
};
