/**
 * The virtual modules the integration gives Astro:
 * - `virtual:okrbook/site`: the site of this build, as the integration handed
 *   it over in the process (src/lib/handover.ts, src/site/site-data.ts);
 * - `virtual:okrbook/astro-bodies`: the files whose bodies only Astro renders
 *   (MDX, Markdown showing images), so that thousands of plain Markdown
 *   check-ins never enter the content layer (src/content.config.ts);
 * - `okrbook:astro-bodies`: Astro's collections for those bodies, or nothing
 *   to bundle when there are none.
 * @see withastro/starlight integrations/virtual-user-config.ts
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { SitePaths } from '../site/site-data.ts';

/** The id Vite gives a virtual module once resolved. */
export const resolvedId = (id: string) => `\0${id}`;

export const SITE_MODULE = 'virtual:okrbook/site';

/** The three virtual modules; `astroBodies` is null when every file may need Astro (the dev server). */
export function okrbookModules(sitePaths: SitePaths, astroBodies: () => string[] | null): Plugin {
  const siteData = fileURLToPath(new URL('../site/site-data.ts', import.meta.url));
  const modules: Record<string, () => string> = {
    [SITE_MODULE]: () => `import { openSite } from ${JSON.stringify(siteData)};\nexport const site = openSite(${JSON.stringify(sitePaths)});\n`,
    'virtual:okrbook/astro-bodies': () => `export const astroBodies = ${JSON.stringify(astroBodies())};\n`,
    'okrbook:astro-bodies': () =>
      astroBodies()?.length === 0
        ? `export function getEntry() { throw new Error('okrbook: no page of this site shows an MDX body'); }\nexport const render = getEntry;\n`
        : `export { getEntry, render } from 'astro:content';\n`,
  };
  return {
    name: 'okrbook:modules',
    resolveId: (source) => (source in modules ? resolvedId(source) : undefined),
    load: (id) => (id.startsWith('\0') ? modules[id.slice(1)]?.() : undefined),
  };
}
