import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = pathToFileURL(path.resolve(process.env.OKRBOOK_CONTENT ?? '.') + path.sep);

export const collections = {
  pages: defineCollection({
    loader: glob({ base: root, pattern: ['okrs/**/*.{md,mdx}', 'checkins/**/*.{md,mdx}'], generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
  }),
};
