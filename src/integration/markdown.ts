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
import path from 'node:path';
import { entriesOf } from '../model/entries.ts';
import type { Model } from '../model/types.ts';
import { digestOf } from '../lib/digest.ts';
import { writeFileAtomically } from '../lib/atomic-write.ts';
import { needsAstro, type RenderedMarkdown } from '../lib/markdown-bodies.ts';

/** The lockfiles a project may have: a plugin's package upgraded changes one of them. */
const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];

/**
 * A value with every function replaced by its source text, so that a digest
 * of it changes when a plugin's code does (JSON leaves functions out).
 */
function withCode(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value === 'function') return `function ${value.name}: ${Function.prototype.toString.call(value)}`;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '(circular)';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => withCode(item, seen));
  if (value instanceof Map || value instanceof Set) return withCode([...value], seen);
  if (value instanceof RegExp || value instanceof URL || value instanceof Date) return String(value);
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, withCode((value as Record<string, unknown>)[key], seen)]));
}

/**
 * What renders bodies, as a digest: the processor, its options and plugins
 * (their code included), the project's Markdown settings and the lockfile
 * (a plugin's package upgraded). A change renders every body again, and
 * every page that shows one (src/site/site-data.ts).
 */
export function rendererDigest(markdown: AstroConfig['markdown'], projectRoot: string): string {
  const lockfiles = LOCKFILES.map((name) => {
    try {
      return createHash('sha256').update(readFileSync(path.join(projectRoot, name))).digest('hex');
    } catch {
      return null;
    }
  });
  return digestOf(withCode({ markdown, lockfiles }));
}

/** Renders plain Markdown with the project's processor; what it rendered before is kept in `cacheFile`. */
export class BodyRenderer {
  private renderer: ReturnType<NonNullable<AstroConfig['markdown']['processor']>['createRenderer']> | undefined;
  /** What renders bodies (rendererDigest): a body rendered by anything else is not reused. */
  readonly settings: string;
  private cache: Record<string, RenderedMarkdown> = {};
  private readonly markdown: AstroConfig['markdown'];
  private readonly cacheFile: string;

  constructor(markdown: AstroConfig['markdown'], cacheFile: string, projectRoot: string) {
    this.markdown = markdown;
    this.cacheFile = cacheFile;
    this.settings = rendererDigest(markdown, projectRoot);
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
