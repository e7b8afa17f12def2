/**
 * (v3) Health metrics in the exports: the scorecard JSON and status.json
 * carry `health`; the cycle CSV is unchanged by them.
 */
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/index.ts';
import { scorecardJson } from '../../src/export/scorecard-json.ts';
import { statusJson } from '../../src/export/status-json.ts';
import { cycleCsv } from '../../src/export/cycle-csv.ts';
import type { HealthMetric } from '../../src/model/types.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';
import { feedXml } from '../../src/site/feed.ts';
import { english } from '../../src/i18n/index.ts';
import { formatter } from '../../src/lib/format.ts';

const volunteers: HealthMetric = { id: 'volunteers', title: 'Volunteers retained', unit: '%', above: 70, team: 't', line: 7 };
const q1 = cycle('2026-q1', '2026-01-01', '2026-03-31');
const q2 = cycle('2026-q2', '2026-04-01', '2026-06-30');
const objectives = [objective('2026-q1/t/a', 't', '2026-q1', [kr('x')]), objective('2026-q2/t/b', 't', '2026-q2', [kr('y')])];
const checkIns = [
  checkIn('t', '2026-q1', '2026-03-20', [{ kr: 'x', value: 4 }], { health: [{ id: 'volunteers', value: 74 }] }),
  checkIn('t', '2026-q2', '2026-05-08', [{ kr: 'y', value: 5 }], { health: [{ id: 'volunteers', value: 68 }] }),
  checkIn('t', '2026-q2', '2026-05-13', [], { health: [{ id: 'volunteers', value: 66 }] }),
];
const build = (withHealth: boolean) =>
  model({ asOf: '2026-05-20', cycles: [q1, q2], teams: [team('t', withHealth ? { health: [volunteers] } : {})], objectives, checkIns: withHealth ? checkIns : checkIns.map((c) => ({ ...c, health: [] })) });

describe('health in the exports', () => {
  it('the scorecard JSON of the active cycle: as of the as-of date; of a closed cycle: as of its end', () => {
    const figures = computeFigures(build(true));
    // Active q2 as of May 20: 74 (Mar 20), 68 (May 8), 66 (May 13) against >= 70: breached since May 8.
    expect(scorecardJson(figures.scorecard('t', '2026-q2')!, '2026-05-20').health).toEqual([
      { id: 'volunteers', title: 'Volunteers retained', unit: '%', value: 66, state: 'breached', since: '2026-05-08', lastReading: '2026-05-13', above: 70, below: null },
    ]);
    // Closed q1 (ended Mar 31): only the Mar 20 reading, 74 >= 70: healthy since Mar 20.
    expect(scorecardJson(figures.scorecard('t', '2026-q1')!, '2026-05-20').health).toMatchObject([{ value: 74, state: 'healthy', since: '2026-03-20', lastReading: '2026-03-20' }]);
  });

  it('status.json lists each team of an active cycle with its health', () => {
    const status = statusJson(computeFigures(build(true)), '2026-05-20', () => 0, (path) => path);
    expect(status.teams).toHaveLength(1);
    expect(status.teams[0]!.health).toMatchObject([{ id: 'volunteers', state: 'breached', since: '2026-05-08', value: 66 }]);
  });

  it('a team without metrics carries an empty list', () => {
    expect(scorecardJson(computeFigures(build(false)).scorecard('t', '2026-q2')!, '2026-05-20').health).toEqual([]);
  });

  it('the cycle CSV is unchanged by health metrics', () => {
    expect(cycleCsv(computeFigures(build(true)).cycle('2026-q2')!)).toBe(cycleCsv(computeFigures(build(false)).cycle('2026-q2')!));
  });

  it('the feed\'s state changes: 74 healthy is no news, 68 breaches, 66 stays breached', () => {
    const figures = computeFigures(build(true));
    expect(figures.healthChanges('2026-q1/t/2026-03-20')).toEqual([]);
    expect(figures.healthChanges('2026-q2/t/2026-05-08')).toMatchObject([{ metric: { id: 'volunteers' }, from: 'healthy', to: 'breached', value: 68, date: '2026-05-08' }]);
    expect(figures.healthChanges('2026-q2/t/2026-05-13')).toEqual([]);
  });

  it('the feed item of the check-in that breached says so, the others do not', async () => {
    const m = build(true);
    const xml = await feedXml(m, { t: english, fmt: formatter('en'), site: new URL('https://okrs.example.com'), base: '/', healthChanges: computeFigures(m).healthChanges });
    const items = xml.split('<item>').slice(1);
    const of = (date: string) => items.find((i) => i.includes(`#checkin-${date}`))!;
    expect(of('2026-05-08')).toContain('1 key result updated; Volunteers retained breached (68%).');
    expect(of('2026-05-13')).not.toContain('Volunteers retained');
  });
});
