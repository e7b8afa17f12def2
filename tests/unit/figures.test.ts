/**
 * Figures against numbers worked out by hand from scoring.md. Each expected
 * value carries the arithmetic that gives it.
 */
import { describe, expect, it } from 'vitest';
import {
  calibrationBuckets,
  computeFigures,
  disciplineOf,
  gradeIn,
  gradeOf,
  leadershipWindowsOf,
  midpointOf,
  paceOf,
  periodsOf,
  statusIn,
  statusOf,
} from '../../src/figures/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

const grading = siteSchema.parse({}).grading;
const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30'); // L = 92 days

describe('cycle state and expected pace', () => {
  it('counts elapsed days and expected progress', () => {
    // A < S: upcoming, e = clamp(-0, ...) = 0, x = 0
    expect(paceOf(q3, '2026-06-30')).toEqual({ state: 'upcoming', length: 92, elapsed: 0, expected: 0 });
    // first day: e = 1, x = 1/92
    expect(paceOf(q3, '2026-07-01')).toEqual({ state: 'active', length: 92, elapsed: 1, expected: 1 / 92 });
    // 2026-08-15: 31 days of July + 15 = 46, x = 46/92 = 0.5
    expect(paceOf(q3, '2026-08-15')).toEqual({ state: 'active', length: 92, elapsed: 46, expected: 0.5 });
    // last day: still active, x = 1
    expect(paceOf(q3, '2026-09-30')).toEqual({ state: 'active', length: 92, elapsed: 92, expected: 1 });
    // after: closed, e clamped to L
    expect(paceOf(q3, '2026-12-01')).toEqual({ state: 'closed', length: 92, elapsed: 92, expected: 1 });
  });
});

describe('key results', () => {
  const scoreOf = (k: ReturnType<typeof kr>, values: Array<number | boolean>, asOf = '2026-08-15', type: 'aspirational' | 'committed' = 'aspirational') => {
    const dates = ['2026-07-06', '2026-07-13', '2026-07-20', '2026-07-27'];
    const m = model({
      asOf,
      cycles: [q3],
      teams: [team('sales')],
      objectives: [objective('o', 'sales', '2026-q3', [k], { type })],
      checkIns: values.map((value, i) => checkIn('sales', '2026-q3', dates[i]!, [{ kr: k.id, value }])),
    });
    return computeFigures(m).objective('o')!.keyResults[0]!;
  };

  it('scores an increasing metric', () => {
    // p = (131000 - 120000) / (157000 - 120000) = 11000 / 37000
    const k = scoreOf(kr('mrr', { baseline: 120000, target: 157000 }), [124000, 131000]);
    expect(k).toMatchObject({ current: 131000, progress: 11000 / 37000, score: 11000 / 37000, measured: true, lastUpdate: '2026-07-13' });
    expect(k.progress).toBeCloseTo(0.2972972973, 9);
    // x = 0.5: 0.297 < 0.4 = x - 0.1 but >= 0.25 = x - 0.25: at risk by pace...
    expect(statusOf(k.score, 0.5, grading)).toBe('at-risk');
    // ...but the last update (07-13) is 33 days before A > 14: stale comes first (v2)
    expect(k.status).toBe('stale');
    // (v3) no grade while the cycle runs; once it has closed, 0.297 < 0.4: red
    expect(k.grade).toBeNull();
    expect(scoreOf(kr('mrr', { baseline: 120000, target: 157000 }), [124000, 131000], '2026-10-01').grade).toBe('red');
  });

  it('scores a decreasing metric', () => {
    // p = (4.5 - 5) / (2 - 5) = -0.5 / -3 = 1/6
    const k = scoreOf(kr('churn', { baseline: 5, target: 2 }), [4.5]);
    expect(k.progress).toBeCloseTo(1 / 6, 12);
    expect(k.score).toBeCloseTo(1 / 6, 12);
    expect(statusOf(k.score, 0.5, grading)).toBe('off-track'); // 0.1667 < 0.25
    expect(k.status).toBe('stale'); // updated 07-06, 40 days before A (v2)
  });

  it('keeps an overshoot unclamped in progress and clamps the score', () => {
    // p = (212 - 100) / (200 - 100) = 1.12; s = 1
    const k = scoreOf(kr('x', { baseline: 100, target: 200 }), [212]);
    expect(k.progress).toBeCloseTo(1.12, 12);
    expect(k.score).toBe(1);
    expect(k.status).toBe('done');
    expect(k.grade).toBeNull(); // (v3) no grade while the cycle runs
    expect(k.stale).toBe(false); // updated 07-06, 40 days before A, but done: never stale (v3)
    // a metric that went the wrong way: p = (90 - 100) / 100 = -0.1, s = 0
    const back = scoreOf(kr('y', { baseline: 100, target: 200 }), [90]);
    expect(back.progress).toBeCloseTo(-0.1, 12);
    expect(back.score).toBe(0);
  });

  it('scores a key result never updated as 0, unmeasured', () => {
    const k = scoreOf(kr('never', { baseline: 1, target: 2 }), []);
    expect(k).toMatchObject({ current: null, progress: 0, score: 0, measured: false, confidence: null, lastUpdate: null, history: [] });
    // never updated and e = 46 > 14: stale (v2), though by pace 0 < x - 0.25 = 0.25 is off track
    expect(k.status).toBe('stale');
    expect(statusOf(k.score, 0.5, grading)).toBe('off-track');
  });

  it('scores milestones and stay-above/below', () => {
    expect(scoreOf(kr('m', { kind: 'milestone', baseline: undefined, target: undefined }), [false, true])).toMatchObject({ current: true, progress: 1, score: 1, status: 'done' });
    expect(scoreOf(kr('m', { kind: 'milestone', baseline: undefined, target: undefined }), [true, false])).toMatchObject({ current: false, progress: 0, score: 0 });
    // stay-above 40: 40 >= 40 holds, 39.9 does not
    expect(scoreOf(kr('a', { kind: 'stay-above', baseline: undefined, target: 40 }), [40])).toMatchObject({ score: 1, progress: 1 });
    expect(scoreOf(kr('a', { kind: 'stay-above', baseline: undefined, target: 40 }), [39.9])).toMatchObject({ score: 0, progress: 0 });
    // stay-below 2: 2 <= 2 holds, 2.1 does not
    expect(scoreOf(kr('b', { kind: 'stay-below', baseline: undefined, target: 2 }), [2])).toMatchObject({ score: 1 });
    expect(scoreOf(kr('b', { kind: 'stay-below', baseline: undefined, target: 2 }), [2.1])).toMatchObject({ score: 0 });
  });

  it('takes the latest confidence that was given', () => {
    const m = model({
      asOf: '2026-08-15',
      cycles: [q3],
      teams: [team('sales')],
      objectives: [objective('o', 'sales', '2026-q3', [kr('k')])],
      checkIns: [
        checkIn('sales', '2026-q3', '2026-07-06', [{ kr: 'k', value: 1, confidence: 0.7 }]),
        checkIn('sales', '2026-q3', '2026-07-13', [{ kr: 'k', value: 2 }]),
      ],
    });
    const k = computeFigures(m).objective('o')!.keyResults[0]!;
    expect(k.confidence).toBe(0.7);
    expect(k.history).toEqual([
      { date: '2026-07-06', value: 1, confidence: 0.7 },
      { date: '2026-07-13', value: 2, confidence: null },
    ]);
  });

  it('marks stale key results only in an active cycle, after stale_after_days', () => {
    // stale_after_days = 2 * 7 = 14. Last update 2026-08-01, A = 2026-08-15: 14 days, not more: fresh.
    const fresh = model({ asOf: '2026-08-15', cycles: [q3], teams: [team('t')], objectives: [objective('o', 't', '2026-q3', [kr('k')])], checkIns: [checkIn('t', '2026-q3', '2026-08-01', [{ kr: 'k', value: 1 }])] });
    expect(computeFigures(fresh).objective('o')!.keyResults[0]!.stale).toBe(false);
    // 2026-07-31: 15 days: stale
    const old = model({ asOf: '2026-08-15', cycles: [q3], teams: [team('t')], objectives: [objective('o', 't', '2026-q3', [kr('k')])], checkIns: [checkIn('t', '2026-q3', '2026-07-31', [{ kr: 'k', value: 1 }])] });
    expect(computeFigures(old).objective('o')!.keyResults[0]!.stale).toBe(true);
    // never updated: stale once e > 14. 2026-07-14 is e = 14, 2026-07-15 is e = 15.
    const never = (asOf: string) => computeFigures(model({ asOf, cycles: [q3], teams: [team('t')], objectives: [objective('o', 't', '2026-q3', [kr('k')])] })).objective('o')!.keyResults[0]!.stale;
    expect(never('2026-07-14')).toBe(false);
    expect(never('2026-07-15')).toBe(true);
    // closed cycle: never stale
    expect(never('2026-10-15')).toBe(false);
    // the setting is honoured
    const custom = model({ asOf: '2026-07-06', cycles: [q3], teams: [team('t')], objectives: [objective('o', 't', '2026-q3', [kr('k')])], settings: { checkins: { every_days: 14, stale_after_days: 5 } } });
    expect(computeFigures(custom).objective('o')!.keyResults[0]!.stale).toBe(true); // e = 6 > 5
  });
});

describe('status by cycle state (v2)', () => {
  const active = { state: 'active' as const, expected: 0.5 };
  const closed = { state: 'closed' as const, expected: 1 };
  const upcoming = { state: 'upcoming' as const, expected: 0 };

  it('reads pace only in an active cycle, stale before pace for key results not done', () => {
    expect(statusIn(active, 0.45, grading)).toBe('on-track'); // 0.45 >= 0.5 - 0.1
    expect(statusIn(active, 0.45, grading, true)).toBe('stale');
    expect(statusIn(active, 1, grading, true)).toBe('done'); // done beats stale
  });

  it('says done or ended after the end, never a pace', () => {
    expect(statusIn(closed, 1, grading)).toBe('done');
    expect(statusIn(closed, 0.74, grading)).toBe('ended'); // v1 said "off-track" beside a green 74%
    expect(statusIn(closed, 0, grading, true)).toBe('ended');
  });

  it('says upcoming and gives no grade before the start, nor while the cycle runs (v3)', () => {
    expect(statusIn(upcoming, 0, grading)).toBe('upcoming'); // v1 said "on-track" beside "0% red"
    expect(gradeIn(upcoming, 0, 'aspirational', grading)).toBeNull();
    expect(gradeIn(active, 0.7, 'aspirational', grading)).toBeNull(); // v2 said "green" while the cycle ran
    expect(gradeIn(active, 0.67, 'committed', grading)).toBeNull(); // v2: "red · on track"
    expect(statusIn(active, 0.67, grading)).toBe('on-track'); // 0.67 >= 0.5 - 0.1
    expect(gradeIn(closed, 0.7, 'aspirational', grading)).toBe('green');
    expect(gradeIn(closed, 0.7, 'committed', grading)).toBe('yellow');
  });

  it('never calls 0.9999999995 done: the tolerance is at most 1e-12', () => {
    // 0.9999999995 of a billion-rupiah target: 1 - 0.9999999995 = 5e-10 > 1e-12
    expect(statusIn(active, 0.9999999995, grading)).toBe('on-track');
    expect(statusIn(closed, 0.9999999995, grading)).toBe('ended');
    expect(gradeOf(0.9999999995, 'committed', grading)).toBe('yellow');
    expect(gradeOf(0.6999999995, 'aspirational', grading)).toBe('yellow'); // 5e-10 short of 0.7
    // decimal noise is still forgiven: 0.1 + 0.2 = 0.30000000000000004; 0.7 = 0.1 * 7 = 0.7000000000000001
    expect(gradeOf(0.1 * 7 - 1e-15, 'aspirational', grading)).toBe('green');
  });

  it('keeps every figure of a scorecard consistent with the state', () => {
    const parts = {
      cycles: [q3],
      teams: [team('sales')],
      // a: k1 reaches 10/10 = 1, k2 reaches 4/10 = 0.4; objective (1 + 0.4) / 2 = 0.7: green
      objectives: [objective('a', 'sales', '2026-q3', [kr('k1'), kr('k2')])],
      checkIns: [checkIn('sales', '2026-q3', '2026-07-06', [{ kr: 'k1', value: 10 }, { kr: 'k2', value: 4 }])],
    };
    // closed (A = 2026-10-15): k1 done, k2 ended, objective and team ended, grade green (0.7 >= 0.7)
    const closedCard = computeFigures(model({ asOf: '2026-10-15', ...parts })).scorecard('sales', '2026-q3')!;
    expect(closedCard.objectives[0]!.keyResults.map((k) => [k.status, k.grade])).toEqual([['done', 'green'], ['ended', 'yellow']]);
    expect([closedCard.objectives[0]!.status, closedCard.objectives[0]!.grade]).toEqual(['ended', 'green']);
    expect([closedCard.status, closedCard.grade]).toEqual(['ended', 'green']);
    expect(closedCard.score).toBeCloseTo(0.7, 12);
    // upcoming (A = 2026-06-15, the check-in is after A and left out): no grade anywhere, status upcoming
    const figures = computeFigures(model({ asOf: '2026-06-15', ...parts }));
    const upcomingCard = figures.scorecard('sales', '2026-q3')!;
    expect([upcomingCard.status, upcomingCard.grade, upcomingCard.score]).toEqual(['upcoming', null, 0]);
    expect(upcomingCard.objectives[0]!.keyResults.map((k) => [k.status, k.grade, k.stale])).toEqual([['upcoming', null, false], ['upcoming', null, false]]);
    expect(figures.cycle('2026-q3')).toMatchObject({ status: 'upcoming', grade: null });
    // active (A = 2026-08-15, x = 0.5): k2 last updated 40 days ago: stale; objective 0.7 >= 0.4: on track, never stale
    const activeCard = computeFigures(model({ asOf: '2026-08-15', ...parts })).scorecard('sales', '2026-q3')!;
    expect(activeCard.objectives[0]!.keyResults.map((k) => k.status)).toEqual(['done', 'stale']);
    // (v3) k1 was last updated 40 days ago too, but it is done: never stale; no grade while active
    expect(activeCard.objectives[0]!.keyResults.map((k) => [k.stale, k.grade])).toEqual([[false, null], [true, null]]);
    expect([activeCard.objectives[0]!.status, activeCard.status]).toEqual(['on-track', 'on-track']);
  });
});

describe('status at its boundaries', () => {
  it('on-track at exactly x - 0.1, at-risk at exactly x - 0.25', () => {
    // x = 0.5: x - 0.1 = 0.4, x - 0.25 = 0.25
    expect(statusOf(0.4, 0.5, grading)).toBe('on-track');
    expect(statusOf(0.39, 0.5, grading)).toBe('at-risk');
    expect(statusOf(0.25, 0.5, grading)).toBe('at-risk');
    expect(statusOf(0.24, 0.5, grading)).toBe('off-track');
    expect(statusOf(1, 0.5, grading)).toBe('done');
    expect(statusOf(0.99, 1, grading)).toBe('on-track');
  });

  it('compares decimals as a person would: 0.3 is exactly 0.4 - 0.1', () => {
    // In binary floating point 0.4 - 0.1 = 0.30000000000000004 > 0.3, but the spec means the decimal.
    const ten = cycle('c', '2026-01-01', '2026-01-10'); // L = 10
    const m = model({
      asOf: '2026-01-04', // e = 4, x = 0.4
      cycles: [ten],
      teams: [team('t')],
      objectives: [objective('o', 't', 'c', [kr('k', { baseline: 0, target: 10 }), kr('j', { baseline: 0, target: 100 })])],
      checkIns: [checkIn('t', 'c', '2026-01-02', [{ kr: 'k', value: 3 }, { kr: 'j', value: 15 }])],
    });
    const [k, j] = computeFigures(m).objective('o')!.keyResults;
    expect(k!.score).toBe(0.3);
    expect(k!.status).toBe('on-track');
    // j: 0.15 is exactly x - 0.25 = 0.15 (0.4 - 0.25 = 0.15000000000000002 in floating point)
    expect(j!.status).toBe('at-risk');
  });

  it('honours custom margins', () => {
    const wide = { ...grading, on_track_margin: 0.2, at_risk_margin: 0.4 };
    expect(statusOf(0.3, 0.5, wide)).toBe('on-track');
    expect(statusOf(0.1, 0.5, wide)).toBe('at-risk');
    expect(statusOf(0.09, 0.5, wide)).toBe('off-track');
  });
});

describe('grades', () => {
  it('aspirational bands: green from 0.7, yellow from 0.4', () => {
    expect(gradeOf(0.7, 'aspirational', grading)).toBe('green');
    expect(gradeOf(0.69, 'aspirational', grading)).toBe('yellow');
    expect(gradeOf(0.4, 'aspirational', grading)).toBe('yellow');
    expect(gradeOf(0.39, 'aspirational', grading)).toBe('red');
  });

  it('committed bands: green only at 1, yellow from 0.7', () => {
    expect(gradeOf(1, 'committed', grading)).toBe('green');
    expect(gradeOf(0.99, 'committed', grading)).toBe('yellow');
    expect(gradeOf(0.7, 'committed', grading)).toBe('yellow');
    expect(gradeOf(0.69, 'committed', grading)).toBe('red');
  });

  it('uses custom bands from site.yaml', () => {
    const custom = { ...grading, green: 0.8, yellow: 0.5 };
    expect(gradeOf(0.75, 'aspirational', custom)).toBe('yellow');
    expect(gradeOf(0.8, 'aspirational', custom)).toBe('green');
    expect(gradeOf(0.8, 'committed', custom)).toBe('yellow');
    expect(gradeOf(0.49, 'aspirational', custom)).toBe('red');
  });
});

describe('objectives, teams and cycles', () => {
  // Objective a: k1 s = 1 (weight 3), k2 s = 0 (weight 1): (3*1 + 1*0) / 4 = 0.75
  // Objective b (weight 2... see below): k3 s = 0.3
  // Team sales: (0.75 * 2 + 0.3 * 1) / 3 = 1.8 / 3 = 0.6
  // Team ops: one objective, k4 s = 0.5: 0.5
  // Cycle: (0.6 + 0.5) / 2 = 0.55
  const parts = {
    cycles: [q3, cycle('2026-q4', '2026-10-01', '2026-12-31')],
    teams: [team('ops'), team('sales')],
    objectives: [
      objective('a', 'sales', '2026-q3', [kr('k1', { weight: 3 }), kr('k2', { weight: 1 })], { weight: 2 }),
      objective('b', 'sales', '2026-q3', [kr('k3')]),
      objective('c', 'ops', '2026-q3', [kr('k4')], { type: 'committed' }),
    ],
    checkIns: [
      checkIn('sales', '2026-q3', '2026-07-06', [{ kr: 'k1', value: 10, confidence: 0.8 }, { kr: 'k2', value: 0, confidence: 0.4 }, { kr: 'k3', value: 3 }]),
      checkIn('ops', '2026-q3', '2026-07-06', [{ kr: 'k4', value: 5 }]),
    ],
  };
  const figures = computeFigures(model({ asOf: '2026-08-15', ...parts }));
  // (v3) Grades are the verdict of a closed cycle: the same scores as of 2026-10-01.
  const closed = computeFigures(model({ asOf: '2026-10-01', ...parts }));

  it('weights key results in the objective score and its confidence', () => {
    const a = figures.objective('a')!;
    expect(a.score).toBe(0.75);
    // confidence: (0.8 * 3 + 0.4 * 1) / 4 = 2.8 / 4 = 0.7
    expect(a.confidence).toBeCloseTo(0.7, 12);
    expect(a.grade).toBeNull(); // active: no grade
    expect(closed.objective('a')!.grade).toBe('green');
    expect(a.status).toBe('on-track'); // 0.75 >= 0.5 - 0.1
    expect(figures.objective('b')!.confidence).toBeNull();
  });

  it('weights objectives in the team score', () => {
    const sales = figures.scorecard('sales', '2026-q3')!;
    expect(sales.score).toBeCloseTo(0.6, 12);
    expect(sales.grade).toBeNull();
    expect(closed.scorecard('sales', '2026-q3')!.grade).toBe('yellow');
    expect(sales.status).toBe('on-track');
  });

  it('grades a committed objective with committed bands, its team with aspirational ones', () => {
    const c = figures.objective('c')!;
    expect(c.score).toBe(0.5);
    expect(c.grade).toBeNull(); // active: the status says how it goes
    expect(c.status).toBe('on-track'); // 0.5 >= 0.5 - 0.1: a committed objective at 50% is on track, never "red · on track"
    expect(closed.objective('c')!.grade).toBe('red'); // committed: 0.5 < 0.7
    expect(closed.scorecard('ops', '2026-q3')!.grade).toBe('yellow'); // aspirational: 0.5 >= 0.4
  });

  it('averages teams plainly in the cycle score', () => {
    const cycleResult = figures.cycle('2026-q3')!;
    expect(cycleResult.score).toBeCloseTo(0.55, 12);
    expect(cycleResult.scorecards.map((s) => s.team.id)).toEqual(['ops', 'sales']);
    // an upcoming cycle without objectives has no score
    expect(figures.cycle('2026-q4')).toMatchObject({ score: null, grade: null, status: null, scorecards: [], pace: { state: 'upcoming', expected: 0 } });
  });
});

describe('check-in discipline', () => {
  const at = (date: string, extra = {}) => checkIn('sales', '2026-q3', date, [], extra);
  const settings = { everyDays: 7, everyMonths: 1 };

  it('splits a cycle whose length is not a multiple of the cadence', () => {
    // L = 92, D = 7: K = ceil(92 / 7) = 14; the last period is the single day S + 91 = 2026-09-30
    const periods = periodsOf(q3, 7);
    expect(periods).toHaveLength(14);
    expect(periods[0]).toEqual({ first: '2026-07-01', last: '2026-07-07' });
    expect(periods[12]).toEqual({ first: '2026-09-23', last: '2026-09-29' });
    expect(periods[13]).toEqual({ first: '2026-09-30', last: '2026-09-30' });
    // a two-week cadence: K = ceil(92 / 14) = 7, the last from S + 84 = 2026-09-23 (day 62 is 09-01) to 09-30: 8 days
    expect(periodsOf(q3, 14)).toHaveLength(7);
    expect(periodsOf(q3, 14).at(-1)).toEqual({ first: '2026-09-23', last: '2026-09-30' });
  });

  it('counts due and covered periods, missed starts and the streak', () => {
    // A = 2026-08-15. Period k ends on 07-07 + 7k; due when it ends before A: k = 0..5 (k = 5 ends 08-11; k = 6 ends 08-18).
    // Check-ins: p0 (07-06), p1 twice (07-13, 07-14), p4 (07-29), p5 (08-05), p6 (08-12, not due yet), one after A (08-20).
    const d = disciplineOf(q3, [at('2026-07-06'), at('2026-07-13'), at('2026-07-14'), at('2026-07-29'), at('2026-08-05'), at('2026-08-12'), at('2026-08-20')], '2026-08-15', settings);
    // v2: p6 is not due but covered (08-12), so it counts: due = 6 + 1 = 7
    expect(d.due).toBe(7);
    expect(d.covered).toBe(5); // p0, p1, p4, p5, p6: a second check-in in p1 counts once
    expect(d.rate).toBeCloseTo(5 / 7, 12);
    expect(d.missed).toEqual(['2026-07-15', '2026-07-22']); // p2 and p3
    // periods due or covered: p0..p6; from the end p6, p5, p4 are covered, p3 is not
    expect(d.streak).toBe(3);
  });

  it('reports a missed first period and no streak when the latest due period is missed', () => {
    const d = disciplineOf(q3, [at('2026-07-08'), at('2026-07-15')], '2026-07-29', settings);
    // due: p0 (ends 07-07), p1 (07-14), p2 (07-21), p3 ends 07-28 < 07-29: 4 due
    expect(d).toMatchObject({ due: 4, covered: 2, rate: 0.5, missed: ['2026-07-01', '2026-07-22'], streak: 0 });
  });

  it('has no rate before anything counts; the current period counts once covered (v2)', () => {
    expect(disciplineOf(q3, [], '2026-07-03', settings)).toMatchObject({ due: 0, covered: 0, rate: null, missed: [], streak: 0 });
    // p0 (07-01..07-07) is not due on 07-03 but covered by 07-02: 1 of 1, never "0 of 0"
    expect(disciplineOf(q3, [at('2026-07-02')], '2026-07-03', settings)).toMatchObject({ due: 1, covered: 1, rate: 1, missed: [], streak: 1 });
    // the as-of day itself: a check-in held on A covers the period that contains A
    expect(disciplineOf(q3, [at('2026-07-03')], '2026-07-03', settings)).toMatchObject({ due: 1, covered: 1, rate: 1 });
    // 07-10: p0 is due and uncovered, p1 (07-08..07-14) not due and uncovered: 0 of 1, p0 missed
    expect(disciplineOf(q3, [], '2026-07-10', settings)).toMatchObject({ due: 1, covered: 0, rate: 0, missed: ['2026-07-01'], streak: 0 });
  });

  it('covers every period of a closed cycle with weekly check-ins', () => {
    const weekly = Array.from({ length: 14 }, (_, k) => at(new Date(Date.UTC(2026, 6, 1 + 7 * k)).toISOString().slice(0, 10)));
    expect(disciplineOf(q3, weekly, '2026-10-01', settings)).toMatchObject({ due: 14, covered: 14, rate: 1, missed: [], streak: 14 });
  });

  it('counts actions: total, linked and done', () => {
    const d = disciplineOf(q3, [at('2026-07-06', { actions: [{ title: 'a', kr: 'k', status: 'done' }, { title: 'b', status: 'done' }, { title: 'c', kr: 'k', status: 'doing' }] })], '2026-08-15', settings);
    expect(d.actions).toEqual({ total: 3, linked: 2, done: 2 });
  });
});

describe('leadership attendance', () => {
  const feb = cycle('c', '2026-02-15', '2026-05-14');

  it('splits monthly windows from the first of the start month, clipped to the cycle', () => {
    expect(leadershipWindowsOf(feb, 1)).toEqual([
      { first: '2026-02-15', last: '2026-02-28' },
      { first: '2026-03-01', last: '2026-03-31' },
      { first: '2026-04-01', last: '2026-04-30' },
      { first: '2026-05-01', last: '2026-05-14' },
    ]);
  });

  it('splits three-month windows that cross the cycle boundary', () => {
    // from 2026-02-01: Feb-Apr clipped to start 02-15; May-Jul clipped to end 05-14
    expect(leadershipWindowsOf(feb, 3)).toEqual([
      { first: '2026-02-15', last: '2026-04-30' },
      { first: '2026-05-01', last: '2026-05-14' },
    ]);
    const leaders = { leadersPresent: ['Farid'] };
    const checkIns = [checkIn('t', 'c', '2026-03-10', [], leaders), checkIn('t', 'c', '2026-05-05')];
    expect(disciplineOf(feb, checkIns, '2026-06-01', { everyDays: 7, everyMonths: 3 }).leadership).toEqual({ due: 2, covered: 1, rate: 0.5 });
    // monthly: Feb window has no leader, March has, April and May have none: 1 of 4
    expect(disciplineOf(feb, checkIns, '2026-06-01', { everyDays: 7, everyMonths: 1 }).leadership).toEqual({ due: 4, covered: 1, rate: 0.25 });
    // mid-April: only Feb and Mar are due; April is neither due nor covered
    expect(disciplineOf(feb, checkIns, '2026-04-15', { everyDays: 7, everyMonths: 1 }).leadership).toEqual({ due: 2, covered: 1, rate: 0.5 });
  });

  it('counts the current window as soon as a leader came (v2)', () => {
    const march = checkIn('t', 'c', '2026-03-10', [], { leadersPresent: ['Farid'] });
    // A = 03-15: Feb window (02-15..02-28) due and uncovered; March not due but covered: 1 of 2 (v1 said 0 of 1)
    expect(disciplineOf(feb, [march], '2026-03-15', { everyDays: 7, everyMonths: 1 }).leadership).toEqual({ due: 2, covered: 1, rate: 0.5 });
    // a cycle starting 03-01, A = 03-10, a leader on 03-10: 1 of 1, not "0% (0 of 0)"
    const mar = cycle('m', '2026-03-01', '2026-05-31');
    expect(disciplineOf(mar, [march], '2026-03-10', { everyDays: 7, everyMonths: 1 }).leadership).toEqual({ due: 1, covered: 1, rate: 1 });
    // a check-in without leaders covers nothing
    expect(disciplineOf(mar, [checkIn('t', 'c', '2026-03-10')], '2026-03-10', { everyDays: 7, everyMonths: 1 }).leadership).toEqual({ due: 0, covered: 0, rate: null });
  });
});

describe('confidence calibration', () => {
  it('puts 0.2, 0.4, 0.6 and 0.8 in the bucket they start, and 1 in the last', () => {
    const buckets = calibrationBuckets([
      { confidence: 0, hit: false },
      { confidence: 0.19, hit: true },
      { confidence: 0.2, hit: true },
      { confidence: 0.4, hit: false },
      { confidence: 0.6, hit: true },
      { confidence: 0.8, hit: true },
      { confidence: 1, hit: false },
    ]);
    expect(buckets.map((b) => b.count)).toEqual([2, 1, 1, 1, 2]);
    expect(buckets[0]).toEqual({ from: 0, to: 0.2, count: 2, meanConfidence: 0.095, hitRate: 0.5 });
    expect(buckets[1]).toEqual({ from: 0.2, to: 0.4, count: 1, meanConfidence: 0.2, hitRate: 1 });
    expect(buckets[2]).toMatchObject({ meanConfidence: 0.4, hitRate: 0 });
    expect(buckets[4]).toEqual({ from: 0.8, to: 1, count: 2, meanConfidence: 0.9, hitRate: 0.5 });
    expect(calibrationBuckets([])[0]).toEqual({ from: 0, to: 0.2, count: 0, meanConfidence: null, hitRate: null });
  });

  it('takes the latest confidence on or before the midpoint of closed cycles only', () => {
    // L = 92: midpoint S + floor(91 / 2) = S + 45 = 2026-08-15
    expect(midpointOf(q3)).toBe('2026-08-15');
    expect(midpointOf(cycle('c', '2026-01-01', '2026-01-10'))).toBe('2026-01-05'); // S + floor(9 / 2)
    const m = model({
      asOf: '2026-10-15',
      cycles: [q3, cycle('2026-q4', '2026-10-01', '2026-12-31')],
      teams: [team('t')],
      objectives: [
        objective('o', 't', '2026-q3', [kr('hit'), kr('miss'), kr('late')]),
        objective('p', 't', '2026-q3', [kr('done')], { type: 'committed' }),
        objective('q', 't', '2026-q4', [kr('active')]),
      ],
      checkIns: [
        checkIn('t', '2026-q3', '2026-07-06', [{ kr: 'hit', value: 2, confidence: 0.5 }, { kr: 'miss', value: 1, confidence: 0.9 }, { kr: 'done', value: 5, confidence: 0.6 }]),
        // on the midpoint: counts; the day after: does not
        checkIn('t', '2026-q3', '2026-08-15', [{ kr: 'hit', value: 5, confidence: 0.7 }]),
        checkIn('t', '2026-q3', '2026-08-16', [{ kr: 'hit', value: 7, confidence: 0.1 }, { kr: 'late', value: 9, confidence: 0.9 }]),
        checkIn('t', '2026-q3', '2026-09-28', [{ kr: 'miss', value: 3 }, { kr: 'done', value: 9 }]),
        checkIn('t', '2026-q4', '2026-10-05', [{ kr: 'active', value: 3, confidence: 0.5 }]),
      ],
    });
    const { calibration } = computeFigures(m);
    // hit: 0.7 (08-15), final s = 7/10 = 0.7 >= green: hit
    // miss: 0.9, final s = 0.3: miss
    // done (committed): 0.6, final s = 0.9 < 1: miss
    // late: no confidence by the midpoint: not counted. q4 is active: not counted.
    expect(calibration.samples).toBe(3);
    expect(calibration.cycles).toEqual(['2026-q3']);
    expect(calibration.buckets.map((b) => [b.count, b.hitRate])).toEqual([[0, null], [0, null], [0, null], [2, 0.5], [1, 0]]);
    expect(calibration.buckets[3]!.meanConfidence).toBeCloseTo(0.65, 12);
  });
});
