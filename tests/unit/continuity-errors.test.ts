/**
 * (v2) Errors of continuity: handover notes, `parent` across containing
 * cycles and `carried_from`, each on the small fixture broken in one place.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, errorLines, load } from '../helpers.ts';

afterAll(cleanContentRoots);

const HANDOVER = 'handovers/sales/2026-08-01.md';
const handover = (fields: string) => `---\nteam: sales\ndate: 2026-08-01\n${fields}---\nCall Daniel about the renewals.\n`;
const objective = (cycle: string, extra = '') => `---
title: Keep the mid-market
team: sales
cycle: ${cycle}
${extra}key_results:
  - id: renewals
    title: Renewal rate
    baseline: 80
    target: 90
---
`;
const cycleFile = (name: string, start: string, end: string) => `---\nname: ${name}\nstart: ${start}\nend: ${end}\n---\n`;

describe('handover notes', () => {
  it('a valid note loads, resolved against its team and objectives', () => {
    const root = contentRoot({ [HANDOVER]: handover('from: [Farid Ismail]\nto: [Nurul Huda]\nobjectives: [2026-q3/sales/win-mid-market]\n') });
    const { model, findings } = load(root);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(model.handovers).toMatchObject([{ id: 'sales/2026-08-01', team: 'sales', date: '2026-08-01', from: ['Farid Ismail'], to: ['Nurul Huda'], objectives: ['2026-q3/sales/win-mid-market'] }]);
  });

  it('a missing `to`, an unknown field and an unknown team', () => {
    expect(errorLines(contentRoot({ [HANDOVER]: handover('too: [Nurul Huda]\n').replace('team: sales', 'team: sale') }))).toMatchInlineSnapshot(`
      [
        "handovers/sales/2026-08-01.md:1: required: to: \`to\` is required; add a line \`to: ...\` (expected a list, e.g. \`[Aisha Rahman, Daniel Tan]\`)",
        "handovers/sales/2026-08-01.md:4: unknown-field: too: \`too\` is not a field of a handover note; did you mean \`to\`?",
      ]
    `);
  });

  it('an empty `to` and an unknown objective', () => {
    expect(errorLines(contentRoot({ [HANDOVER]: handover('to: []\n') }))).toMatchInlineSnapshot(`
      [
        "handovers/sales/2026-08-01.md:4: invalid-value: to: expected at least one incoming leader, e.g. \`to: [Nurul Huda]\`",
      ]
    `);
    expect(errorLines(contentRoot({ [HANDOVER]: handover('to: [Nurul Huda]\nobjectives:\n  - 2026-q3/sales/win-mid-markt\n') }))).toMatchInlineSnapshot(`
      [
        "handovers/sales/2026-08-01.md:6: unknown-reference: objectives[0]: there is no objective \`2026-q3/sales/win-mid-markt\` (did you mean \`2026-q3/sales/win-mid-market\`?); expected the path of an objective below okrs/ without extension",
      ]
    `);
  });

  it('two notes of one team on one day', () => {
    const note = handover('to: [Nurul Huda]\n');
    expect(errorLines(contentRoot({ [HANDOVER]: note, 'handovers/sales/2026-08-01-second.md': note }))).toMatchInlineSnapshot(`
      [
        "handovers/sales/2026-08-01.md:3: duplicate-handover: date: team sales already has a handover note on 2026-08-01 in \`handovers/sales/2026-08-01-second.md\`; keep one note per change of leaders and merge the two",
      ]
    `);
  });

  it('draft, confidential and after the as-of date leave a note out, counted', () => {
    const root = contentRoot({
      'handovers/sales/2026-07-01.md': handover('to: [A]\ndraft: true\n').replace('2026-08-01', '2026-07-01'),
      'handovers/sales/2026-07-15.md': handover('to: [B]\nconfidential: true\n').replace('2026-08-01', '2026-07-15'),
      'handovers/sales/2026-09-01.md': handover('to: [C]\n').replace('2026-08-01', '2026-09-01'),
      [HANDOVER]: handover('to: [D]\nobjectives: [2026-q3/sales/secret]\n'),
      'okrs/2026-q3/sales/secret.md': objective('2026-q3', 'confidential: true\n').replace(/renewals/g, 'secret-kr'),
    });
    const { model } = load(root, { asOf: '2026-08-15' });
    expect(model.handovers.map((h) => h.to)).toEqual([['D']]);
    // The confidential objective handed over leaves no trace.
    expect(model.handovers[0]!.objectives).toEqual([]);
    expect(model.leftOut).toMatchObject({ draft: 1, confidential: 2, afterAsOf: 1 });
    expect(load(root, { asOf: '2026-09-01', includeConfidential: true }).model.handovers.map((h) => h.to)).toEqual([['B'], ['D'], ['C']]);
  });
});

describe('parent in a containing cycle', () => {
  const year = { 'cycles/2026.md': cycleFile('2026', '2026-01-01', '2026-12-31') };
  const yearly = { 'okrs/2026/company/grow.md': objective('2026').replace('team: sales', 'team: company').replace(/renewals/g, 'arr') };
  it('a quarterly objective under a yearly one is fine', () => {
    expect(errorLines(contentRoot({ ...year, ...yearly, 'okrs/2026-q3/sales/keep.md': objective('2026-q3', 'parent: 2026/company/grow\n') }))).toEqual([]);
  });
  it('a parent in a cycle that does not contain this one', () => {
    const q4 = { 'cycles/2026-q4.md': cycleFile('Q4 2026', '2026-10-01', '2026-12-31') };
    const inQ4 = { 'okrs/2026-q4/company/grow.md': objective('2026-q4').replace('team: sales', 'team: company').replace(/renewals/g, 'arr') };
    expect(errorLines(contentRoot({ ...q4, ...inQ4, 'okrs/2026-q3/sales/keep.md': objective('2026-q3', 'parent: 2026-q4/company/grow\n') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/keep.md:5: parent-cycle: parent: the parent \`2026-q4/company/grow\` belongs to cycle 2026-q4 (2026-10-01 to 2026-12-31), which does not contain 2026-q3 (2026-07-01 to 2026-09-30); a parent is in the same cycle or in one that contains it (a year above its quarters): choose a parent of such a cycle, or remove \`parent\`",
      ]
    `);
    // A yearly objective cannot hang under a quarterly one either.
    expect(errorLines(contentRoot({ ...year, 'okrs/2026/company/keep.md': objective('2026', 'parent: 2026-q3/company/grow\n').replace('team: sales', 'team: company') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026/company/keep.md:5: parent-cycle: parent: the parent \`2026-q3/company/grow\` belongs to cycle 2026-q3 (2026-07-01 to 2026-09-30), which does not contain 2026 (2026-01-01 to 2026-12-31); a parent is in the same cycle or in one that contains it (a year above its quarters): choose a parent of such a cycle, or remove \`parent\`",
      ]
    `);
  });
});

describe('carried_from', () => {
  const q4 = { 'cycles/2026-q4.md': cycleFile('Q4 2026', '2026-10-01', '2026-12-31') };
  it('an objective carried from an earlier cycle resolves', () => {
    const root = contentRoot({ ...q4, 'okrs/2026-q4/sales/keep.md': objective('2026-q4', 'carried_from: 2026-q3/sales/win-mid-market\n') });
    const { model, findings } = load(root);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(model.objective('2026-q4/sales/keep')!.carriedFrom).toBe('2026-q3/sales/win-mid-market');
  });
  it('unknown', () => {
    expect(errorLines(contentRoot({ ...q4, 'okrs/2026-q4/sales/keep.md': objective('2026-q4', 'carried_from: 2026-q3/sales/win-mid-markt\n') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q4/sales/keep.md:5: unknown-reference: carried_from: there is no objective \`2026-q3/sales/win-mid-markt\` (did you mean \`2026-q3/sales/win-mid-market\`?); expected the path of an objective below okrs/ without extension",
      ]
    `);
  });
  it('not earlier: the same cycle, or a later one', () => {
    expect(errorLines(contentRoot({ 'okrs/2026-q3/sales/keep.md': objective('2026-q3', 'carried_from: 2026-q3/sales/win-mid-market\n') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/keep.md:5: carried-not-earlier: carried_from: \`2026-q3/sales/win-mid-market\` is in cycle 2026-q3, which starts on 2026-07-01, not before 2026-q3 (starts 2026-07-01); an objective is carried from an earlier cycle: name the objective it continues, or remove \`carried_from\`",
      ]
    `);
  });
  it('a loop of carries', () => {
    expect(
      errorLines(
        contentRoot({
          ...q4,
          'okrs/2026-q4/sales/keep.md': objective('2026-q4', 'carried_from: 2026-q3/sales/keep\n'),
          'okrs/2026-q3/sales/keep.md': objective('2026-q3', 'carried_from: 2026-q4/sales/keep\n').replace(/renewals/g, 'renewal-rate'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/keep.md:5: carried-not-earlier: carried_from: \`2026-q4/sales/keep\` is in cycle 2026-q4, which starts on 2026-10-01, not before 2026-q3 (starts 2026-07-01); an objective is carried from an earlier cycle: name the objective it continues, or remove \`carried_from\`",
        "okrs/2026-q3/sales/keep.md:5: carry-loop: carried_from: the carry-over loops: 2026-q3/sales/keep <- 2026-q4/sales/keep <- 2026-q3/sales/keep; an objective cannot continue itself, remove one \`carried_from\`",
      ]
    `);
  });
  it('a confidential source reads as no carry-over', () => {
    const root = contentRoot({
      ...q4,
      'okrs/2026-q3/sales/secret.md': objective('2026-q3', 'confidential: true\n').replace(/renewals/g, 'secret-kr'),
      'okrs/2026-q4/sales/keep.md': objective('2026-q4', 'carried_from: 2026-q3/sales/secret\n'),
    });
    expect(load(root).model.objective('2026-q4/sales/keep')!.carriedFrom).toBeNull();
    expect(load(root, { includeConfidential: true }).model.objective('2026-q4/sales/keep')!.carriedFrom).toBe('2026-q3/sales/secret');
  });
});
