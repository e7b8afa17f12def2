/**
 * okrbook's pages are injected from the package (src/integration/routes.ts):
 * every file of src/routes/ is injected once, at the URL its path says, and
 * a route group switched off leaves out only its own routes.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedRoutes, ROUTES, ROUTES_DIR } from '../../src/integration/routes.ts';

/** The URL pattern Astro would give a file of src/pages/ at this path. */
function patternOfFile(file: string): string {
  const route = file.replace(/\.astro$/, '').replace(/\.ts$/, '').replace(/(^|\/)index$/, '');
  return `/${route}`;
}

describe('injected routes', () => {
  it('inject every file of src/routes/ once, at the URL its path gives', () => {
    const files = readdirSync(ROUTES_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(ROUTES_DIR, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
    expect(ROUTES.map((route) => route.file).sort()).toEqual(files);
    for (const route of ROUTES) expect(route.pattern, route.file).toBe(patternOfFile(route.file));
  });

  it('leave out the people pages, and only them, when the group is off', () => {
    const off = publishedRoutes({ people: false }).map((route) => route.pattern);
    expect(ROUTES.length - off.length).toBe(1);
    expect(off).not.toContain('/people/[...person]');
    expect(publishedRoutes({}).length).toBe(ROUTES.length);
  });

  it('leave out the digest pages and their JSON, and only them, when the group is off', () => {
    const off = publishedRoutes({ digest: false }).map((route) => route.pattern);
    expect(ROUTES.length - off.length).toBe(2);
    expect(off.filter((pattern) => pattern.startsWith('/digest'))).toEqual([]);
  });
});
