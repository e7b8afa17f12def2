/**
 * Builds small models in code for unit tests, through the real schemas and
 * the real resolver (as Starlight's __tests__/test-utils.ts parses mock
 * entries through its schemas): each part is written as the front matter of
 * its file, parsed by its schema (src/schemas), and the whole resolved by
 * `resolveModel`, so defaults, visibility, the as-of cut and the order of the
 * lists are the site's own. Content the resolver refuses throws, naming each
 * error: a test cannot build a model that `check` would reject.
 *
 * The builders keep the model's shapes (`Team`, `Objective`, ...), so a test
 * writes `team('sales', { parent: 'ops' })` and reads `model.team('sales')`.
 */
import type { z } from 'astro/zod';
import { formatFinding } from '../src/model/findings.ts';
import type { Entry, LoadedContent } from '../src/model/load.ts';
import type { ModelOptions } from '../src/model/options.ts';
import { resolveModel } from '../src/model/resolve.ts';
import type { Action, CheckIn, Cycle, GuidePage, Handover, KeyResult, Model, Objective, Team, Update } from '../src/model/types.ts';
import { checkInSchema, cycleSchema, guideSchema, handoverSchema, objectiveSchema, siteSchema, teamSchema } from '../src/schemas/index.ts';

type Settings = Parameters<typeof siteSchema.parse>[0];

export const cycle = (id: string, start: string, end: string, extra: Partial<Cycle> = {}): Cycle => ({ id, name: id, start, end, file: `cycles/${id}.md`, lines: {}, body: '', ...extra });
export const team = (id: string, extra: Partial<Team> = {}): Team => ({ id, name: id, parent: null, members: [], leadership: [], health: [], file: `teams/${id}.md`, lines: {}, body: '', ...extra });

/** A key result; a metric from 0 to 10 unless `extra` says otherwise. */
export function kr(id: string, extra: Partial<KeyResult> = {}): KeyResult {
  return { id, title: id, kind: 'metric', baseline: 0, target: 10, weight: 1, objective: '', line: 1, ...extra };
}

export function objective(id: string, teamId: string, cycleId: string, keyResults: KeyResult[], extra: Partial<Objective> = {}): Objective {
  return {
    id, title: id, team: teamId, cycle: cycleId, type: 'aspirational', parent: null, carriedFrom: null, addresses: [], behaviors: [], weight: 1, confidential: false,
    file: `okrs/${id}.md`, lines: {}, body: '',
    keyResults: keyResults.map((k) => ({ ...k, objective: id })),
    ...extra,
  };
}

export function checkIn(teamId: string, cycleId: string, date: string, updates: Update[] = [], extra: Partial<CheckIn> = {}): CheckIn {
  return {
    id: `${cycleId}/${teamId}/${date}`, team: teamId, cycle: cycleId, date, attendees: [], leadersPresent: [], updates, actions: [] as Action[], blockers: [], confidential: false, health: [],
    file: `checkins/${cycleId}/${teamId}/${date}.md`, lines: {}, body: '',
    ...extra,
  };
}

/** A handover note of a team on a day. */
export function handover(teamId: string, date: string, to: string[], extra: Partial<Handover> = {}): Handover {
  return { id: `${teamId}/${date}`, team: teamId, date, from: [], to, objectives: [], confidential: false, file: `handovers/${teamId}/${date}.md`, lines: {}, body: '', ...extra };
}

/** A handbook page below guide/. */
export function guidePage(id: string, title: string, extra: Partial<GuidePage> = {}): GuidePage {
  return { id, title, rules: [], file: `guide/${id}.md`, lines: {}, body: '', ...extra };
}

/** The parts of a model: what the content root's files would hold. */
export interface ModelParts {
  asOf: string;
  cycles: readonly Cycle[];
  teams: readonly Team[];
  objectives: readonly Objective[];
  checkIns?: readonly CheckIn[];
  handovers?: readonly Handover[];
  guide?: readonly GuidePage[];
  settings?: Settings;
  /** Publish confidential entries (OKRBOOK_INCLUDE_CONFIDENTIAL=1). */
  includeConfidential?: boolean;
}

/** The model the resolver makes of the parts; throws on any error it finds in them. */
export function model(parts: ModelParts): Model {
  const options: ModelOptions = { contentRoot: '/nowhere', asOf: parts.asOf, includeConfidential: parts.includeConfidential ?? false };
  const { model: resolved, findings } = resolveModel(contentOf(parts), options);
  const errors = findings.filter((f) => f.level === 'error');
  if (errors.length > 0) throw new Error(`the resolver refuses this model:\n${errors.map((f) => formatFinding(f)).join('\n')}`);
  return resolved;
}

/** The parts as `loadContent` would have read them: each part's front matter through its schema. */
export function contentOf(parts: ModelParts): LoadedContent {
  const findings: LoadedContent['findings'] = [];
  const content: LoadedContent = {
    settings: siteSchema.parse(parts.settings ?? {}),
    teams: parts.teams.map((t) => entryOf(t, teamSchema, teamData(t), { leadership: t.leadershipLines ?? [], health: t.health.map((m) => m.line) })),
    cycles: parts.cycles.map((c) => entryOf(c, cycleSchema, cycleData(c))),
    objectives: parts.objectives.map((o) => entryOf(o, objectiveSchema, objectiveData(o), { key_results: o.keyResults.map((k) => k.line) })),
    checkIns: (parts.checkIns ?? []).map((c) => entryOf(c, checkInSchema, checkInData(c))),
    guide: (parts.guide ?? []).map((g) => entryOf(g, guideSchema, defined({ title: g.title, description: g.description, order: g.order, rules: g.rules }))),
    handovers: (parts.handovers ?? []).map((h) => entryOf(h, handoverSchema, defined({ team: h.team, date: h.date, from: h.from, to: h.to, objectives: h.objectives, confidential: h.confidential }))),
    known: {
      teams: new Set(parts.teams.map((t) => t.id)),
      cycles: new Set(parts.cycles.map((c) => c.id)),
      objectives: new Set(parts.objectives.map((o) => o.id)),
      keyResults: new Set(),
      brokenCycles: false,
    },
    findings,
    files: parts.teams.length + parts.cycles.length + parts.objectives.length + (parts.checkIns?.length ?? 0) + (parts.guide?.length ?? 0) + (parts.handovers?.length ?? 0),
  };
  return content;
}

/** An entry as the loader makes it: its data parsed by the schema (which fills in the defaults), its lines as the part gives them. */
function entryOf<T>(part: { id: string; file: string; lines: Readonly<Record<string, number>>; body: string }, schema: z.ZodType<T>, frontMatter: Record<string, unknown>, items: Record<string, number[]> = {}): Entry<T> {
  const parsed = schema.safeParse(frontMatter);
  if (!parsed.success) throw new Error(`${part.file}: the schema refuses ${JSON.stringify(frontMatter)}: ${parsed.error.message}`);
  return {
    id: part.id,
    file: part.file,
    data: parsed.data,
    lines: { ...part.lines },
    lineOf: (path) => part.lines[String(path[0])] ?? 1,
    itemLines: (key) => items[key] ?? [],
    body: part.body,
  };
}

/** The object without its undefined properties (as YAML would have no such key). */
function defined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function teamData(t: Team): Record<string, unknown> {
  return defined({
    name: t.name, description: t.description, parent: t.parent ?? undefined, lead: t.lead, members: t.members, leadership: t.leadership,
    health: t.health.map((m) => defined({ id: m.id, title: m.title, unit: m.unit, above: m.above, below: m.below })),
  });
}

function cycleData(c: Cycle): Record<string, unknown> {
  return defined({
    name: c.name, start: c.start, end: c.end,
    checkins: c.checkins ? defined({ every_days: c.checkins.everyDays, stale_after_days: c.checkins.staleAfterDays }) : undefined,
    leadership: c.leadership ? defined({ every_months: c.leadership.everyMonths }) : undefined,
  });
}

function objectiveData(o: Objective): Record<string, unknown> {
  return defined({
    title: o.title, team: o.team, cycle: o.cycle, owner: o.owner, type: o.type, parent: o.parent ?? undefined, carried_from: o.carriedFrom ?? undefined,
    addresses: o.addresses, why_now: o.whyNow, behaviors: o.behaviors, weight: o.weight, confidential: o.confidential,
    key_results: o.keyResults.map((k) => defined({ id: k.id, title: k.title, kind: k.kind, baseline: k.baseline, target: k.target, unit: k.unit, owner: k.owner, weight: k.weight, due: k.due })),
  });
}

function checkInData(c: CheckIn): Record<string, unknown> {
  return defined({
    team: c.team, date: c.date, cycle: c.cycle, health: c.health, attendees: c.attendees, leaders_present: c.leadersPresent,
    updates: c.updates, actions: c.actions, blockers: c.blockers, confidential: c.confidential,
  });
}
