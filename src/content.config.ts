/**
 * Content collections over the content root (OKRBOOK_CONTENT, default
 * content/). Astro renders the bodies; the resolved model (src/model) is what
 * pages read for data. Both use the same schemas.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { checkInSchema, cycleSchema, guideSchema, objectiveSchema, teamSchema } from './schemas/index.ts';
import { entryId } from './model/load.ts';
import { optionsFromEnv } from './model/options.ts';

const { contentRoot } = optionsFromEnv();

/** `.md`/`.mdx` below a folder of the content root, `_`-prefixed files and folders ignored. */
function entries(folder: string, kind: Parameters<typeof entryId>[0]) {
  return glob({
    // The base is the root itself so that a missing folder (no guide yet) is simply empty.
    base: pathToFileURL(contentRoot + path.sep),
    pattern: [`${folder}/**/*.{md,mdx}`, '!**/_*', '!**/_*/**', '!**/.*'],
    // Ids exactly as content.md defines them (not slugified).
    generateId: ({ entry }) => entryId(kind, entry.slice(folder.length + 1)),
    retainBody: false,
  });
}

export const collections = {
  teams: defineCollection({ loader: entries('teams', 'team'), schema: teamSchema }),
  cycles: defineCollection({ loader: entries('cycles', 'cycle'), schema: cycleSchema }),
  objectives: defineCollection({ loader: entries('okrs', 'objective'), schema: objectiveSchema }),
  checkins: defineCollection({ loader: entries('checkins', 'checkin'), schema: checkInSchema }),
  guide: defineCollection({ loader: entries('guide', 'guide'), schema: guideSchema }),
};
