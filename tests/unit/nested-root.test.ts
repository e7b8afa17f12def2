/**
 * (v3) The generated content root (tests/nested-root.ts) through every
 * output that carries a figure: scorecard JSON, CSV, status.json,
 * `check --overdue`, calendars. No grade before a cycle closes, no key
 * result done and stale at once, no team overdue twice.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.ts';
import { overdueFindings } from '../../src/cli/overdue-findings.ts';
import { computeCoaching } from '../../src/coaching/index.ts';
import { calendarEvents } from '../../src/export/calendar-ics.ts';
import { cycleCsv } from '../../src/export/cycle-csv.ts';
import { scorecardJson } from '../../src/export/scorecard-json.ts';
import { statusJson } from '../../src/export/status-json.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';
import { NESTED_AS_OF, nestedRootFiles } from '../nested-root.ts';

afterAll(cleanContentRoots);

const root = contentRoot(nestedRootFiles(), '');
const { model, findings } = load(root, { asOf: NESTED_AS_OF });
const figures = computeFigures(model);

describe('the generated root with nested cycles', () => {
  it('is valid content: check-ins that name no cycle go to the quarter, not the year', () => {
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(model.checkInsOf('company', '2026').map((c) => c.date)).toEqual(['2026-06-30']);
    expect(model.checkInsOf('company', '2026-q3')).toHaveLength(13); // Mondays 07-06 .. 09-28
    expect(model.checkInsOf('company', '2026-q4')).toHaveLength(4);
    expect(figures.cycles.map((c) => [c.cycle.id, c.pace.state])).toEqual([['2026', 'active'], ['2026-q3', 'closed'], ['2026-q4', 'active'], ['2027-q1', 'upcoming']]);
  });

  it('carries no grade in the JSON or CSV of an active or upcoming cycle, and one in a closed cycle', () => {
    for (const c of figures.cycles) {
      const closed = c.pace.state === 'closed';
      expect(c.grade === null).toBe(!closed);
      for (const card of c.scorecards) {
        const json = scorecardJson(card, NESTED_AS_OF);
        const grades = [json.grade, ...json.objectives.flatMap((o) => [o.grade, ...o.keyResults.map((k) => k.grade)])];
        for (const grade of grades) expect(grade === null).toBe(!closed);
      }
      // grade is the 14th column
      for (const row of cycleCsv(c).split('\r\n').slice(1, -1)) expect(row.split(',').at(-3) === '').toBe(!closed);
    }
    const status = statusJson(figures, NESTED_AS_OF, () => 0, (p) => p);
    expect(status.teams.every((t) => t.grade === null)).toBe(true);
  });

  it('keeps a committed objective on track without a grade, and its key result stale', () => {
    // uptime-days 60 / 100 = 0.6 on 10-26; x = 51 / 92 = 0.554; 0.6 >= 0.454: on track. Last update
    // 25 days before A > 14: the key result is stale; the objective never is.
    const committed = figures.objective('2026-q4/company/availability')!;
    expect([committed.score, committed.status, committed.grade]).toEqual([0.6, 'on-track', null]);
    expect([committed.keyResults[0]!.status, committed.keyResults[0]!.stale]).toEqual(['stale', true]);
  });

  it('never marks a key result done and stale at once', () => {
    // The bank feed went live on 10-05, 46 days before A, and was never updated again: done, not stale.
    const bankFeed = figures.objective('2026-q4/ops/reconcile')!.keyResults.find((k) => k.keyResult.id === 'bank-feed')!;
    expect([bankFeed.status, bankFeed.stale, bankFeed.lastUpdate]).toEqual(['done', false, '2026-10-05']);
    for (const c of figures.cycles) {
      for (const k of c.scorecards.flatMap((card) => card.objectives.flatMap((o) => o.keyResults))) {
        expect(k.status === 'done' && k.stale).toBe(false);
      }
    }
    const hints = computeCoaching(model, figures).hints;
    expect(hints.filter((h) => h.rule === 'kr-stale' && h.target === 'bank-feed')).toEqual([]);
  });

  it('counts the quarters in the year: 3 of 4 quarterly periods, 1 of 3 leadership windows', () => {
    // Periods of 91 days: 01-01..04-01 (none), 04-02..07-01 (06-30), 07-02..09-30 (Q3's Mondays),
    // 10-01..12-30 (current; Q4's 10-05 counts it). Windows of 3 months: Jan-Mar (none), Apr-Jun (06-30,
    // with a leader), Jul-Sep (no leader); Oct-Dec is current and has none: it does not count.
    const year = figures.scorecard('company', '2026')!;
    expect(year.discipline).toMatchObject({ due: 4, covered: 3, missed: ['2026-01-01'], streak: 3, leadership: { due: 3, covered: 1 } });
    expect(year.countsCheckInsOf).toEqual(['2026-q3', '2026-q4']);
    expect(year.checkIns.map((c) => c.date)).toEqual(['2026-06-30']);
  });

  it('reports a team overdue once: in check --overdue, status.json and the scorecard JSON', () => {
    // Company in Q4 (from 10-01, a Thursday): last met 10-26; 11-12..11-18 and 11-19..11-25 have none: overdue
    // since 11-12. The year's current period holds 10-05: not overdue there. Operations met on 11-16: not overdue.
    const overdue = overdueFindings(figures);
    expect(overdue.map((f) => f.file)).toEqual(['teams/company.md']);
    expect(overdue[0]!.message).toContain('in Q4 2026: the period that started on 2026-11-12 has none');
    expect(overdue[0]!.message).toContain('(npm run new -- checkin --team company --cycle 2026-q4)');
    const status = statusJson(figures, NESTED_AS_OF, () => 0, (p) => p);
    expect(status.overdue).toEqual(['company/2026-q4']);
    const flagged = figures.cycles.flatMap((c) => c.scorecards).filter((card) => scorecardJson(card, NESTED_AS_OF).overdue);
    expect(flagged.map((card) => `${card.team.id}/${card.cycle.id}`)).toEqual(['company/2026-q4']);
    // The command line says it once too.
    const report = check(['--overdue'], { ...process.env, OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: NESTED_AS_OF });
    expect(report.findings.filter((f) => f.code === 'checkin-overdue').map((f) => f.file)).toEqual(['teams/company.md']);
  });

  it('holds one check-in due event per team and day in the calendar', () => {
    const events = calendarEvents(model, figures, { origin: null, base: '/', domain: 'okrbook' });
    const keys = events.filter((e) => e.uid.startsWith('checkin-')).map((e) => `${e.uid.split('-')[1]}/${e.day}`);
    expect(new Set(keys).size).toBe(keys.length);
    const leadership = events.filter((e) => e.uid.startsWith('leadership-')).map((e) => `${e.uid.split('-')[1]}/${e.day}`);
    expect(new Set(leadership).size).toBe(leadership.length);
  });
});
