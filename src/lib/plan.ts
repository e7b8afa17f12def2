/**
 * What `npm run build` hands to Astro once the content is valid
 * (OKRBOOK_PLAN, a JSON file): which pages to render and which bodies only
 * Astro can render. Without a plan (`npm run dev`, `astro check`, a bare
 * `astro build`), everything is rendered and every file is a collection entry.
 */
import { readFileSync } from 'node:fs';
import type { Located, Model } from '../model/types.ts';
import { needsAstro } from './markdown.ts';

export interface BuildPlan {
  /** The routes to render (`teams/sales/2026-q3/`) on a warm build; null renders every page. */
  renderOnly: string[] | null;
  /** Files, relative to the content root, whose bodies Astro renders: MDX, and Markdown showing images. */
  astroBodies: string[];
  /** Whether a page rendered this build shows one of those bodies (else Astro need not bundle them). */
  astroContent: boolean;
}

let plan: BuildPlan | null | undefined;

/** The plan of this build, if `npm run build` made one. */
export function buildPlan(): BuildPlan | null {
  if (plan === undefined) {
    const file = process.env.OKRBOOK_PLAN;
    plan = file ? (JSON.parse(readFileSync(file, 'utf8')) as BuildPlan) : null;
  }
  return plan;
}

/**
 * The plan for a build that renders `routes` (null: every page), where
 * `bodies` are the entries whose bodies each page shows (src/cli/reuse.ts).
 */
export function makePlan(model: Model, routes: string[] | null, bodies: Record<string, Located[]>): BuildPlan {
  const astroBodies = [...model.teams, ...model.cycles, ...model.objectives, ...model.checkIns, ...model.guide, ...model.handovers].filter(needsAstro);
  return {
    renderOnly: routes,
    astroBodies: astroBodies.map((entry) => entry.file),
    astroContent: routes ? routes.some((route) => bodies[route]?.some(needsAstro)) : astroBodies.length > 0,
  };
}
