/**
 * okrbook's pages live in src/routes/ and the integration injects them, the
 * same routes src/pages/ would give, so that a warm build bundles and renders
 * only the routes whose pages changed.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** A page or endpoint and the route pattern its path gives it. */
export interface RouteFile {
  /** `/teams/[team]/[cycle]` for `teams/[team]/[cycle]/index.astro`. */
  pattern: string;
  entrypoint: URL;
}

/** Every page (`.astro`) and endpoint (`.ts`) below `dir`, with its pattern as in src/pages/. */
export function routeFiles(dir: URL): RouteFile[] {
  const root = fileURLToPath(dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
    .map((entry) => {
      const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      const pattern = `/${relative.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`;
      return { pattern: pattern.length > 1 ? pattern.replace(/\/$/, '') : pattern, entrypoint: new URL(relative, dir) };
    })
    .sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
}

/** Whether a page's route (`teams/sales/2026-q3/`) is one `pattern` (`/teams/[team]/[cycle]`) serves. */
export function servesRoute(pattern: string, route: string): boolean {
  const source = pattern
    .split('/')
    .map((segment) => (/^\[\.\.\.[^\]]+\]$/.test(segment) ? '.+' : segment.replace(/\[[^\]]+\]/g, '\0').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\0/g, '[^/]+')))
    .join('/');
  return new RegExp(`^${source}$`).test(`/${route.replace(/\/$/, '')}`);
}
