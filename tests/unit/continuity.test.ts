/**
 * (v2) Lineage of carried objectives, handover notes of a cycle, containing
 * cycles, and what the scorecard JSON says about them (site.md, Scorecard JSON).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { scorecardJson } from '../../src/export/scorecard-json.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { alignmentTree, archiveOrder, carriedTo, childrenByCycle, containedCycles, containingCycles, handoversIn, lineageOf, scorecardContinuity } from '../../src/model/lineage.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';

afterAll(cleanContentRoots);

const cycleFile = (name: string, start: string, end: string) => `---\nname: ${name}\nstart: ${start}\nend: ${end}\n---\n`;
const objective = (cycle: string, extra = '') => `---
title: Keep the mid-market
team: sales
cycle: ${cycle}
${extra}key_results:
  - id: renewals-${cycle}
    title: Renewal rate
    baseline: 80
    target: 90
---
`;
const files = {
  'cycles/2026.md': cycleFile('2026', '2026-01-01', '2026-12-31'),
  'cycles/2026-q4.md': cycleFile('Q4 2026', '2026-10-01', '2026-12-31'),
  'cycles/2027-q1.md': cycleFile('Q1 2027', '2027-01-01', '2027-03-31'),
  'okrs/2026-q4/sales/keep.md': objective('2026-q4', 'carried_from: 2026-q3/sales/win-mid-market\n'),
  'okrs/2027-q1/sales/keep.md': objective('2027-q1', 'carried_from: 2026-q4/sales/keep\n'),
  'handovers/sales/2026-08-01.md': '---\nteam: sales\ndate: 2026-08-01\nfrom: [Farid Ismail]\nto: [Nurul Huda]\n---\nThe renewals list is in the shared drive.\n',
  'handovers/sales/2026-10-05.md': '---\nteam: sales\ndate: 2026-10-05\nto: [Siti Aminah]\nconfidential: true\n---\nSecret.\n',
};

describe('lineage', () => {
  const { model } = load(contentRoot(files), { asOf: '2027-02-01' });
  const q3 = model.objective('2026-q3/sales/win-mid-market')!;
  const q4 = model.objective('2026-q4/sales/keep')!;
  it('follows carried_from back and carried-to forward, oldest first', () => {
    expect(carriedTo(model, q3.id).map((o) => o.id)).toEqual(['2026-q4/sales/keep']);
    expect(lineageOf(model, q4).map((o) => o.id)).toEqual(['2026-q3/sales/win-mid-market', '2026-q4/sales/keep', '2027-q1/sales/keep']);
    expect(lineageOf(model, model.objective('2026-q3/company/grow')!).map((o) => o.id)).toEqual(['2026-q3/company/grow']);
  });
  it('knows which cycles contain which: the year holds Q3 and Q4, not Q1 2027', () => {
    expect(containingCycles(model, model.cycle('2026-q4')!).map((c) => c.id)).toEqual(['2026']);
    expect(containedCycles(model, model.cycle('2026')!).map((c) => c.id)).toEqual(['2026-q3', '2026-q4']);
    expect(containingCycles(model, model.cycle('2027-q1')!)).toEqual([]);
  });
  it('finds the handover notes dated in a cycle; a confidential one only with the opt-in', () => {
    expect(handoversIn(model, 'sales', model.cycle('2026-q3')!).map((h) => h.id)).toEqual(['sales/2026-08-01']);
    expect(handoversIn(model, 'sales', model.cycle('2026-q4')!)).toEqual([]);
    expect(handoversIn(model, 'sales', model.cycle('2026')!).map((h) => h.id)).toEqual(['sales/2026-08-01']);
    const withSecrets = load(contentRoot(files), { asOf: '2027-02-01', includeConfidential: true }).model;
    expect(handoversIn(withSecrets, 'sales', withSecrets.cycle('2026')!).map((h) => h.id)).toEqual(['sales/2026-08-01', 'sales/2026-10-05']);
  });
});

describe('scorecard JSON (v2)', () => {
  it('carries carriedFrom, carriedTo and the handover notes of the cycle', () => {
    const { model } = load(contentRoot(files), { asOf: '2027-02-01' });
    const figures = computeFigures(model);
    const json = (team: string, cycle: string) => scorecardJson(figures.scorecard(team, cycle)!, model.options.asOf, [], scorecardContinuity(model, team, model.cycle(cycle)!));
    expect(json('sales', '2026-q3').objectives.map((o) => [o.id, o.carriedFrom, o.carriedTo])).toEqual([['2026-q3/sales/win-mid-market', null, ['2026-q4/sales/keep']]]);
    expect(json('sales', '2026-q3').handovers).toEqual([{ id: 'sales/2026-08-01', date: '2026-08-01', from: ['Farid Ismail'], to: ['Nurul Huda'] }]);
    expect(json('sales', '2026-q4')).toMatchObject({ objectives: [{ carriedFrom: '2026-q3/sales/win-mid-market', carriedTo: ['2027-q1/sales/keep'] }], handovers: [] });
    expect(JSON.stringify(json('sales', '2026-q4'))).not.toContain('Siti Aminah');
  });
});

describe('pages of containing cycles', () => {
  const yearly = {
    ...files,
    'okrs/2026/company/lead-the-region.md': objective('2026').replace('team: sales', 'team: company').replace('Keep the mid-market', 'Lead the region'),
    'okrs/2026-q3/company/grow.md': '---\ntitle: Grow where we are strongest\nteam: company\ncycle: 2026-q3\nparent: 2026/company/lead-the-region\nkey_results:\n  - id: arr\n    title: ARR\n    baseline: 4\n    target: 5\n---\n',
  };
  const { model } = load(contentRoot(yearly), { asOf: '2026-08-15' });
  it("the quarter's alignment tree shows the yearly objective it serves above its own", () => {
    const { roots, childrenOf } = alignmentTree(model, model.cycle('2026-q3')!);
    expect(roots.map((o) => o.id)).toEqual(['2026/company/lead-the-region']);
    expect(childrenOf.get('2026/company/lead-the-region')!.map((o) => o.id)).toEqual(['2026-q3/company/grow']);
    expect(childrenOf.get('2026-q3/company/grow')!.map((o) => o.id)).toEqual(['2026-q3/sales/win-mid-market']);
    // Q4's tree holds only Q4's objectives: the yearly one has no child there.
    expect(alignmentTree(model, model.cycle('2026-q4')!).roots.map((o) => o.id)).toEqual(['2026-q4/sales/keep']);
  });
  it("the yearly objective's children are grouped by quarter", () => {
    expect(childrenByCycle(model, model.objective('2026/company/lead-the-region')!).map((g) => [g.cycle.id, g.objectives.map((o) => o.id)])).toEqual([['2026-q3', ['2026-q3/company/grow']]]);
  });
  it('the archive puts a year above its quarters, newest first', () => {
    const order = archiveOrder(model.cycles.map((cycle) => ({ cycle })));
    expect(order.map(({ item, depth }) => `${depth}:${item.cycle.id}`)).toEqual(['0:2027-q1', '0:2026', '1:2026-q4', '1:2026-q3']);
  });
});
