/**
 * okrbook's own static files (public/: the favicon, the example security
 * headers for static hosts) for a site that installs okrbook: Astro copies
 * only the site's own public/, so the integration adds each of okrbook's
 * files the site does not have itself (a site's file of the same name wins),
 * into the built site and, under `astro dev`, on the dev server.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';

/** okrbook's public/ folder (in this repository, the example site's own). */
const OKRBOOK_PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

const TYPES: Record<string, string> = { '.svg': 'image/svg+xml' };

/** The names of okrbook's public files the site's public/ folder lacks. */
function missing(sitePublic: string): string[] {
  if (!existsSync(OKRBOOK_PUBLIC) || path.resolve(sitePublic) === path.resolve(OKRBOOK_PUBLIC)) return [];
  return readdirSync(OKRBOOK_PUBLIC).filter((name) => !existsSync(path.join(sitePublic, name)));
}

/** Copies okrbook's public files the site lacks into the built site. */
export function addPublicFiles(sitePublic: string, site: string): void {
  for (const name of missing(sitePublic)) if (!existsSync(path.join(site, name))) copyFileSync(path.join(OKRBOOK_PUBLIC, name), path.join(site, name));
}

/** Serves okrbook's public files the site lacks on the dev server, below the base path. */
export function servePublicFiles(server: ViteDevServer, sitePublic: string, base: string): void {
  const names = new Set(missing(sitePublic));
  if (names.size === 0) return;
  server.middlewares.use((request, response, next) => {
    const name = request.url?.split('?')[0]?.slice(base.length);
    if (!request.url?.startsWith(base) || !name || !names.has(name)) return next();
    response.setHeader('Content-Type', TYPES[path.extname(name)] ?? 'text/plain; charset=utf-8');
    response.end(readFileSync(path.join(OKRBOOK_PUBLIC, name)));
  });
}
