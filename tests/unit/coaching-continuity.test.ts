/**
 * (v2) The continuity rules of scoring.md, each at its edges: a case that
 * fires and one that passes. Dates are worked out by hand: 2026-08-01 + 30
 * days is 2026-08-31; Q3 2026 ends on 2026-09-30, and 30 days later is
 * 2026-10-30.
 */
import { describe, expect, it } from 'vitest';
import { computeCoaching, cycleForDay, type Hint } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import type { Leader } from '../../src/schemas/index.ts';
import { checkIn, cycle, handover, kr, model, objective, team } from '../model-builder.ts';
import { english } from '../../src/i18n/index.ts';

const q2 = cycle('2026-q2', '2026-04-01', '2026-06-30');
const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30');
const q4 = cycle('2026-q4', '2026-10-01', '2026-12-31');
const year = cycle('2026', '2026-01-01', '2026-12-31');
const farid: Leader = { name: 'Farid', roles: ['motivator', 'supporter'] };
const nurul: Leader = { name: 'Nurul', roles: ['supporter'], from: '2026-08-01' };
const inQ3 = objective('2026-q3/t/o', 't', '2026-q3', [kr('a'), kr('b')]);
const inQ4 = objective('2026-q4/t/o', 't', '2026-q4', [kr('c'), kr('d')]);
// The team file: `leadership:` on line 5, Farid's item on line 6, Nurul's on line 8.
const withLeaders = (leadership: Leader[]) => team('t', { leadership, leadershipLines: [6, 8], lines: { leadership: 5 } });

function hintsOf(rule: string, parts: Partial<Parameters<typeof model>[0]>): Array<Omit<Hint, 'text'> & { message: string }> {
  const m = model({ asOf: '2026-09-01', cycles: [q3], teams: [withLeaders([farid, nurul])], objectives: [inQ3], ...parts });
  // The message in English is what these tests read.
  return computeCoaching(m, computeFigures(m)).hints.filter((h) => h.rule === rule).map(({ text, ...hint }) => ({ ...hint, message: english.say(text) }));
}

describe('handover-missing', () => {
  it('fires for a leader who starts after the first cycle began, with no note: team file, line of the item, the cycle containing `from`', () => {
    expect(hintsOf('handover-missing', {})).toEqual([
      {
        rule: 'handover-missing', file: 'teams/t.md', line: 8, team: 't', cycle: '2026-q3', target: 'leadership[1]', entry: null,
        message: 'Nurul began backing t on 2026-08-01, and the team has no handover note dated within 30 days of that day. What does the new leader need to know that is not written down?',
      },
    ]);
  });
  it('passes with a note up to 30 days either side, fires at 31', () => {
    expect(hintsOf('handover-missing', { handovers: [handover('t', '2026-08-31', ['Nurul'])] })).toHaveLength(0); // 08-01 + 30
    expect(hintsOf('handover-missing', { handovers: [handover('t', '2026-07-02', ['Nurul'])] })).toHaveLength(0); // 08-01 - 30
    expect(hintsOf('handover-missing', { asOf: '2026-09-05', handovers: [handover('t', '2026-09-01', ['Nurul'])] })).toHaveLength(1); // 31 days after
    expect(hintsOf('handover-missing', { teams: [withLeaders([farid, nurul]), team('other')], handovers: [handover('other', '2026-08-01', ['Nurul'])] })).toHaveLength(1); // another team's note
  });
  it('passes for a leader from the first day of the first cycle, or with no `from`', () => {
    expect(hintsOf('handover-missing', { teams: [withLeaders([farid, { ...nurul, from: '2026-07-01' }])] })).toHaveLength(0);
  });
  it('belongs to the first cycle with objectives after `from` when none contains it', () => {
    const late = { ...nurul, from: '2026-10-10' };
    expect(hintsOf('handover-missing', { asOf: '2026-10-20', cycles: [q3, q4], teams: [withLeaders([farid, late])], objectives: [inQ3, inQ4] })[0]).toMatchObject({ cycle: '2026-q4' });
    expect(cycleForDay([q3, q4], '2026-06-15')).toBe(q3);
    // Inside both a year and a quarter: the quarter.
    expect(cycleForDay([year, q3], '2026-08-01')).toBe(q3);
  });
});

describe('leader-not-met', () => {
  const present = (date: string, leaders: string[]) => checkIn('t', '2026-q3', date, [], { leadersPresent: leaders });
  it('fires once D + 30 is before the as-of date and no check-in in [D, D + 30] lists the leader', () => {
    expect(hintsOf('leader-not-met', { asOf: '2026-08-31' })).toHaveLength(0); // 08-31 is not before 08-31
    expect(hintsOf('leader-not-met', { asOf: '2026-09-01' })).toMatchObject([{ file: 'teams/t.md', line: 8, cycle: '2026-q3', target: 'leadership[1]' }]);
    expect(hintsOf('leader-not-met', { checkIns: [present('2026-08-20', ['Farid'])] })).toHaveLength(1); // another leader
    expect(hintsOf('leader-not-met', { asOf: '2026-09-02', checkIns: [present('2026-09-01', ['Nurul'])] })).toHaveLength(1); // day 31
  });
  it('passes when the leader joined a check-in within 30 days', () => {
    expect(hintsOf('leader-not-met', { checkIns: [present('2026-08-31', ['Farid', 'Nurul'])] })).toHaveLength(0);
    expect(hintsOf('leader-not-met', { checkIns: [present('2026-08-01', ['Nurul'])] })).toHaveLength(0);
  });
  it('passes when `from` is in no cycle in which the team has objectives', () => {
    expect(hintsOf('leader-not-met', { teams: [withLeaders([farid, { ...nurul, from: '2026-06-01' }])] })).toHaveLength(0);
  });
});

describe('mentor-after-first-cycle', () => {
  const mentor: Leader = { name: 'Mei Ling', roles: ['mentor'] };
  const team4 = (leaders: Leader[]) => [withLeaders([farid, ...leaders])];
  const inOctober = (date: string, leaders: string[]) => checkIn('t', '2026-q4', date, [], { leadersPresent: leaders });
  const parts = { cycles: [q3, q4], objectives: [inQ3, inQ4] };
  it('fires when the first cycle ended more than 30 days ago with no mentor at a check-in since: team file, line 1, the first cycle', () => {
    expect(hintsOf('mentor-after-first-cycle', { ...parts, asOf: '2026-10-30', teams: team4([mentor]) })).toHaveLength(0); // 30 days: not more
    expect(hintsOf('mentor-after-first-cycle', { ...parts, asOf: '2026-10-31', teams: team4([mentor]) })).toEqual([
      {
        rule: 'mentor-after-first-cycle', file: 'teams/t.md', line: 1, team: 't', cycle: '2026-q3', target: null, entry: null,
        message: "t's first cycle, 2026-q3, ended on 2026-09-30, and no check-in in the 30 days after it lists a leader in the mentor role. Has a mentor talked with the team about how its first cycle went?",
      },
    ]);
  });
  it('passes with a mentor at a check-in up to 30 days after the end; not with a supporter, a former mentor, or on day 31', () => {
    const asOf = '2026-11-15';
    expect(hintsOf('mentor-after-first-cycle', { ...parts, asOf, teams: team4([mentor]), checkIns: [inOctober('2026-10-30', ['Mei Ling'])] })).toHaveLength(0);
    expect(hintsOf('mentor-after-first-cycle', { ...parts, asOf, teams: team4([mentor]), checkIns: [inOctober('2026-10-31', ['Mei Ling'])] })).toHaveLength(1);
    expect(hintsOf('mentor-after-first-cycle', { ...parts, asOf, teams: team4([mentor]), checkIns: [inOctober('2026-10-15', ['Farid'])] })).toHaveLength(1);
    const former = { ...mentor, until: '2026-10-10' };
    expect(hintsOf('mentor-after-first-cycle', { ...parts, asOf, teams: team4([former]), checkIns: [inOctober('2026-10-15', ['Mei Ling'])] })).toHaveLength(1);
  });
});

describe('objective-carried-again', () => {
  const kept = (id: string, cycleId: string, carriedFrom: string | null) =>
    objective(id, 't', cycleId, [kr(`${cycleId}-a`), kr(`${cycleId}-b`)], { carriedFrom, lines: { title: 2, carried_from: 6 }, title: 'Keep volunteers' });
  const parts = { asOf: '2026-10-15', cycles: [q2, q3, q4] };
  it('fires on the third cycle in a row: the objective file at `carried_from`, its cycle', () => {
    const objectives = [kept('2026-q2/t/v', '2026-q2', null), kept('2026-q3/t/v', '2026-q3', '2026-q2/t/v'), kept('2026-q4/t/v', '2026-q4', '2026-q3/t/v')];
    expect(hintsOf('objective-carried-again', { ...parts, objectives })).toEqual([
      {
        rule: 'objective-carried-again', file: 'okrs/2026-q4/t/v.md', line: 6, team: 't', cycle: '2026-q4', target: 'carried_from', entry: '2026-q4/t/v',
        // Cycle names (the builder names a cycle by its id), never objective ids.
        message: '"Keep volunteers" continues an objective of 2026-q3, which was itself carried from 2026-q2: this is its third cycle in a row. Is this still the most important work, or a habit?',
      },
    ]);
  });
  it('passes when carried once', () => {
    const objectives = [kept('2026-q3/t/v', '2026-q3', null), kept('2026-q4/t/v', '2026-q4', '2026-q3/t/v')];
    expect(hintsOf('objective-carried-again', { ...parts, objectives })).toHaveLength(0);
  });
  it('coaching.disable switches it off', () => {
    const objectives = [kept('2026-q2/t/v', '2026-q2', null), kept('2026-q3/t/v', '2026-q3', '2026-q2/t/v'), kept('2026-q4/t/v', '2026-q4', '2026-q3/t/v')];
    expect(hintsOf('objective-carried-again', { ...parts, objectives, settings: { coaching: { disable: ['objective-carried-again'] } } })).toHaveLength(0);
  });
});
