/**
 * Calendars (`checkins.ics`, `calendar.ics`) and `status.json`: events from
 * periods and windows against dates worked out by hand, the ICS parsed back
 * with an independent parser (ical.js), and the status shape.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarIcs } from '../../src/export/calendar-ics.ts';
import { statusJson } from '../../src/export/status-json.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

const q2 = cycle('2026-q2', '2026-04-01', '2026-06-30');
const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30');
const q4 = cycle('2026-q4', '2026-10-01', '2026-12-31');
const site = { origin: 'https://okrs.example.com', base: '/okrs/', domain: 'okrs.example.com' };

const example = (asOf = '2026-08-15') =>
  model({
    asOf,
    cycles: [q2, q3, q4],
    teams: [team('sales', { name: 'Sales' }), team('ops', { name: 'Ops' })],
    objectives: [
      objective('2026-q2/sales/old', 'sales', '2026-q2', [kr('a')]),
      objective('2026-q3/sales/win', 'sales', '2026-q3', [kr('b')]),
      objective('2026-q4/ops/next', 'ops', '2026-q4', [kr('c')]),
    ],
    checkIns: [checkIn('sales', '2026-q3', '2026-08-10', [{ kr: 'b', value: 5 }])],
  });

describe('calendar events', () => {
  it('puts one event on the last day of every period and window of the active and upcoming cycles', () => {
    const m = example();
    const events = calendarEvents(m, computeFigures(m), site, 'sales');
    // Q2 is closed: left out. Q3: K = ceil(92 / 7) = 14 periods ending 07-07, 07-14, ... 09-29 (07-01 + 13 * 7 - 1 = 09-29)
    // and 09-30 (the 14th, one day long); 3 monthly windows ending 07-31, 08-31, 09-30. 14 + 3 = 17.
    expect(events).toHaveLength(17);
    const checkins = events.filter((e) => e.uid.startsWith('checkin-'));
    expect(checkins.map((e) => e.day)).toEqual([
      '2026-07-07', '2026-07-14', '2026-07-21', '2026-07-28', '2026-08-04', '2026-08-11', '2026-08-18',
      '2026-08-25', '2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29', '2026-09-30',
    ]);
    expect(events.filter((e) => e.uid.startsWith('leadership-')).map((e) => e.day)).toEqual(['2026-07-31', '2026-08-31', '2026-09-30']);
    expect(checkins[0]).toEqual({
      uid: 'checkin-sales-2026-q3-2026-07-01@okrs.example.com',
      day: '2026-07-07',
      summary: 'Check-in due: Sales · 2026-q3',
      description: 'Sales checks in at least once from 2026-07-01 to 2026-07-07. Scorecard: https://okrs.example.com/okrs/teams/sales/2026-q3/',
      url: 'https://okrs.example.com/okrs/teams/sales/2026-q3/',
    });
  });

  it('lists every team in the site calendar, upcoming cycles included', () => {
    const m = example();
    const events = calendarEvents(m, computeFigures(m), site);
    // Ops in Q4 (upcoming): K = ceil(92 / 7) = 14 periods and 3 windows; with Sales' 17: 34
    expect(events).toHaveLength(34);
    expect(new Set(events.map((e) => e.uid)).size).toBe(34);
  });

  it('keeps UIDs stable as the as-of date moves', () => {
    const before = example('2026-08-15');
    const after = example('2026-08-22');
    const uids = (m: ReturnType<typeof example>) => calendarEvents(m, computeFigures(m), site, 'sales').map((e) => e.uid);
    expect(uids(after)).toEqual(uids(before));
  });
});

describe('calendar.ics', () => {
  const m = example();
  const events = calendarEvents(m, computeFigures(m), site, 'sales');
  const text = calendarIcs('Sales: check-ins', events, '2026-08-15');

  it('parses back with an independent parser', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const parsed = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed).toHaveLength(17);
    const first = parsed[0]!;
    expect(first.uid).toBe('checkin-sales-2026-q3-2026-07-01@okrs.example.com');
    expect(first.summary).toBe('Check-in due: Sales · 2026-q3');
    expect(first.startDate.isDate).toBe(true); // all-day
    expect(first.startDate.toString()).toBe('2026-07-07');
    expect(first.endDate.toString()).toBe('2026-07-08');
    expect(first.description).toContain('from 2026-07-01 to 2026-07-07');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sales: check-ins');
    expect(String(parsed[0]!.component.getFirstPropertyValue('dtstamp'))).toBe('2026-08-15T00:00:00Z');
  });

  it('writes the same bytes in any time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = calendarIcs('Sales: check-ins', events, '2026-08-15');
      process.env.TZ = 'Pacific/Pago_Pago';
      const west = calendarIcs('Sales: check-ins', events, '2026-08-15');
      expect(east).toBe(text);
      expect(west).toBe(text);
    } finally {
      process.env.TZ = zone;
    }
    expect(text).not.toMatch(/DTSTAMP:(?!20260815T000000Z)/);
  });
});

describe('status.json', () => {
  it('lists each team of an active cycle with its standing and whether it is overdue', () => {
    const m = example();
    const figures = computeFigures(m);
    const status = statusJson(figures, '2026-08-15', () => 2, (path) => `https://okrs.example.com/okrs/${path}`);
    // Sales in Q3 on 08-15: b = 5 / 10 = 0.5; checked in on 08-10, inside 08-05..08-11 (the latest due): not overdue.
    // Missed: every due period but 08-05: 07-01, 07-08, 07-15, 07-22, 07-29. Ops is in Q4 only (upcoming): not listed.
    expect(status).toEqual({
      version: 1,
      asOf: '2026-08-15',
      overdue: [],
      teams: [{
        team: 'sales', teamName: 'Sales', cycle: '2026-q3', cycleName: '2026-q3',
        score: 0.5, grade: 'yellow', status: figures.scorecard('sales', '2026-q3')!.status,
        lastCheckin: '2026-08-10', overdue: false, overdueSince: null,
        missed: ['2026-07-01', '2026-07-08', '2026-07-15', '2026-07-22', '2026-07-29'],
        hints: 2, scorecard: 'https://okrs.example.com/okrs/teams/sales/2026-q3/', health: [],
      }],
    });
    // A week later (08-22) 08-12..08-18 and 08-19..08-25 are both uncovered.
    const later = statusJson(computeFigures(example('2026-08-22')), '2026-08-22', () => 0, (path) => path);
    expect(later.overdue).toEqual(['sales/2026-q3']);
    expect(later.teams[0]).toMatchObject({ overdue: true, overdueSince: '2026-08-12' });
  });
});
