/**
 * The weekly digest (scoring.md v3, "Weekly digest") against numbers worked
 * out by hand, and against the figures engine run on models loaded with the
 * as-of date set to D0 and to D1.
 */
import { describe, expect, it } from 'vitest';
import { digestsOf, digestWeeks, digestWindow, type DigestWindow } from '../../src/figures/digest.ts';
import { computeFigures, type Figures } from '../../src/figures/index.ts';
import { scorecardJson } from '../../src/export/scorecard-json.ts';
import { isoWeekOf, isoWeeksIn, mondayOfIsoWeek } from '../../src/lib/dates.ts';
import { modelAsOf } from '../../src/model/as-of.ts';
import { checkIn, cycle, handover, kr, model, objective, team } from '../model-builder.ts';
import { load, projectRoot } from '../helpers.ts';
import path from 'node:path';

describe('ISO weeks', () => {
  it('numbers weeks as ISO 8601 does', () => {
    // 2026-01-01 is a Thursday: week 1 of 2026 runs Monday 2025-12-29 to Sunday 2026-01-04.
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2025-12-28')).toBe('2025-W52');
    // A year starting on a Thursday has 53 weeks: 2026-12-31 (Thursday) is in 2026-W53, and so is 2027-01-03 (Sunday).
    expect(isoWeeksIn(2026)).toBe(53);
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeeksIn(2027)).toBe(52);
    // 2026-11-25 is a Wednesday; the Monday of its week is 2026-11-23, 47 weeks after 2025-12-29: week 48.
    expect(isoWeekOf('2026-11-25')).toBe('2026-W48');
    expect(mondayOfIsoWeek('2026-W48')).toBe('2026-11-23');
    expect(mondayOfIsoWeek('2026-w48')).toBe('2026-11-23');
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfIsoWeek('2026-W54')).toBeUndefined();
    expect(mondayOfIsoWeek('2027-W53')).toBeUndefined();
    expect(mondayOfIsoWeek('2026-W00')).toBeUndefined();
    expect(mondayOfIsoWeek('2026-49')).toBeUndefined();
  });

  it('gives the window D0 = Monday - 1, D1 = min(Sunday, A)', () => {
    expect(digestWindow('2026-W46', '2026-11-25')).toEqual({ week: '2026-W46', monday: '2026-11-09', sunday: '2026-11-15', from: '2026-11-08', to: '2026-11-15' });
    // The week holding A ends at A.
    expect(digestWindow('2026-W48', '2026-11-25')).toMatchObject({ from: '2026-11-22', to: '2026-11-25' });
    expect(digestWindow('2026-W54', '2026-11-25')).toBe('not-a-week');
    expect(digestWindow('2026-W49', '2026-11-25')).toBe('after-as-of');
  });
});

// q4: 2026-10-01 to 2026-12-31, L = 92 days. Weekly periods start on Thursdays: 10-01, 10-08, ... 11-05, 11-12.
const q4 = cycle('2026-q4', '2026-10-01', '2026-12-31');
// A cycle of three days that starts and ends inside week 46.
const sprint = cycle('sprint', '2026-11-11', '2026-11-13');
const salesObjective = objective('sales/grow', 'sales', '2026-q4', [
  kr('mrr', { baseline: 0, target: 100 }),
  kr('launch', { kind: 'milestone', baseline: undefined, target: undefined }),
  kr('nps', { baseline: 0, target: 50 }),
]);
const example = model({
  asOf: '2026-11-25',
  cycles: [q4, sprint],
  teams: [team('ops'), team('sales')],
  objectives: [salesObjective, objective('ops/run', 'ops', '2026-q4', [kr('uptime')]), objective('ops/sprint', 'ops', 'sprint', [kr('fix')])],
  checkIns: [
    checkIn('ops', '2026-q4', '2026-10-27', [{ kr: 'uptime', value: 5 }]),
    checkIn('sales', '2026-q4', '2026-11-03', [{ kr: 'mrr', value: 40, confidence: 0.8 }, { kr: 'nps', value: 10, confidence: 0.7 }], {
      actions: [{ title: 'Call the bank', status: 'todo' }, { title: 'Draft the pricing page', status: 'doing' }],
    }),
    checkIn('sales', '2026-q4', '2026-11-10', [{ kr: 'mrr', value: 55, confidence: 0.5 }, { kr: 'launch', value: true }, { kr: 'nps', value: 10, confidence: 0.5 }], {
      actions: [
        { title: 'call the  bank', status: 'done' },
        { title: 'Draft the pricing page', status: 'doing' },
        { title: 'Hire a second rep', status: 'todo', kr: 'mrr', owner: 'Aida' },
        { title: 'Send the survey', status: 'done' },
      ],
    }),
    checkIn('sales', '2026-q4', '2026-11-17', [{ kr: 'mrr', value: 60 }]),
  ],
  handovers: [handover('sales', '2026-11-12', ['Aida'], { from: ['Ben'] }), handover('sales', '2026-11-16', ['Chen'])],
});

describe('the digest of one week', () => {
  const digests = digestsOf(example);
  const w46 = digests.week('2026-W46')!;

  it('lists the weeks from the first check-in to the week holding A', () => {
    // First check-in 2026-10-27 (a Tuesday) is in W44; A = 2026-11-25 is in W48.
    expect(digestWeeks(example)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(digests.week('2026-W43')).toBeUndefined();
    expect(digests.week('2026-W49')).toBeUndefined();
  });

  it('compares the key results updated in the window, as of D0 and D1', () => {
    // D0 = 2026-11-08, D1 = 2026-11-15; the only check-in in (D0, D1] is sales' of 11-10.
    const sales = w46.teams.find((t) => t.team === 'sales')!;
    expect(sales.checkIns).toEqual([{ id: '2026-q4/sales/2026-11-10', cycle: '2026-q4', date: '2026-11-10' }]);
    // mrr: 40 -> 55 of 0..100: s 0.40 -> 0.55, +15 points.
    // launch: none -> true: s 0 -> 1, +100 points; it was stale at D0 (never updated, e = 39 > 14 days).
    // nps: 10 -> 10 of 0..50: s 0.2 -> 0.2, 0 points; at D0 x = 39/92 = 0.4239, 0.2 >= x - 0.25 = 0.1739: at risk;
    // at D1 x = 46/92 = 0.5, 0.2 < x - 0.25 = 0.25: off track (time passed, the number did not move).
    expect(sales.keyResults.map(({ kr, before, after, scoreBefore, scoreAfter, statusBefore, statusAfter }) => ({ kr, before, after, scoreBefore, scoreAfter, statusBefore, statusAfter }))).toEqual([
      { kr: 'mrr', before: 40, after: 55, scoreBefore: 0.4, scoreAfter: 0.55, statusBefore: 'on-track', statusAfter: 'on-track' },
      { kr: 'launch', before: null, after: true, scoreBefore: 0, scoreAfter: 1, statusBefore: 'stale', statusAfter: 'done' },
      { kr: 'nps', before: 10, after: 10, scoreBefore: 0.2, scoreAfter: 0.2, statusBefore: 'at-risk', statusAfter: 'off-track' },
    ]);
    expect(sales.keyResults.map((k) => k.points)).toEqual([expect.closeTo(15, 9), 100, 0]);
  });

  it('reports status changes, confidence drops, actions and handovers', () => {
    const sales = w46.teams.find((t) => t.team === 'sales')!;
    // Objective score at D0 = (0.4 + 0 + 0.2) / 3 = 0.2; x = 39/92 = 0.4239: 0.2 < x - 0.1 = 0.3239 but >= x - 0.25 = 0.1739: at risk.
    // At D1 = (0.55 + 1 + 0.2) / 3 = 0.5833; x = 46/92 = 0.5: >= x - 0.1 = 0.4: on track. The team (one objective) moves with it.
    expect(sales.statusChanges).toEqual([
      { cycle: '2026-q4', objective: null, before: 'at-risk', after: 'on-track' },
      { cycle: '2026-q4', objective: 'sales/grow', before: 'at-risk', after: 'on-track' },
    ]);
    // mrr 0.8 -> 0.5 fell by 0.3; nps 0.7 -> 0.5 fell by exactly 0.2 (0.19999999999999996 in floating point): both count.
    expect(sales.confidenceDrops).toEqual([
      { cycle: '2026-q4', objective: 'sales/grow', kr: 'mrr', before: 0.8, after: 0.5 },
      { cycle: '2026-q4', objective: 'sales/grow', kr: 'nps', before: 0.7, after: 0.5 },
    ]);
    // Against 11-03: "Call the bank" todo -> done (same title, spacing and case aside); "Send the survey" new and done;
    // "Hire a second rep" new; "Draft the pricing page" unchanged.
    expect(sales.actionsDone.map((a) => a.title)).toEqual(['call the  bank', 'Send the survey']);
    expect(sales.actionsNew).toEqual([{ checkIn: '2026-q4/sales/2026-11-10', cycle: '2026-q4', date: '2026-11-10', title: 'Hire a second rep', kr: 'mrr', owner: 'Aida' }]);
    // Handovers dated in (11-08, 11-15]: 11-12 only.
    expect(sales.handovers).toEqual([{ id: 'sales/2026-11-12', date: '2026-11-12', from: ['Ben'], to: ['Aida'] }]);
    expect(sales.overdue).toBeNull();
  });

  it('names the teams overdue as of D1 and the cycles that started or ended', () => {
    // ops met on 10-27 only. At D1 = 11-15 the current period is 11-12..11-18 and the previous 11-05..11-11: neither covered.
    const ops = w46.teams.find((t) => t.team === 'ops')!;
    expect(ops).toMatchObject({ checkIns: [], keyResults: [], statusChanges: [], overdue: { cycle: '2026-q4', since: '2026-11-05' } });
    // sprint (11-11 to 11-13) is upcoming at D0 and closed at D1.
    expect(w46.cyclesStarted).toEqual(['sprint']);
    expect(w46.cyclesEnded).toEqual(['sprint']);
  });

  it('sums the organisation first', () => {
    // One check-in by one team; expected: sales and ops (q4 runs all week), ops again for sprint: 2 teams.
    expect(w46.summary).toEqual({ checkIns: 1, teamsCheckedIn: 1, teamsExpected: 2, keyResultsUpdated: 3, statusChanges: 2, confidenceDrops: 2, overdue: 1, breaches: 0 });
    expect(w46.quiet).toBe(false);
  });

  it('names health metrics whose state changed', () => {
    // Cash must stay at least 100: 120 on 11-03 (healthy), 90 on 11-10 (breached). Churn at most 5: first read 11-10 (unknown -> healthy).
    const metric = (id: string, bounds: { above?: number; below?: number }) => ({ id, title: id, team: 'sales', line: 1, ...bounds });
    const healthy = model({
      asOf: '2026-11-25',
      cycles: [q4],
      teams: [team('sales', { health: [metric('cash', { above: 100 }), metric('churn', { below: 5 }), metric('uptime', { above: 99 })] })],
      objectives: [objective('sales/grow', 'sales', '2026-q4', [kr('mrr')])],
      checkIns: [
        checkIn('sales', '2026-q4', '2026-11-03', [], { health: [{ id: 'cash', value: 120 }, { id: 'uptime', value: 99.5 }] }),
        checkIn('sales', '2026-q4', '2026-11-10', [], { health: [{ id: 'cash', value: 90 }, { id: 'churn', value: 4 }, { id: 'uptime', value: 99.2 }] }),
      ],
    });
    const week = digestsOf(healthy).week('2026-W46')!;
    expect(week.teams[0]!.health).toEqual([
      { metric: 'cash', before: 'healthy', after: 'breached', value: 90, lastReading: '2026-11-10' },
      { metric: 'churn', before: 'unknown', after: 'healthy', value: 4, lastReading: '2026-11-10' },
    ]);
    // uptime stayed healthy: not named. One metric became breached.
    expect(week.summary.breaches).toBe(1);
  });

  it('says a week is quiet when nothing happened', () => {
    // ops meets every Thursday from 10-01 to 11-05 (no updates: the key result stays at 0, off track on both days).
    const calm = model({
      asOf: '2026-11-25',
      cycles: [q4],
      teams: [team('ops')],
      objectives: [objective('ops/run', 'ops', '2026-q4', [kr('uptime')])],
      checkIns: ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22', '2026-10-29', '2026-11-05'].map((d) => checkIn('ops', '2026-q4', d, [])),
    });
    // Week 45 (11-02 to 11-08) holds the check-in of 11-05: not quiet.
    expect(digestsOf(calm).week('2026-W45')!.quiet).toBe(false);
    // As of A = 11-11, week 46 runs (11-08, 11-11]: no check-in, and the period holding A (11-05 to 11-11) is covered: quiet.
    const quiet = digestsOf(modelAsOf(calm, '2026-11-11')).week('2026-W46')!;
    expect(quiet.teams).toEqual([]);
    expect(quiet.quiet).toBe(true);
    expect(quiet.summary).toMatchObject({ checkIns: 0, teamsCheckedIn: 0, teamsExpected: 1 });
  });
});

describe('the digest agrees with the figures engine at D0 and D1', () => {
  const root = path.join(projectRoot, 'content');
  const { model: atA } = load(root, { asOf: '2026-11-25' });
  const digests = digestsOf(atA);
  const engineAt = new Map<string, Figures>();
  const engine = (day: string) => {
    let figures = engineAt.get(day);
    if (!figures) {
      figures = computeFigures(load(root, { asOf: day }).model);
      engineAt.set(day, figures);
    }
    return figures;
  };
  const json = (figures: Figures, team: string, cycle: string, day: string) => scorecardJson(figures.scorecard(team, cycle)!, day);

  // The week q3 ends and q4 starts (W40: 09-28 to 10-04), a full week of q4, and the week holding A.
  it.each(['2026-W40', '2026-W47', '2026-W48'])('%s', (week) => {
    const digest = digests.week(week)!;
    const { from, to } = digestWindow(week, '2026-11-25') as DigestWindow;
    const before = engine(from);
    const after = engine(to);
    let compared = 0;
    for (const team of digest.teams) {
      for (const change of team.keyResults) {
        const find = (figures: Figures, day: string) =>
          json(figures, team.team, change.cycle, day).objectives.find((o) => o.id === change.objective)!.keyResults.find((k) => k.id === change.kr)!;
        const [was, is] = [find(before, from), find(after, to)];
        expect([change.before, change.scoreBefore, change.statusBefore]).toEqual([was.current, was.score, was.status]);
        expect([change.after, change.scoreAfter, change.statusAfter]).toEqual([is.current, is.score, is.status]);
        compared++;
      }
      for (const change of team.statusChanges) {
        const [was, is] = [json(before, team.team, change.cycle, from), json(after, team.team, change.cycle, to)];
        const status = (card: typeof was) => (change.objective === null ? card.status : card.objectives.find((o) => o.id === change.objective)!.status);
        expect([change.before, change.after]).toEqual([status(was), status(is)]);
        compared++;
      }
      for (const drop of team.confidenceDrops) {
        const confidence = (figures: Figures, day: string) =>
          json(figures, team.team, drop.cycle, day).objectives.find((o) => o.id === drop.objective)!.keyResults.find((k) => k.id === drop.kr)!.confidence;
        expect([drop.before, drop.after]).toEqual([confidence(before, from), confidence(after, to)]);
      }
      if (team.overdue) expect(after.scorecard(team.team, team.overdue.cycle)!.overdue).toEqual({ overdue: true, since: team.overdue.since });
    }
    // Every team the engine finds overdue at D1 is in the digest.
    const overdueTeams = new Set(after.cycles.flatMap((c) => c.scorecards.filter((s) => s.overdue.overdue).map((s) => s.team.id)));
    expect(digest.teams.filter((t) => t.overdue).map((t) => t.team).sort()).toEqual([...overdueTeams].sort());
    // Every key result the engine shows with an update in (D0, D1] is named, and no other.
    const updated = after.cycles.flatMap((c) =>
      c.scorecards.flatMap((s) => s.objectives.flatMap((o) => o.keyResults.filter((k) => k.history.some((h) => from < h.date && h.date <= to)).map((k) => `${o.objective.id}#${k.keyResult.id}`))),
    );
    expect(digest.teams.flatMap((t) => t.keyResults.map((k) => `${k.objective}#${k.kr}`)).sort()).toEqual(updated.sort());
    expect(compared).toBeGreaterThan(0);
  });
});
