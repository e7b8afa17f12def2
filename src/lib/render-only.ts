/**
 * On a warm build, `npm run build` tells Astro which routes to render
 * (OKRBOOK_RENDER_ONLY, a JSON list); the others are copied from the last
 * build. Dynamic routes filter their paths through `renderOnly`.
 */
import { readFileSync } from 'node:fs';

let only: Set<string> | null | undefined;

function routes(): Set<string> | null {
  if (only === undefined) {
    const file = process.env.OKRBOOK_RENDER_ONLY;
    only = file ? new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]) : null;
  }
  return only;
}

/** The paths whose route (`teams/sales/2026-q3/`) is to be rendered this build. */
export function renderOnly<T>(paths: T[], routeOf: (path: T) => string): T[] {
  const set = routes();
  return set ? paths.filter((p) => set.has(routeOf(p))) : paths;
}
