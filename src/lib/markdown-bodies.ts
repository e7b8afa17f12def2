/**
 * Which bodies Astro renders, and what okrbook hands the pages for the rest.
 * Plain Markdown is the fast path (content.md): the integration renders `.md`
 * bodies itself with the project's own Markdown processor and settings
 * (`markdown` in astro.config.mjs; src/integration/markdown.ts; the page
 * side: src/site/body.ts), so
 * thousands of check-ins never go through the content layer's sync, store
 * and bundler. MDX (components) and Markdown with images (Astro optimises
 * them) go through Astro's content collections.
 */
import type { MarkdownHeading } from 'astro';

/** A body rendered to HTML, with its headings for an outline. */
export interface RenderedMarkdown {
  html: string;
  headings: MarkdownHeading[];
}

/** Markdown image syntax or an `<img>` tag: Astro's pipeline resolves and optimises those. */
export const IMAGE = /!\[|<img\b/i;

/** Whether an entry's body must be rendered by Astro (MDX, or Markdown showing images). */
export function needsAstro(entry: { file: string; body: string }): boolean {
  return /\.mdx$/i.test(entry.file) || IMAGE.test(entry.body);
}
