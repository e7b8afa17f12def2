/**
 * The content as the integration reads it: loaded and validated once per
 * build (and once per change under `astro dev`), then handed to the pages
 * in one file (src/site/site-data.ts opens it).
 */
import path from 'node:path';
import { formatFinding, loadModel, serializeModel, sortFindings, type Finding, type LeftOut, type Model, type ModelOptions } from '../model/index.ts';
import { withInterfaceStrings } from '../i18n/overrides.ts';
import { writeFileAtomically } from '../lib/atomic-write.ts';
import type { RenderedMarkdown } from '../lib/markdown-bodies.ts';
import type { Figures } from '../figures/index.ts';
import type { HandedSite, SiteFile } from '../site/site-data.ts';

/** The name of the error a build on broken content stops with (its lines are printed above it). */
export const CONTENT_ERRORS = 'OkrbookContentErrors';

/** The content of one run, validated: the model with the site's interface strings, its errors (sorted), and how many files were read. */
export interface ValidatedContent {
  model: Model;
  errors: Finding[];
  files: number;
}

/** Reads and validates the content root and its interface strings; unchanged files come from the front-matter cache unless `force`. */
export function validateContent(options: ModelOptions, force = false): ValidatedContent {
  const { model, findings, files } = withInterfaceStrings(loadModel(options, { cache: !force, bodies: true }), options.contentRoot, options.maxFileBytes);
  return { model, errors: sortFindings(findings.filter((f) => f.level === 'error')), files };
}

/**
 * What pages read, handed over in the process (src/lib/handover.ts): the
 * model itself, its rendered bodies, a digest of what renders bodies and the
 * figures when they are worked out already, or every error line.
 */
export function siteToHandOver(content: ValidatedContent, bodies: Record<string, RenderedMarkdown>, renderer: string, figures?: Figures): HandedSite {
  if (content.errors.length > 0) return { errors: content.errors.map(formatFinding) };
  return { model: content.model, bodies, renderer, ...(figures ? { figures } : {}) };
}

/**
 * Writes what pages read (for a reader in another process): the model, its rendered bodies and a digest of what
 * renders bodies, or every error line when the content is broken. Written
 * whole or not at all.
 */
export function writeSiteFile(file: string, content: ValidatedContent, bodies: Record<string, RenderedMarkdown>, renderer: string): void {
  const saved: SiteFile = content.errors.length > 0 ? { errors: content.errors.map(formatFinding) } : { model: serializeModel(content.model), bodies, renderer };
  writeFileAtomically(file, JSON.stringify(saved));
}

/** What the build log says about entries that were not published. */
export function leftOutLine(leftOut: LeftOut, asOf: string): string | undefined {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (leftOut.draft) parts.push(count(leftOut.draft, 'draft', 'drafts'));
  if (leftOut.confidential) parts.push(count(leftOut.confidential, 'confidential entry', 'confidential entries'));
  if (leftOut.afterAsOf) parts.push(count(leftOut.afterAsOf, `check-in dated after ${asOf}`, `check-ins dated after ${asOf}`));
  if (leftOut.dependent) parts.push(count(leftOut.dependent, 'item hanging on them', 'items hanging on them'));
  return parts.length ? `left out: ${parts.join(', ')}` : undefined;
}

/** The build log's lines about the content (paths relative to the project root): what was read, what was left out, what was published on request. */
export function contentLines({ model, files }: ValidatedContent, options: ModelOptions, projectRoot: string): string[] {
  const lines = [`${files} files in ${path.relative(projectRoot, options.contentRoot) || '.'}, as of ${options.asOf}`];
  const leftOut = leftOutLine(model.leftOut, options.asOf);
  if (leftOut) lines.push(leftOut);
  if (options.includeConfidential) {
    lines.push(`OKRBOOK_INCLUDE_CONFIDENTIAL=1: publishing ${model.confidentialPublished} confidential ${model.confidentialPublished === 1 ? 'entry' : 'entries'}`);
  }
  return lines;
}
