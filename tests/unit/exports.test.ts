/** The scorecard JSON and the cycle CSV from content on disk, left-out entries and all. */
import { afterAll, describe, expect, it } from 'vitest';
import { cycleCsv, csvField } from '../../src/export/cycle-csv.ts';
import { scorecardJson } from '../../src/export/scorecard-json.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';

afterAll(cleanContentRoots);

const extra = {
  'okrs/2026-q3/sales/secret.md': `---
title: Close the "Orchid", deal
team: sales
cycle: 2026-q3
confidential: true
key_results:
  - id: orchid
    title: Orchid signed
    kind: milestone
---
`,
  'checkins/2026-q3/sales/2026-07-20.md': `---
team: sales
date: 2026-07-20
leaders_present: [Farid Ismail]
updates:
  - kr: orchid
    value: true
  - kr: new-mrr
    value: 140000
actions:
  - title: Send the Orchid contract
    kr: orchid
    status: done
  - title: Price the renewal bundle
    kr: new-mrr
    status: done
  - title: Clean up the CRM
---
`,
  'checkins/2026-q3/sales/2026-08-20.md': `---
team: sales
date: 2026-08-20
updates:
  - kr: new-mrr
    value: 150000
---
After the as-of date.
`,
};

describe('scorecard JSON', () => {
  it('matches the spec for the fixture, without the confidential objective', () => {
    const { model } = load(contentRoot(extra), { asOf: '2026-08-15' });
    const card = computeFigures(model).scorecard('sales', '2026-q3')!;
    const json = scorecardJson(card, model.options.asOf);
    expect(json.objectives.map((o) => o.id)).toEqual(['2026-q3/sales/win-mid-market']);
    // new-mrr: latest update on or before 2026-08-15 is 140000 (07-20); the 08-20 one is after the as-of date
    const mrr = json.objectives[0]!.keyResults[0]!;
    expect(mrr).toMatchObject({ current: 140000, lastUpdate: '2026-07-20', confidence: 0.6, measured: true, stale: true });
    expect(mrr.progress).toBeCloseTo(20000 / 37000, 12);
    expect(mrr.history.map((h) => h.date)).toEqual(['2026-07-06', '2026-07-13', '2026-07-20']);
    // the action on the confidential key result is dropped: 2 (07-06) + 2 (07-20)
    expect(json.discipline.actions).toEqual({ total: 4, linked: 2, done: 1 });
    // July window covered by leaders on 07-06 and 07-20; August not due yet
    expect(json.discipline.leadership).toEqual({ due: 1, covered: 1, rate: 1 });
    // periods due: p0..p5; covered: p0 (07-06), p1 (07-13), p2 (07-20)
    expect(json.discipline).toMatchObject({ due: 6, covered: 3, rate: 0.5, missed: ['2026-07-22', '2026-07-29', '2026-08-05'], streak: 0 });
    expect(json.checkins).toEqual([
      { id: '2026-q3/sales/2026-07-20', date: '2026-07-20', leadersPresent: ['Farid Ismail'] },
      { id: '2026-q3/sales/2026-07-13', date: '2026-07-13', leadersPresent: [] },
      { id: '2026-q3/sales/2026-07-06', date: '2026-07-06', leadersPresent: ['Farid Ismail'] },
    ]);
    expect(JSON.stringify(json)).not.toMatch(/orchid/i);
    expect(Object.keys(json)).toEqual(['team', 'teamName', 'cycle', 'cycleName', 'start', 'end', 'asOf', 'state', 'expected', 'score', 'grade', 'status', 'objectives', 'discipline', 'hints', 'checkins', 'overdue', 'review', 'handovers', 'health']);
  });

  it('includes the confidential objective and its updates with the opt-in', () => {
    const { model } = load(contentRoot(extra), { asOf: '2026-08-15', includeConfidential: true });
    const json = scorecardJson(computeFigures(model).scorecard('sales', '2026-q3')!, model.options.asOf);
    expect(json.objectives.map((o) => o.id)).toEqual(['2026-q3/sales/secret', '2026-q3/sales/win-mid-market']);
    expect(json.objectives[0]!.keyResults[0]).toMatchObject({ current: true, score: 1, status: 'done', history: [{ date: '2026-07-20', value: true, confidence: null }] });
    expect(json.discipline.actions).toEqual({ total: 5, linked: 3, done: 2 });
  });
});

describe('cycle CSV', () => {
  it('quotes fields with a comma, a quote or a line break (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(false)).toBe('false');
  });

  it('has one row per key result under the exact header', () => {
    const { model } = load(contentRoot(extra), { asOf: '2026-08-15', includeConfidential: true });
    const csv = cycleCsv(computeFigures(model).cycle('2026-q3')!);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('team,objective,objective_title,kr,kr_title,kind,unit,baseline,target,current,progress,score,status,grade,confidence,last_update');
    expect(lines).toHaveLength(8); // header, arr, orchid, 4 sales key results, final empty
    expect(lines[2]).toBe('sales,2026-q3/sales/secret,"Close the ""Orchid"", deal",orchid,Orchid signed,milestone,,,,true,1,1,done,green,,2026-07-20');
    expect(lines[3]).toBe(`sales,2026-q3/sales/win-mid-market,Win the mid-market,new-mrr,New monthly recurring revenue,metric,MYR,120000,157000,140000,${20000 / 37000},${20000 / 37000},stale,yellow,0.6,2026-07-20`); // 0.54 >= 0.4: yellow; last update 26 days before A > 14: stale (v2), not on-track
    expect(lines.at(-1)).toBe('');
  });
});

describe('exports by cycle state (v2)', () => {
  it('gives no grade before the cycle starts: null in JSON, empty in CSV', () => {
    // A = 2026-06-15 < S = 2026-07-01: upcoming; every check-in is after A
    const { model } = load(contentRoot(extra), { asOf: '2026-06-15' });
    const result = computeFigures(model).cycle('2026-q3')!;
    const json = scorecardJson(result.scorecards.find((c) => c.team.id === 'sales')!, model.options.asOf);
    expect(json).toMatchObject({ state: 'upcoming', expected: 0, score: 0, grade: null, status: 'upcoming' });
    for (const o of json.objectives) {
      expect([o.grade, o.status]).toEqual([null, 'upcoming']);
      for (const k of o.keyResults) expect([k.grade, k.status, k.stale]).toEqual([null, 'upcoming', false]);
    }
    const rows = cycleCsv(result).split('\r\n').slice(1, -1);
    expect(rows.length).toBeGreaterThan(0);
    // status and grade are the 13th and 14th columns: "upcoming" and nothing
    for (const row of rows) expect(row).toMatch(/,upcoming,,[^,]*,$/);
  });

  it('says done or ended after the end, with the grade as the verdict', () => {
    const { model } = load(contentRoot(extra), { asOf: '2026-10-15', includeConfidential: true });
    const json = scorecardJson(computeFigures(model).scorecard('sales', '2026-q3')!, model.options.asOf);
    expect(json.state).toBe('closed');
    const statuses = json.objectives.flatMap((o) => [o.status, ...o.keyResults.map((k) => k.status)]);
    expect(statuses.every((status) => status === 'done' || status === 'ended')).toBe(true);
    // the Orchid milestone is true: done, green
    expect(json.objectives[0]!.keyResults[0]).toMatchObject({ status: 'done', grade: 'green', stale: false });
    // new-mrr: 150000 (08-20) -> (150000 - 120000) / 37000 = 0.81: ended, green
    expect(json.objectives[1]!.keyResults[0]).toMatchObject({ current: 150000, status: 'ended', grade: 'green' });
  });
});
