/**
 * (v3) Page data of health metrics (src/site/health.ts): what the team page,
 * the scorecard, the home and cycle pages, the review and a person's page
 * print, worked out from the figures by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/index.ts';
import { healthRows, breachedByTeam, reviewBreaches, scorecardHealthRows, teamHealthRows } from '../../src/site/health.ts';
import { personDetails } from '../../src/site/people/people.ts';
import { formatter } from '../../src/lib/format.ts';
import { translatorOf } from '../../src/i18n/index.ts';

const translator = (locale: string) => translatorOf({ settings: { locale } });
import type { HealthMetric } from '../../src/model/types.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

const volunteers: HealthMetric = { id: 'volunteers', title: 'Volunteers retained', unit: '%', above: 70, team: 't', line: 6 };
const q1 = cycle('2026-q1', '2026-01-01', '2026-03-31');
const q2 = cycle('2026-q2', '2026-04-01', '2026-06-30');
const addressing = objective('2026-q2/t/keep', 't', '2026-q2', [kr('y')], { title: 'Keep every volunteer for a second term', owner: 'Nurul Huda', addresses: ['volunteers'] });
const checkIns = [
  checkIn('t', '2026-q2', '2026-04-24', [], { health: [{ id: 'volunteers', value: 74 }] }),
  checkIn('t', '2026-q2', '2026-05-08', [], { health: [{ id: 'volunteers', value: 68, note: 'exam season' }] }),
  checkIn('t', '2026-q2', '2026-05-13', [], { health: [{ id: 'volunteers', value: 66 }] }),
];
const m = model({ asOf: '2026-05-20', cycles: [q1, q2], teams: [team('t', { name: 'Outreach', health: [volunteers] })], objectives: [objective('2026-q1/t/a', 't', '2026-q1', [kr('x')]), addressing], checkIns });
const figures = computeFigures(m);
const fmt = formatter('en-GB');

describe('health rows', () => {
  const [row] = teamHealthRows('t', { figures, fmt, t: translator('en') });
  it('reading, state in words and shape, since, range and who addresses it', () => {
    expect(row).toMatchObject({
      id: 'volunteers', title: 'Volunteers retained', value: '66%', state: 'breached', stateWord: 'Breached', icon: '▲',
      since: 'since 8 May 2026', lastReading: 'last read 13 May 2026', bounds: 'healthy at or above 70%',
      addressedBy: [{ title: 'Keep every volunteer for a second term', href: expect.stringContaining('objectives/2026-q2/t/keep') }],
    });
    expect(row!.table).toEqual([
      { date: '13 May 2026', value: '66%', state: 'Breached', note: '' },
      { date: '8 May 2026', value: '68%', state: 'Breached', note: 'exam season' },
      { date: '24 Apr 2026', value: '74%', state: 'Healthy', note: '' },
    ]);
  });

  it('the chart: time across by day, the range padded 15%, the healthy band from the `above` line up', () => {
    // Values 74, 68, 66 and the bound 70: low 66, high 74, span 8, padded by 1.2 each side: 64.8 to 75.2.
    // y = 6 + (75.2 - v) / 10.4 * 60: 74 -> 12.9, 68 -> 47.5, 66 -> 59.1, 70 -> 36.
    // x over 19 days (Apr 24 to May 13) on 6..234: Apr 24 -> 6, May 8 (14 days) -> 174, May 13 -> 234.
    const chart = row!.chart!;
    expect(chart.points.map((p) => [p.x, p.y, p.state])).toEqual([[6, 12.9, 'healthy'], [174, 47.5, 'breached'], [234, 59.1, 'breached']]);
    expect(chart.line).toBe('6,12.9 174,47.5 234,59.1');
    expect(chart.bounds).toEqual([{ y: 36, label: '70%' }]);
    expect(chart.band).toEqual({ y: 0, height: 36 });
    expect([chart.from, chart.to]).toEqual(['24 Apr', '13 May']);
  });

  it('in Malay', () => {
    const [ms] = teamHealthRows('t', { figures, fmt: formatter('ms'), t: translator('ms') });
    expect(ms).toMatchObject({ stateWord: 'Terlanggar', bounds: 'sihat pada atau melebihi 70%', since: expect.stringMatching(/^sejak /) });
  });

  it('a metric with no reading: unknown, no chart; 10,000 readings chart without overflowing', () => {
    const none = healthRows([{ metric: volunteers, value: null, state: 'unknown', since: null, lastReading: null, previous: null, readings: [] }], { fmt, t: translator('en'), objectives: [], objectiveHref: (id) => id });
    expect(none[0]).toMatchObject({ value: '–', state: 'unknown', stateWord: 'No reading yet', icon: '○', since: null, chart: null, table: [] });
    const readings = Array.from({ length: 10_000 }, (_, i) => ({ date: `2000-01-${String((i % 28) + 1).padStart(2, '0')}`, value: i, checkIn: String(i) }));
    const many = healthRows([{ metric: volunteers, value: 9_999, state: 'healthy', since: '2000-01-01', lastReading: '2000-01-28', previous: 'healthy', readings }], { fmt, t: translator('en'), objectives: [], objectiveHref: (id) => id });
    expect(many[0]!.chart!.points).toHaveLength(10_000);
    expect(many[0]!.chart!.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it('only the scorecards of active cycles show the section', () => {
    expect(scorecardHealthRows(figures.scorecard('t', '2026-q2')!, { figures, fmt, t: translator('en') })).toHaveLength(1);
    expect(scorecardHealthRows(figures.scorecard('t', '2026-q1')!, { figures, fmt, t: translator('en') })).toEqual([]);
  });
});

describe('breaches beside status, in the review, on a person\'s page', () => {
  it('home and cycle pages: the breached metrics of each team', () => {
    expect(breachedByTeam(figures.cycle('2026-q2')!.scorecards, translator('en'))).toEqual(new Map([['t', { count: '1 health metric breached', metrics: 'Volunteers retained' }]]));
    // Q1 closed on Mar 31, before any reading: unknown, not breached.
    expect(breachedByTeam(figures.cycle('2026-q1')!.scorecards, translator('en'))).toEqual(new Map());
  });

  it('the review counts breaches (at the end once closed)', () => {
    const health = figures.cycle('2026-q2')!.scorecards.map((c) => c.health);
    expect(reviewBreaches(health, false, translator('en'))).toBe('1 health metric breached');
    expect(reviewBreaches(health, true, translator('en'))).toBe('1 health metric breached at the end of the cycle');
    expect(reviewBreaches([[]], true, translator('en'))).toBeNull();
  });

  it('the owner of an objective that addresses a metric', () => {
    const details = personDetails(m, figures, { name: 'Nurul Huda', slug: 'nurul-huda' }, [q2]);
    expect(details.addresses).toMatchObject([{ objective: { id: '2026-q2/t/keep' }, team: { id: 't' }, metrics: [{ id: 'volunteers' }] }]);
    expect(personDetails(m, figures, { name: 'Someone Else', slug: 'someone-else' }, [q2]).addresses).toEqual([]);
  });
});
