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
import type { PageReads } from '../site/dependencies.ts';
import type { SitePaths } from '../site/site-data.ts';
import { CONTENT_ERRORS, contentLines, validateContent, writeSiteFile, type ValidatedContent } from './content.ts';
import { astroLock } from './build-lock.ts';
import { watchContent } from './dev.ts';
import { addPublicFiles, servePublicFiles } from './public-files.ts';
import { startIndex, type PendingIndex } from './search-index.ts';
import { cachedBodyText } from './search-text.ts';
import { BodyRenderer } from './markdown.ts';
import { okrbookModules } from './vite-plugins.ts';
import { contentEnv, siteConfig, type OkrbookOptions } from './options.ts';
import { publishedRoutes, routeEntrypoint } from './routes.ts';

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

/** How many files a built site holds, its search index and scripts left out. */
function filesIn(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !/(^|[\\/])(pagefind|_astro)([\\/]|$)/.test(path.relative(dir, entry.parentPath))) count++;
  }
  return count;
}

/** okrbook: its content, pages, search index and warm builds, driven by Astro. */
export function okrbook(settings: OkrbookOptions = {}): AstroIntegration {
  let options: ModelOptions;
  let content: ValidatedContent | undefined;
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
    // A route group switched off in code is off for the pages too (navigation, links to it).
    if (settings.routes?.people === false) content.model.settings = { ...content.model.settings, people: false };
    return content;
  };
  /** Writes the content for the pages, its plain Markdown rendered with the project's processor. */
  const handOver = async () => {
    if (!content || !bodies) return;
    writeSiteFile(sitePaths.siteFile, content, content.errors.length > 0 ? {} : await bodies.renderAll(content.model));
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
          base,
        };
        addMiddleware({ entrypoint: new URL('../site/middleware.ts', import.meta.url), order: 'pre' });
        // okrbook's pages come from the package (src/integration/routes.ts); a site's own src/pages/ adds pages beside them.
        for (const route of publishedRoutes(settings.routes)) injectRoute({ pattern: route.pattern, entrypoint: routeEntrypoint(route) });
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
        const loaded = load(process.argv.includes('--force'));
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
        // Pagefind indexes the model's search records in its own process from now on, beside everything Astro does next.
        const texts = cachedBodyText(path.join(work, 'search-text.json'));
        index = startIndex(searchPages(loaded.model, computeFigures(loaded.model), base, texts.textOf), work);
        texts.save();
        // One Astro build at a time per checkout (src/integration/build-lock.ts).
        releaseLock = await astroLock(path.join(fileURLToPath(config.root), 'node_modules', '.cache', 'okrbook'), (line) => progress(logger, line));
      },

      'astro:config:done': async ({ config }) => {
        if (!content) return;
        // The final configuration: the Markdown processor with every integration's plugins.
        bodies = new BodyRenderer(config.markdown, path.join(work, 'bodies.json'));
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
        rmSync(sitePaths.recordFile!, { force: true });
      },

      'astro:build:done': async ({ dir, logger }) => {
        if (!index) return;
        const site = fileURLToPath(dir);
        addPublicFiles(sitePublic, site);
        const rendered = keepReads(sitePaths);
        const files = filesIn(site);
        progress(logger, `rendered ${rendered} of ${files} pages and files (${files - rendered} unchanged since the last build, reused) in ${seconds(rendering)}`);
        const indexing = performance.now();
        const pages = await index.write(site);
        releaseLock?.();
        progress(logger, `search index of ${pages} pages ${index.reused ? 'unchanged, reused' : `written ${seconds(indexing)} after the pages`}; ${seconds(started)} in all`);
      },
    },
  };
}

/** Keeps what each page read for the next build (this build's records over the last build's); returns how many pages rendered. */
function keepReads({ readsFile, recordFile }: SitePaths): number {
  if (!recordFile || !existsSync(recordFile)) return 0;
  let reads: Record<string, PageReads> = {};
  try {
    reads = JSON.parse(readFileSync(readsFile, 'utf8')) as Record<string, PageReads>;
  } catch {
    // No earlier build, or a damaged file: this build's records are all there is.
  }
  let rendered = 0;
  for (const line of readFileSync(recordFile, 'utf8').split('\n')) {
    if (!line) continue;
    const [route, page] = JSON.parse(line) as [string, PageReads | null];
    if (page) reads[route] = page;
    rendered++;
  }
  writeFileAtomically(readsFile, JSON.stringify(reads));
  rmSync(recordFile, { force: true });
  return rendered;
}

export default okrbook;
