/**
 * Numbers that explain themselves: for every score on a scorecard (key
 * result, objective, team), its value, status and grade with the formula of
 * scoring.md filled in with the actual numbers. The words are an interface
 * string with its values (`Text`, src/i18n/en.ts `explain.*`) that the page
 * says in the site's language; the numbers inside are written here, in the
 * site's locale. Pages print this text; they never recompute it. Each
 * function returns the value it explains, so a test can hold it against the
 * figures to the last digit.
 */
import { daysBetween, type Day } from '../lib/dates.ts';
import type { KeyResult } from '../model/types.ts';
import { scoreAt } from './key-result.ts';
import { atLeast, weightedMean, type CyclePace, type Grade, type Grading, type ObjectiveType, type Status } from './pace.ts';
import type { Text, UiKey, Values } from '../i18n/index.ts';

/** A figure and how it was computed, as an interface string with its values. */
export interface Explained<T> {
  value: T;
  text: Text;
}

/** The explanation `key` filled with `values`. */
const explanation = (key: UiKey, values: Values = {}): Text => ({ key, values });

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
  if (current === null) return { value: score, text: explanation('explain.noUpdate') };
  switch (kr.kind) {
    case 'metric': {
      const c = current as number;
      const b = kr.baseline!;
      const t = kr.target!;
      const formula = `(${term(n, c)} − ${term(n, b)}) / (${term(n, t)} − ${term(n, b)}) = ${n(progress)}`;
      if (progress > 1) return { value: score, text: explanation('explain.progressCapped', { formula }) };
      if (progress < 0) return { value: score, text: explanation('explain.progressBehind', { formula }) };
      return { value: score, text: explanation('explain.progress', { formula }) };
    }
    case 'milestone':
      return { value: score, text: current === true ? explanation('explain.milestoneDone') : explanation('explain.milestoneNotDone') };
    case 'stay-above':
      return {
        value: score,
        text: explanation(score === 1 ? 'explain.stayAboveMet' : 'explain.stayAboveMissed', { current: n(current as number), target: n(kr.target!) }),
      };
    case 'stay-below':
      return {
        value: score,
        text: explanation(score === 1 ? 'explain.stayBelowMet' : 'explain.stayBelowMissed', { current: n(current as number), target: n(kr.target!) }),
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
export function explainWeightedMean(what: string | Text, terms: readonly WeightedTerm[], n: NumberWriter): Explained<number> {
  const value = weightedMean(terms, (t) => t.score, (t) => t.weight) ?? 0;
  if (terms.length === 0) return { value, text: explanation('explain.meanEmpty', { what }) };
  const sum = terms.map((t) => `${n(t.score)} × ${n(t.weight)}`).join(' + ');
  const weights = terms.map((t) => n(t.weight)).join(' + ');
  const each = terms.map((t) => explanation('explain.meanTerm', { label: t.label, score: n(t.score), weight: n(t.weight) }));
  return { value, text: explanation('explain.mean', { what, sum, weights, value: n(value), each }) };
}

/** What status reads besides the score. */
export interface StatusContext {
  pace: CyclePace;
  cycle: { start: Day; end: Day };
  grading: Grading;
  /** Key results only: whether it is stale, and when it was last updated. */
  stale?: { stale: boolean; lastUpdate: Day | null; asOf: Day; staleAfterDays: number };
}

/** The status of a score (scoring.md) and the comparison that gave it, naming the margin that applied. */
export function explainStatus(score: number, context: StatusContext, n: NumberWriter): Explained<Status> {
  const { pace, grading } = context;
  const s = n(score);
  if (pace.state === 'upcoming') return { value: 'upcoming', text: explanation('explain.status.upcoming', { date: context.cycle.start }) };
  if (atLeast(score, 1)) return { value: 'done', text: explanation('explain.status.done', { score: s }) };
  if (pace.state === 'closed') return { value: 'ended', text: explanation('explain.status.ended', { score: s, date: context.cycle.end }) };
  const stale = context.stale;
  if (stale?.stale) {
    const text =
      stale.lastUpdate === null
        ? explanation('explain.status.staleNever', { days: pace.elapsed, limit: stale.staleAfterDays })
        : explanation('explain.status.staleSince', { date: stale.lastUpdate, days: daysBetween(stale.lastUpdate, stale.asOf), limit: stale.staleAfterDays });
    return { value: 'stale', text };
  }
  const x = pace.expected;
  const expected = explanation('explain.status.expected', { elapsed: pace.elapsed, length: pace.length, x: n(x) });
  const onTrack = x - grading.on_track_margin;
  const atRisk = x - grading.at_risk_margin;
  const onLine = `x − ${n(grading.on_track_margin)} (on_track_margin) = ${n(onTrack)}`;
  const riskLine = `x − ${n(grading.at_risk_margin)} (at_risk_margin) = ${n(atRisk)}`;
  if (atLeast(score, onTrack)) return { value: 'on-track', text: explanation('explain.status.onTrack', { expected, score: s, onLine }) };
  if (atLeast(score, atRisk)) return { value: 'at-risk', text: explanation('explain.status.atRisk', { expected, score: s, onLine, riskLine }) };
  return { value: 'off-track', text: explanation('explain.status.offTrack', { expected, score: s, riskLine }) };
}

/** The grade band of a score and the threshold that decided it; null before the cycle starts. */
export function explainGrade(score: number, type: ObjectiveType, grading: Grading, pace: Pick<CyclePace, 'state'>, n: NumberWriter): Explained<Grade | null> {
  if (pace.state === 'upcoming') return { value: null, text: explanation('explain.grade.upcoming') };
  const s = n(score);
  const green = n(grading.green);
  if (type === 'committed') {
    const bands = explanation('explain.grade.committedBands', { green });
    if (atLeast(score, 1)) return { value: 'green', text: explanation('explain.grade.committedGreen', { bands, score: s }) };
    if (atLeast(score, grading.green)) return { value: 'yellow', text: explanation('explain.grade.committedYellow', { bands, score: s, green }) };
    return { value: 'red', text: explanation('explain.grade.committedRed', { bands, score: s, green }) };
  }
  const yellow = n(grading.yellow);
  const bands = explanation('explain.grade.bands', { green, yellow });
  if (atLeast(score, grading.green)) return { value: 'green', text: explanation('explain.grade.green', { bands, score: s, green }) };
  if (atLeast(score, grading.yellow)) return { value: 'yellow', text: explanation('explain.grade.yellow', { bands, score: s, green, yellow }) };
  return { value: 'red', text: explanation('explain.grade.red', { bands, score: s, yellow }) };
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
  /** The locale numbers are written in. */
  locale: string;
  grading: Grading;
  staleAfterDays: number;
  asOf: Day;
}

/** What explaining a scorecard reads of it (src/figures/index.ts `Scorecard`). */
export interface ExplainedCard {
  pace: CyclePace;
  cycle: { start: Day; end: Day };
  score: number;
  objectives: ReadonlyArray<{
    objective: { id: string; title: string; type: ObjectiveType; weight: number };
    score: number;
    keyResults: ReadonlyArray<{ keyResult: Pick<KeyResult, 'id' | 'title' | 'weight' | 'kind' | 'baseline' | 'target'>; current: number | boolean | null; score: number; stale: boolean; lastUpdate: Day | null }>;
  }>;
}

/** Every score of a scorecard, explained. */
export function explainScorecard(card: ExplainedCard, settings: ExplainSettings): ScorecardExplanations {
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
      explanation('explain.meanOfKeyResults'),
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
      explanation('explain.meanOfObjectives'),
      card.objectives.map((o) => ({ label: o.objective.title, score: o.score, weight: o.objective.weight })),
      n,
    ),
    status: explainStatus(card.score, base, n),
    grade: explainGrade(card.score, 'aspirational', settings.grading, pace, n),
  };
  return { team, objectives };
}
