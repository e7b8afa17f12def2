/**
 * Every figure of the site, computed once per build in one pass over the
 * model. Pages, the JSON, the CSV, the feed and `check` look results up here,
 * so a number never disagrees with itself. No Astro imports: pure functions.
 */
import type { Day } from '../lib/dates.ts';
import type { CheckIn, Cycle, KeyResult, Model, Objective, Team } from '../model/types.ts';
import { calibrationBuckets, midCycleConfidence, midpointOf, type CalibrationBucket, type CalibrationSample } from './calibration.ts';
import { disciplineOf, type Discipline } from './discipline.ts';
import { isHit, keyResultFigures, type HistoryPoint, type KeyResultFigures } from './key-result.ts';
import { gradeIn, paceOf, statusIn, weightedMean, type CyclePace, type Grade, type Grading, type Status } from './pace.ts';
import { explainScorecard, type ExplainSettings, type ObjectiveExplanations, type ScorecardExplanations } from './explain.ts';
import { notOverdue, overdueOf, overdueOnce, type Overdue } from './overdue.ts';
import { cadenceOf, type Cadence } from './cadence.ts';
import { containedCycles } from '../model/lineage.ts';
import { readingsOf, stateChanges, teamHealthOf, type HealthChange, type HealthFigures, type HealthPoint } from './health.ts';
import { carriedFromOf, carriedToIndex, cycleCalibrationOf, reviewOf, type Review, type ReviewInput } from './review.ts';

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
export * from './cadence.ts';
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
  /** The verdict of a closed cycle; none (null) while it is active or upcoming. */
  grade: Grade | null;
  keyResults: readonly KeyResultResult[];
}

/** One team in one cycle: the scorecard. */
export interface Scorecard {
  team: Team;
  cycle: Cycle;
  pace: CyclePace;
  /** The cycle's rhythm: its own settings, else site.yaml's. */
  cadence: Cadence;
  score: number;
  /** By the cycle's state; never `stale` (key results only). */
  status: Status;
  /** The verdict of a closed cycle; none (null) while it is active or upcoming. */
  grade: Grade | null;
  objectives: readonly ObjectiveResult[];
  /** Periods and leadership windows count the check-ins of the cycles this one contains too; actions only its own. */
  discipline: Discipline;
  /** The cycles this one contains in which the team held check-ins that count in `discipline` (a year's quarters), in cycle order. */
  countsCheckInsOf: readonly string[];
  /** The cycle's own check-ins, oldest first (the timeline). */
  checkIns: readonly CheckIn[];
  /**
   * Whether the team is overdue for a check-in (scoring.md, "Overdue
   * check-ins"): a team is overdue once, so this says true on one scorecard
   * of the team at most.
   */
  overdue: Overdue;
  /** The cycle review of this team (scoring.md, "Cycle review"). */
  review: Review;
  /** The team's health metrics: as of the cycle's end once it is closed, else as of the as-of date. Never in a score. */
  health: readonly HealthFigures[];
}

export interface CycleResult {
  cycle: Cycle;
  pace: CyclePace;
  /** Plain mean of the team scores; null when no team has objectives. */
  score: number | null;
  status: Status | null;
  grade: Grade | null;
  /** Every team with objectives in the cycle, by team id. */
  scorecards: readonly Scorecard[];
  /** Calibration of this cycle alone; null unless the cycle is closed. */
  calibration: readonly CalibrationBucket[] | null;
}

export interface Calibration {
  /** Closed cycles that contributed. */
  cycles: readonly string[];
  samples: number;
  buckets: readonly CalibrationBucket[];
}

export interface Figures {
  /** In the model's cycle order (by start). */
  cycles: readonly CycleResult[];
  cycle(id: string): CycleResult | undefined;
  scorecard(team: string, cycle: string): Scorecard | undefined;
  objective(id: string): ObjectiveResult | undefined;
  /** Scorecards of one team, in cycle order. */
  scorecardsOf(team: string): readonly Scorecard[];
  /** The pace of a cycle alone (a page that shows only the pace reads no score). */
  cyclePace(id: string): CyclePace | undefined;
  /** The cycles the home page and the coaching report are about: the active one(s) with teams, else the latest closed one. */
  current: readonly string[];
  calibration: Calibration;
  /**
   * Every score of a team's scorecard in a cycle with how it was computed
   * (worked out on first ask, then kept). By ids, like `scorecard`, so that a
   * page's reads are recorded as a small key.
   */
  explain(team: string, cycle: string): ScorecardExplanations | undefined;
  /** One objective's explanations (and its key results'), for its own page: a narrow read. */
  explainObjective(id: string): ObjectiveExplanations | undefined;
  /** A team's health metrics at the as-of date, in the order the team lists them (worked out on first ask, then kept). */
  health(team: string): readonly HealthFigures[];
  /** A team's health metrics at another date on or before the as-of date (the digest compares two). */
  healthAt(team: string, day: Day): readonly HealthFigures[];
  /** The health metrics whose state a check-in's readings changed, in the order the team lists them. */
  healthChanges(checkIn: string): HealthChange[];
}

/** What every figure of one run reads besides the entries: the as-of date and the settings (each cycle's rhythm: `Cadence`). */
interface FigureSettings {
  asOf: Day;
  grading: Grading;
}

/** The check-ins that count for one team's discipline in a cycle: its own and those of the cycles it contains. */
interface Met {
  checkIns: readonly CheckIn[];
  /** The contained cycles that contributed, in cycle order. */
  cycles: string[];
}

/** Which figures to compute (all by default). */
export interface FiguresScope {
  /**
   * Only the cycles this accepts get results (scorecards, objectives,
   * calibration); the others are absent. The weekly digest computes the
   * figures at many as-of dates and needs only the cycles that run near each.
   */
  cycles?: (cycle: Cycle) => boolean;
}

/** Computes every figure of the model (or of the cycles `scope` names). */
export function computeFigures(model: Model, scope: FiguresScope = {}): Figures {
  const { settings } = model;
  const context: FigureSettings = { asOf: model.options.asOf, grading: settings.grading };
  const carriedTo = carriedToIndex(model.objectives);
  const carriedFrom = (id: string) => {
    const from = carriedFromOf(model.objective(id)!);
    return from !== null && model.objective(from) ? from : null;
  };

  const cycles = (scope.cycles ? model.cycles.filter(scope.cycles) : model.cycles).map((cycle) => {
    const pace = paceOf(cycle, context.asOf);
    const cadence = cadenceOf(cycle, settings);
    const contained = containedCycles(model, cycle);
    const cards = model.teams.flatMap((team) => {
      const objectives = model.objectivesOf(team.id, cycle.id);
      if (objectives.length === 0) return [];
      const checkIns = model.checkInsOf(team.id, cycle.id);
      return [scorecardOf(team, cycle, pace, cadence, objectives, checkIns, metIn(model, team.id, checkIns, contained), context, (card) => reviewOf(card, carriedTo, carriedFrom))];
    });
    return cycleResultOf(cycle, pace, cards, context.grading);
  });
  overdueOnceEach(cycles);

  const scorecards = new Map(cycles.flatMap((c) => c.scorecards.map((card) => [`${card.team.id}/${card.cycle.id}`, card] as const)));
  const objectives = new Map(cycles.flatMap((c) => c.scorecards.flatMap((card) => card.objectives.map((o) => [o.objective.id, o] as const))));
  const explain = explainerOf(scorecards, { locale: settings.locale, grading: context.grading, asOf: context.asOf });
  const byCycle = new Map(cycles.map((c) => [c.cycle.id, c]));
  const byTeam = scorecardsByTeam(cycles);
  const { health, healthAt, healthChanges } = healthOf(model, context.asOf);
  for (const card of scorecards.values()) card.health = card.pace.state === 'closed' ? healthAt(card.team.id, card.cycle.end) : health(card.team.id);
  return {
    health,
    healthAt,
    healthChanges,
    cycles,
    cycle: (id) => byCycle.get(id),
    scorecard: (team, cycle) => scorecards.get(`${team}/${cycle}`),
    objective: (id) => objectives.get(id),
    scorecardsOf: (team) => byTeam.get(team) ?? [],
    cyclePace: (id) => byCycle.get(id)?.pace,
    current: currentCycleIds(cycles),
    calibration: calibrationOf(cycles, context.grading),
    explain,
    explainObjective(id) {
      const objective = objectives.get(id)?.objective;
      return objective ? explain(objective.team, objective.cycle)?.objectives.get(id) : undefined;
    },
  };
}

/** One objective's score, confidence, status and grade, from its key results' histories. */
function objectiveResultOf(objective: Objective, histories: Map<string, HistoryPoint[]>, pace: CyclePace, staleAfterDays: number, context: FigureSettings): ObjectiveResult {
  const { asOf, grading } = context;
  const keyResults = objective.keyResults.map((keyResult) => ({
    keyResult,
    ...keyResultFigures(keyResult, histories.get(keyResult.id) ?? [], { pace, asOf, type: objective.type, grading, staleAfterDays }),
  }));
  const score = weightedMean(keyResults, (k) => k.score, (k) => k.keyResult.weight) ?? 0;
  const confident = keyResults.filter((k) => k.confidence !== null);
  return {
    objective,
    score,
    confidence: weightedMean(confident, (k) => k.confidence!, (k) => k.keyResult.weight) ?? null,
    status: statusIn(pace, score, grading),
    grade: gradeIn(pace, score, objective.type, grading),
    keyResults,
  };
}

/** One team's scorecard in one cycle: its objectives, score, discipline, overdue check-in and review. */
function scorecardOf(
  team: Team,
  cycle: Cycle,
  pace: CyclePace,
  cadence: Cadence,
  teamObjectives: readonly Objective[],
  checkIns: readonly CheckIn[],
  met: Met,
  context: FigureSettings,
  review: (input: ReviewInput) => Review,
): Scorecard {
  const { asOf, grading } = context;
  // Updates count only for their own cycle's key results: the histories are of its own check-ins.
  const histories = historiesOf(checkIns);
  const objectives = teamObjectives.map((objective) => objectiveResultOf(objective, histories, pace, cadence.staleAfterDays, context));
  const score = weightedMean(objectives, (o) => o.score, (o) => o.objective.weight) ?? 0;
  const grade = gradeIn(pace, score, 'aspirational', grading);
  const discipline = disciplineOf(cycle, checkIns, asOf, cadence, met.checkIns);
  return {
    team,
    cycle,
    pace,
    cadence,
    score,
    status: statusIn(pace, score, grading),
    grade,
    objectives,
    discipline,
    countsCheckInsOf: met.cycles,
    checkIns,
    overdue: overdueOf(cycle, pace.state, met.checkIns, asOf, cadence.everyDays),
    review: review({ state: pace.state, grade, rate: discipline.rate, objectives }),
    health: [],
  };
}

/**
 * The check-ins that count for a team's discipline in a cycle (scoring.md,
 * Check-in discipline): its own, and the team's check-ins in the cycles it
 * contains (a year counts the weekly check-ins filed under its quarters).
 */
function metIn(model: Model, team: string, own: readonly CheckIn[], contained: readonly Cycle[]): Met {
  const parts = contained.filter((c) => model.checkInsOf(team, c.id).length > 0);
  if (parts.length === 0) return { checkIns: own, cycles: [] };
  const all = [...own, ...parts.flatMap((c) => model.checkInsOf(team, c.id))].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { checkIns: all, cycles: parts.map((c) => c.id) };
}

/** A team is overdue once: in the cycle with the shortest cadence, then the shortest, then by id (scoring.md, Overdue). */
function overdueOnceEach(cycles: readonly CycleResult[]): void {
  const cards = cycles.flatMap((c) => c.scorecards);
  const named = overdueOnce(cards.map((c) => ({ team: c.team.id, cycle: c.cycle.id, everyDays: c.cadence.everyDays, length: c.pace.length, overdue: c.overdue })));
  for (const card of cards) if (card.overdue.overdue && !named.has(`${card.team.id}/${card.cycle.id}`)) card.overdue = notOverdue();
}

/** A cycle's figures from its scorecards: the plain mean of the team scores, and its own calibration once closed. */
function cycleResultOf(cycle: Cycle, pace: CyclePace, cards: Scorecard[], grading: Grading): CycleResult {
  const score = cards.length > 0 ? cards.reduce((sum, c) => sum + c.score, 0) / cards.length : null;
  return {
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
  };
}

/** Calibration over every closed cycle: each key result's mid-cycle confidence against whether it was hit. */
function calibrationOf(cycles: readonly CycleResult[], grading: Grading): Calibration {
  const samples: CalibrationSample[] = [];
  const calibrated: string[] = [];
  for (const { cycle, pace, scorecards } of cycles) {
    if (pace.state !== 'closed') continue;
    const midpoint = midpointOf(cycle);
    const before = samples.length;
    for (const card of scorecards) {
      for (const o of card.objectives) {
        for (const k of o.keyResults) {
          const confidence = midCycleConfidence(k.history, midpoint);
          if (confidence !== null) samples.push({ confidence, hit: isHit(k.score, o.objective.type, grading) });
        }
      }
    }
    if (samples.length > before) calibrated.push(cycle.id);
  }
  return { cycles: calibrated, samples: samples.length, buckets: calibrationBuckets(samples) };
}

/** Explanations of a scorecard by team and cycle, worked out on first ask, then kept. */
function explainerOf(scorecards: Map<string, Scorecard>, settings: Omit<ExplainSettings, 'staleAfterDays'>): Figures['explain'] {
  const explanations = new WeakMap<Scorecard, ScorecardExplanations>();
  return (team, cycle) => {
    const card = scorecards.get(`${team}/${cycle}`);
    if (!card) return undefined;
    let explained = explanations.get(card);
    if (!explained) {
      // Each cycle goes stale after its own rhythm.
      explained = explainScorecard(card, { ...settings, staleAfterDays: card.cadence.staleAfterDays });
      explanations.set(card, explained);
    }
    return explained;
  };
}

/** Each team's scorecards, in cycle order. */
function scorecardsByTeam(cycles: readonly CycleResult[]): Map<string, Scorecard[]> {
  const byTeam = new Map<string, Scorecard[]>();
  for (const c of cycles) {
    for (const card of c.scorecards) {
      const list = byTeam.get(card.team.id);
      if (list) list.push(card);
      else byTeam.set(card.team.id, [card]);
    }
  }
  return byTeam;
}

/**
 * The teams' health metrics: readings gathered once per team across every
 * cycle (the model's check-ins are cut at the as-of date already), figures at
 * the as-of date kept once worked out, and the state changes by check-in.
 */
function healthOf(model: Model, asOf: Day): Pick<Figures, 'health' | 'healthAt' | 'healthChanges'> {
  const readingCheckIns = new Map<string, CheckIn[]>();
  for (const checkIn of model.checkIns) {
    if (checkIn.health.length === 0) continue;
    const list = readingCheckIns.get(checkIn.team);
    if (list) list.push(checkIn);
    else readingCheckIns.set(checkIn.team, [checkIn]);
  }
  const readingsByTeam = new Map<string, Map<string, HealthPoint[]>>([...readingCheckIns].map(([teamId, list]) => [teamId, readingsOf(teamId, list)]));
  const healthAt = (teamId: string, day: Day): HealthFigures[] => teamHealthOf(model.team(teamId)?.health ?? [], readingsByTeam.get(teamId) ?? new Map(), day);
  const healthByTeam = new Map<string, HealthFigures[]>();
  const health = (teamId: string): HealthFigures[] => {
    let figures = healthByTeam.get(teamId);
    if (!figures) healthByTeam.set(teamId, (figures = healthAt(teamId, asOf)));
    return figures;
  };
  const changesByCheckIn = new Map<string, HealthChange[]>();
  for (const [teamId, readings] of readingsByTeam) {
    for (const metric of model.team(teamId)?.health ?? []) {
      for (const change of stateChanges(metric, readings.get(metric.id) ?? [])) {
        const list = changesByCheckIn.get(change.checkIn);
        if (list) list.push(change);
        else changesByCheckIn.set(change.checkIn, [change]);
      }
    }
  }
  return { health, healthAt, healthChanges: (checkIn) => changesByCheckIn.get(checkIn) ?? [] };
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
