/**
 * Every figure of the site, computed once per build in one pass over the
 * model. Pages, the JSON, the CSV, the feed and `check` look results up here,
 * so a number never disagrees with itself. No Astro imports: pure functions.
 */
import type { CheckIn, Cycle, KeyResult, Model, Objective, Team } from '../model/types.ts';
import { calibrationBuckets, midCycleConfidence, midpointOf, type CalibrationBucket, type CalibrationSample } from './calibration.ts';
import { disciplineOf, type Discipline } from './discipline.ts';
import { isHit, keyResultFigures, type HistoryPoint, type KeyResultFigures } from './key-result.ts';
import { gradeIn, paceOf, statusIn, weightedMean, type CyclePace, type Grade, type Status } from './pace.ts';
import { explainScorecard, type ObjectiveExplanations, type ScorecardExplanations } from './explain.ts';
import { overdueOf, type Overdue } from './overdue.ts';
import { readingsOf, teamHealthOf, type HealthFigures } from './health.ts';
import { carriedFromOf, carriedToIndex, cycleCalibrationOf, reviewOf, type Review } from './review.ts';

export * from './pace.ts';
export * from './key-result.ts';
export * from './discipline.ts';
export * from './calibration.ts';
export * from './overdue.ts';
export * from './review.ts';
export * from './explain.ts';
export * from './calibration-verdict.ts';
export * from './spread.ts';
export * from './leadership.ts';
export * from './health.ts';

export interface KeyResultResult extends KeyResultFigures {
  keyResult: KeyResult;
}

export interface ObjectiveResult {
  objective: Objective;
  score: number;
  /** Weighted mean of the key results' latest confidences, over those that have one. */
  confidence: number | null;
  /** By the cycle's state; never `stale` (key results only). */
  status: Status;
  /** None (null) before the cycle starts. */
  grade: Grade | null;
  keyResults: KeyResultResult[];
}

/** One team in one cycle: the scorecard. */
export interface Scorecard {
  team: Team;
  cycle: Cycle;
  pace: CyclePace;
  score: number;
  /** By the cycle's state; never `stale` (key results only). */
  status: Status;
  /** None (null) before the cycle starts. */
  grade: Grade | null;
  objectives: ObjectiveResult[];
  discipline: Discipline;
  /** Oldest first. */
  checkIns: CheckIn[];
  /** (v2) Whether the team is overdue for a check-in (scoring.md, "Overdue check-ins"). */
  overdue: Overdue;
  /** (v2) The cycle review of this team (scoring.md, "Cycle review"). */
  review: Review;
}

export interface CycleResult {
  cycle: Cycle;
  pace: CyclePace;
  /** Plain mean of the team scores; null when no team has objectives. */
  score: number | null;
  status: Status | null;
  grade: Grade | null;
  /** Every team with objectives in the cycle, by team id. */
  scorecards: Scorecard[];
  /** (v2) Calibration of this cycle alone; null unless the cycle is closed. */
  calibration: CalibrationBucket[] | null;
}

export interface Calibration {
  /** Closed cycles that contributed. */
  cycles: string[];
  samples: number;
  buckets: CalibrationBucket[];
}

export interface Figures {
  /** In the model's cycle order (by start). */
  cycles: CycleResult[];
  cycle(id: string): CycleResult | undefined;
  scorecard(team: string, cycle: string): Scorecard | undefined;
  objective(id: string): ObjectiveResult | undefined;
  /** Scorecards of one team, in cycle order. */
  scorecardsOf(team: string): Scorecard[];
  /** The pace of a cycle alone (a page that shows only the pace reads no score). */
  cyclePace(id: string): CyclePace | undefined;
  /** The cycles the home page and the coaching report are about: the active one(s) with teams, else the latest closed one. */
  current: string[];
  calibration: Calibration;
  /**
   * (v2) Every score of a team's scorecard in a cycle with how it was computed
   * (worked out on first ask, then kept). By ids, like `scorecard`, so that a
   * page's reads are recorded as a small key.
   */
  explain(team: string, cycle: string): ScorecardExplanations | undefined;
  /** (v2) One objective's explanations (and its key results'), for its own page: a narrow read. */
  explainObjective(id: string): ObjectiveExplanations | undefined;
  /** (v3) A team's health metrics at the as-of date, in the order the team lists them (worked out on first ask, then kept). */
  health(team: string): HealthFigures[];
}

/** Computes every figure of the model. */
export function computeFigures(model: Model): Figures {
  const { settings, options } = model;
  const asOf = options.asOf;
  const grading = settings.grading;
  const cycles: CycleResult[] = [];
  const scorecards = new Map<string, Scorecard>();
  const objectives = new Map<string, ObjectiveResult>();
  const samples: CalibrationSample[] = [];
  const calibratedCycles: string[] = [];
  const carriedTo = carriedToIndex(model.objectives);
  const carriedFrom = (id: string) => {
    const from = carriedFromOf(model.objective(id)!);
    return from !== null && model.objective(from) ? from : null;
  };

  for (const cycle of model.cycles) {
    const pace = paceOf(cycle, asOf);
    const midpoint = midpointOf(cycle);
    const cards: Scorecard[] = [];
    let sampled = false;
    for (const team of model.teams) {
      const teamObjectives = model.objectivesOf(team.id, cycle.id);
      if (teamObjectives.length === 0) continue;
      const checkIns = model.checkInsOf(team.id, cycle.id);
      const histories = historiesOf(checkIns);
      const objectiveResults = teamObjectives.map((objective) => {
        const keyResults = objective.keyResults.map((keyResult) => ({
          keyResult,
          ...keyResultFigures(keyResult, histories.get(keyResult.id) ?? [], {
            pace,
            asOf,
            type: objective.type,
            grading,
            staleAfterDays: settings.checkins.stale_after_days,
          }),
        }));
        const score = weightedMean(keyResults, (k) => k.score, (k) => k.keyResult.weight) ?? 0;
        const confident = keyResults.filter((k) => k.confidence !== null);
        const result: ObjectiveResult = {
          objective,
          score,
          confidence: weightedMean(confident, (k) => k.confidence!, (k) => k.keyResult.weight) ?? null,
          status: statusIn(pace, score, grading),
          grade: gradeIn(pace, score, objective.type, grading),
          keyResults,
        };
        objectives.set(objective.id, result);
        if (pace.state === 'closed') {
          for (const k of keyResults) {
            const confidence = midCycleConfidence(k.history, midpoint);
            if (confidence === null) continue;
            samples.push({ confidence, hit: isHit(k.score, objective.type, grading) });
            sampled = true;
          }
        }
        return result;
      });
      const score = weightedMean(objectiveResults, (o) => o.score, (o) => o.objective.weight) ?? 0;
      const grade = gradeIn(pace, score, 'aspirational', grading);
      const discipline = disciplineOf(cycle, checkIns, asOf, { everyDays: settings.checkins.every_days, everyMonths: settings.leadership.every_months });
      const card: Scorecard = {
        team,
        cycle,
        pace,
        score,
        status: statusIn(pace, score, grading),
        grade,
        objectives: objectiveResults,
        discipline,
        checkIns,
        overdue: overdueOf(cycle, pace.state, checkIns, asOf, settings.checkins.every_days),
        review: reviewOf({ state: pace.state, grade, rate: discipline.rate, objectives: objectiveResults }, carriedTo, carriedFrom),
      };
      cards.push(card);
      scorecards.set(`${team.id}/${cycle.id}`, card);
    }
    if (sampled) calibratedCycles.push(cycle.id);
    const score = cards.length > 0 ? cards.reduce((sum, c) => sum + c.score, 0) / cards.length : null;
    cycles.push({
      cycle,
      pace,
      score,
      status: score === null ? null : statusIn(pace, score, grading),
      grade: score === null ? null : gradeIn(pace, score, 'aspirational', grading),
      scorecards: cards,
      calibration: cycleCalibrationOf(
        cycle,
        pace.state,
        cards.flatMap((card) => card.objectives.flatMap((o) => o.keyResults.map((k) => ({ type: o.objective.type, score: k.score, history: k.history })))),
        grading,
      ),
    });
  }

  const explanations = new WeakMap<Scorecard, ScorecardExplanations>();
  const explain = (team: string, cycle: string): ScorecardExplanations | undefined => {
    const card = scorecards.get(`${team}/${cycle}`);
    if (!card) return undefined;
    let explained = explanations.get(card);
    if (!explained) {
      explained = explainScorecard(card, { locale: settings.locale, grading, staleAfterDays: settings.checkins.stale_after_days, asOf });
      explanations.set(card, explained);
    }
    return explained;
  };
  const byCycle = new Map(cycles.map((c) => [c.cycle.id, c]));
  const byTeam = new Map<string, Scorecard[]>();
  for (const c of cycles) {
    for (const card of c.scorecards) {
      const list = byTeam.get(card.team.id);
      if (list) list.push(card);
      else byTeam.set(card.team.id, [card]);
    }
  }
  // Health: the model's check-ins are cut at the as-of date already; readings across every cycle of the team.
  const healthByTeam = new Map<string, HealthFigures[]>();
  let checkInsByTeam: Map<string, CheckIn[]> | undefined;
  const health = (teamId: string): HealthFigures[] => {
    const known = healthByTeam.get(teamId);
    if (known) return known;
    const team = model.team(teamId);
    if (!team || team.health.length === 0) return [];
    if (!checkInsByTeam) {
      checkInsByTeam = new Map();
      for (const checkIn of model.checkIns) {
        if (checkIn.health.length === 0) continue;
        const list = checkInsByTeam.get(checkIn.team);
        if (list) list.push(checkIn);
        else checkInsByTeam.set(checkIn.team, [checkIn]);
      }
    }
    const figures = teamHealthOf(team.health, readingsOf(teamId, checkInsByTeam.get(teamId) ?? []), asOf);
    healthByTeam.set(teamId, figures);
    return figures;
  };
  return {
    health,
    cycles,
    cycle: (id) => byCycle.get(id),
    scorecard: (team, cycle) => scorecards.get(`${team}/${cycle}`),
    objective: (id) => objectives.get(id),
    scorecardsOf: (team) => byTeam.get(team) ?? [],
    cyclePace: (id) => byCycle.get(id)?.pace,
    current: currentCycleIds(cycles),
    calibration: { cycles: calibratedCycles, samples: samples.length, buckets: calibrationBuckets(samples) },
    explain,
    explainObjective(id) {
      const objective = objectives.get(id)?.objective;
      return objective ? explain(objective.team, objective.cycle)?.objectives.get(id) : undefined;
    },
  };
}

/** The active cycle(s) at the as-of date (with teams), else the latest closed one. */
function currentCycleIds(cycles: readonly CycleResult[]): string[] {
  const withTeams = cycles.filter((c) => c.scorecards.length > 0);
  const active = withTeams.filter((c) => c.pace.state === 'active');
  if (active.length > 0) return active.map((c) => c.cycle.id);
  const closed = withTeams.filter((c) => c.pace.state === 'closed');
  const latest = closed.sort((a, b) => (a.cycle.end < b.cycle.end ? -1 : a.cycle.end > b.cycle.end ? 1 : 0)).at(-1);
  return latest ? [latest.cycle.id] : [];
}

/** Each key result's history in one pass over a team's check-ins (oldest first). */
function historiesOf(checkIns: readonly CheckIn[]): Map<string, HistoryPoint[]> {
  const histories = new Map<string, HistoryPoint[]>();
  for (const checkIn of checkIns) {
    for (const update of checkIn.updates) {
      const point = { date: checkIn.date, value: update.value, confidence: update.confidence ?? null };
      const list = histories.get(update.kr);
      if (list) list.push(point);
      else histories.set(update.kr, [point]);
    }
  }
  return histories;
}
