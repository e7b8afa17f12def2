/**
 * Astro's cache folder for one site: one per content root, site folder and
 * audience. Astro keeps content entries and the pages of the last build
 * there (incremental builds), and okrbook keeps what each page read and the
 * last search index; nothing of one site may show up in another's, and two
 * builds of one checkout into two folders (a public and a leadership site)
 * can run side by side.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** The cache folder, relative to the project root, for a site built from these settings. */
export function cacheDirFor(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const contentRoot = path.resolve(cwd, env.OKRBOOK_CONTENT?.trim() || 'content');
  const outDir = path.resolve(cwd, env.OKRBOOK_DIST?.trim() || 'dist');
  const audience = env.OKRBOOK_INCLUDE_CONFIDENTIAL?.trim() ?? '';
  return `./node_modules/.astro/${createHash('sha256').update([contentRoot, outDir, audience].join('\0')).digest('hex').slice(0, 12)}`;
}
