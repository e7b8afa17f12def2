/** Builds small models in code for figure tests (no files involved). */
import { assembleModel } from '../src/model/resolve.ts';
import type { CheckIn, Cycle, GuidePage, Handover, KeyResult, Model, Objective, Team, Update, Action } from '../src/model/types.ts';
import { siteSchema } from '../src/schemas/site.ts';

type Settings = Parameters<typeof siteSchema.parse>[0];

export const cycle = (id: string, start: string, end: string): Cycle => ({ id, name: id, start, end, file: `cycles/${id}.md`, lines: {}, body: '' });
export const team = (id: string, extra: Partial<Team> = {}): Team => ({ id, name: id, parent: null, members: [], leadership: [], health: [], file: `teams/${id}.md`, lines: {}, body: '', ...extra });

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

/** A model from parts; check-ins are sorted and cut at the as-of date as the resolver does. */
export function model(parts: { asOf: string; cycles: Cycle[]; teams: Team[]; objectives: Objective[]; checkIns?: CheckIn[]; handovers?: Handover[]; guide?: GuidePage[]; settings?: Settings }): Model {
  const checkIns = [...(parts.checkIns ?? [])].filter((c) => c.date <= parts.asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.team < b.team ? -1 : 1));
  return assembleModel({
    options: { contentRoot: '/nowhere', asOf: parts.asOf, includeConfidential: false },
    settings: siteSchema.parse(parts.settings ?? {}),
    teams: parts.teams,
    cycles: parts.cycles,
    objectives: parts.objectives,
    checkIns,
    guide: parts.guide ?? [],
    handovers: [...(parts.handovers ?? [])].filter((h) => h.date <= parts.asOf),
    leftOut: { draft: 0, confidential: 0, afterAsOf: 0, dependent: 0 },
    confidentialPublished: 0,
  });
}

/** (v2) A handover note of a team on a day. */
export function handover(teamId: string, date: string, to: string[], extra: Partial<Handover> = {}): Handover {
  return { id: `${teamId}/${date}`, team: teamId, date, from: [], to, objectives: [], confidential: false, file: `handovers/${teamId}/${date}.md`, lines: {}, body: '', ...extra };
}

/** A handbook page below guide/. */
export function guidePage(id: string, title: string, extra: Partial<GuidePage> = {}): GuidePage {
  return { id, title, rules: [], file: `guide/${id}.md`, lines: {}, body: '', ...extra };
}
