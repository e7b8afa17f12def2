/**
 * An entry's body for a page: plain Markdown as the integration rendered it
 * with the project's Markdown processor (src/integration/markdown.ts), MDX
 * and Markdown with images through Astro's content collections (by way of
 * `okrbook:astro-bodies`, which a build that shows no such body leaves
 * empty: src/integration/vite-plugins.ts).
 */
import { getEntry, render } from 'okrbook:astro-bodies';
import type { MarkdownHeading } from 'astro';
import type { Located } from '../model/types.ts';
import { noteBody } from './dependencies.ts';
import { needsAstro } from '../lib/markdown-bodies.ts';
import { openedSite } from './site-data.ts';

/** The collections of content.config.ts, by the entry kind they hold. */
export type BodyCollection = 'teams' | 'cycles' | 'objectives' | 'checkins' | 'guide' | 'handovers';

/** A rendered body: HTML from the fast path, or Astro's component for MDX. */
export interface Body {
  html?: string;
  Content?: Awaited<ReturnType<typeof render>>['Content'];
  headings: MarkdownHeading[];
  /** Whether the body has any text: an empty body shows nothing. */
  empty: boolean;
}

/** Renders the body of an entry of `collection` with the given id. */
export async function bodyOf(collection: BodyCollection, entry: Located & { id: string }): Promise<Body> {
  noteBody(entry.file);
  const empty = entry.body.trim() === '';
  if (!needsAstro(entry)) {
    const rendered = (await openedSite()).bodies[entry.file];
    return { html: rendered?.html ?? '', headings: rendered?.headings ?? [], empty };
  }
  const found = await getEntry(collection, entry.id);
  if (!found) return { headings: [], empty: true };
  const { Content, headings } = await render(found);
  return { Content, headings, empty };
}
