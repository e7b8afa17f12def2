/**
 * v2 figures: overdue check-ins, the cycle review and the explanations of
 * scores, against numbers worked out by hand from scoring.md.
 */
import { describe, expect, it } from 'vitest';
import {
  computeFigures,
  diagnosisOf,
  explainGrade,
  explainKeyResultScore,
  explainStatus,
  explainWeightedMean,
  numberWriter,
  overdueOf,
  paceOf,
} from '../../src/figures/index.ts';
import type { Objective } from '../../src/model/types.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';
import { english, type Text } from '../../src/i18n/index.ts';

const grading = siteSchema.parse({}).grading;
const n = numberWriter('en');
/** An explanation as English text (the page says it in the site's language). */
const said = <T,>(e: { value: T; text: Text }) => ({ value: e.value, text: english.say(e.text) });
const englishKeyResultScore = (...args: Parameters<typeof explainKeyResultScore>) => said(explainKeyResultScore(...args));
const englishWeightedMean = (...args: Parameters<typeof explainWeightedMean>) => said(explainWeightedMean(...args));
const englishStatus = (...args: Parameters<typeof explainStatus>) => said(explainStatus(...args));
const englishGrade = (...args: Parameters<typeof explainGrade>) => said(explainGrade(...args));
const q2 = cycle('2026-q2', '2026-04-01', '2026-06-30'); // L = 30 + 31 + 30 = 91
const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30'); // L = 92

describe('overdue check-ins', () => {
  // Weekly periods of Q3 start on 07-01 + 7k: ... 07-29, 08-05, 08-12, 08-19 ...
  // On 2026-08-15 the current period is 08-12..08-18; the latest one due is 08-05..08-11.
  const asOf = '2026-08-15';
  const pace = paceOf(q3, asOf);
  const at = (...dates: string[]) => dates.map((date) => ({ date }));

  it('is overdue when neither the latest due period nor the current one has a check-in', () => {
    expect(overdueOf(q3, pace.state, at('2026-07-29'), asOf, 7)).toEqual({ overdue: true, since: '2026-08-05' });
  });
  it('is not overdue when the team met this period, even if it missed the last one', () => {
    expect(overdueOf(q3, pace.state, at('2026-08-13'), asOf, 7)).toEqual({ overdue: false, since: null });
  });
  it('is not overdue when the latest due period was covered', () => {
    // earlier periods missed (07-15 .. 08-04) do not matter
    expect(overdueOf(q3, pace.state, at('2026-07-08', '2026-08-11'), asOf, 7)).toEqual({ overdue: false, since: null });
  });
  it('ignores check-ins after the as-of date', () => {
    expect(overdueOf(q3, pace.state, at('2026-08-17'), asOf, 7)).toEqual({ overdue: true, since: '2026-08-05' });
  });
  it('is never overdue in the first period, nor outside an active cycle', () => {
    // 2026-07-05 lies in the first period 07-01..07-07: nothing is due yet
    expect(overdueOf(q3, paceOf(q3, '2026-07-05').state, [], '2026-07-05', 7).overdue).toBe(false);
    expect(overdueOf(q3, paceOf(q3, '2026-10-05').state, [], '2026-10-05', 7).overdue).toBe(false);
    expect(overdueOf(q3, paceOf(q3, '2026-06-05').state, [], '2026-06-05', 7).overdue).toBe(false);
  });
  it('follows the cadence: fortnightly periods', () => {
    // D = 14: periods 07-01..07-14, 07-15..07-28, 07-29..08-11, 08-12..08-25; on 08-15 the latest due is 07-29..08-11
    expect(overdueOf(q3, pace.state, at('2026-07-28'), asOf, 14)).toEqual({ overdue: true, since: '2026-07-29' });
    expect(overdueOf(q3, pace.state, at('2026-07-30'), asOf, 14).overdue).toBe(false);
  });
});

describe('cycle review', () => {
  it('diagnoses each branch', () => {
    expect(diagnosisOf('upcoming', 'green', 1)).toBe('upcoming');
    expect(diagnosisOf('closed', 'green', 0.2)).toBe('achieved');
    expect(diagnosisOf('closed', 'yellow', 0.5)).toBe('rhythm');
    expect(diagnosisOf('closed', 'red', null)).toBe('rhythm'); // no rate: no rhythm shown
    expect(diagnosisOf('closed', 'yellow', 0.75)).toBe('strategy'); // 0.75 is not below 0.75
    expect(diagnosisOf('active', 'red', 0.9)).toBe('strategy');
  });

  // Q2 has 13 weekly periods starting 04-01 + 7k: 04-01, 04-08, 04-15, 04-22, 04-29, 05-06,
  // 05-13, 05-20, 05-27, 06-03, 06-10, 06-17, 06-24. As of 2026-07-15 all 13 are due.
  const starts = ['04-01', '04-08', '04-15', '04-22', '04-29', '05-06', '05-13', '05-20', '05-27', '06-03', '06-10', '06-17', '06-24'].map((d) => `2026-${d}`);
  const q2Objectives = [
    // committed, a: 10 of 10 -> s = 1: a committed hit, green
    objective('2026-q2/sales/ship', 'sales', '2026-q2', [kr('a')], { type: 'committed' }),
    // aspirational, b: 5/10 = 0.5 (yellow), c: 2/10 = 0.2 (red); objective (0.5 + 0.2) / 2 = 0.35: red
    objective('2026-q2/sales/grow', 'sales', '2026-q2', [kr('b'), kr('c')]),
  ];
  const later = objective('2026-q3/sales/grow-again', 'sales', '2026-q3', [kr('d')], { carriedFrom: '2026-q2/sales/grow' } as Partial<Objective>);
  const build = (periodsMet: number) => {
    const checkIns = starts.slice(0, periodsMet).map((date, i) =>
      checkIn('sales', '2026-q2', date, i === 0 ? [{ kr: 'a', value: 10, confidence: 0.9 }, { kr: 'b', value: 5, confidence: 0.5 }, { kr: 'c', value: 2 }] : []),
    );
    return computeFigures(model({ asOf: '2026-07-15', cycles: [q2, q3], teams: [team('sales')], objectives: [...q2Objectives, later], checkIns }));
  };

  it('puts a missed cycle with the rhythm kept down to strategy', () => {
    const figures = build(10);
    const card = figures.scorecard('sales', '2026-q2')!;
    // team = (1 + 0.35) / 2 = 0.675: yellow; rate = 10 / 13 = 0.769 >= 0.75
    expect(card.score).toBeCloseTo(0.675, 12);
    expect(card.discipline.rate).toBeCloseTo(10 / 13, 12);
    expect(card.review).toEqual({
      diagnosis: 'strategy',
      committed: { total: 1, hit: 1 },
      grades: { objectives: { green: 1, yellow: 0, red: 1 }, keyResults: { green: 1, yellow: 1, red: 1 } },
      carried: { from: [], into: [{ objective: '2026-q2/sales/grow', other: '2026-q3/sales/grow-again' }] },
    });
  });

  it('puts a missed cycle with a broken rhythm down to rhythm', () => {
    // rate = 9 / 13 = 0.692 < 0.75
    expect(build(9).scorecard('sales', '2026-q2')!.review.diagnosis).toBe('rhythm');
  });

  it('links the carried objective from its new cycle and counts nothing before a cycle starts', () => {
    const figures = build(10);
    const next = figures.scorecard('sales', '2026-q3')!;
    expect(next.review.carried).toEqual({ from: [{ objective: '2026-q3/sales/grow-again', other: '2026-q2/sales/grow' }], into: [] });
    // Q3 is active on 07-15, no check-in: the latest due period 07-08..07-14 and the current 07-15..07-21 are uncovered
    expect(next.overdue).toEqual({ overdue: true, since: '2026-07-08' });
    const upcoming = computeFigures(model({ asOf: '2026-06-01', cycles: [q2, q3], teams: [team('sales')], objectives: [...q2Objectives, later] })).scorecard('sales', '2026-q3')!;
    expect(upcoming.review).toMatchObject({ diagnosis: 'upcoming', committed: { total: 0, hit: 0 }, grades: { objectives: { green: 0, yellow: 0, red: 0 }, keyResults: { green: 0, yellow: 0, red: 0 } } });
  });

  it('calibrates a closed cycle on its own key results', () => {
    // midpoint = 04-01 + floor(90 / 2) = 05-16; a said 0.9 and hit (committed, s = 1); b said 0.5 and missed (0.5 < 0.7); c gave none
    const buckets = build(10).cycle('2026-q2')!.calibration!;
    expect(buckets[2]).toEqual({ from: 0.4, to: 0.6, count: 1, meanConfidence: 0.5, hitRate: 0 });
    expect(buckets[4]).toEqual({ from: 0.8, to: 1, count: 1, meanConfidence: 0.9, hitRate: 1 });
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(2);
    expect(build(10).cycle('2026-q3')!.calibration).toBeNull();
  });
});

describe('explanations', () => {
  it('fills in the metric formula', () => {
    // (131000 - 120000) / (157000 - 120000) = 11000 / 37000 = 0.2973
    const e = englishKeyResultScore({ kind: 'metric', baseline: 120000, target: 157000 }, 131000, n);
    expect(e.value).toBe(11000 / 37000);
    expect(e.text).toBe('Progress (current − baseline) / (target − baseline) = (131,000 − 120,000) / (157,000 − 120,000) = 0.297, which is the score.');
  });
  it('says when a metric overshoots, goes backwards or falls', () => {
    // (212 - 100) / (200 - 100) = 1.12 -> s = 1
    expect(englishKeyResultScore({ kind: 'metric', baseline: 100, target: 200 }, 212, n)).toEqual({
      value: 1,
      text: 'Progress (current − baseline) / (target − baseline) = (212 − 100) / (200 − 100) = 1.12, past the target, so the score is capped at 1.',
    });
    // (90 - 100) / (200 - 100) = -0.1 -> s = 0
    expect(englishKeyResultScore({ kind: 'metric', baseline: 100, target: 200 }, 90, n)).toEqual({
      value: 0,
      text: 'Progress (current − baseline) / (target − baseline) = (90 − 100) / (200 − 100) = −0.1, behind the baseline, so the score is 0.',
    });
    // a decreasing metric: (4.5 - 5) / (2 - 5) = -0.5 / -3 = 0.1667
    expect(englishKeyResultScore({ kind: 'metric', baseline: 5, target: 2 }, 4.5, n).text).toBe(
      'Progress (current − baseline) / (target − baseline) = (4.5 − 5) / (2 − 5) = 0.167, which is the score.',
    );
  });
  it('explains the other kinds and a key result never updated', () => {
    expect(englishKeyResultScore({ kind: 'milestone' }, true, n)).toEqual({ value: 1, text: 'Milestone done: score 1.' });
    expect(englishKeyResultScore({ kind: 'milestone' }, false, n)).toEqual({ value: 0, text: 'Milestone not done yet: score 0.' });
    expect(englishKeyResultScore({ kind: 'stay-above', target: 95 }, 97.5, n)).toEqual({ value: 1, text: 'Stay above: 97.5 ≥ target 95, so the score is 1.' });
    expect(englishKeyResultScore({ kind: 'stay-above', target: 95 }, 94, n)).toEqual({ value: 0, text: 'Stay above: 94 < target 95, so the score is 0.' });
    expect(englishKeyResultScore({ kind: 'stay-below', target: 2 }, 2, n)).toEqual({ value: 1, text: 'Stay below: 2 ≤ target 2, so the score is 1.' });
    expect(englishKeyResultScore({ kind: 'stay-below', target: 2 }, 3, n)).toEqual({ value: 0, text: 'Stay below: 3 > target 2, so the score is 0.' });
    expect(englishKeyResultScore({ kind: 'metric', baseline: 0, target: 10 }, null, n)).toEqual({ value: 0, text: 'No update yet, so the score is 0.' });
  });
  it('writes the weighted mean with each weight', () => {
    // (0.2973 x 2 + 1 x 1) / (2 + 1) = 1.5946 / 3 = 0.5315
    const e = englishWeightedMean('Weighted mean of the key results', [
      { label: 'MRR', score: 11000 / 37000, weight: 2 },
      { label: 'Portal', score: 1, weight: 1 },
    ], n);
    expect(e.value).toBeCloseTo(0.531532, 6);
    expect(e.text).toBe('Weighted mean of the key results: (0.297 × 2 + 1 × 1) / (2 + 1) = 0.532. MRR 0.297 (weight 2); Portal 1 (weight 1).');
  });
  it('names the comparison and the margin that gave the status', () => {
    // 2026-08-15: e = 46, x = 46 / 92 = 0.5; on track from 0.4, at risk from 0.25
    const context = { pace: paceOf(q3, '2026-08-15'), cycle: q3, grading };
    expect(englishStatus(11000 / 37000, context, n)).toEqual({
      value: 'at-risk',
      text: 'Expected by now x = 46 / 92 = 0.5. 0.297 < x − 0.1 (on_track_margin) = 0.4, but 0.297 ≥ x − 0.25 (at_risk_margin) = 0.25: at risk.',
    });
    expect(englishStatus(0.45, context, n).text).toBe('Expected by now x = 46 / 92 = 0.5. 0.45 ≥ x − 0.1 (on_track_margin) = 0.4: on track.');
    expect(englishStatus(0.2, context, n).text).toBe('Expected by now x = 46 / 92 = 0.5. 0.2 < x − 0.25 (at_risk_margin) = 0.25: off track.');
    expect(englishStatus(1, context, n)).toEqual({ value: 'done', text: '1 ≥ 1: done.' });
    // last update 07-13, 33 days before 08-15, more than 14
    expect(englishStatus(0.45, { ...context, stale: { stale: true, lastUpdate: '2026-07-13', asOf: '2026-08-15', staleAfterDays: 14 } }, n)).toEqual({
      value: 'stale',
      text: 'Not done and last updated 2026-07-13, 33 days ago, more than 14 (checkins.stale_after_days): stale.',
    });
    expect(englishStatus(0.45, { ...context, pace: paceOf(q3, '2026-10-02') }, n).value).toBe('ended');
    expect(englishStatus(0.45, { ...context, pace: paceOf(q3, '2026-06-02') }, n).value).toBe('upcoming');
  });
  it('says which band gave the grade', () => {
    const active = paceOf(q3, '2026-08-15');
    expect(englishGrade(0.8, 'committed', grading, active, n)).toEqual({ value: 'yellow', text: 'Committed: green only at 1, yellow from 0.7 (grading.green). 0.8 < 1 but ≥ 0.7: yellow.' });
    expect(englishGrade(0.5, 'aspirational', grading, active, n)).toEqual({
      value: 'yellow',
      text: 'Green from 0.7 (grading.green), yellow from 0.4 (grading.yellow). 0.5 < 0.7 but ≥ 0.4: yellow.',
    });
    expect(englishGrade(0.5, 'aspirational', grading, paceOf(q3, '2026-06-01'), n).value).toBeNull();
  });
  it('explains every score of a scorecard with the very numbers of the figures', () => {
    const o = objective('2026-q3/sales/win', 'sales', '2026-q3', [kr('mrr', { baseline: 120000, target: 157000, weight: 2 }), kr('portal', { kind: 'milestone', baseline: undefined, target: undefined })]);
    const figures = computeFigures(model({
      asOf: '2026-08-15', cycles: [q3], teams: [team('sales')], objectives: [o],
      checkIns: [checkIn('sales', '2026-q3', '2026-08-10', [{ kr: 'mrr', value: 131000 }, { kr: 'portal', value: true }])],
    }));
    const card = figures.scorecard('sales', '2026-q3')!;
    const explained = figures.explain('sales', '2026-q3')!;
    const objectiveResult = card.objectives[0]!;
    expect(explained.objectives.get(o.id)!.score.value).toBe(objectiveResult.score);
    expect(english.say(explained.objectives.get(o.id)!.score.text)).toBe('Weighted mean of the key results: (0.297 × 2 + 1 × 1) / (2 + 1) = 0.532. mrr 0.297 (weight 2); portal 1 (weight 1).');
    expect(explained.objectives.get(o.id)!.keyResults.get('mrr')!.score.value).toBe(objectiveResult.keyResults[0]!.score);
    expect(explained.team.score.value).toBe(card.score);
    expect(english.say(explained.team.score.text)).toBe('Weighted mean of the objectives: (0.532 × 1) / (1) = 0.532. 2026-q3/sales/win 0.532 (weight 1).');
    expect(figures.explain('sales', '2026-q3')!).toBe(explained); // worked out once
  });
});

describe('scorecard JSON v2', () => {
  it('carries overdue and the review in the shape of site.md', async () => {
    const { scorecardJson } = await import('../../src/export/scorecard-json.ts');
    // Q3 as of 08-15, one check-in on 07-13: 08-05..08-11 and 08-12..08-18 are uncovered, so overdue.
    // mrr 5 / 10 = 0.5: yellow; team 0.5: yellow; rate = 1 covered (p1) of 6 due = 0.167 < 0.75: rhythm.
    const m = model({
      asOf: '2026-08-15', cycles: [q3], teams: [team('sales')],
      objectives: [objective('2026-q3/sales/win', 'sales', '2026-q3', [kr('mrr')], { type: 'committed' })],
      checkIns: [checkIn('sales', '2026-q3', '2026-07-13', [{ kr: 'mrr', value: 5 }])],
    });
    const json = scorecardJson(computeFigures(m).scorecard('sales', '2026-q3')!, m.options.asOf);
    expect(json.overdue).toBe(true);
    // committed 0.5 < 0.7: red, for the objective and its key result
    expect(json.review).toEqual({
      diagnosis: 'rhythm',
      committed: { total: 1, hit: 0 },
      grades: { objectives: { green: 0, yellow: 0, red: 1 }, keyResults: { green: 0, yellow: 0, red: 1 } },
    });
  });
});
