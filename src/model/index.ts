/**
 * The model: `check`, `new` and the okrbook integration (which hands it to
 * the pages, src/site/site-data.ts) load and resolve the content here, so
 * every surface reads the same resolved content. The site's interface
 * strings (`i18n/<lang>.yaml`) are not content of the model: the
 * integration and `check` add them (src/i18n/overrides.ts,
 * `withInterfaceStrings`).
 */
import { loadContent } from './load.ts';
import { openFrontMatterCache } from './front-matter-cache.ts';
import type { Finding } from './findings.ts';
import type { ModelOptions } from './options.ts';
import { assembleModel, resolveModel } from './resolve.ts';
import { realpathSync } from 'node:fs';
import { bodyFindings } from './bodies.ts';
import { entriesOf } from './entries.ts';
import type { Model } from './types.ts';

export type * from './types.ts';
export { entriesOf } from './entries.ts';
export { ContentError, formatFinding, sortFindings, summaryLine, type Finding } from './findings.ts';
export { EnvironmentError, optionsFromEnv, type ModelOptions } from './options.ts';

/**
 * Loads and resolves a content root: the model plus every error found
 * (sorted). With `cache`, unchanged files are not parsed and validated again
 * (the command line's `check` and `build`; see front-matter-cache.ts). With
 * `bodies`, bodies are compiled and their images and imports resolved too
 * (bodies.ts).
 */
export function loadModel(options: ModelOptions, { cache = false, bodies = false } = {}): { model: Model; findings: Finding[]; files: number } {
  const frontMatter = cache ? openFrontMatterCache(options.contentRoot) : undefined;
  const content = loadContent(options.contentRoot, frontMatter, options.maxFileBytes);
  // With `bodies` (check, build): what Astro would stop on in a body (MDX syntax, imports, images).
  if (bodies) {
    const root = realpathSync(options.contentRoot);
    for (const entry of entriesOf(content)) {
      content.findings.push(...bodyFindings(entry, root));
    }
  }
  // Written before resolving, which works on the same objects.
  frontMatter?.save();
  const { model, findings } = resolveModel(content, options);
  return { model, findings, files: content.files };
}

/** The model as plain data (no lookups), to hand from one process to another. */
export function serializeModel(model: Model): string {
  const { team, cycle, objective, objectivesOf, checkInsOf, ...parts } = model;
  return JSON.stringify(parts);
}

/** A model written by `serializeModel`, lookups rebuilt. */
export function deserializeModel(json: string): Model {
  return assembleModel(JSON.parse(json) as Parameters<typeof assembleModel>[0]);
}
