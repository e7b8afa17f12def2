/**
 * Numbers that explain themselves: for every score on a scorecard (key
 * result, objective, team), its value, status and grade with the formula of
 * scoring.md filled in with the actual numbers. Pages print this text; they
 * never recompute it. Each function returns the value it explains, so a
 * test can hold it against the figures to the last digit.
 */
import { daysBetween, type Day } from '../lib/dates.ts';
import type { KeyResult } from '../model/types.ts';
import { scoreAt } from './key-result.ts';
import { atLeast, weightedMean, type CyclePace, type Grade, type Grading, type ObjectiveType, type Status } from './pace.ts';
import type { Scorecard } from './index.ts';

/** A figure and how it was computed. */
export interface Explained<T> {
  value: T;
  text: string;
}

/** How explanations write numbers: grouped, at most three decimals, with a real minus sign. */
export interface NumberWriter {
  (value: number): string;
}

const writers = new Map<string, NumberWriter>();

/** The number writer of a locale: `131,000`, `0.297`, `−0.1`. */
export function numberWriter(locale: string): NumberWriter {
  let writer = writers.get(locale);
  if (!writer) {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    writer = (value: number) => format.format(value).replace(/^-/, '−');
    writers.set(locale, writer);
  }
  return writer;
}

/** Wraps a negative number in brackets inside a formula: `(90 − 100)`, `(−5)`. */
const term = (n: NumberWriter, value: number) => (value < 0 ? `(${n(value)})` : n(value));

/**
 * A key result's score from its current value: the progress formula for a
 * metric, the comparison with the target for the other kinds.
 */
export function explainKeyResultScore(kr: Pick<KeyResult, 'kind' | 'baseline' | 'target'>, current: number | boolean | null, n: NumberWriter): Explained<number> {
  const { progress, score } = scoreAt(kr, current);
  if (current === null) return { value: score, text: 'No update yet, so the score is 0.' };
  switch (kr.kind) {
    case 'metric': {
      const c = current as number;
      const b = kr.baseline!;
      const t = kr.target!;
      const formula = `(${term(n, c)} − ${term(n, b)}) / (${term(n, t)} − ${term(n, b)}) = ${n(progress)}`;
      if (progress > 1) return { value: score, text: `Progress (current − baseline) / (target − baseline) = ${formula}, past the target, so the score is capped at 1.` };
      if (progress < 0) return { value: score, text: `Progress (current − baseline) / (target − baseline) = ${formula}, behind the baseline, so the score is 0.` };
      return { value: score, text: `Progress (current − baseline) / (target − baseline) = ${formula}, which is the score.` };
    }
    case 'milestone':
      return { value: score, text: current === true ? 'Milestone done: score 1.' : 'Milestone not done yet: score 0.' };
    case 'stay-above':
      return {
        value: score,
        text: score === 1 ? `Stay above: ${n(current as number)} ≥ target ${n(kr.target!)}, so the score is 1.` : `Stay above: ${n(current as number)} < target ${n(kr.target!)}, so the score is 0.`,
      };
    case 'stay-below':
      return {
        value: score,
        text: score === 1 ? `Stay below: ${n(current as number)} ≤ target ${n(kr.target!)}, so the score is 1.` : `Stay below: ${n(current as number)} > target ${n(kr.target!)}, so the score is 0.`,
      };
  }
}

/** One term of a weighted mean: what it is, its score and its weight. */
export interface WeightedTerm {
  label: string;
  score: number;
  weight: number;
}

/** A weighted mean with each score and weight written out: `(0.297 × 2 + 1 × 1) / (2 + 1) = 0.532`. */
export function explainWeightedMean(what: string, terms: readonly WeightedTerm[], n: NumberWriter): Explained<number> {
  const value = weightedMean(terms, (t) => t.score, (t) => t.weight) ?? 0;
  if (terms.length === 0) return { value, text: `${what}: nothing to average, so the score is 0.` };
  const sum = terms.map((t) => `${n(t.score)} × ${n(t.weight)}`).join(' + ');
  const weights = terms.map((t) => n(t.weight)).join(' + ');
  const each = terms.map((t) => `${t.label} ${n(t.score)} (weight ${n(t.weight)})`).join('; ');
  return { value, text: `${what}: (${sum}) / (${weights}) = ${n(value)}. ${each}.` };
}

/** What status reads besides the score. */
export interface StatusContext {
  pace: CyclePace;
  cycle: { start: Day; end: Day };
  grading: Grading;
  /** Key results only: whether it is stale, and when it was last updated. */
  stale?: { stale: boolean; lastUpdate: Day | null; asOf: Day; staleAfterDays: number };
}

/** The status of a score (scoring.md v2) and the comparison that gave it, naming the margin that applied. */
export function explainStatus(score: number, context: StatusContext, n: NumberWriter): Explained<Status> {
  const { pace, grading } = context;
  const s = n(score);
  if (pace.state === 'upcoming') return { value: 'upcoming', text: `The cycle starts on ${context.cycle.start}: not started, so no status and no grade.` };
  if (atLeast(score, 1)) return { value: 'done', text: `${s} ≥ 1: done.` };
  if (pace.state === 'closed') return { value: 'ended', text: `${s} < 1 when the cycle ended on ${context.cycle.end}: ended. After the end there is no pace; the grade is the verdict.` };
  const stale = context.stale;
  if (stale?.stale) {
    const since =
      stale.lastUpdate === null
        ? `no update in the ${pace.elapsed} days since the cycle started`
        : `last updated ${stale.lastUpdate}, ${daysBetween(stale.lastUpdate, stale.asOf)} days ago`;
    return { value: 'stale', text: `Not done and ${since}, more than ${stale.staleAfterDays} (checkins.stale_after_days): stale.` };
  }
  const x = pace.expected;
  const expected = `Expected by now x = ${pace.elapsed} / ${pace.length} = ${n(x)}`;
  const onTrack = x - grading.on_track_margin;
  const atRisk = x - grading.at_risk_margin;
  const onLine = `x − ${n(grading.on_track_margin)} (on_track_margin) = ${n(onTrack)}`;
  const riskLine = `x − ${n(grading.at_risk_margin)} (at_risk_margin) = ${n(atRisk)}`;
  if (atLeast(score, onTrack)) return { value: 'on-track', text: `${expected}. ${s} ≥ ${onLine}: on track.` };
  if (atLeast(score, atRisk)) return { value: 'at-risk', text: `${expected}. ${s} < ${onLine}, but ${s} ≥ ${riskLine}: at risk.` };
  return { value: 'off-track', text: `${expected}. ${s} < ${riskLine}: off track.` };
}

/** The grade band of a score and the threshold that decided it; null before the cycle starts. */
export function explainGrade(score: number, type: ObjectiveType, grading: Grading, pace: Pick<CyclePace, 'state'>, n: NumberWriter): Explained<Grade | null> {
  if (pace.state === 'upcoming') return { value: null, text: 'No grade before the cycle starts.' };
  const s = n(score);
  if (type === 'committed') {
    const bands = `Committed: green only at 1, yellow from ${n(grading.green)} (grading.green)`;
    if (atLeast(score, 1)) return { value: 'green', text: `${bands}. ${s} ≥ 1: green.` };
    if (atLeast(score, grading.green)) return { value: 'yellow', text: `${bands}. ${s} < 1 but ≥ ${n(grading.green)}: yellow.` };
    return { value: 'red', text: `${bands}. ${s} < ${n(grading.green)}: red.` };
  }
  const bands = `Green from ${n(grading.green)} (grading.green), yellow from ${n(grading.yellow)} (grading.yellow)`;
  if (atLeast(score, grading.green)) return { value: 'green', text: `${bands}. ${s} ≥ ${n(grading.green)}: green.` };
  if (atLeast(score, grading.yellow)) return { value: 'yellow', text: `${bands}. ${s} < ${n(grading.green)} but ≥ ${n(grading.yellow)}: yellow.` };
  return { value: 'red', text: `${bands}. ${s} < ${n(grading.yellow)}: red.` };
}

/** Score, status and grade of one figure, explained. */
export interface ExplainedScore {
  score: Explained<number>;
  status: Explained<Status>;
  grade: Explained<Grade | null>;
}

/** An objective's score, status and grade explained, and each of its key results' (by key result id). */
export interface ObjectiveExplanations extends ExplainedScore {
  keyResults: Map<string, ExplainedScore>;
}

/** Every explanation of a scorecard: the team, each objective (by id), each key result (by objective id, then key result id). */
export interface ScorecardExplanations {
  team: ExplainedScore;
  objectives: Map<string, ObjectiveExplanations>;
}

/** The settings explanations read. */
export interface ExplainSettings {
  locale: string;
  grading: Grading;
  staleAfterDays: number;
  asOf: Day;
}

/** Every score of a scorecard, explained. */
export function explainScorecard(card: Scorecard, settings: ExplainSettings): ScorecardExplanations {
  const n = numberWriter(settings.locale);
  const { pace, cycle } = card;
  const base = { pace, cycle, grading: settings.grading };
  const objectives: ScorecardExplanations['objectives'] = new Map();
  for (const o of card.objectives) {
    const keyResults = new Map<string, ExplainedScore>();
    for (const k of o.keyResults) {
      const score = explainKeyResultScore(k.keyResult, k.current, n);
      keyResults.set(k.keyResult.id, {
        score,
        status: explainStatus(k.score, { ...base, stale: { stale: k.stale, lastUpdate: k.lastUpdate, asOf: settings.asOf, staleAfterDays: settings.staleAfterDays } }, n),
        grade: explainGrade(k.score, o.objective.type, settings.grading, pace, n),
      });
    }
    const score = explainWeightedMean(
      'Weighted mean of the key results',
      o.keyResults.map((k) => ({ label: k.keyResult.title, score: k.score, weight: k.keyResult.weight })),
      n,
    );
    objectives.set(o.objective.id, {
      score,
      status: explainStatus(o.score, base, n),
      grade: explainGrade(o.score, o.objective.type, settings.grading, pace, n),
      keyResults,
    });
  }
  const team = {
    score: explainWeightedMean(
      'Weighted mean of the objectives',
      card.objectives.map((o) => ({ label: o.objective.title, score: o.score, weight: o.objective.weight })),
      n,
    ),
    status: explainStatus(card.score, base, n),
    grade: explainGrade(card.score, 'aspirational', settings.grading, pace, n),
  };
  return { team, objectives };
}
