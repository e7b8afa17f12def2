/**
 * Plain Markdown bodies rendered with the project's Markdown processor, as
 * Astro renders a `.md` file: `config.markdown.processor` with the
 * project's `markdown` settings (syntax highlighting, Shiki themes, plugins).
 * Each body is rendered once; a build keeps what it rendered, by the body's
 * digest, so the next build renders only new and changed bodies.
 * @see https://docs.astro.build/en/reference/configuration-reference/#markdownprocessor
 */
import type { AstroConfig } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { entriesOf } from '../model/entries.ts';
import type { Model } from '../model/types.ts';
import { digestOf } from '../lib/digest.ts';
import { writeFileAtomically } from '../lib/atomic-write.ts';
import { needsAstro, type RenderedMarkdown } from '../lib/markdown-bodies.ts';

/** Renders plain Markdown with the project's processor; what it rendered before is kept in `cacheFile`. */
export class BodyRenderer {
  private renderer: ReturnType<NonNullable<AstroConfig['markdown']['processor']>['createRenderer']> | undefined;
  private readonly settings: string;
  private cache: Record<string, RenderedMarkdown> = {};
  private readonly markdown: AstroConfig['markdown'];
  private readonly cacheFile: string;

  constructor(markdown: AstroConfig['markdown'], cacheFile: string) {
    this.markdown = markdown;
    this.cacheFile = cacheFile;
    // A change of processor or settings renders every body again.
    this.settings = digestOf({ processor: markdown.processor?.name, options: markdown.processor?.options, markdown: { ...markdown, processor: undefined } });
    try {
      const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as { settings: string; bodies: Record<string, RenderedMarkdown> };
      if (saved.settings === this.settings) this.cache = saved.bodies;
    } catch {
      // No earlier build, or a damaged file: render everything.
    }
  }

  /** Every plain Markdown body of the model, rendered, by file relative to the content root. */
  async renderAll(model: Model): Promise<Record<string, RenderedMarkdown>> {
    const entries = entriesOf(model).filter((entry) => !needsAstro(entry));
    const kept: Record<string, RenderedMarkdown> = {};
    const out: Record<string, RenderedMarkdown> = {};
    await Promise.all(
      entries.map(async (entry) => {
        const key = createHash('sha256').update(entry.body).digest('hex');
        let rendered = this.cache[key];
        if (!rendered) {
          const processor = this.markdown.processor;
          if (!processor) throw new Error('Astro has no Markdown processor configured (markdown.processor).');
          this.renderer ??= processor.createRenderer(this.markdown);
          const { code, metadata } = await (await this.renderer).render(entry.body);
          rendered = { html: code, headings: metadata.headings };
        }
        kept[key] = rendered;
        out[entry.file] = rendered;
      }),
    );
    this.cache = kept;
    writeFileAtomically(this.cacheFile, JSON.stringify({ settings: this.settings, bodies: kept }));
    return out;
  }
}
