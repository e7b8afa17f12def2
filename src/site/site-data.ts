/**
 * The site's data as pages see it: the one resolved model, its figures and
 * its coaching hints. The okrbook integration (src/integration) validates
 * the content once per build (and once per content change under `astro
 * dev`) and hands the model over in a file that the virtual module
 * `virtual:okrbook/site` opens; pages and components never load content.
 * Components receive what they show as props, and the page's context
 * (settings, number formats) on `Astro.locals.okrbook` (src/site/middleware.ts).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { computeCoaching, type Coaching } from '../coaching/index.ts';
import { computeFigures, type Figures } from '../figures/index.ts';
import { formatter, type Formatter } from '../lib/format.ts';
import { translatorOf, type Translate } from '../i18n/index.ts';
import { routeKey } from '../lib/paths.ts';
import { deserializeModel, entriesOf, type Model } from '../model/index.ts';
import { cacheKeyOf, keyDigests, readingKeys, tracked, type PageReads } from './dependencies.ts';
import type { RenderedMarkdown } from '../lib/markdown-bodies.ts';
import { sitePeopleOf, type SitePeople } from './people/people.ts';

/** What every page reads: the model, every figure, every hint, numbers as the site's locale writes them, and its interface strings. */
export interface SiteData {
  model: Model;
  figures: Figures;
  coaching: Coaching;
  fmt: Formatter;
  /** The interface strings of the site's language (src/i18n). */
  t: Translate;
  /** Everyone named in the content, with the slug of their page (worked out once, looked up by name), and what each one's page shows. */
  people: SitePeople;
}

/** Where the integration hands the site over (the virtual module's content). */
export interface SitePaths {
  /** The handed-over model, or the content's errors (written by src/integration/content.ts). */
  siteFile: string;
  /** What each page read when it last rendered, and the key it had (src/site/dependencies.ts). */
  readsFile: string;
  /** Where this build notes what each page it renders reads; null under `astro dev`. */
  recordFile: string | null;
  /** The site's base path. */
  base: string;
}

/** The handed-over file: a serialized model and its plain Markdown bodies rendered, or the lines of every content error. */
export type SiteFile = { model: string; bodies: Record<string, RenderedMarkdown> } | { errors: string[] };

/** The opened site: its data, and what Astro's incremental build needs per page. */
export interface Site {
  data: SiteData;
  /** Plain Markdown bodies as the project's Markdown processor rendered them, by file (src/site/body.ts). */
  bodies: Record<string, RenderedMarkdown>;
  /** A `getStaticPaths` item for the page at `route`, with its `cacheKey`. */
  path<P extends Record<string, string>>(route: string, params: P): { params: P; cacheKey?: string };
  /** Renders a page, noting which data it reads (builds only). */
  render(pathname: string, render: () => Promise<Response>): Promise<Response>;
}

/** Thrown at the first page when the content has errors under `astro dev`: the overlay shows okrbook's messages, not a stack. */
class ContentErrors extends Error {
  constructor(lines: string[]) {
    super(`The content has ${lines.length} error${lines.length === 1 ? '' : 's'} (npm run check lists the same):\n${lines.join('\n')}`);
    this.name = 'ContentErrors';
    this.stack = this.message;
  }
}

/** Opens the handed-over site: called once by `virtual:okrbook/site` per build, and per content change under dev. */
export function openSite(sitePaths: SitePaths): Site {
  const saved = JSON.parse(readFileSync(sitePaths.siteFile, 'utf8')) as SiteFile;
  if ('errors' in saved) throw new ContentErrors(saved.errors);
  const model = deserializeModel(saved.model);
  const figures = computeFigures(model);
  const coaching = computeCoaching(model, figures);
  const people = sitePeopleOf(model, figures);
  const roots = { model, figures, coaching, people };
  const data: SiteData = {
    model: tracked(model, 'model'),
    figures: tracked(figures, 'figures'),
    coaching: tracked(coaching, 'coaching'),
    // A name's link depends on that person's slug alone, not on every check-in that names someone.
    people: tracked(people, 'people'),
    fmt: formatter(model.settings.locale),
    t: translatorOf(model),
  };
  const { recordFile } = sitePaths;
  const last: Record<string, PageReads> = recordFile ? readReads(sitePaths.readsFile) : {};
  const bodies = new Map(entriesOf(model).map((entry) => [entry.file, entry.body]));
  const digest = keyDigests(roots, bodies);
  // The key each page of this build was given, noted with what it reads.
  const given = new Map<string, string>();
  const fresh = `${process.pid}.${Date.now()}`;
  return {
    data,
    bodies: saved.bodies,
    path: (route, params) => {
      if (!recordFile) return { params };
      const page = routeKey(route, '/');
      const cacheKey = cacheKeyOf(last[page], digest, fresh);
      given.set(page, cacheKey);
      return { params, cacheKey };
    },
    async render(pathname, render) {
      if (!recordFile) return render();
      const { result, keys } = await readingKeys(async () => {
        const response = await render();
        // Read to the end inside: a page renders while its body is read.
        return { response, body: await response.arrayBuffer() };
      });
      const page = routeKey(pathname, sitePaths.base);
      const key = given.get(page);
      // Every page shows the settings (navigation, locale) and its interface strings, and depends on the run's options (as-of date).
      const reads = key === undefined ? {} : Object.fromEntries([...new Set([...keys, 'model.options', 'model.settings', 'model.interfaceStrings'])].sort().map((read) => [read, digest(read)]));
      // A page without a key (no getStaticPaths: the home page, lists) renders every build; it is noted to be counted.
      appendFileSync(recordFile, `${JSON.stringify([page, key === undefined ? null : ({ key, reads } satisfies PageReads)])}\n`);
      return new Response(result.body, result.response);
    },
  };
}

/** What each page read in earlier builds; nothing for a page whose note is missing or damaged (it renders again). */
function readReads(file: string): Record<string, PageReads> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  const out: Record<string, PageReads> = {};
  if (!parsed || typeof parsed !== 'object') return out;
  for (const [page, note] of Object.entries(parsed)) {
    const { key, reads } = (note ?? {}) as Partial<PageReads>;
    if (typeof key === 'string' && reads && typeof reads === 'object') out[page] = { key, reads };
  }
  return out;
}

/** The site of this build (or of the latest content under `astro dev`). */
export async function openedSite(): Promise<Site> {
  return (await import('virtual:okrbook/site')).site;
}
