/**
 * The scorecard as JSON (`/teams/<team>/<cycle>.json`), in the shape
 * site.md gives: numbers unrounded, `null` where there is none, history
 * oldest first, check-ins newest first.
 */
import type { Day } from '../lib/dates.ts';
import type { Scorecard } from '../figures/index.ts';
import type { Handover } from '../model/types.ts';
import type { HealthFigures } from '../figures/health.ts';

/**
 * (v3) The health metrics as the scorecard JSON and `status.json` list them
 * (scoring.md, "Health metrics"); `above` and `below` added so a dashboard
 * can draw the bounds.
 */
export function healthJson(health: readonly HealthFigures[]) {
  return health.map((h) => ({
    id: h.metric.id,
    title: h.metric.title,
    unit: h.metric.unit ?? null,
    value: h.value,
    state: h.state,
    since: h.since,
    lastReading: h.lastReading,
    above: h.metric.above ?? null,
    below: h.metric.below ?? null,
  }));
}

/** A coaching hint as the JSON lists it. */
export interface HintJson {
  rule: string;
  entry: string;
  target: string | null;
  message: string;
}

/** What the scorecard JSON says about continuity: carry-over and handover notes. */
export interface ScorecardContinuity {
  /** Ids of the objectives that continue an objective (`carried_from` naming it). */
  carriedTo(objective: string): string[];
  /** The team's handover notes dated in the cycle, oldest first. */
  handovers: readonly Handover[];
}

const NO_CONTINUITY: ScorecardContinuity = { carriedTo: () => [], handovers: [] };

/** The JSON document of one scorecard. */
export function scorecardJson(card: Scorecard, asOf: Day, hints: readonly HintJson[] = [], continuity: ScorecardContinuity = NO_CONTINUITY) {
  const { team, cycle, pace, discipline } = card;
  return {
    team: team.id,
    teamName: team.name,
    cycle: cycle.id,
    cycleName: cycle.name,
    start: cycle.start,
    end: cycle.end,
    asOf,
    state: pace.state,
    expected: pace.expected,
    score: card.score,
    grade: card.grade,
    status: card.status,
    objectives: card.objectives.map((o) => ({
      id: o.objective.id,
      title: o.objective.title,
      type: o.objective.type,
      owner: o.objective.owner ?? null,
      parent: o.objective.parent,
      weight: o.objective.weight,
      score: o.score,
      grade: o.grade,
      status: o.status,
      confidence: o.confidence,
      carriedFrom: o.objective.carriedFrom,
      carriedTo: continuity.carriedTo(o.objective.id),
      keyResults: o.keyResults.map((k) => ({
        id: k.keyResult.id,
        title: k.keyResult.title,
        kind: k.keyResult.kind,
        unit: k.keyResult.unit ?? null,
        baseline: k.keyResult.baseline ?? null,
        target: k.keyResult.target ?? null,
        current: k.current,
        progress: k.progress,
        score: k.score,
        status: k.status,
        grade: k.grade,
        confidence: k.confidence,
        lastUpdate: k.lastUpdate,
        measured: k.measured,
        stale: k.stale,
        weight: k.keyResult.weight,
        history: k.history.map((h) => ({ date: h.date, value: h.value, confidence: h.confidence })),
      })),
    })),
    discipline: {
      due: discipline.due,
      covered: discipline.covered,
      rate: discipline.rate,
      missed: discipline.missed,
      streak: discipline.streak,
      leadership: discipline.leadership,
      actions: discipline.actions,
    },
    hints: hints.map((h) => ({ rule: h.rule, entry: h.entry, target: h.target, message: h.message })),
    checkins: [...card.checkIns].reverse().map((c) => ({ id: c.id, date: c.date, leadersPresent: c.leadersPresent })),
    overdue: card.overdue.overdue,
    review: { diagnosis: card.review.diagnosis, committed: card.review.committed, grades: card.review.grades },
    handovers: continuity.handovers.map((h) => ({ id: h.id, date: h.date, from: h.from, to: h.to })),
    health: healthJson(card.health),
  };
}
