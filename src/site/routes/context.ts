/**
 * What page data reads: the narrow parts of the site's data
 * (`Astro.locals.okrbook`, src/site/site-data.ts) a route needs, never
 * `Astro` itself, so that a unit test can call each page-data function.
 * @see withastro/starlight utils/routing/data.ts
 */
import type { SiteData } from '../site-data.ts';

/** The site's data, of which each page-data function picks what it reads. */
export type PageContext = Pick<SiteData, 'model' | 'figures' | 'coaching' | 'fmt' | 't' | 'people'>;
