/**
 * Warm builds: pages whose inputs did not change since the last build are
 * copied from it instead of rendered again. A page's inputs are the whole
 * model (every front-matter field, the settings, the as-of date and options),
 * the code that renders it, and the bodies it shows. When the model or the
 * code changed, everything is rendered; when only bodies changed (notes
 * edited), only the pages showing those bodies are.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { digestOfFiles, filesBelow } from '../lib/file-digest.ts';
import { serializeModel } from '../model/index.ts';
import type { Located, Model } from '../model/types.ts';

/** What the last build was made from. */
export interface BuildManifest {
  code: string;
  model: string;
  /** Route -> hash of the bodies it shows. */
  pages: Record<string, string>;
}

const hash = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
};

/**
 * The code a page depends on: okrbook's sources, configuration and lockfile,
 * and any component or script in the content root (an MDX body may import one).
 */
export function codeVersion(projectRoot: string, contentRoot: string): string {
  return digestOfFiles(projectRoot, [
    ...['package-lock.json', 'astro.config.mjs'].map((f) => path.join(projectRoot, f)),
    ...filesBelow(path.join(projectRoot, 'src')),
    ...filesBelow(path.join(projectRoot, 'public')),
    ...filesBelow(contentRoot, (f) => !/\.(md|mdx|ya?ml)$/i.test(f)),
  ]);
}

/** The model without its bodies: what every page may read. */
export function modelVersion(model: Model): string {
  const stripped = {
    ...model,
    teams: model.teams.map((t) => ({ ...t, body: '' })),
    cycles: model.cycles.map((c) => ({ ...c, body: '' })),
    objectives: model.objectives.map((o) => ({ ...o, body: '' })),
    checkIns: model.checkIns.map((c) => ({ ...c, body: '' })),
    guide: model.guide.map((g) => ({ ...g, body: '' })),
  };
  return hash(serializeModel(stripped));
}

/** Every route that shows bodies, with the entries whose bodies it shows. */
export function pageBodies(model: Model): Record<string, Located[]> {
  const pages: Record<string, Located[]> = {};
  for (const team of model.teams) pages[`teams/${team.id}/`] = [team];
  for (const cycle of model.cycles) {
    pages[`cycles/${cycle.id}/`] = [cycle];
    pages[`cycles/${cycle.id}/review/`] = [cycle];
    for (const team of model.teams) {
      if (model.objectivesOf(team.id, cycle.id).length > 0) pages[`teams/${team.id}/${cycle.id}/`] = model.checkInsOf(team.id, cycle.id);
    }
  }
  for (const objective of model.objectives) pages[`objectives/${objective.id}/`] = [objective];
  for (const page of model.guide) pages[page.id === 'index' ? 'guide/' : `guide/${page.id}/`] = [page];
  return pages;
}

/** Every route that shows bodies, with the hash of the bodies it shows. */
export function bodyInputs(pages: Record<string, Located[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(pages).map(([route, entries]) => [route, hash(...entries.map((e) => e.body))]));
}

/**
 * The routes to render, or `null` for all of them: all when there is no
 * previous build or its code or model differ; else the routes whose bodies changed.
 */
export function routesToRender(previous: BuildManifest | undefined, current: BuildManifest): string[] | null {
  if (!previous || previous.code !== current.code || previous.model !== current.model) return null;
  return Object.keys(current.pages).filter((route) => previous.pages[route] !== current.pages[route]);
}
