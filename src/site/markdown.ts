/**
 * Plain Markdown is the fast path (content.md): okrbook renders `.md` bodies
 * itself, with the Markdown processor and settings Astro uses by default, so
 * thousands of check-ins never go through the content layer's sync, store and
 * bundler. MDX (components) and Markdown with images (Astro optimises them)
 * still go through Astro's content collections.
 */
import { markdownConfigDefaults, type MarkdownHeading, type MarkdownRenderer } from '@astrojs/internal-helpers/markdown';

/** A body rendered to HTML, with its headings for an outline. */
export interface RenderedMarkdown {
  html: string;
  headings: MarkdownHeading[];
}

/** Markdown image syntax or an `<img>` tag: Astro's pipeline resolves and optimises those. */
const IMAGE = /!\[|<img\b/i;

/** Whether an entry's body must be rendered by Astro (MDX, or Markdown showing images). */
export function needsAstro(entry: { file: string; body: string }): boolean {
  return /\.mdx$/i.test(entry.file) || IMAGE.test(entry.body);
}

type Renderers = { plain: MarkdownRenderer; highlighting: Promise<MarkdownRenderer> };
let renderers: Promise<Renderers> | undefined;
const rendered = new Map<string, Promise<RenderedMarkdown>>();

/** Astro's default Markdown renderer, and one without syntax highlighting (Shiki is slow to start). */
async function load(): Promise<Renderers> {
  // Loaded on first use: commands that only ask `needsAstro` do not pay for the processor.
  const { satteri } = await import('@astrojs/markdown-satteri');
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdownConfigDefaults;
  const processor = satteri();
  let highlighting: Promise<MarkdownRenderer> | undefined;
  return {
    plain: await processor.createRenderer({ syntaxHighlight: false, gfm, smartypants }),
    get highlighting() {
      return (highlighting ??= processor.createRenderer({ syntaxHighlight, shikiConfig, gfm, smartypants }));
    },
  };
}

/** Renders a Markdown body exactly as Astro renders a `.md` entry with its default settings; once per body text. */
export function renderMarkdown(body: string): Promise<RenderedMarkdown> {
  let result = rendered.get(body);
  if (!result) {
    result = (async () => {
      const { plain, highlighting } = await (renderers ??= load());
      let { code, metadata } = await plain.render(body);
      // Highlighting changes only code blocks: a body without one is the same either way.
      if (code.includes('<pre')) ({ code, metadata } = await (await highlighting).render(body));
      return { html: code, headings: metadata.headings };
    })();
    rendered.set(body, result);
  }
  return result;
}
