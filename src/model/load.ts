/**
 * Reads a content root from disk: every entry file parsed and validated
 * against its schema. Cross-file rules are left to `resolve`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { checkInSchema, cycleSchema, guideSchema, handoverSchema, objectiveSchema, siteSchema, teamSchema } from '../schemas/index.ts';
import type { CheckInData, CycleData, GuideData, HandoverData, ObjectiveData, SiteSettings, TeamData } from '../schemas/index.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import type { Finding } from './findings.ts';
import { parseSource, type SourceFile } from './source.ts';
import type { FrontMatterCache } from './front-matter-cache.ts';
import { validateSource, type EntryKind } from './validate.ts';
import { entryId } from './ids.ts';

/** A validated entry, not yet resolved against the others. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  /** Lines of the top-level keys. */
  lines: Record<string, number>;
  lineOf: SourceFile['lineOf'];
  itemLines: SourceFile['itemLines'];
  body: string;
}

/**
 * Every file of a content root, validated one by one. Files that failed
 * still leave their id (and, for objectives, the key-result ids they name)
 * in `known`, so one broken file does not make every reference to it an
 * error too.
 */
export interface LoadedContent {
  settings: SiteSettings;
  teams: Entry<TeamData>[];
  cycles: Entry<CycleData>[];
  objectives: Entry<ObjectiveData>[];
  checkIns: Entry<CheckInData>[];
  guide: Entry<GuideData>[];
  /** (v2) Handover notes. */
  handovers: Entry<HandoverData>[];
  known: {
    teams: Set<string>;
    cycles: Set<string>;
    objectives: Set<string>;
    /** `team/cycle/kr` of key results named in objective files that failed validation. */
    keyResults: Set<string>;
    /** Team/cycle pairs whose objectives could not all be read (inference is unreliable there). */
    brokenCycles: boolean;
  };
  findings: Finding[];
  /** Number of entry files read. */
  files: number;
}

/** The entry folders and what each holds. */
const FOLDERS: ReadonlyArray<{ folder: string; kind: Exclude<EntryKind, 'site'> }> = [
  { folder: 'teams', kind: 'team' },
  { folder: 'cycles', kind: 'cycle' },
  { folder: 'okrs', kind: 'objective' },
  { folder: 'checkins', kind: 'checkin' },
  { folder: 'guide', kind: 'guide' },
  { folder: 'handovers', kind: 'handover' },
];

const SCHEMAS = {
  team: teamSchema,
  cycle: cycleSchema,
  objective: objectiveSchema,
  checkin: checkInSchema,
  guide: guideSchema,
  handover: handoverSchema,
} as const;

/** Lists the `.md`/`.mdx` files below a folder, skipping `_`- and `.`-prefixed names; sorted. */
export function listEntryFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const dirent of readdirSync(dir, { withFileTypes: true })) {
      if (dirent.name.startsWith('_') || dirent.name.startsWith('.')) continue;
      const rel = prefix ? `${prefix}/${dirent.name}` : dirent.name;
      if (dirent.isDirectory()) walk(path.join(dir, dirent.name), rel);
      else if (/\.mdx?$/i.test(dirent.name)) out.push(rel);
    }
  };
  walk(folder, '');
  return out.sort();
}

/**
 * Reads and validates every file of the content root. With a cache, files
 * whose bytes validated before are taken from it, and the others added.
 */
export function loadContent(contentRoot: string, cache?: FrontMatterCache): LoadedContent {
  const findings: Finding[] = [];
  const settings = loadSettings(contentRoot, findings);
  const content: LoadedContent = {
    settings,
    teams: [],
    cycles: [],
    objectives: [],
    checkIns: [],
    guide: [],
    handovers: [],
    known: { teams: new Set(), cycles: new Set(), objectives: new Set(), keyResults: new Set(), brokenCycles: false },
    findings,
    files: 0,
  };
  for (const { folder, kind } of FOLDERS) {
    const seen = new Map<string, string>();
    for (const relative of listEntryFiles(path.join(contentRoot, folder))) {
      const file = `${folder}/${relative}`;
      content.files++;
      const id = entryId(kind, relative);
      const rawId = id;
      const lowerId = id.toLowerCase();
      const clash = seen.get(lowerId);
      if (clash) {
        findings.push({
          file,
          line: 1,
          level: 'error',
          code: 'duplicate-id',
          message: `this file gets the id \`${lowerId}\`, which \`${clash}\` already has; rename or remove one of them`,
        });
        continue;
      }
      seen.set(lowerId, file);
      if ((kind === 'team' || kind === 'cycle') && !SLUG_PATTERN.test(rawId)) {
        findings.push({
          file,
          line: 1,
          level: 'error',
          code: 'invalid-id',
          message: `the file name gives the ${kind} id \`${rawId}\`, but ids are lower-case letters, digits and hyphens; rename the file, e.g. to \`${folder}/${suggestSlug(rawId)}.md\``,
        });
        continue;
      }
      if (kind !== 'team' && kind !== 'cycle' && rawId !== lowerId) {
        findings.push({
          file,
          line: 1,
          level: 'error',
          code: 'invalid-id',
          message: `ids are lower case, but this path gives \`${rawId}\`; rename it to \`${folder}/${lowerId}${path.extname(relative).toLowerCase()}\``,
        });
        continue;
      }
      if (kind === 'team') content.known.teams.add(id);
      if (kind === 'cycle') content.known.cycles.add(id);
      if (kind === 'objective') content.known.objectives.add(id);
      const bytes = readFileSync(path.join(contentRoot, folder, relative));
      const known = cache?.get(file, bytes);
      const source = parseSource(file, bytes, { frontMatter: true, known });
      if (Array.isArray(source)) {
        findings.push(...source);
        noteBroken(content, kind, undefined);
        continue;
      }
      const result = known === undefined ? validateSource(source, SCHEMAS[kind] as z.ZodType, kind) : { data: known };
      if ('findings' in result) {
        findings.push(...result.findings);
        noteBroken(content, kind, source.data);
        continue;
      }
      if (known === undefined) cache?.set(file, bytes, result.data);
      const entry = { id, file, data: result.data, lines: source.keyLines, lineOf: source.lineOf, itemLines: source.itemLines, body: source.body };
      (content[listOf(kind)] as Entry<unknown>[]).push(entry);
    }
  }
  return content;
}

function listOf(kind: Exclude<EntryKind, 'site'>) {
  return ({ team: 'teams', cycle: 'cycles', objective: 'objectives', checkin: 'checkIns', guide: 'guide', handover: 'handovers' } as const)[kind];
}

/** Remembers what a broken file still tells us, to avoid follow-on errors. */
function noteBroken(content: LoadedContent, kind: EntryKind, data: unknown) {
  if (kind === 'cycle') content.known.brokenCycles = true;
  if (kind !== 'objective') return;
  content.known.brokenCycles = true;
  if (!data || typeof data !== 'object') return;
  const { team, cycle, key_results: keyResults } = data as Record<string, unknown>;
  if (typeof team !== 'string' || typeof cycle !== 'string' || !Array.isArray(keyResults)) return;
  for (const kr of keyResults) {
    const id = kr && typeof kr === 'object' ? (kr as Record<string, unknown>).id : undefined;
    if (typeof id === 'string') content.known.keyResults.add(`${team}/${cycle}/${id}`);
  }
}

function loadSettings(contentRoot: string, findings: Finding[]): SiteSettings {
  const defaults = siteSchema.parse({});
  const file = path.join(contentRoot, 'site.yaml');
  if (!existsSync(file)) return defaults;
  const source = parseSource('site.yaml', readFileSync(file), { frontMatter: false });
  if (Array.isArray(source)) {
    findings.push(...source);
    return defaults;
  }
  const result = validateSource(source, siteSchema, 'site');
  if ('findings' in result) {
    findings.push(...result.findings);
    return defaults;
  }
  return result.data;
}

function suggestSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
}
