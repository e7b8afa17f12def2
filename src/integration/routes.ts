/**
 * okrbook's pages, injected into the site (as Starlight injects its own):
 * they live in the package (src/routes/), so a site that installs okrbook has
 * them without a file of its own, and its own `src/pages/` adds pages beside
 * them. Each entrypoint is an absolute path inside the package, which Astro
 * resolves the same way in this repository and in a site's node_modules.
 */
import { fileURLToPath } from 'node:url';
import type { Model } from '../model/index.ts';

/**
 * A group of routes a site may leave out with `okrbook({ routes: { <group>: false } })`
 * (the people pages also with site.yaml's `people: false`, the digest with
 * `digest: false`). `forms`: the check-in and handover forms (site.md "Writing
 * from the site"), pages that hand a file to the host rather than show content.
 */
export type RouteGroup = 'people' | 'digest' | 'forms';

/** One injected route: its URL pattern, its file below src/routes/ and, if it can be left out, its group. */
export interface OkrbookRoute {
  pattern: string;
  file: string;
  /** Injected only when the site has an address (site.yaml `url` or `OKRBOOK_SITE`): its links must be absolute. */
  needsAddress?: true;
  group?: RouteGroup;
  /** Whether the route has no page for this content (its getStaticPaths returns none): a build leaves it out, unbundled. */
  empty?: (model: Model) => boolean;
}

/** Every route okrbook publishes, in the order of the route table of site.md. */
export const ROUTES: readonly OkrbookRoute[] = [
  { pattern: '/', file: 'index.astro' },
  { pattern: '/cycles', file: 'cycles/index.astro' },
  { pattern: '/cycles/[cycle]', file: 'cycles/[cycle].astro' },
  { pattern: '/cycles/[cycle].csv', file: 'cycles/[cycle].csv.ts' },
  { pattern: '/cycles/[cycle]/review', file: 'cycles/[cycle]/review.astro' },
  { pattern: '/teams', file: 'teams/index.astro' },
  { pattern: '/teams/[team]', file: 'teams/[team]/index.astro' },
  { pattern: '/teams/[team]/[cycle]', file: 'teams/[team]/[cycle]/index.astro' },
  { pattern: '/teams/[team]/[cycle]/checkin', file: 'teams/[team]/[cycle]/checkin.astro', group: 'forms' },
  { pattern: '/teams/[team]/[cycle].json', file: 'teams/[team]/[cycle].json.ts' },
  { pattern: '/teams/[team]/checkins.ics', file: 'teams/[team]/checkins.ics.ts' },
  { pattern: '/teams/[team]/handover', file: 'teams/[team]/handover.astro', group: 'forms' },
  { pattern: '/objectives/[...id]', file: 'objectives/[...id].astro' },
  { pattern: '/guide', file: 'guide/index.astro' },
  { pattern: '/guide/[...slug]', file: 'guide/[...slug].astro', empty: (model) => model.guide.every((page) => page.id === 'index') },
  { pattern: '/coach', file: 'coach/index.astro' },
  { pattern: '/coach/[cycle]', file: 'coach/[cycle].astro' },
  { pattern: '/coach/rules', file: 'coach/rules/index.astro' },
  { pattern: '/coach/rules/[rule]', file: 'coach/rules/[rule].astro' },
  { pattern: '/insights', file: 'insights/index.astro' },
  { pattern: '/people/[...person]', file: 'people/[...person].astro', group: 'people', empty: (model) => !model.settings.people },
  { pattern: '/search', file: 'search/index.astro' },
  { pattern: '/feed.xml', file: 'feed.xml.ts', needsAddress: true },
  { pattern: '/calendar.ics', file: 'calendar.ics.ts' },
  { pattern: '/status.json', file: 'status.json.ts' },
  { pattern: '/schemas/[kind].json', file: 'schemas/[kind].json.ts' },
  { pattern: '/digest/[...week]', file: 'digest/[...week].astro', group: 'digest', empty: (model) => !model.settings.digest },
  { pattern: '/digest/[week].json', file: 'digest/[week].json.ts', group: 'digest', empty: (model) => !model.settings.digest },
  { pattern: '/404', file: '404.astro' },
];

/** The folder of okrbook's route files. */
export const ROUTES_DIR = fileURLToPath(new URL('../routes/', import.meta.url));

/** The absolute path of a route's file, as `injectRoute` takes it. */
export function routeEntrypoint(route: OkrbookRoute): string {
  return fileURLToPath(new URL(`../routes/${route.file}`, import.meta.url));
}

/** The routes a site publishes: every route but those of the groups switched off. */
export function publishedRoutes(groups: Partial<Record<RouteGroup, boolean>> = {}): OkrbookRoute[] {
  return ROUTES.filter((route) => !route.group || groups[route.group] !== false);
}
