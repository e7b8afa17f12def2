/**
 * The site's data as pages see it: the one resolved model, its figures and
 * its coaching hints. The okrbook integration (src/integration) validates
 * the content once per build (and once per content change under `astro
 * dev`) and hands the model, its rendered bodies and its figures over in
 * the process (src/lib/handover.ts) to the virtual module
 * `virtual:okrbook/site`; pages and components never load content.
 * Components receive what they show as props, and the page's context
 * (settings, number formats) on `Astro.locals.okrbook` (src/site/middleware.ts).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { computeCoaching, type Coaching } from '../coaching/index.ts';
import { handedOver } from '../lib/handover.ts';
import { computeFigures, type Figures } from '../figures/index.ts';
import { digestsOf, type Digests } from '../figures/digest.ts';
import { digestInputsOf } from './digest-inputs.ts';
import { keptDigests, type DigestStore } from './kept-digests.ts';
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
  /** Every week's digest, worked out when a page asks for it (src/figures/digest.ts). */
  digests: Digests;
  /** Everyone named in the content, with the slug of their page (worked out once, looked up by name), and what each one's page shows. */
  people: SitePeople;
}

/** Where the integration hands the site over (the virtual module's content). */
export interface SitePaths {
  /** What the site is handed over under in the process, and the file it is read from otherwise (a test): the model, or the content's errors (src/integration/content.ts). */
  siteFile: string;
  /** What each page read when it last rendered, and the key it had (src/site/dependencies.ts). */
  readsFile: string;
  /** Where this build notes what each page it renders reads; null under `astro dev`. */
  recordFile: string | null;
  /** Where week digests are kept between builds (src/site/kept-digests.ts); null under `astro dev` and in tests. */
  digestStore?: DigestStore | null;
  /** The site's base path. */
  base: string;
}

/**
 * A line of the record file: a page that started rendering (`RENDERING`), then
 * what it read once rendered (`null` for a page without a cache key).
 */
export type RecordLine = [page: string, note: PageReads | null | typeof RENDERING];
export const RENDERING = 'rendering';

/** The handed-over file: a serialized model and its plain Markdown bodies rendered, or the lines of every content error. */
export type SiteFile = { model: string; bodies: Record<string, RenderedMarkdown>; renderer: string } | { errors: string[] };

/**
 * The same, handed over in the process (src/lib/handover.ts, keyed by the
 * site file's path): the model itself and, when the integration has worked
 * them out already (a build, for the search index), its figures.
 */
export type HandedSite = { model: Model; figures?: Figures; bodies: Record<string, RenderedMarkdown>; renderer: string } | { errors: string[] };

/** The site the integration handed over in this process, else the one in its file (a test, another process). */
function siteOf(siteFile: string): HandedSite {
  const handed = handedOver<HandedSite>(siteFile);
  if (handed) return handed;
  const saved = JSON.parse(readFileSync(siteFile, 'utf8')) as SiteFile;
  return 'errors' in saved ? saved : { ...saved, model: deserializeModel(saved.model) };
}

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
    // No stack at all (not the message again): Astro's dev log prints a "Stack trace:" heading for any stack,
    // and with no frames in it the heading would stand there with nothing under it.
    this.stack = '';
  }
}

/** Opens the handed-over site: called once by `virtual:okrbook/site` per build, and per content change under dev. */
export function openSite(sitePaths: SitePaths): Site {
  const saved = siteOf(sitePaths.siteFile);
  if ('errors' in saved) throw new ContentErrors(saved.errors);
  const { model } = saved;
  // Figures once per build: those the search index was made from, when the integration worked them out.
  const figures = saved.figures ?? computeFigures(model);
  const coaching = computeCoaching(model, figures);
  const people = sitePeopleOf(model, figures);
  // A digest page's key stands for the inputs of its week (digest-inputs.ts): a warm build tells which weeks
  // changed without working out the figures at every Sunday; pages still read the digests themselves,
  // worked out only for the weeks whose inputs changed since the last build.
  const digestInputs = digestInputsOf(model);
  const digests = keptDigests(digestsOf(model, figures), digestInputs, sitePaths.digestStore ?? null);
  const roots = { model, figures, coaching, people, digests: { weeks: digests.weeks, week: digestInputs, around: digests.around } };
  // Under `astro dev` and the tests, a page that changes the data it was given (sorts a shared list in place) fails at once.
  if (!sitePaths.recordFile || process.env.VITEST) for (const root of Object.values(roots)) freezeBelow(root);
  const data: SiteData = {
    model: tracked(model, 'model'),
    figures: tracked(figures, 'figures'),
    coaching: tracked(coaching, 'coaching'),
    // A name's link depends on that person's slug alone, not on every check-in that names someone.
    people: tracked(people, 'people'),
    // A week's page reads its own week: a check-in added re-renders the digest of its week, not every week.
    digests: tracked(digests, 'digests'),
    fmt: formatter(model.settings.locale),
    t: translatorOf(model),
  };
  const { recordFile } = sitePaths;
  const last: Record<string, PageReads> = recordFile ? readReads(sitePaths.readsFile) : {};
  // A body as a page shows it: its text, and what renders it (a Markdown plugin's code changed renders it differently).
  const bodies = new Map(entriesOf(model).map((entry) => [entry.file, `${saved.renderer}\0${entry.body}`]));
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
      const page = routeKey(pathname, sitePaths.base);
      // Noted before Astro can write the page into its cache: should this build not finish, the next one
      // renders this page again whatever its key was (src/integration/index.ts, forgetUnfinished).
      appendFileSync(recordFile, `${JSON.stringify([page, RENDERING])}\n`);
      const { result, keys } = await readingKeys(async () => {
        const response = await render();
        // Read to the end inside: a page renders while its body is read.
        return { response, body: await response.arrayBuffer() };
      });
      const key = given.get(page);
      // Every page shows the settings (navigation, locale) and its interface strings, and depends on the run's options (as-of date).
      const reads = key === undefined ? {} : Object.fromEntries([...new Set([...keys, 'model.options', 'model.settings', 'model.interfaceStrings'])].sort().map((read) => [read, digest(read)]));
      // A page without a key (no getStaticPaths: the home page, lists) renders every build; it is noted to be counted.
      appendFileSync(recordFile, `${JSON.stringify([page, key === undefined ? null : { key, reads }] satisfies RecordLine)}\n`);
      return new Response(result.body, result.response);
    },
  };
}

/**
 * Freezes every object and list below `root` (the contents of its maps and
 * sets too), not `root` itself: a tracked view (a proxy) of a frozen object
 * could not hand out its lookups. Data pages read is shared by every page.
 */
function freezeBelow(root: object): void {
  const seen = new WeakSet<object>();
  const freeze = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) for (const [key, item] of value) (freeze(key), freeze(item));
    else if (value instanceof Set) for (const item of value) freeze(item);
    for (const key of Reflect.ownKeys(value)) {
      const property = Reflect.getOwnPropertyDescriptor(value, key);
      if (property && 'value' in property) freeze(property.value);
    }
    Object.freeze(value);
  };
  for (const key of Reflect.ownKeys(root)) freeze((root as Record<PropertyKey, unknown>)[key]);
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
