/** Invariants of the figures over random models (fast-check). */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/index.ts';
import { scorecardJson } from '../../src/export/scorecard-json.ts';
import { addDays } from '../../src/lib/dates.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const keyResultArb = fc.oneof(
  fc.record({ kind: fc.constant('metric' as const), baseline: fc.integer({ min: -1000, max: 1000 }), delta: fc.integer({ min: -500, max: 500 }).filter((d) => d !== 0), weight: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constantFrom('stay-above' as const, 'stay-below' as const), baseline: fc.constant(0), delta: fc.integer({ min: -100, max: 100 }), weight: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('milestone' as const), baseline: fc.constant(0), delta: fc.constant(1), weight: fc.integer({ min: 1, max: 5 }) }),
);

const scenarioArb = fc.record({
  length: fc.integer({ min: 1, max: 200 }),
  asOfOffset: fc.integer({ min: -30, max: 260 }),
  everyDays: fc.integer({ min: 1, max: 21 }),
  everyMonths: fc.integer({ min: 1, max: 4 }),
  objectives: fc.array(fc.record({ weight: fc.double({ min: 0.1, max: 5, noNaN: true }), committed: fc.boolean(), keyResults: fc.array(keyResultArb, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
  checkIns: fc.array(fc.record({ day: fc.integer({ min: 0, max: 199 }), value: fc.integer({ min: -2000, max: 2000 }), confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true })), leaders: fc.boolean() }), { maxLength: 30 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const start = '2026-03-10';
  const end = addDays(start, s.length - 1);
  const objectives = s.objectives.map((o, i) =>
    objective(`o${i}`, 't', 'c', o.keyResults.map((k, j) => kr(`k${i}-${j}`, k.kind === 'milestone' ? { kind: 'milestone', baseline: undefined, target: undefined, weight: k.weight } : { kind: k.kind, baseline: k.kind === 'metric' ? k.baseline : undefined, target: k.baseline + k.delta, weight: k.weight })), { weight: o.weight, type: o.committed ? 'committed' : 'aspirational' }),
  );
  const ids = objectives.flatMap((o) => o.keyResults);
  const seen = new Set<string>();
  const checkIns = s.checkIns
    .filter((c) => c.day < s.length)
    .map((c) => ({ ...c, date: addDays(start, c.day) }))
    .filter((c) => !seen.has(c.date) && seen.add(c.date))
    .map((c, i) => {
      const target = ids[i % ids.length]!;
      const value = target.kind === 'milestone' ? c.value > 0 : c.value;
      return checkIn('t', 'c', c.date, [{ kr: target.id, value, ...(c.confidence !== null ? { confidence: c.confidence } : {}) }], { leadersPresent: c.leaders ? ['L'] : [] });
    });
  return model({
    asOf: addDays(start, s.asOfOffset),
    cycles: [cycle('c', start, end)],
    teams: [team('t')],
    objectives,
    checkIns,
    settings: { checkins: { every_days: s.everyDays }, leadership: { every_months: s.everyMonths } },
  });
}

describe('figure invariants', () => {
  it('scores stay in [0, 1]; a team score lies between its objectives; covered <= due', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const card = computeFigures(build(s)).scorecard('t', 'c')!;
        for (const o of card.objectives) {
          expect(o.score).toBeGreaterThanOrEqual(0);
          expect(o.score).toBeLessThanOrEqual(1);
          for (const k of o.keyResults) {
            expect(k.score).toBeGreaterThanOrEqual(0);
            expect(k.score).toBeLessThanOrEqual(1);
          }
        }
        const scores = card.objectives.map((o) => o.score);
        expect(card.score).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-12);
        expect(card.score).toBeLessThanOrEqual(Math.max(...scores) + 1e-12);
        const d = card.discipline;
        expect(d.covered).toBeLessThanOrEqual(d.due);
        expect(d.missed).toHaveLength(d.due - d.covered);
        expect(d.leadership.covered).toBeLessThanOrEqual(d.leadership.due);
        expect(card.pace.expected).toBeGreaterThanOrEqual(0);
        expect(card.pace.expected).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('never shows a status that contradicts the cycle state, a grade before the end (v3), or a done key result as stale', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const card = computeFigures(build(s)).scorecard('t', 'c')!;
        const state = card.pace.state;
        const allowed = { upcoming: ['upcoming'], closed: ['done', 'ended'], active: ['done', 'on-track', 'at-risk', 'off-track', 'stale'] }[state];
        const results = [card, ...card.objectives, ...card.objectives.flatMap((o) => o.keyResults)];
        for (const r of results) {
          expect(allowed).toContain(r.status);
          expect(r.grade === null).toBe(state !== 'closed');
          // done means the whole target, with no more than 1e-12 forgiven
          expect(r.status === 'done').toBe(state !== 'upcoming' && r.score >= 1 - 1e-12);
        }
        // (v3) a done key result is never stale
        for (const k of card.objectives.flatMap((o) => o.keyResults)) expect(k.stale && k.score >= 1 - 1e-12).toBe(false);
        // stale is said of key results only
        for (const r of [card, ...card.objectives]) expect(r.status).not.toBe('stale');
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result in any time zone', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const results = ['Etc/GMT+12', 'UTC', 'Pacific/Kiritimati'].map((tz) => {
          process.env.TZ = tz;
          const m = build(s);
          return JSON.stringify(scorecardJson(computeFigures(m).scorecard('t', 'c')!, m.options.asOf));
        });
        expect(results[1]).toBe(results[0]);
        expect(results[2]).toBe(results[0]);
      }),
      { numRuns: 100 },
    );
  });
});
