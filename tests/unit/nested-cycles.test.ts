/**
 * (v3) Cycles inside cycles: each cycle's own cadence, a year that counts
 * the check-ins of its quarters, a team overdue once, one calendar event per
 * team and day. Every number below is worked out by hand from scoring.md.
 */
import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../../src/export/calendar-ics.ts';
import { statusJson } from '../../src/export/status-json.ts';
import { cadenceOf, computeFigures, overdueOnce } from '../../src/figures/index.ts';
import { innermostNested } from '../../src/model/continuity.ts';
import type { Cycle } from '../../src/model/types.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

const withCadence = (c: Cycle, everyDays?: number, everyMonths?: number): Cycle => ({
  ...c,
  ...(everyDays !== undefined ? { checkins: { everyDays } } : {}),
  ...(everyMonths !== undefined ? { leadership: { everyMonths } } : {}),
});

describe("a cycle's own cadence", () => {
  const site = siteSchema.parse({ checkins: { every_days: 7 } }); // stale_after_days: 2 * 7 = 14
  it('falls back to site.yaml field by field; stale after twice its own cadence', () => {
    expect(cadenceOf({}, site)).toEqual({ everyDays: 7, staleAfterDays: 14, everyMonths: 1 });
    // a yearly cycle the board reviews quarterly: 91 days, stale after 2 * 91 = 182
    expect(cadenceOf({ checkins: { everyDays: 91 }, leadership: { everyMonths: 3 } }, site)).toEqual({ everyDays: 91, staleAfterDays: 182, everyMonths: 3 });
    expect(cadenceOf({ checkins: { everyDays: 91, staleAfterDays: 100 } }, site)).toEqual({ everyDays: 91, staleAfterDays: 100, everyMonths: 1 });
    expect(cadenceOf({ checkins: { staleAfterDays: 30 } }, site)).toEqual({ everyDays: 7, staleAfterDays: 30, everyMonths: 1 });
    // site.yaml's own stale_after_days applies only where the cycle sets no cadence of its own
    const slow = siteSchema.parse({ checkins: { every_days: 7, stale_after_days: 40 } });
    expect(cadenceOf({}, slow).staleAfterDays).toBe(40);
    expect(cadenceOf({ checkins: { everyDays: 14 } }, slow).staleAfterDays).toBe(28);
  });
});

describe('the innermost of nested cycles', () => {
  const year = cycle('2026', '2026-01-01', '2026-12-31');
  const h2 = cycle('2026-h2', '2026-07-01', '2026-12-31');
  const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30');
  const summer = cycle('summer', '2026-06-01', '2026-08-31');
  it('is the one inside all the others, in any order; none where two only overlap or share their dates', () => {
    expect(innermostNested([year, q3, h2])?.id).toBe('2026-q3');
    expect(innermostNested([h2, year])?.id).toBe('2026-h2');
    expect(innermostNested([q3])?.id).toBe('2026-q3');
    expect(innermostNested([])).toBeUndefined();
    expect(innermostNested([q3, summer])).toBeUndefined(); // overlap: the author says which
    expect(innermostNested([year, q3, summer])).toBeUndefined();
    expect(innermostNested([q3, { ...q3, id: 'other' }])).toBeUndefined(); // same dates: not nested
  });
});

describe('a year that counts its quarter (the issue example)', () => {
  // The year 2026 with a 14-day cadence, as of its 135th day: 01-01 + 134 days = 2026-05-15.
  // Periods k = 0..26 of 14 days (ceil(365 / 14) = 27); period k holds days 14k + 1 .. 14k + 14.
  // Day 135 is in period 9 (days 127..140 = 05-07..05-20): periods 0..8 are due (last day 126 < 135).
  // Q2 (04-01..06-30), fortnightly, meets on 04-01 (day 91: period 6), 04-15 (day 105: period 7) and
  // 04-29 (day 119: period 8); the year's own check-in on 02-10 (day 41: period 2).
  // Covered: 2, 6, 7, 8 = 4 of 9. Missed first days: periods 0, 1, 3, 4, 5 = days 1, 15, 43, 57, 71
  // = 01-01, 01-15, 02-12, 02-26, 03-12. Streak: 6, 7, 8 = 3. Period 9 has no check-in: it does not count.
  const year = withCadence(cycle('2026', '2026-01-01', '2026-12-31'), 14, 3);
  const q2 = withCadence(cycle('2026-q2', '2026-04-01', '2026-06-30'), 14);
  const m = model({
    asOf: '2026-05-15',
    cycles: [year, q2],
    teams: [team('board')],
    objectives: [
      objective('2026/board/trust', 'board', '2026', [kr('nrr', { baseline: 100, target: 110 })]),
      objective('2026-q2/board/accuracy', 'board', '2026-q2', [kr('errors', { baseline: 10, target: 0 })]),
    ],
    checkIns: [
      checkIn('board', '2026', '2026-02-10', [{ kr: 'nrr', value: 102 }], { actions: [{ title: 'Survey', status: 'done' }] }),
      checkIn('board', '2026-q2', '2026-04-01', [{ kr: 'errors', value: 8 }], { actions: [{ title: 'A', status: 'todo' }, { title: 'B', kr: 'errors', status: 'done' }] }),
      checkIn('board', '2026-q2', '2026-04-15', [{ kr: 'errors', value: 6 }], { leadersPresent: ['Rajesh'] }),
      checkIn('board', '2026-q2', '2026-04-29', [{ kr: 'errors', value: 5 }]),
    ],
  });
  const figures = computeFigures(m);
  const yearCard = figures.scorecard('board', '2026')!;

  it('covers 4 of 9 periods: 3 by the quarter, 1 by its own check-in', () => {
    expect(yearCard.cadence).toEqual({ everyDays: 14, staleAfterDays: 28, everyMonths: 3 });
    expect(yearCard.pace.elapsed).toBe(135);
    expect(yearCard.discipline).toMatchObject({ due: 9, covered: 4, missed: ['2026-01-01', '2026-01-15', '2026-02-12', '2026-02-26', '2026-03-12'], streak: 3 });
    expect(yearCard.discipline.rate).toBeCloseTo(4 / 9, 12);
    expect(yearCard.countsCheckInsOf).toEqual(['2026-q2']);
  });

  it('counts leadership windows over the quarter too, but only its own updates, actions and timeline', () => {
    // Windows of 3 months: Jan-Mar (due, 02-10 had no leader: uncovered), Apr-Jun (current; 04-15 had one: counts).
    expect(yearCard.discipline.leadership).toEqual({ due: 2, covered: 1, rate: 0.5 });
    // Actions: the year's own check-in only: 1, done; the quarter's two stay the quarter's.
    expect(yearCard.discipline.actions).toEqual({ total: 1, linked: 0, done: 1 });
    expect(yearCard.checkIns.map((c) => c.date)).toEqual(['2026-02-10']);
    // nrr: (102 - 100) / (110 - 100) = 0.2, from the year's own update; the quarter's updates are the quarter's.
    expect(yearCard.objectives[0]!.keyResults[0]).toMatchObject({ current: 102, score: 0.2, lastUpdate: '2026-02-10' });
    // Stale after 28 days: 02-10 is 94 days before A.
    expect(yearCard.objectives[0]!.keyResults[0]!.stale).toBe(true);
  });

  it("leaves the quarter's own figures alone", () => {
    const q2Card = figures.scorecard('board', '2026-q2')!;
    // Q2 periods of 14 days from 04-01: 04-01.., 04-15.., 04-29..05-12 (due), 05-13..05-26 (current): 3 of 3.
    expect(q2Card.discipline).toMatchObject({ due: 3, covered: 3, rate: 1, streak: 3, missed: [] });
    expect(q2Card.countsCheckInsOf).toEqual([]);
    expect(q2Card.discipline.actions).toEqual({ total: 2, linked: 1, done: 1 });
    // errors: (5 - 10) / (0 - 10) = 0.5
    expect(q2Card.score).toBe(0.5);
  });

  it('is not overdue: the period before the current one (04-23..05-06) holds 04-29', () => {
    expect(yearCard.overdue).toEqual({ overdue: false, since: null });
    expect(figures.scorecard('board', '2026-q2')!.overdue.overdue).toBe(false);
  });
});

describe('a team overdue once', () => {
  const parts = (year: Cycle, q3: Cycle) => ({
    cycles: [year, q3],
    teams: [team('company'), team('ops')],
    objectives: [
      objective('2026/company/trust', 'company', '2026', [kr('a')]),
      objective('2026-q3/company/grow', 'company', '2026-q3', [kr('b')]),
      objective('2026-q3/ops/run', 'ops', '2026-q3', [kr('c')]),
    ],
    checkIns: [checkIn('company', '2026-q3', '2026-07-13'), checkIn('ops', '2026-q3', '2026-07-13')],
  });

  it('in the shorter cycle when the cadences are equal', () => {
    // Weekly everywhere, as of 08-15, last check-in 07-13. Q3 from 07-01 (a Wednesday): 08-05..08-11 and
    // 08-12..08-18 uncovered: overdue since 08-05. The year from 01-01 (a Thursday): 08-06..08-12 and
    // 08-13..08-19 uncovered: overdue since 08-06. Same cadence, Q3 is shorter (92 < 365 days): Q3 is named.
    const figures = computeFigures(model({ asOf: '2026-08-15', ...parts(cycle('2026', '2026-01-01', '2026-12-31'), cycle('2026-q3', '2026-07-01', '2026-09-30')) }));
    expect(figures.scorecard('company', '2026-q3')!.overdue).toEqual({ overdue: true, since: '2026-08-05' });
    expect(figures.scorecard('company', '2026')!.overdue).toEqual({ overdue: false, since: null });
    expect(figures.scorecard('ops', '2026-q3')!.overdue).toEqual({ overdue: true, since: '2026-08-05' });
    const status = statusJson(figures, '2026-08-15', () => 0, (p) => p);
    expect(status.overdue).toEqual(['company/2026-q3', 'ops/2026-q3']);
    // Both cycles of the company are listed; one says overdue.
    expect(status.teams.filter((t) => t.team === 'company').map((t) => [t.cycle, t.overdue])).toEqual([['2026', false], ['2026-q3', true]]);
  });

  it('in the cycle with the shorter cadence first, however long it is', () => {
    // The year weekly, Q3 fortnightly: Q3 periods 07-01..07-14, 07-15..07-28, 07-29..08-11, 08-12..08-25:
    // 07-29.. and 08-12.. uncovered: overdue since 07-29. The year: overdue since 08-06 (above). 7 < 14: the year.
    const figures = computeFigures(model({ asOf: '2026-08-15', ...parts(withCadence(cycle('2026', '2026-01-01', '2026-12-31'), 7), withCadence(cycle('2026-q3', '2026-07-01', '2026-09-30'), 14)) }));
    expect(figures.scorecard('company', '2026')!.overdue).toEqual({ overdue: true, since: '2026-08-06' });
    expect(figures.scorecard('company', '2026-q3')!.overdue.overdue).toBe(false);
    // ops has objectives in Q3 only: overdue there.
    expect(figures.scorecard('ops', '2026-q3')!.overdue).toEqual({ overdue: true, since: '2026-07-29' });
  });

  it('by cycle id when cadence and length are equal', () => {
    const candidate = (cycleId: string) => ({ team: 't', cycle: cycleId, everyDays: 7, length: 92, overdue: { overdue: true, since: '2026-08-05' } });
    expect(overdueOnce([candidate('b'), candidate('a')])).toEqual(new Set(['t/a']));
    expect(overdueOnce([{ ...candidate('a'), overdue: { overdue: false, since: null } }, candidate('b')])).toEqual(new Set(['t/b']));
  });

  it('is not overdue in a year that counts the check-ins of its quarter', () => {
    // The example's case: the board reviews the year every 91 days; the company met in Q4 (weekly) until 11-20
    // and held a yearly review on 11-24. As of 12-05: Q4 from 10-01 (a Thursday): 11-26..12-02 and 12-03..12-09
    // are uncovered (11-24 is the year's, which Q4 does not contain): overdue since 11-26. The year: periods
    // 01-01.., 04-02.., 07-02.., 10-01..12-30 (current, covered by Q4's check-ins): not overdue.
    const year = withCadence(cycle('2026', '2026-01-01', '2026-12-31'), 91, 3);
    const q4 = cycle('2026-q4', '2026-10-01', '2026-12-31');
    const weekly = ['10-02', '10-09', '10-16', '10-23', '10-30', '11-06', '11-13', '11-20'].map((d) => checkIn('company', '2026-q4', `2026-${d}`));
    const figures = computeFigures(model({
      asOf: '2026-12-05',
      cycles: [year, q4],
      teams: [team('company')],
      objectives: [objective('2026/company/trust', 'company', '2026', [kr('a')]), objective('2026-q4/company/grow', 'company', '2026-q4', [kr('b')])],
      checkIns: [checkIn('company', '2026', '2026-06-30'), checkIn('company', '2026', '2026-09-29'), checkIn('company', '2026', '2026-11-24'), ...weekly],
    }));
    expect(figures.scorecard('company', '2026-q4')!.overdue).toEqual({ overdue: true, since: '2026-11-26' });
    const yearCard = figures.scorecard('company', '2026')!;
    expect(yearCard.overdue.overdue).toBe(false);
    // Year periods that count: 01-01..04-01 (due, none), 04-02..07-01 (06-30), 07-02..09-30 (09-29),
    // 10-01..12-30 (current, covered): 3 of 4, missed 01-01; v2 read "3 of 48" weeks.
    expect(yearCard.discipline).toMatchObject({ due: 4, covered: 3, missed: ['2026-01-01'], streak: 3 });
    // Leadership windows of 3 months (no leader anywhere): Jan-Mar, Apr-Jun, Jul-Sep due: 0 of 3.
    expect(yearCard.discipline.leadership).toEqual({ due: 3, covered: 0, rate: 0 });
  });
});

describe('calendars of nested cycles', () => {
  it('hold one check-in due event per team and day, each cycle at its own cadence', () => {
    // As of 12-05, the year (91 days) and Q4 (weekly) are active. Q4's periods end on the Wednesdays 10-07 ..
    // 12-30 (13) and on 12-31 (a one-day last period): 14 days. The year's end on 04-01, 07-01, 09-30, 12-30
    // and 12-31: 12-30 and 12-31 are Q4's already, so 3 more: 17 check-in events, not 19.
    // Leadership: Q4 monthly ends 10-31, 11-30, 12-31; the year quarterly 03-31, 06-30, 09-30, 12-31: 6, not 7.
    const year = withCadence(cycle('2026', '2026-01-01', '2026-12-31'), 91, 3);
    const q4 = cycle('2026-q4', '2026-10-01', '2026-12-31');
    const m = model({
      asOf: '2026-12-05',
      cycles: [year, q4],
      teams: [team('company')],
      objectives: [objective('2026/company/trust', 'company', '2026', [kr('a')]), objective('2026-q4/company/grow', 'company', '2026-q4', [kr('b')])],
    });
    const events = calendarEvents(m, computeFigures(m), { origin: null, base: '/', domain: 'okrbook' }, 'company');
    const checkInEvents = events.filter((e) => e.uid.startsWith('checkin-'));
    const leadershipEvents = events.filter((e) => e.uid.startsWith('leadership-'));
    expect(checkInEvents).toHaveLength(17);
    expect(leadershipEvents).toHaveLength(6);
    expect(new Set(checkInEvents.map((e) => e.day)).size).toBe(17);
    // The shared days belong to the quarter (shortest cadence).
    expect(checkInEvents.filter((e) => e.day >= '2026-12-30').map((e) => e.uid)).toEqual(['checkin-company-2026-q4-2026-12-24@okrbook', 'checkin-company-2026-q4-2026-12-31@okrbook']);
    expect(checkInEvents.filter((e) => e.uid.includes('-2026-2026-')).map((e) => e.day)).toEqual(['2026-04-01', '2026-07-01', '2026-09-30']);
  });
});
