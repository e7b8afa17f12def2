/**
 * On a warm build, `npm run build` tells Astro which routes to render (its
 * plan, src/lib/plan.ts); the others are copied from the last build. Dynamic
 * routes filter their paths through `renderOnly`.
 */
import { buildPlan } from './plan.ts';

/** The paths whose route (`teams/sales/2026-q3/`) is to be rendered this build. */
export function renderOnly<T>(paths: T[], routeOf: (path: T) => string): T[] {
  const only = buildPlan()?.renderOnly;
  if (!only) return paths;
  const set = new Set(only);
  return paths.filter((p) => set.has(routeOf(p)));
}
