/**
 * `okrbook({ ... })`: what an organisation tunes in code (where the content
 * is, which route groups to publish, extra Markdown plugins), and the Astro
 * settings an okrbook site needs, applied by the integration so that a
 * site's astro.config.mjs is `integrations: [okrbook()]` and nothing else.
 * Everything an author tunes stays in site.yaml.
 */
import type { AstroConfig, AstroUserConfig, HookParameters } from 'astro';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basePath } from '../lib/base.ts';
import { cacheDirFor } from './cache-dir.ts';
import type { RouteGroup } from './routes.ts';

/** okrbook's components (src/components/), which `okrbook/components/<Name>.astro` names in an MDX body. */
const COMPONENTS = fileURLToPath(new URL('../components/', import.meta.url));

type MarkdownSettings = NonNullable<AstroUserConfig['markdown']>;

/** What the integration sets (`updateConfig`): Astro's settings, its folders as URLs as Astro keeps them. */
export type SiteConfig = Parameters<HookParameters<'astro:config:setup'>['updateConfig']>[0] & { cacheDir: URL; base?: string };

/** The options of `okrbook({ ... })` in astro.config.mjs. */
export interface OkrbookOptions {
  /** The content root, relative to the project (default `content`); `OKRBOOK_CONTENT` wins over it. */
  content?: string;
  /** Route groups to leave out: `{ people: false }` publishes no people pages and links to none. */
  routes?: Partial<Record<RouteGroup, boolean>>;
  /** Extra remark plugins for every Markdown and MDX body, after Astro's own. */
  remarkPlugins?: MarkdownSettings['remarkPlugins'];
  /** Extra rehype plugins for every Markdown and MDX body, after Astro's own. */
  rehypePlugins?: MarkdownSettings['rehypePlugins'];
}

/** The environment the content is read with: `OKRBOOK_CONTENT` when set, else the `content` option. */
export function contentEnv(options: OkrbookOptions, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.OKRBOOK_CONTENT?.trim() || !options.content) return env;
  return { ...env, OKRBOOK_CONTENT: options.content };
}

/**
 * The Astro settings of an okrbook site (what this repository's
 * astro.config.mjs held before okrbook was a package), set from the
 * environment (`OKRBOOK_BASE`, `OKRBOOK_SITE`, `OKRBOOK_DIST`) and the options.
 */
export function siteConfig(config: AstroConfig, options: OkrbookOptions, env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const root = fileURLToPath(config.root);
  const folder = (relative: string) => pathToFileURL(`${path.resolve(root, relative)}${path.sep}`);
  const dist = env.OKRBOOK_DIST?.trim();
  return {
    // One cache per content root, site folder and audience (src/integration/cache-dir.ts).
    cacheDir: folder(cacheDirFor(contentEnv(options, env), root)),
    // The public address (site.yaml `url`, or OKRBOOK_SITE) is set by the integration once the content is read.
    // `OKRBOOK_BASE=/okrs/` serves the site below a folder.
    ...(env.OKRBOOK_BASE?.trim() ? { base: basePath(env.OKRBOOK_BASE) } : {}),
    // Where the site goes, unless the site or `okrbook build` (a fresh folder beside it, then swapped) says otherwise.
    ...(dist && config.outDir.href === new URL('./dist/', config.root).href ? { outDir: folder(dist) } : {}),
    // One external stylesheet, never inlined: cached across pages and fine under a strict CSP.
    // Four pages at a time: one renders while the others are written (measured: 25% faster on 1,051 pages).
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
    // Warm builds re-render only the pages whose data changed (src/site/dependencies.ts).
    experimental: { incrementalBuild: true },
    markdown: { remarkPlugins: options.remarkPlugins ?? [], rehypePlugins: options.rehypePlugins ?? [] },
    // Scripts stay external files (never inlined), so a strict Content-Security-Policy needs no hashes.
    vite: {
      // An MDX body's `import ScoreBar from 'okrbook/components/ScoreBar.astro'` (docs/package.md) finds okrbook's own
      // components wherever the content root lies: outside the site's folder too, where no node_modules holds okrbook.
      resolve: { alias: [{ find: /^okrbook\/components\//, replacement: COMPONENTS }] },
      build: {
        assetsInlineLimit: 0,
        rollupOptions: {
          // One known, harmless warning per MDX file would drown the log. @see withastro/astro#18087
          onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
          output: {
            // The site's one stylesheet gets the same name whichever pages a build bundles (a warm build bundles a few).
            assetFileNames: (asset: { names: string[] }) => (asset.names.some((name) => name.endsWith('.css')) ? '_astro/site.[hash][extname]' : '_astro/[name].[hash][extname]'),
          },
        },
      },
    },
  };
}
