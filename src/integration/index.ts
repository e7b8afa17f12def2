/**
 * okrbook as an Astro integration: `astro build`, `astro dev` and `astro
 * preview` are the product, with or without `npm run build` around them.
 *
 * - `astro:config:setup`: reads and validates the content root once; a
 *   build on broken content stops here, before anything is written, with
 *   okrbook's messages (file, line, field, fix). The validated model is
 *   handed to the pages (src/site/site-data.ts) through a virtual module;
 *   `Astro.locals.okrbook` carries it to every page (src/site/middleware.ts).
 * - Once the content is valid, Pagefind starts indexing the model's search
 *   records in its own process while Astro bundles and renders;
 *   `astro:build:done` copies the index into the site.
 * - `astro:server:setup`: the dev server reloads the content once per change.
 * - Warm builds: Astro's incremental build reuses every page whose data did
 *   not change; what each page reads is recorded while it renders
 *   (src/site/dependencies.ts) and kept here between builds.
 */
import mdx from '@astrojs/mdx';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeFigures } from '../figures/index.ts';
import { entriesOf, EnvironmentError, formatFinding, optionsFromEnv, summaryLine, type ModelOptions } from '../model/index.ts';
import { searchPages } from '../search/records.ts';
import { needsAstro } from '../lib/markdown-bodies.ts';
import { writeFileAtomically } from '../lib/atomic-write.ts';
import { digestOfFiles, filesBelow } from '../lib/file-digest.ts';
import { siteAddress } from '../lib/site-url.ts';
import type { PageReads } from '../site/dependencies.ts';
import type { RecordLine, SitePaths } from '../site/site-data.ts';
import { CONTENT_ERRORS, contentLines, siteToHandOver, validateContent, type ValidatedContent } from './content.ts';
import { handOver as handOverInProcess } from '../lib/handover.ts';
import type { Figures } from '../figures/index.ts';
import { astroLock } from './build-lock.ts';
import { watchContent } from './dev.ts';
import { addPublicFiles, servePublicFiles } from './public-files.ts';
import { startIndex, type PendingIndex } from './search-index.ts';
import { cachedBodyText } from './search-text.ts';
import { BodyRenderer } from './markdown.ts';
import { okrbookModules } from './vite-plugins.ts';
import { contentEnv, siteConfig, type OkrbookOptions } from './options.ts';
import { publishedRoutes, routeEntrypoint, type OkrbookRoute } from './routes.ts';

export type { OkrbookOptions } from './options.ts';
export type { RouteGroup } from './routes.ts';

// Astro's anonymous usage telemetry stays off for a site of internal OKRs; OKRBOOK_ASTRO_TELEMETRY=1 turns it on.
if (process.env.OKRBOOK_ASTRO_TELEMETRY !== '1') process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

/** An error whose message is the whole story (no stack trace under it). */
function quiet(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * One line of progress: through Astro's logger under `astro build`, or as a
 * plain line when `npm run build` keeps Astro quiet (OKRBOOK_PROGRESS=1).
 */
function progress(logger: AstroIntegrationLogger, line: string): void {
  if (process.env.OKRBOOK_PROGRESS === '1') console.log(`okrbook: ${line}`);
  else logger.info(line);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** How many pages and files the routes of a built site made: its search index, scripts and the copies of `public/` left out. */
function filesIn(dir: string, publicDir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (!entry.isFile() || /(^|[\\/])(pagefind|_astro)([\\/]|$)/.test(relative)) continue;
    if (existsSync(path.join(publicDir, relative))) continue;
    count++;
  }
  return count;
}

/** Removes what okrbook keeps between builds (rendered bodies, the search index, what each page read), for `--force`. */
function forgetCaches(work: string): void {
  for (const name of ['bodies.json', 'pagefind', 'pagefind.digest', 'reads.json', 'reads.jsonl', 'digests.jsonl']) rmSync(path.join(work, name), { recursive: true, force: true });
}

/** The version of okrbook's code (its sources and the lockfile), for what is kept between builds that code works out. */
function codeVersion(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return digestOfFiles(root, [...filesBelow(path.join(root, 'src'), (file) => /\.(ts|astro)$/.test(file)), path.join(root, 'package-lock.json')]);
}

/** okrbook: its content, pages, search index and warm builds, driven by Astro. */
export function okrbook(settings: OkrbookOptions = {}): AstroIntegration {
  let options: ModelOptions;
  let content: ValidatedContent | undefined;
  /** The figures of `content`, once worked out (a build needs them for the search index; the pages take the same). */
  let figures: Figures | undefined;
  let sitePaths: SitePaths;
  let work: string;
  let base = '/';
  let index: PendingIndex | undefined;
  const started = performance.now();
  let rendering = started;
  let releaseLock: (() => void) | undefined;
  let sitePublic = '';

  let bodies: BodyRenderer | undefined;
  /** Loads and validates the content. */
  const load = (force = false) => {
    mkdirSync(work, { recursive: true });
    content = validateContent(options, force);
    figures = undefined;
    // A route group switched off in code is off for the pages too (navigation, links to it).
    if (settings.routes?.people === false) content.model.settings = { ...content.model.settings, people: false };
    if (settings.routes?.digest === false) content.model.settings = { ...content.model.settings, digest: false };
    if (settings.routes?.forms === false) content.model.settings = { ...content.model.settings, forms: false };
    return content;
  };
  /** Hands the content to the pages (in this process), its plain Markdown rendered with the project's processor. */
  const handOver = async () => {
    if (!content || !bodies) return;
    const rendered = content.errors.length > 0 ? {} : await bodies.renderAll(content.model);
    handOverInProcess(sitePaths.siteFile, siteToHandOver(content, rendered, bodies.settings, figures));
  };

  return {
    name: 'okrbook',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, addMiddleware, injectRoute, updateConfig }) => {
        const site = siteConfig(config, settings);
        updateConfig(site);
        // MDX bodies need Astro's MDX integration; a site that adds it itself keeps its own.
        if (!config.integrations.some((integration) => integration.name === '@astrojs/mdx')) updateConfig({ integrations: [mdx()] });
        base = site.base ?? config.base;
        sitePublic = fileURLToPath(config.publicDir);
        work = path.join(fileURLToPath(site.cacheDir!), 'okrbook');
        const building = command === 'build';
        sitePaths = {
          siteFile: path.join(work, building ? 'site.json' : 'site-dev.json'),
          readsFile: path.join(work, 'reads.json'),
          recordFile: building ? path.join(work, 'reads.jsonl') : null,
          digestStore: building ? { file: path.join(work, 'digests.jsonl'), version: codeVersion() } : null,
          base,
        };
        addMiddleware({ entrypoint: new URL('../site/middleware.ts', import.meta.url), order: 'pre' });
        // okrbook's pages come from the package (src/integration/routes.ts); a site's own src/pages/ adds pages beside them.
        // The feed waits for the content: it is injected only when the site has an address (below). A build
        // injects its routes once the content is read, leaving out those with no page to render (nothing to bundle).
        const inject = (route: OkrbookRoute) => injectRoute({ pattern: route.pattern, entrypoint: routeEntrypoint(route) });
        if (!building) for (const route of publishedRoutes(settings.routes)) if (!route.needsAddress) inject(route);
        updateConfig({
          vite: {
            plugins: [
              okrbookModules(sitePaths, () => {
                if (!building || !content) return null;
                return entriesOf(content.model).filter(needsAstro).map((entry) => entry.file);
              }),
            ],
          },
        });
        // `astro sync`, `astro check` and `astro preview` read no content.
        if (command !== 'build' && command !== 'dev') return;
        try {
          options = optionsFromEnv(contentEnv(settings));
        } catch (error) {
          if (error instanceof EnvironmentError) throw quiet(error.message);
          throw error;
        }
        const loading = performance.now();
        const force = process.argv.includes('--force');
        // --force: nothing of the last build is trusted, okrbook's own caches included.
        if (force && building) forgetCaches(work);
        const loaded = load(force);
        // The feed is read outside the site, so it exists only where its links can be absolute (never localhost).
        const address = loaded.errors.length > 0 ? null : siteAddress(loaded.model);
        if (address !== null) updateConfig({ site: address });
        for (const route of publishedRoutes(settings.routes)) {
          if (route.needsAddress ? address !== null : building && (loaded.errors.length > 0 || !route.empty?.(loaded.model))) inject(route);
        }
        if (!building) return;
        if (loaded.errors.length > 0) {
          // The lines `npm run check` prints, one per error, where a CI log parser finds them.
          for (const finding of loaded.errors) console.error(formatFinding(finding));
          const error = quiet(`${summaryLine(loaded.errors)}: nothing was built`);
          error.name = CONTENT_ERRORS;
          (error as Error & { hint?: string }).hint = 'Fix the content above; npm run check lists the same errors, quicker.';
          throw error;
        }
        const [first, ...rest] = contentLines(loaded, options, fileURLToPath(config.root));
        progress(logger, `validated ${first} in ${seconds(loading)}`);
        for (const line of rest) progress(logger, line);
        if (address === null) progress(logger, 'no /feed.xml: the site has no address to link to (set url in site.yaml, or OKRBOOK_SITE)');
        // Pagefind indexes the model's search records in its own process from now on, beside everything Astro does next.
        const texts = cachedBodyText(path.join(work, 'search-text.json'));
        figures = computeFigures(loaded.model);
        index = startIndex(searchPages(loaded.model, figures, base, texts.textOf), work);
        texts.save();
        // One Astro build at a time per checkout (src/integration/build-lock.ts).
        releaseLock = await astroLock(path.join(fileURLToPath(config.root), 'node_modules', '.cache', 'okrbook'), (line) => progress(logger, line));
      },

      'astro:config:done': async ({ config }) => {
        if (!content) return;
        // The final configuration: the Markdown processor with every integration's plugins.
        bodies = new BodyRenderer(config.markdown, path.join(work, 'bodies.json'), fileURLToPath(config.root));
        await handOver();
      },

      'astro:server:setup': ({ server, logger }) => {
        servePublicFiles(server, sitePublic, base);
        if (!content) return;
        watchContent(server, options.contentRoot, async () => {
          const reloaded = load();
          await handOver();
          if (reloaded.errors.length > 0) logger.warn(`${summaryLine(reloaded.errors)}: the pages show them until they are fixed`);
        });
      },

      'astro:build:start': () => {
        if (!content) return;
        rendering = performance.now();
        forgetUnfinished(sitePaths);
      },

      'astro:build:done': async ({ dir, logger }) => {
        if (!index) return;
        const site = fileURLToPath(dir);
        addPublicFiles(sitePublic, site);
        const rendered = keepReads(sitePaths);
        const files = filesIn(site, sitePublic);
        const reused = files - rendered;
        progress(logger, `rendered ${rendered} of ${files} pages and files${reused > 0 ? ` (${reused} unchanged since the last build, reused)` : ''} in ${seconds(rendering)}`);
        const indexing = performance.now();
        const pages = await index.write(site);
        releaseLock?.();
        progress(logger, `search index of ${pages} pages ${index.reused ? 'unchanged, reused' : `written ${seconds(indexing)} after the pages`}; ${seconds(started)} in all`);
      },
    },
  };
}

/** What the last finished build noted of each page (src/site/dependencies.ts); nothing when there is none or it is damaged. */
function lastReads(readsFile: string): Record<string, PageReads> {
  try {
    return JSON.parse(readFileSync(readsFile, 'utf8')) as Record<string, PageReads>;
  } catch {
    return {};
  }
}

/** The lines of this build's record (a page starting to render, a page rendered), oldest first; a line cut short is left out. */
function recordLines(recordFile: string): RecordLine[] {
  const lines: RecordLine[] = [];
  for (const line of readFileSync(recordFile, 'utf8').split('\n')) {
    try {
      if (line) lines.push(JSON.parse(line) as RecordLine);
    } catch {
      // The last line of a build that was stopped while writing it.
    }
  }
  return lines;
}

function writeReads(readsFile: string, reads: Record<string, PageReads>): void {
  writeFileAtomically(readsFile, JSON.stringify(reads));
}

/**
 * A record left by a build that did not finish (it failed, or was stopped):
 * Astro may have written any page it names into its cache, while Astro's
 * list of what it cached still gives the key of the build before. Every
 * such page loses its note, so this build gives it a key Astro has never
 * seen and renders it again: a warm build is never staler than a cold one.
 */
function forgetUnfinished({ readsFile, recordFile }: SitePaths): void {
  if (!recordFile || !existsSync(recordFile)) return;
  const reads = lastReads(readsFile);
  for (const [page] of recordLines(recordFile)) delete reads[page];
  writeReads(readsFile, reads);
  rmSync(recordFile, { force: true });
}

/** Keeps what each page read for the next build (this build's records over the last build's); returns how many pages rendered. */
function keepReads({ readsFile, recordFile }: SitePaths): number {
  if (!recordFile || !existsSync(recordFile)) return 0;
  const reads = lastReads(readsFile);
  let rendered = 0;
  for (const [page, note] of recordLines(recordFile)) {
    if (note === 'rendering') continue;
    if (note) reads[page] = note;
    rendered++;
  }
  writeReads(readsFile, reads);
  rmSync(recordFile, { force: true });
  return rendered;
}

export default okrbook;
