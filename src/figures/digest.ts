/**
 * The weekly digest (scoring.md v3, "Weekly digest"): what changed in one
 * ISO week, as the difference between the figures as of `D0` (the Sunday
 * before the week) and as of `D1` (the week's Sunday, or the as-of date when
 * the week is not over). Both are the figures engine's own results, so a
 * digest can never disagree with the scorecards built at those dates.
 * Numbers and ids only: the site and the command line put them into words.
 */
import { addDays, isoWeekOf, mondayOf, mondayOfIsoWeek, type Day, type IsoWeek } from '../lib/dates.ts';
import { modelAsOf } from '../model/as-of.ts';
import type { Action, CheckIn, Model } from '../model/types.ts';
import { computeFigures, type Figures } from './index.ts';
import type { HealthState } from './health.ts';
import { atLeast, type CycleState, type Status } from './pace.ts';

/** A confidence that falls by this much or more is news (scoring.md). */
export const CONFIDENCE_DROP = 0.2;

/** The days one week's digest compares. */
export interface DigestWindow {
  week: IsoWeek;
  monday: Day;
  sunday: Day;
  /** `D0 = monday - 1`: the figures before the week. */
  from: Day;
  /** `D1 = min(sunday, A)`: the figures at the end of the week, or today. */
  to: Day;
}

/** The model and its figures on one day. */
export interface FiguresAt {
  model: Model;
  figures: Figures;
}

/** A key result updated in the window: its value and score before and after. */
export interface KeyResultChange {
  cycle: string;
  objective: string;
  kr: string;
  /** Current value as of `D0`; null when it had none. */
  before: number | boolean | null;
  /** Current value as of `D1`. */
  after: number | boolean | null;
  scoreBefore: number;
  scoreAfter: number;
  /** `(scoreAfter - scoreBefore) * 100`, unrounded. */
  points: number;
  statusBefore: Status;
  statusAfter: Status;
}

/** An objective or a team whose status changed in an active cycle. */
export interface StatusChange {
  cycle: string;
  /** The objective's id; null for the team's own status in the cycle. */
  objective: string | null;
  before: Status;
  after: Status;
}

/** A latest confidence that fell by `CONFIDENCE_DROP` or more. */
export interface ConfidenceDrop {
  cycle: string;
  objective: string;
  kr: string;
  before: number;
  after: number;
}

/** An action of a check-in held in the window. */
export interface ActionChange {
  /** The check-in's id. */
  checkIn: string;
  cycle: string;
  date: Day;
  title: string;
  kr: string | null;
  owner: string | null;
}

/** A health metric whose state differs between D0 and D1. */
export interface HealthStateChange {
  metric: string;
  before: HealthState;
  after: HealthState;
  value: number | null;
  /** The date of its latest reading as of D1. */
  lastReading: Day | null;
}

/** One team's week; only teams with something to say are listed. */
export interface TeamDigest {
  team: string;
  /** Check-ins dated in `(D0, D1]`, oldest first. */
  checkIns: { id: string; cycle: string; date: Day }[];
  keyResults: KeyResultChange[];
  statusChanges: StatusChange[];
  confidenceDrops: ConfidenceDrop[];
  /** Actions whose status became `done` since the team's previous check-in (or that are new and done). */
  actionsDone: ActionChange[];
  /** Actions the team's previous check-in did not list, not done yet. */
  actionsNew: ActionChange[];
  /** Handover notes dated in the window. */
  handovers: { id: string; date: Day; from: string[]; to: string[] }[];
  /** Health metrics whose state changed; `value` is the reading as of `D1`. */
  health: HealthStateChange[];
  /** The cycle that makes the team overdue as of `D1`, and since when; null when not overdue. */
  overdue: { cycle: string; since: Day } | null;
}

/** The organisation summary, first in every digest. */
export interface DigestSummary {
  checkIns: number;
  /** Teams with a check-in in the window. */
  teamsCheckedIn: number;
  /** Teams with objectives in a cycle that runs on some day of the window (and any team that checked in). */
  teamsExpected: number;
  keyResultsUpdated: number;
  /** Objectives and teams whose status changed. */
  statusChanges: number;
  confidenceDrops: number;
  /** Teams overdue as of `D1`. */
  overdue: number;
  /** Health metrics that became `breached`. */
  breaches: number;
}

/** One ISO week's digest. */
export interface WeekDigest extends DigestWindow {
  summary: DigestSummary;
  /** Cycles (with teams) that started in the window: upcoming at `D0`, no longer at `D1`. */
  cyclesStarted: string[];
  /** Cycles (with teams) that ended in the window: not closed at `D0`, closed at `D1`. */
  cyclesEnded: string[];
  /** In team order (by id). */
  teams: TeamDigest[];
  /** Nothing to say: no team listed and no cycle started or ended. */
  quiet: boolean;
}

/**
 * The window of `week` given the as-of date, or why there is none:
 * `not-a-week` (`2026-W54`), `after-as-of` (the week starts after `A`).
 */
export function digestWindow(week: string, asOf: Day): DigestWindow | 'not-a-week' | 'after-as-of' {
  const monday = mondayOfIsoWeek(week);
  if (monday === undefined) return 'not-a-week';
  if (monday > asOf) return 'after-as-of';
  const sunday = addDays(monday, 6);
  return { week: isoWeekOf(monday), monday, sunday, from: addDays(monday, -1), to: sunday < asOf ? sunday : asOf };
}

/** Every week a digest is published for: from the week of the first check-in to the week holding `A`, oldest first. */
export function digestWeeks(model: Model): IsoWeek[] {
  const first = model.checkIns[0];
  if (!first) return [];
  const weeks: IsoWeek[] = [];
  for (let monday = mondayOf(first.date); monday <= model.options.asOf; monday = addDays(monday, 7)) {
    weeks.push(isoWeekOf(monday));
  }
  return weeks;
}

/** The digest of one week from the figures as of `D0` and as of `D1`. */
export function weekDigest(window: DigestWindow, before: FiguresAt, after: FiguresAt): WeekDigest {
  const inWindow = (day: Day) => window.from < day && day <= window.to;
  const teams = new Map<string, TeamDigest>();
  const teamOf = (id: string): TeamDigest => {
    let team = teams.get(id);
    if (!team) {
      team = { team: id, checkIns: [], keyResults: [], statusChanges: [], confidenceDrops: [], actionsDone: [], actionsNew: [], handovers: [], health: [], overdue: null };
      teams.set(id, team);
    }
    return team;
  };

  // Check-ins held, and their actions compared with the team's previous check-in.
  const held = after.model.checkIns.filter((c) => inWindow(c.date));
  const previousOf = previousCheckIns(after.model.checkIns);
  for (const checkIn of held) {
    const team = teamOf(checkIn.team);
    team.checkIns.push({ id: checkIn.id, cycle: checkIn.cycle, date: checkIn.date });
    const previous = previousOf.get(checkIn);
    const earlier = new Map((previous?.actions ?? []).map((a) => [actionKey(a), a.status]));
    for (const action of checkIn.actions) {
      const was = earlier.get(actionKey(action));
      const change: ActionChange = { checkIn: checkIn.id, cycle: checkIn.cycle, date: checkIn.date, title: action.title, kr: action.kr ?? null, owner: action.owner ?? null };
      if (action.status === 'done' && was !== 'done') team.actionsDone.push(change);
      else if (was === undefined && action.status !== 'done') team.actionsNew.push(change);
    }
  }

  // Key results updated in the window, and latest confidences that fell.
  const updatedIn = new Set(held.map((c) => `${c.team}/${c.cycle}`));
  for (const c of after.figures.cycles) {
    for (const card of c.scorecards) {
      if (!updatedIn.has(`${card.team.id}/${c.cycle.id}`)) continue;
      for (const o of card.objectives) {
        const earlier = before.figures.objective(o.objective.id)!;
        o.keyResults.forEach((k, index) => {
          // Every update it has is on or before D1: it was updated in the window when its last one is after D0.
          if (k.lastUpdate === null || k.lastUpdate <= window.from) return;
          const was = earlier.keyResults[index]!;
          const ids = { cycle: c.cycle.id, objective: o.objective.id, kr: k.keyResult.id };
          const team = teamOf(card.team.id);
          team.keyResults.push({
            ...ids,
            before: was.current,
            after: k.current,
            scoreBefore: was.score,
            scoreAfter: k.score,
            points: (k.score - was.score) * 100,
            statusBefore: was.status,
            statusAfter: k.status,
          });
          if (was.confidence !== null && k.confidence !== null && atLeast(was.confidence - k.confidence, CONFIDENCE_DROP)) {
            team.confidenceDrops.push({ ...ids, before: was.confidence, after: k.confidence });
          }
        });
      }
    }
  }

  // Cycles that started or ended; status changes in cycles active on both days.
  const cyclesStarted: string[] = [];
  const cyclesEnded: string[] = [];
  for (const c of after.figures.cycles) {
    // A cycle the figures before the week leave out does not run near it.
    const earlierCycle = before.figures.cycle(c.cycle.id);
    if (c.scorecards.length === 0 || !earlierCycle) continue;
    const was: CycleState = earlierCycle.pace.state;
    const is = c.pace.state;
    if (was === 'upcoming' && is !== 'upcoming') cyclesStarted.push(c.cycle.id);
    if (was !== 'closed' && is === 'closed') cyclesEnded.push(c.cycle.id);
    if (was !== 'active' || is !== 'active') continue;
    for (const card of c.scorecards) {
      const earlier = before.figures.scorecard(card.team.id, c.cycle.id)!;
      const changes: StatusChange[] = [];
      if (earlier.status !== card.status) changes.push({ cycle: c.cycle.id, objective: null, before: earlier.status, after: card.status });
      card.objectives.forEach((o, index) => {
        const was = earlier.objectives[index]!;
        if (was.status !== o.status) changes.push({ cycle: c.cycle.id, objective: o.objective.id, before: was.status, after: o.status });
      });
      if (changes.length > 0) teamOf(card.team.id).statusChanges.push(...changes);
    }
  }

  for (const handover of after.model.handovers) {
    if (inWindow(handover.date)) teamOf(handover.team).handovers.push({ id: handover.id, date: handover.date, from: handover.from, to: handover.to });
  }

  // Health metrics (they belong to the team, not to a cycle) whose state changed.
  for (const team of after.model.teams) {
    if (team.health.length === 0) continue;
    const earlier = before.figures.health(team.id);
    after.figures.health(team.id).forEach((h, index) => {
      const was = earlier[index]!;
      if (was.state !== h.state) teamOf(team.id).health.push({ metric: h.metric.id, before: was.state, after: h.state, value: h.value, lastReading: h.lastReading });
    });
  }

  // Overdue as of D1: once per team, the first cycle (in cycle order) that makes it so.
  for (const c of after.figures.cycles) {
    for (const card of c.scorecards) {
      if (!card.overdue.overdue) continue;
      const team = teamOf(card.team.id);
      team.overdue ??= { cycle: c.cycle.id, since: card.overdue.since! };
    }
  }

  // Teams expected to meet: those with objectives in a cycle that runs on some day of the window.
  const expected = new Set(held.map((c) => c.team));
  for (const c of after.figures.cycles) {
    if (c.cycle.start > window.to || c.cycle.end <= window.from) continue;
    for (const card of c.scorecards) expected.add(card.team.id);
  }

  const listed = after.model.teams.map((t) => teams.get(t.id)).filter((t): t is TeamDigest => t !== undefined);
  const count = (list: (t: TeamDigest) => unknown[]) => listed.reduce((sum, t) => sum + list(t).length, 0);
  return {
    ...window,
    summary: {
      checkIns: held.length,
      teamsCheckedIn: new Set(held.map((c) => c.team)).size,
      teamsExpected: expected.size,
      keyResultsUpdated: count((t) => t.keyResults),
      statusChanges: count((t) => t.statusChanges),
      confidenceDrops: count((t) => t.confidenceDrops),
      overdue: listed.filter((t) => t.overdue !== null).length,
      breaches: listed.reduce((sum, t) => sum + t.health.filter((h) => h.after === 'breached').length, 0),
    },
    cyclesStarted,
    cyclesEnded,
    teams: listed,
    quiet: listed.length === 0 && cyclesStarted.length === 0 && cyclesEnded.length === 0,
  };
}

/** Actions are matched across check-ins by their title, as a reader would (spacing and case aside). */
function actionKey(action: Action): string {
  return action.title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Each check-in's previous check-in of the same team (by date). */
function previousCheckIns(checkIns: readonly CheckIn[]): Map<CheckIn, CheckIn> {
  const previous = new Map<CheckIn, CheckIn>();
  const last = new Map<string, CheckIn>();
  for (const checkIn of checkIns) {
    const before = last.get(checkIn.team);
    if (before) previous.set(checkIn, before);
    last.set(checkIn.team, checkIn);
  }
  return previous;
}

/** Every published week's digest of one model, worked out on first ask and kept. */
export interface Digests {
  /** Oldest first. */
  weeks: IsoWeek[];
  /** The digest of a published week; undefined for any other week. */
  week(week: IsoWeek): WeekDigest | undefined;
  /** The published weeks before and after a week (null at either end), for a page's links. */
  around(week: IsoWeek): { previous: IsoWeek | null; next: IsoWeek | null };
}

/**
 * The digests of a model: the figures at each Sunday are computed once from
 * the one loaded model (modelAsOf), each serving as the `D1` of one week and
 * the `D0` of the next.
 */
export function digestsOf(model: Model, figuresAtAsOf: Figures = computeFigures(model)): Digests {
  const weeks = digestWeeks(model);
  const published = new Set(weeks);
  const figuresAt = new Map<Day, FiguresAt>([[model.options.asOf, { model, figures: figuresAtAsOf }]]);
  const at = (day: Day): FiguresAt => {
    let found = figuresAt.get(day);
    if (!found) {
      const earlier = modelAsOf(model, day);
      // Only the cycles that run within a week of `day`: a day is the end of one window and the start of the next.
      const [near, far] = [addDays(day, -7), addDays(day, 7)];
      found = { model: earlier, figures: computeFigures(earlier, { cycles: (c) => c.start <= far && c.end >= near }) };
      figuresAt.set(day, found);
      // Weeks are asked for in order: keep the few days still needed, not the figures of every Sunday.
      if (figuresAt.size > 4) {
        const oldest = [...figuresAt.keys()].find((d) => d !== model.options.asOf);
        if (oldest !== undefined) figuresAt.delete(oldest);
      }
    }
    return found;
  };
  const digests = new Map<IsoWeek, WeekDigest>();
  return {
    weeks,
    week(week) {
      if (!published.has(week)) return undefined;
      let digest = digests.get(week);
      if (!digest) {
        const window = digestWindow(week, model.options.asOf) as DigestWindow;
        digest = weekDigest(window, at(window.from), at(window.to));
        digests.set(week, digest);
      }
      return digest;
    },
    around(week) {
      const at = weeks.indexOf(week);
      return { previous: at > 0 ? weeks[at - 1]! : null, next: at >= 0 && at + 1 < weeks.length ? weeks[at + 1]! : null };
    },
  };
}
