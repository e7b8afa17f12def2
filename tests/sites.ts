/** The sites the site tests build once per run (see global-setup.ts), and how to build one. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fixture, projectRoot } from './helpers.ts';

export interface SiteBuild {
  name: string;
  content: string;
  asOf: string;
  base: string;
  includeConfidential?: boolean;
}

/** The example organisation, an edge-case fixture under a base path, and the small fixture. */
export const SITES: SiteBuild[] = [
  { name: 'example', content: path.join(projectRoot, 'content'), asOf: '2026-11-25', base: '/' },
  { name: 'edge', content: fixture('edge'), asOf: '2026-08-15', base: '/okrs/' },
  { name: 'small', content: fixture('small'), asOf: '2026-08-15', base: '/okrs/' },
  { name: 'example-confidential', content: path.join(projectRoot, 'content'), asOf: '2026-11-25', base: '/', includeConfidential: true },
];

/** Where the site tests write their builds. */
export const BUILDS = path.join(projectRoot, '.okrbook-tmp', 'test-builds');

/** Runs `npm run build` (its script, on this Node.js) for a site; returns exit code and output. */
export function buildSite(site: SiteBuild, dist: string, extraEnv: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/build.ts'), ...args], {
    cwd: projectRoot,
    env: {
      ...process.env,
      OKRBOOK_CONTENT: site.content,
      OKRBOOK_AS_OF: site.asOf,
      OKRBOOK_BASE: site.base,
      OKRBOOK_DIST: dist,
      OKRBOOK_INCLUDE_CONFIDENTIAL: site.includeConfidential ? '1' : '0',
      ...extraEnv,
    },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The dist folder of a site built by the global setup. */
export const distOf = (name: string) => path.join(BUILDS, name);

/** Every file of a built site with the hash of its bytes (warm and cold builds compare these). */
export function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out[rel] = createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex');
    }
  };
  walk('');
  return out;
}

/** The files whose bytes differ between two sites (added, removed or changed). */
export function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]).sort();
}
