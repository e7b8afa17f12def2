/** Each coaching rule at its edges: a case that fires and one that does not. */
import { describe, expect, it } from 'vitest';
import { computeCoaching, guidePagesFor, hasNumberOtherThanYear, RULES, startsWithOutputVerb, type Hint } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { loadModel } from '../../src/model/index.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';
import { projectRoot } from '../helpers.ts';
import path from 'node:path';
import { english } from '../../src/i18n/index.ts';

const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30');
const leader = { name: 'Farid', roles: ['supporter' as const] };
const goodObjective = (id: string, keyResults = [kr('a', { title: 'Revenue' }), kr('b', { title: 'Churn' })], extra = {}) =>
  objective(id, 't', '2026-q3', keyResults, { owner: 'Aisha', whyNow: 'Because.', behaviors: ['Call back'], ...extra });

function hintsOf(parts: Partial<Parameters<typeof model>[0]> & { objectives: ReturnType<typeof objective>[] }, rule: string): Hint[] {
  const m = model({ asOf: '2026-07-02', cycles: [q3], teams: [team('t', { leadership: [leader] })], checkIns: [], ...parts });
  return computeCoaching(m, computeFigures(m)).hints.filter((h) => h.rule === rule);
}

describe('kr-output', () => {
  it('fires on a milestone and on a title starting with an output verb', () => {
    expect(hintsOf({ objectives: [goodObjective('o', [kr('a', { title: 'Portal', kind: 'milestone', baseline: undefined, target: undefined }), kr('b')])] }, 'kr-output')).toHaveLength(1);
    expect(hintsOf({ objectives: [goodObjective('o', [kr('a', { title: 'Launch the partner portal' }), kr('b')])] }, 'kr-output')[0]).toMatchObject({ target: 'a', file: 'okrs/o.md' });
  });
  it('does not fire on a value measure or a verb inside a word', () => {
    expect(startsWithOutputVerb('Revenue from new customers')).toBe(false);
    expect(startsWithOutputVerb('Runway in months')).toBe(false); // "run" is not "runway"
    expect(startsWithOutputVerb('Reviewed contracts share')).toBe(false);
    expect(startsWithOutputVerb('Count SOP violations')).toBe(true);
    expect(startsWithOutputVerb('“Hold” four workshops')).toBe(true);
  });
  it('adds coaching.output_verbs to the built-in list', () => {
    expect(startsWithOutputVerb('Migrate every customer', ['migrate'])).toBe(true);
    expect(startsWithOutputVerb('Set up the data room', ['set up'])).toBe(true);
  });
});

describe('kr-count', () => {
  const n = (count: number) => Array.from({ length: count }, (_, i) => kr(`k${i}`, { title: `Measure ${i}` }));
  it('fires below 2 and above 5, not at exactly 2 or 5', () => {
    expect(hintsOf({ objectives: [goodObjective('o', n(1))] }, 'kr-count')).toHaveLength(1);
    expect(hintsOf({ objectives: [goodObjective('o', n(2))] }, 'kr-count')).toHaveLength(0);
    expect(hintsOf({ objectives: [goodObjective('o', n(5))] }, 'kr-count')).toHaveLength(0);
    expect(hintsOf({ objectives: [goodObjective('o', n(6))] }, 'kr-count')).toHaveLength(1);
  });
  it('honours the limits of site.yaml', () => {
    expect(hintsOf({ objectives: [goodObjective('o', n(6))], settings: { coaching: { max_key_results: 6 } } }, 'kr-count')).toHaveLength(0);
  });
});

describe('objective-count', () => {
  it('fires above max_objectives, on the team file, line 1', () => {
    // Key-result ids are unique within a team and cycle (the resolver refuses a repeat).
    const six = Array.from({ length: 6 }, (_, i) => goodObjective(`o${i}`, [kr(`a${i}`, { title: 'Revenue' }), kr(`b${i}`, { title: 'Churn' })]));
    expect(hintsOf({ objectives: six.slice(0, 5) }, 'objective-count')).toHaveLength(0);
    expect(hintsOf({ objectives: six }, 'objective-count')[0]).toMatchObject({ file: 'teams/t.md', line: 1, target: null });
  });
});

describe('objective fields', () => {
  it('fire on a missing why_now, behaviors and owner', () => {
    const bare = objective('o', 't', '2026-q3', [kr('a'), kr('b')]);
    expect(hintsOf({ objectives: [bare] }, 'objective-why-now')[0]).toMatchObject({ target: 'why_now' });
    expect(hintsOf({ objectives: [bare] }, 'objective-behaviors')[0]).toMatchObject({ target: 'behaviors' });
    expect(hintsOf({ objectives: [bare] }, 'objective-owner')[0]).toMatchObject({ target: 'owner' });
    for (const rule of ['objective-why-now', 'objective-behaviors', 'objective-owner']) expect(hintsOf({ objectives: [goodObjective('o')] }, rule)).toHaveLength(0);
  });
  it('objective-numbers: a four-digit year is fine, other numbers are not', () => {
    expect(hasNumberOtherThanYear('Win the mid-market in 2026')).toBe(false);
    expect(hasNumberOtherThanYear('Our best Q3 yet')).toBe(false);
    expect(hasNumberOtherThanYear('Reach 99% accuracy')).toBe(true);
    expect(hasNumberOtherThanYear('Grow to 5000 customers')).toBe(true);
    expect(hasNumberOtherThanYear('Three times 2.5 faster')).toBe(true);
    expect(hintsOf({ objectives: [goodObjective('o', undefined, { title: 'Double revenue to 2 million' })] }, 'objective-numbers')).toHaveLength(1);
  });
});

describe('discipline and leadership rules', () => {
  it('checkin-missed fires once a period ends without a check-in', () => {
    expect(hintsOf({ asOf: '2026-07-07', objectives: [goodObjective('o')] }, 'checkin-missed')).toHaveLength(0); // period 0 ends on 07-07: not due yet
    expect(hintsOf({ asOf: '2026-07-08', objectives: [goodObjective('o')] }, 'checkin-missed')[0]).toMatchObject({ file: 'teams/t.md', line: 1 });
    expect(hintsOf({ asOf: '2026-07-08', objectives: [goodObjective('o')], checkIns: [checkIn('t', '2026-q3', '2026-07-03')] }, 'checkin-missed')).toHaveLength(0);
  });
  it('leadership-absent fires when a due month had no leader present', () => {
    const withLeaders = checkIn('t', '2026-q3', '2026-07-03', [], { leadersPresent: ['Farid'] });
    expect(hintsOf({ asOf: '2026-08-02', objectives: [goodObjective('o')], checkIns: [checkIn('t', '2026-q3', '2026-07-03')] }, 'leadership-absent')).toHaveLength(1);
    expect(hintsOf({ asOf: '2026-08-02', objectives: [goodObjective('o')], checkIns: [withLeaders] }, 'leadership-absent')).toHaveLength(0);
    // v2: only due windows that were not covered; August (in progress) is covered by a leader on 08-01, July was not
    const august = checkIn('t', '2026-q3', '2026-08-01', [], { leadersPresent: ['Farid'] });
    const [gap] = hintsOf({ asOf: '2026-08-02', objectives: [goodObjective('o')], checkIns: [checkIn('t', '2026-q3', '2026-07-03'), august] }, 'leadership-absent');
    expect(english.say(gap!.text)).toMatchInlineSnapshot(`"No leader joined a check-in of t in 1 month of 2026-q3 that has ended. Has leadership joined a check-in this month?"`);
    // the month in progress is never blamed before it ends
    expect(hintsOf({ asOf: '2026-07-30', objectives: [goodObjective('o')], checkIns: [checkIn('t', '2026-q3', '2026-07-03')] }, 'leadership-absent')).toHaveLength(0);
  });
  it('says one period, not "1 periods"', () => {
    const [missed] = hintsOf({ asOf: '2026-07-08', objectives: [goodObjective('o')] }, 'checkin-missed');
    expect(english.say(missed!.text)).toMatchInlineSnapshot(`"t missed 1 check-in period in 2026-q3 (starting 2026-07-01). Is there a fixed day and time for the check-in?"`);
  });
  it('team-no-leadership fires when no entry overlaps the cycle', () => {
    const ended = team('t', { leadership: [{ name: 'Marcus', roles: ['supporter'], until: '2026-06-30' }] });
    const overlapping = team('t', { leadership: [{ name: 'Marcus', roles: ['supporter'], until: '2026-07-01' }] });
    expect(hintsOf({ teams: [ended], objectives: [goodObjective('o')] }, 'team-no-leadership')).toHaveLength(1);
    expect(hintsOf({ teams: [overlapping], objectives: [goodObjective('o')] }, 'team-no-leadership')).toHaveLength(0);
    expect(hintsOf({ teams: [team('t')], objectives: [goodObjective('o')] }, 'team-no-leadership')).toHaveLength(1);
  });
});

describe('key-result rules', () => {
  it('kr-stale fires in an active cycle only', () => {
    expect(hintsOf({ asOf: '2026-07-15', objectives: [goodObjective('o')] }, 'kr-stale')).toHaveLength(2); // e = 15 > 14
    expect(hintsOf({ asOf: '2026-07-14', objectives: [goodObjective('o')] }, 'kr-stale')).toHaveLength(0);
  });
  it('kr-no-confidence fires when updates never give a confidence', () => {
    const updates = (confidence?: number) => [checkIn('t', '2026-q3', '2026-07-01', [{ kr: 'a', value: 3, ...(confidence !== undefined ? { confidence } : {}) }])];
    expect(hintsOf({ objectives: [goodObjective('o')], checkIns: updates() }, 'kr-no-confidence')).toMatchObject([{ target: 'a' }]);
    expect(hintsOf({ objectives: [goodObjective('o')], checkIns: updates(0.5) }, 'kr-no-confidence')).toHaveLength(0);
  });
  it('kr-too-easy fires on a first confidence of exactly 0.9, not 0.89, and not for committed objectives', () => {
    const first = (confidence: number) => [checkIn('t', '2026-q3', '2026-07-01', [{ kr: 'a', value: 1, confidence }]), checkIn('t', '2026-q3', '2026-07-02', [{ kr: 'a', value: 2, confidence: 0.5 }])];
    expect(hintsOf({ objectives: [goodObjective('o')], checkIns: first(0.9) }, 'kr-too-easy')).toHaveLength(1);
    expect(hintsOf({ objectives: [goodObjective('o')], checkIns: first(0.89) }, 'kr-too-easy')).toHaveLength(0);
    expect(hintsOf({ objectives: [goodObjective('o', undefined, { type: 'committed' })], checkIns: first(0.95) }, 'kr-too-easy')).toHaveLength(0);
  });
  it('kr-too-easy fires when the target is reached before the middle of the cycle', () => {
    // L = 92: x of 2026-08-14 is 45/92 < 0.5; x of 2026-08-15 is 46/92 = 0.5, not the first half
    const reached = (date: string) => [checkIn('t', '2026-q3', date, [{ kr: 'a', value: 10 }])];
    expect(hintsOf({ asOf: '2026-09-01', objectives: [goodObjective('o')], checkIns: reached('2026-08-14') }, 'kr-too-easy')).toHaveLength(1);
    expect(hintsOf({ asOf: '2026-09-01', objectives: [goodObjective('o')], checkIns: reached('2026-08-15') }, 'kr-too-easy')).toHaveLength(0);
  });
  it('action-unlinked names the check-in file', () => {
    const withActions = checkIn('t', '2026-q3', '2026-07-01', [], { actions: [{ title: 'Linked', kr: 'a', status: 'todo' }, { title: 'Loose', status: 'todo' }] });
    expect(hintsOf({ objectives: [goodObjective('o')], checkIns: [withActions] }, 'action-unlinked')).toMatchObject([{ file: 'checkins/2026-q3/t/2026-07-01.md', target: 'actions[1]' }]);
  });
});

describe('settings', () => {
  it('coaching.disable switches a rule off', () => {
    expect(hintsOf({ objectives: [objective('o', 't', '2026-q3', [kr('a'), kr('b')])], settings: { coaching: { disable: ['objective-owner'] } } }, 'objective-owner')).toHaveLength(0);
  });
});

describe('the catalogue and the default handbook', () => {
  const { model: example } = loadModel({ contentRoot: path.join(projectRoot, 'content'), asOf: '2026-11-25', includeConfidential: false });
  it('has every rule of scoring.md with a question and an explaining guide page', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(
      ['action-unlinked', 'checkin-missed', 'kr-count', 'kr-no-confidence', 'kr-output', 'kr-stale', 'kr-too-easy', 'leadership-absent', 'objective-behaviors', 'objective-count', 'objective-numbers', 'objective-output', 'objective-owner', 'objective-why-now', 'team-no-leadership', 'handover-missing', 'leader-not-met', 'mentor-after-first-cycle', 'objective-carried-again', 'kr-business-as-usual', 'health-breached'].sort(),
    );
    for (const rule of RULES) {
      expect(english.rule(rule.id)!.question, rule.id).toMatch(/\?|\.$/);
      expect(guidePagesFor(rule.id, example).length, rule.id).toBeGreaterThan(0);
      expect(example.guide.some((p) => p.id === rule.guide), rule.id).toBe(true);
    }
  });
});
