/**
 * (v3) The health rules of scoring.md, each with a case that fires and one
 * that passes: `kr-business-as-usual` and `health-breached`.
 */
import { describe, expect, it } from 'vitest';
import { computeCoaching, type Hint } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { english } from '../../src/i18n/index.ts';
import type { HealthMetric } from '../../src/model/types.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

const q2 = cycle('2026-q2', '2026-04-01', '2026-06-30');
const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30');
const year = cycle('2026', '2026-01-01', '2026-12-31');
const uptime = (title: string, kind: 'stay-above' | 'stay-below' | 'metric' = 'stay-above') => kr('uptime', { title, kind, target: 99.9, line: 9 });
// The team file: `health:` on line 5, the metric's item on line 6.
const volunteers: HealthMetric = { id: 'volunteers', title: 'Volunteers retained', unit: '%', above: 70, team: 't', line: 6 };

function hintsOf(rule: string, parts: Partial<Parameters<typeof model>[0]>): Array<Omit<Hint, 'text'> & { message: string }> {
  const m = model({ asOf: '2026-08-15', cycles: [q2, q3], teams: [team('t', { health: [volunteers] })], objectives: [], ...parts });
  return computeCoaching(m, computeFigures(m)).hints.filter((h) => h.rule === rule).map(({ text, ...hint }) => ({ ...hint, message: english.say(text) }));
}

describe('kr-business-as-usual', () => {
  const inQ2 = objective('2026-q2/t/reliable', 't', '2026-q2', [uptime('Payment-run uptime')]);
  it('fires for a stay-above repeated from a cycle that ended before this one started: the objective file at the key result', () => {
    // Titles compare ignoring case; the schema trims them, so the hint names the title trimmed.
    const inQ3 = objective('2026-q3/t/reliable', 't', '2026-q3', [uptime('  payment-run UPTIME ')]);
    expect(hintsOf('kr-business-as-usual', { objectives: [inQ2, inQ3] })).toEqual([
      {
        rule: 'kr-business-as-usual', file: 'okrs/2026-q3/t/reliable.md', line: 9, team: 't', cycle: '2026-q3', target: 'uptime', entry: '2026-q3/t/reliable',
        message: 'Key result "payment-run UPTIME" is a stay-above key result that t also had in 2026-q2. Is this business as usual? Keep it as a health metric of the team, and keep OKRs for the change you want (tip 3: OKRs for the most important work).',
      },
    ]);
  });
  it('fires for a stay-below named like a health metric of the team', () => {
    const inQ3 = objective('2026-q3/t/people', 't', '2026-q3', [uptime('Volunteers retained', 'stay-below')]);
    expect(hintsOf('kr-business-as-usual', { objectives: [inQ3] })).toMatchObject([{ cycle: '2026-q3', target: 'uptime', message: expect.stringContaining('the title of the team\'s health metric "Volunteers retained"') }]);
  });
  it('passes for a first stay-above, a metric key result with the same title, another team\'s, and a containing cycle that has not ended', () => {
    expect(hintsOf('kr-business-as-usual', { objectives: [inQ2] })).toEqual([]);
    expect(hintsOf('kr-business-as-usual', { objectives: [inQ2, objective('2026-q3/t/reliable', 't', '2026-q3', [uptime('Payment-run uptime', 'metric')])] })).toEqual([]);
    expect(hintsOf('kr-business-as-usual', { teams: [team('t'), team('u')], objectives: [inQ2, objective('2026-q3/u/reliable', 'u', '2026-q3', [uptime('Payment-run uptime')])] })).toEqual([]);
    // The year 2026 does not end before Q3 starts: not an earlier cycle.
    expect(hintsOf('kr-business-as-usual', { cycles: [year, q3], objectives: [objective('2026/t/reliable', 't', '2026', [uptime('Payment-run uptime')]), objective('2026-q3/t/reliable', 't', '2026-q3', [uptime('Payment-run uptime')])] })).toEqual([]);
  });
});

describe('health-breached', () => {
  const work = objective('2026-q3/t/grow', 't', '2026-q3', [kr('a'), kr('b')]);
  const read = (date: string, value: number) => checkIn('t', '2026-q3', date, [], { health: [{ id: 'volunteers', value }] });
  it('fires when the last two readings are breached and no active objective addresses it: the team file at the metric', () => {
    // 74 (healthy), 68 (< 70), 66 (< 70): the last two breached.
    expect(hintsOf('health-breached', { objectives: [work], checkIns: [read('2026-07-06', 74), read('2026-07-13', 68), read('2026-07-20', 66)] })).toEqual([
      {
        rule: 'health-breached', file: 'teams/t.md', line: 6, team: 't', cycle: '2026-q3', target: 'health.volunteers', entry: null,
        message: 'Health metric "Volunteers retained" has been out of range at its last two readings (66% on 2026-07-20) and no objective of 2026-q3 addresses it. Does it need an objective this cycle?',
      },
    ]);
  });
  it('belongs to every active cycle of the team', () => {
    const yearly = objective('2026/t/grow', 't', '2026', [kr('c'), kr('d')]);
    expect(hintsOf('health-breached', { cycles: [year, q3], objectives: [work, yearly], checkIns: [read('2026-07-13', 68), read('2026-07-20', 66)] }).map((h) => h.cycle)).toEqual(['2026', '2026-q3']);
  });
  it('passes with one breached reading, a healthy latest, or an objective that addresses it', () => {
    expect(hintsOf('health-breached', { objectives: [work], checkIns: [read('2026-07-13', 74), read('2026-07-20', 66)] })).toEqual([]);
    expect(hintsOf('health-breached', { objectives: [work], checkIns: [read('2026-07-13', 66), read('2026-07-20', 70)] })).toEqual([]);
    expect(hintsOf('health-breached', { objectives: [work], checkIns: [read('2026-07-20', 66)] })).toEqual([]);
    const addressing = objective('2026-q3/t/keep', 't', '2026-q3', [kr('e'), kr('f')], { addresses: ['volunteers'] });
    expect(hintsOf('health-breached', { objectives: [work, addressing], checkIns: [read('2026-07-13', 68), read('2026-07-20', 66)] })).toEqual([]);
  });
  it('a reading after the as-of date does not count', () => {
    expect(hintsOf('health-breached', { asOf: '2026-07-15', objectives: [work], checkIns: [read('2026-07-13', 68), read('2026-07-20', 66)] })).toEqual([]);
  });
});
