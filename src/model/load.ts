/**
 * Reads a content root from disk: every entry file parsed and validated
 * against its schema. Cross-file rules are left to `resolve`.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { checkInSchema, cycleSchema, guideSchema, handoverSchema, objectiveSchema, siteSchema, teamSchema } from '../schemas/index.ts';
import type { CheckInData, CycleData, GuideData, HandoverData, ObjectiveData, SiteSettings, TeamData } from '../schemas/index.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { escapeControl, type Finding } from './findings.ts';
import { parseSource, type SourceFile } from './source.ts';
import type { FrontMatterCache } from './front-matter-cache.ts';
import { bodyControlFinding, validateSource, type EntryKind } from './validate.ts';
import { entryId, ID_SEGMENT, suggestIdSegment } from './ids.ts';
import { DEFAULT_MAX_FILE_BYTES, inspect, readContentFile, walkEntryFiles } from './walk.ts';

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
  /** The file's line on which the body starts, to point at a line of the body. */
  bodyLine?: number;
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
  /** Handover notes. */
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

/**
 * Lists the `.md`/`.mdx` files below a folder, skipping `_`- and `.`-prefixed
 * names; sorted. What the walk policy refuses (walk.ts) is left out: `check`
 * reports it.
 */
export function listEntryFiles(folder: string): string[] {
  return walkEntryFiles(path.dirname(folder), path.basename(folder), []).map((file) => file.relative);
}

/**
 * Why a file's name cannot give an entry id, or nothing: the extension is
 * written in lower case (Astro's collections match `.md`/`.mdx` exactly),
 * every segment of the id is URL-safe (ids.ts), and an id never takes a
 * route okrbook itself uses.
 */
function nameFinding(folder: string, kind: Exclude<EntryKind, 'site'>, relative: string): Pick<Finding, 'code' | 'message'> | undefined {
  const extension = path.posix.extname(relative);
  const stem = relative.slice(0, -extension.length);
  const segments = stem.split('/');
  if (kind === 'team' || kind === 'cycle') {
    const id = segments.at(-1)!;
    if (!SLUG_PATTERN.test(id)) {
      return {
        code: 'invalid-id',
        message: `the file name gives the ${kind} id ${quote(id)}, but ids are lower-case letters, digits and hyphens; rename the file, e.g. to \`${folder}/${suggestSlug(id)}${extension.toLowerCase()}\``,
      };
    }
  } else if (!segments.every((segment) => ID_SEGMENT.test(segment))) {
    const suggested = segments.map(suggestIdSegment).join('/');
    return {
      code: 'invalid-id',
      message: `the path gives the id ${quote(stem)}, but every part of an id is lower-case letters, digits, \`-\`, \`_\` and \`.\` (so that it is a URL as it is); rename it to \`${folder}/${suggested}${extension.toLowerCase()}\``,
    };
  }
  if (extension !== extension.toLowerCase()) {
    return { code: 'invalid-extension', message: `the extension \`${extension}\` is written in capitals; rename the file to \`${folder}/${stem}${extension.toLowerCase()}\`` };
  }
  const reserved = RESERVED_IDS[kind]?.get(entryId(kind, relative));
  if (reserved) {
    return { code: 'reserved-id', message: `the ${kind} id \`${entryId(kind, relative)}\` would take the address ${reserved}, which okrbook uses for its own page; rename the file` };
  }
  return undefined;
}

/** Ids whose pages would land on a fixed route of the site (src/routes), and that route. */
const RESERVED_IDS: Partial<Record<Exclude<EntryKind, 'site'>, ReadonlyMap<string, string>>> = {
  // /coach/<cycle>/ sits beside /coach/rules/, the index of the coaching rules;
  // /teams/<team>/<cycle>/ beside /teams/<team>/handover/, the handover form.
  cycle: new Map([
    ['rules', '`/coach/rules/`'],
    ['handover', '`/teams/<team>/handover/`'],
  ]),
};

/** A name as it can be printed safely: in backticks, control characters escaped. */
function quote(name: string): string {
  return `\`${escapeControl(name)}\``;
}

/**
 * Reads and validates every file of the content root. With a cache, files
 * whose bytes validated before are taken from it, and the others added.
 */
export function loadContent(contentRoot: string, cache?: FrontMatterCache, maxBytes = DEFAULT_MAX_FILE_BYTES): LoadedContent {
  const findings: Finding[] = [];
  const settings = loadSettings(contentRoot, findings, maxBytes);
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
    for (const { relative, absolute } of walkEntryFiles(contentRoot, folder, findings, maxBytes)) {
      const file = `${folder}/${relative}`;
      content.files++;
      const refused = nameFinding(folder, kind, relative);
      if (refused) {
        findings.push({ file, line: 1, level: 'error', ...refused });
        continue;
      }
      const id = entryId(kind, relative);
      const clash = seen.get(id);
      if (clash) {
        findings.push({
          file,
          line: 1,
          level: 'error',
          code: 'duplicate-id',
          message: `this file gets the id \`${id}\`, which \`${clash}\` already has; rename or remove one of them`,
        });
        continue;
      }
      seen.set(id, file);
      if (kind === 'team') content.known.teams.add(id);
      if (kind === 'cycle') content.known.cycles.add(id);
      if (kind === 'objective') content.known.objectives.add(id);
      const bytes = readContentFile(absolute, file, maxBytes);
      if (!(bytes instanceof Uint8Array)) {
        findings.push(bytes);
        noteBroken(content, kind, undefined);
        continue;
      }
      const read = readEntry(file, bytes, kind, cache);
      if ('findings' in read) {
        findings.push(...read.findings);
        noteBroken(content, kind, read.data);
        continue;
      }
      const { source, result } = read;
      const control = bodyControlFinding(file, source.body, source.bodyLine);
      if (control) findings.push(control);
      const entry = { id, file, data: result.data, lines: source.keyLines, lineOf: source.lineOf, itemLines: source.itemLines, body: source.body, bodyLine: source.bodyLine };
      (content[listOf(kind)] as Entry<unknown>[]).push(entry);
    }
  }
  return content;
}

/**
 * Parses and validates one entry file. Whatever the file holds, the answer
 * is its data or findings naming it: an exception from a parser (a case no
 * rule above foresaw) becomes a finding too, so it cannot hide the findings
 * of every other file.
 */
function readEntry(
  file: string,
  bytes: Uint8Array,
  kind: Exclude<EntryKind, 'site'>,
  cache: FrontMatterCache | undefined,
): { source: SourceFile; result: { data: unknown } } | { findings: Finding[]; data?: unknown } {
  try {
    const known = cache?.get(file, bytes);
    const source = parseSource(file, bytes, { frontMatter: true, known });
    if (Array.isArray(source)) return { findings: source };
    const result = known === undefined ? validateSource(source, SCHEMAS[kind] as z.ZodType, kind) : { data: known };
    if ('findings' in result) return { findings: result.findings, data: source.data };
    if (known === undefined) cache?.set(file, bytes, result.data);
    return { source, result };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { findings: [{ file, line: 1, level: 'error', code: 'unreadable-content', message: `okrbook could not read this file (${reason}); simplify its front matter, and report the file to okrbook's maintainers: this is a gap in okrbook's checks` }] };
  }
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

function loadSettings(contentRoot: string, findings: Finding[], maxBytes: number): SiteSettings {
  const defaults = siteSchema.parse({});
  const found = inspect(realpathSync(contentRoot), path.join(contentRoot, 'site.yaml'), 'site.yaml', findings);
  if (found?.kind !== 'file') return defaults;
  if (found.stats.size > maxBytes) {
    findings.push({ file: 'site.yaml', line: 1, level: 'error', code: 'file-too-large', message: 'site.yaml is larger than the file size limit; it holds a few settings, so it is likely not the file you meant' });
    return defaults;
  }
  const bytes = readContentFile(found.real, 'site.yaml', maxBytes);
  if (!(bytes instanceof Uint8Array)) {
    findings.push(bytes);
    return defaults;
  }
  const source = parseSource('site.yaml', bytes, { frontMatter: false });
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
  return suggestIdSegment(name).replace(/[_.]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '') || 'team';
}
