/**
 * (v3) Health metric figures (scoring.md, "Health metrics"), worked out by
 * hand: the state at the latest reading on or before the as-of date, and
 * `since`, the first reading of the unbroken run of that state.
 */
import { describe, expect, it } from 'vitest';
import { breachedTwice, computeFigures, healthOf, readingsOf, stateOfValue, type HealthPoint } from '../../src/figures/index.ts';
import { addDays } from '../../src/lib/dates.ts';
import type { HealthMetric } from '../../src/model/types.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

const metric = (extra: Partial<HealthMetric>): HealthMetric => ({ id: 'm', title: 'M', team: 't', line: 1, ...extra });
const points = (...pairs: Array<[string, number]>): HealthPoint[] => pairs.map(([date, value]) => ({ date, value, checkIn: `t/${date}` }));

describe('healthOf', () => {
  // above: 70. Apr 24: 74 >= 70 healthy; May 8: 68 < 70 breached; May 13: 66 < 70 breached.
  const volunteers = metric({ above: 70 });
  const readings = points(['2026-04-24', 74], ['2026-05-08', 68], ['2026-05-13', 66]);

  it('74, 68, 66 against above 70 on Apr 24, May 8, May 13: breached since May 8', () => {
    // The run at May 13 is 68, 66 (both < 70); it began at May 8. The reading before the latest (68) was breached too.
    expect(healthOf(volunteers, readings, '2026-05-13')).toMatchObject({ value: 66, state: 'breached', since: '2026-05-08', lastReading: '2026-05-13', previous: 'breached' });
    expect(breachedTwice(healthOf(volunteers, readings, '2026-05-13'))).toBe(true);
  });

  it('readings after the as-of date are left out', () => {
    // As of May 10 the latest reading is May 8 (68, breached); the one before (74) was healthy: a change of state.
    const may10 = healthOf(volunteers, readings, '2026-05-10');
    expect(may10).toMatchObject({ value: 68, state: 'breached', since: '2026-05-08', lastReading: '2026-05-08', previous: 'healthy' });
    expect(may10.readings.map((r) => r.value)).toEqual([74, 68]);
    expect(breachedTwice(may10)).toBe(false);
    // As of May 1 only Apr 24 (74 >= 70): healthy since Apr 24.
    expect(healthOf(volunteers, readings, '2026-05-01')).toMatchObject({ value: 74, state: 'healthy', since: '2026-04-24', lastReading: '2026-04-24', previous: null });
  });

  it('unknown with no reading on or before the as-of date', () => {
    expect(healthOf(volunteers, readings, '2026-04-23')).toMatchObject({ value: null, state: 'unknown', since: null, lastReading: null, previous: null, readings: [] });
    expect(healthOf(volunteers, [], '2026-12-31')).toMatchObject({ value: null, state: 'unknown', since: null, lastReading: null });
  });

  it('bounds are inclusive; below alone, and both', () => {
    // below: 2. 3 > 2 breached; 2 <= 2 healthy; 1 healthy: healthy since the reading of 2.
    expect(healthOf(metric({ below: 2 }), points(['2026-07-06', 3], ['2026-07-13', 2], ['2026-07-20', 1]), '2026-07-31')).toMatchObject({ state: 'healthy', since: '2026-07-13', value: 1 });
    // above 99.5, below 100: 99.5 healthy (boundary), 100.2 breached (> 100), 99.4 breached (< 99.5): one breached run since 100.2.
    const both = metric({ above: 99.5, below: 100 });
    expect(stateOfValue(both, 99.5)).toBe('healthy');
    expect(stateOfValue(both, 100)).toBe('healthy');
    expect(healthOf(both, points(['2026-07-06', 99.5], ['2026-07-13', 100.2], ['2026-07-20', 99.4]), '2026-07-31')).toMatchObject({ state: 'breached', since: '2026-07-13' });
  });

  it('can be read at two as-of dates from the same readings (the digest compares D0 with D1)', () => {
    const d0 = healthOf(volunteers, readings, '2026-05-03');
    const d1 = healthOf(volunteers, readings, '2026-05-10');
    expect([d0.state, d1.state]).toEqual(['healthy', 'breached']);
    expect(readings).toHaveLength(3); // not cut in place
  });

  it('10,000 readings: linear work (counted, not timed)', () => {
    let reads = 0;
    const counted = { id: 'm', title: 'M', team: 't', line: 1, get above() { reads++; return 70; } } as HealthMetric;
    // Every reading healthy: the walk back from the latest visits all 10,000 once.
    // One reading a day from 2000-01-01: 10,000 days later is 2027-05-19.
    const many: HealthPoint[] = Array.from({ length: 10_000 }, (_, i) => ({ date: addDays('2000-01-01', i), value: 70 + (i % 7), checkIn: String(i) }));
    const figures = healthOf(counted, many, '2030-12-31');
    expect(figures).toMatchObject({ state: 'healthy', since: many[0]!.date, value: 70 + (9_999 % 7) });
    // stateOfValue reads `above` twice (is it set, is the value under it) per call: the latest,
    // the 9,999 walked back and the previous one are 10,001 calls, 20,002 reads.
    expect(reads).toBe(20_002);
    expect(Number.isFinite(figures.value)).toBe(true);
  });
});

describe('readingsOf and the figures of a model', () => {
  const q1 = cycle('2026-q1', '2026-01-01', '2026-03-31');
  const q2 = cycle('2026-q2', '2026-04-01', '2026-06-30');
  const volunteers = metric({ id: 'volunteers', above: 70 });
  const ngo = team('t', { health: [volunteers] });
  const objectives = [objective('2026-q1/t/a', 't', '2026-q1', [kr('x')]), objective('2026-q2/t/b', 't', '2026-q2', [kr('y')])];
  const checkIns = [
    checkIn('t', '2026-q2', '2026-05-08', [{ kr: 'y', value: 5 }], { health: [{ id: 'volunteers', value: 68 }] }),
    checkIn('t', '2026-q1', '2026-03-20', [], { health: [{ id: 'volunteers', value: 74, note: 'term started' }] }),
    checkIn('t', '2026-q2', '2026-05-13', [], { health: [{ id: 'volunteers', value: 66 }] }),
    // Another team keeping a metric of the same id (a check-in reads only its own team's metrics).
    checkIn('other', '2026-q2', '2026-05-13', [], { health: [{ id: 'volunteers', value: 10 }] }),
  ];
  const other = team('other', { health: [{ ...volunteers, team: 'other' }] });

  it('a metric belongs to the team: readings run across cycles, oldest first, other teams left out', () => {
    expect(readingsOf('t', checkIns).get('volunteers')!.map((p) => [p.date, p.value])).toEqual([['2026-03-20', 74], ['2026-05-08', 68], ['2026-05-13', 66]]);
    const figures = computeFigures(model({ asOf: '2026-05-20', cycles: [q1, q2], teams: [ngo, other], objectives, checkIns }));
    // Mar 20 (q1): 74 healthy; May 8: 68 breached; May 13: 66 breached: breached since May 8.
    expect(figures.health('t')).toMatchObject([{ metric: { id: 'volunteers' }, value: 66, state: 'breached', since: '2026-05-08', lastReading: '2026-05-13' }]);
    // The other team's one reading, 10 < 70, is its own: breached since May 13.
    expect(figures.health('other')).toMatchObject([{ metric: { id: 'volunteers' }, value: 10, state: 'breached', since: '2026-05-13' }]);
  });

  it('never in a score: the scorecard scores the same with or without the metric', () => {
    const asOf = '2026-05-20';
    const own = checkIns.filter((c) => c.team === 't');
    const withHealth = computeFigures(model({ asOf, cycles: [q1, q2], teams: [ngo], objectives, checkIns: own }));
    const without = computeFigures(model({ asOf, cycles: [q1, q2], teams: [team('t')], objectives, checkIns: own.map((c) => ({ ...c, health: [] })) }));
    // y: baseline 0, target 10, value 5: 0.5; one key result, one objective: the team scores 0.5 either way.
    expect(withHealth.scorecard('t', '2026-q2')!.score).toBe(0.5);
    expect(without.scorecard('t', '2026-q2')!.score).toBe(0.5);
  });
});
