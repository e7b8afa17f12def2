import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planImport, readRows, writeImport, type ImportOptions } from '../../src/cli/import.ts';
import { cycleCsv } from '../../src/export/cycle-csv.ts';
import { computeFigures } from '../../src/figures/index.ts';
import type { Model } from '../../src/model/index.ts';
import { cleanContentRoots, contentRoot, errorLines, load, projectRoot } from '../helpers.ts';

afterAll(cleanContentRoots);

/** Imports CSV text into a content root the way the command does; returns the files written, relative to the root. */
function importCsv(root: string, csv: string | Uint8Array, options: Partial<ImportOptions> = {}): string[] {
  const { model } = load(root);
  const bytes = typeof csv === 'string' ? new TextEncoder().encode(csv) : csv;
  const files = planImport(readRows(bytes, 'okrs.csv'), 'okrs.csv', { createMissing: false, ...options }, model);
  return writeImport(model.options, files).map((file) => path.relative(root, file).split(path.sep).join('/'));
}

/** Objectives and key results as far as the cycle CSV carries them. */
const carried = (model: Model, cycle: string) =>
  model.objectives
    .filter((o) => o.cycle === cycle)
    .map((o) => ({ id: o.id, title: o.title, team: o.team, cycle: o.cycle, keyResults: o.keyResults.map((k) => ({ id: k.id, title: k.title, kind: k.kind, unit: k.unit, baseline: k.baseline, target: k.target })) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

/** Every file below a folder, relative to it. */
const filesBelow = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();

describe('import csv', () => {
  it('round-trips the example: each cycle CSV imported into an empty root gives the same objectives and key results', () => {
    const { model } = load(path.join(projectRoot, 'content'), { asOf: '2026-12-31' });
    const figures = computeFigures(model);
    const root = contentRoot({}, '');
    let objectives = 0;
    for (const cycle of model.cycles) {
      const csv = cycleCsv(figures.cycle(cycle.id)!);
      const written = importCsv(root, csv, { cycle: cycle.id, createMissing: true, start: cycle.start, end: cycle.end });
      expect(written).toContain(`cycles/${cycle.id}.md`);
      objectives += written.filter((f) => f.startsWith('okrs/')).length;
    }
    const imported = load(root, { asOf: '2026-12-31' });
    expect(imported.findings.filter((f) => f.level === 'error')).toEqual([]);
    for (const cycle of model.cycles) expect(carried(imported.model, cycle.id)).toEqual(carried(model, cycle.id));
    expect(objectives).toBe(model.objectives.length);
    expect(objectives).toBeGreaterThan(10);
  });

  it('reads a spreadsheet export: BOM, CRLF, quoted commas and quotes, a line break in a cell, UTF-8 names, extra columns, headers in any case', () => {
    const root = contentRoot();
    const csv =
      '\uFEFFTeam,Objective_Title,KR,KR_Title,Kind,Unit,Baseline,Target,Owner\r\n' +
      'sales,"Tawan pasaran ""mid-market"", akhirnya",mrr-2,"Hasil baharu, bulanan (RM)",,RM,"120000",157000.5,Siti Nurhaliza\r\n' +
      'sales,"Tawan pasaran ""mid-market"", akhirnya",portal-2,"Portal rakan kongsi\ndilancarkan",milestone,,,,\r\n' +
      ',,,,,,,,\r\n' +
      'sales,客户满意度,nps-2,Skor NPS kekal di atas 40,stay-above,,,40,\r\n';
    const written = importCsv(root, csv, { cycle: '2026-q3' });
    expect(written).toEqual(['okrs/2026-q3/sales/tawan-pasaran-mid-market-akhirnya.md', 'okrs/2026-q3/sales/objective.md']);
    expect(readFileSync(path.join(root, written[0]!), 'utf8')).toMatchInlineSnapshot(`
      "---
      title: Tawan pasaran "mid-market", akhirnya
      team: sales
      cycle: 2026-q3
      key_results:
        - id: mrr-2
          title: Hasil baharu, bulanan (RM)
          unit: RM
          baseline: 120000
          target: 157000.5
        - id: portal-2
          title: |-
            Portal rakan kongsi
            dilancarkan
          kind: milestone
      ---
      "
    `);
    const { model } = load(root);
    expect(model.objective('2026-q3/sales/objective')?.title).toBe('客户满意度');
    expect(errorLines(root)).toEqual([]);
  });

  it('names the row and column of every bad cell, and writes nothing', () => {
    const root = contentRoot();
    const before = filesBelow(root);
    const csv = [
      'team,objective_title,kr,kr_title,kind,unit,baseline,target',
      'Sales Team,Grow,mrr-2,MRR,,,1,2',
      'sales,Grow,arr,ARR,,,"1,200",95%',
      'sales,Grow,churn-2,Churn,metric,%,,2',
      'sales,Grow,launch,Launch,milestone-ish,,,',
      'sales,Grow,arr,ARR again,,,1,2',
    ].join('\n');
    expect(() => importCsv(root, csv, { cycle: '2026-q3' })).toThrowErrorMatchingInlineSnapshot(`
      [UsageError: nothing was imported; 6 problems:
      okrs.csv row 2, column team: expected a team id (lower-case letters, digits and hyphens, e.g. \`customer-success\`), got "Sales Team"
      okrs.csv row 3, column baseline: expected a number written like 1200 or 99.5 (no thousands separators, no % sign: put % in the unit column), got "1,200"
      okrs.csv row 3, column target: expected a number written like 1200 or 99.5 (no thousands separators, no % sign: put % in the unit column), got "95%"
      okrs.csv row 4, column baseline: \`baseline\` is required but missing: a metric needs a \`baseline\`: where the number stood when the cycle began
      okrs.csv row 5, column kind: expected one of metric, milestone, stay-above, stay-below (or an empty cell for metric), got "milestone-ish"
      okrs.csv row 6, column kr: key result \`arr\` appears twice in objective 2026-q3/sales/grow; each row is one key result with its own id]
    `);
    expect(filesBelow(root)).toEqual(before);
  });

  it('refuses a file that is not UTF-8, and CSV that is not well formed, with the line', () => {
    const root = contentRoot();
    const latin1 = Uint8Array.from([...new TextEncoder().encode('team,objective_title,kr,kr_title\nsales,Caf'), 0xe9, ...new TextEncoder().encode(',x,X\n')]);
    expect(() => importCsv(root, latin1, { cycle: '2026-q3' })).toThrowErrorMatchingInlineSnapshot(`[UsageError: okrs.csv is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8" and import again]`);
    expect(() => importCsv(root, 'team,objective_title,kr,kr_title\nsales,"Grow,mrr,MRR\n', { cycle: '2026-q3' })).toThrow(/^okrs\.csv: line \d+: .*Quote Not Closed/);
  });

  it('refuses to overwrite, and leaves the content as it was', () => {
    const root = contentRoot();
    const csv = 'team,objective,objective_title,kr,kr_title,baseline,target\nsales,2026-q3/sales/win-mid-market,Win,mrr-9,MRR,1,2\n';
    expect(() => importCsv(root, csv, { cycle: '2026-q3' })).toThrowErrorMatchingInlineSnapshot(`[UsageError: okrs/2026-q3/sales/win-mid-market.md already exists; nothing was imported (import into another cycle, or remove it first)]`);
  });

  it('creates unknown teams and cycles only when asked', () => {
    const root = contentRoot();
    const csv = 'team,objective_title,kr,kr_title,baseline,target\nfinance,Spend wisely,opex,Operating cost,100,80\n';
    expect(() => importCsv(root, csv, { cycle: '2026-q4' })).toThrowErrorMatchingInlineSnapshot(`[UsageError: the content has no team finance, cycle 2026-q4; nothing was imported. Create them first (npm run new -- team <id> --name "..."; npm run new -- cycle <id> --start ... --end ...), or pass --create-missing]`);
    expect(() => importCsv(root, csv, { cycle: '2026-q4', createMissing: true })).toThrowErrorMatchingInlineSnapshot(`[UsageError: cycle 2026-q4 does not exist; to create it, pass its dates: --start YYYY-MM-DD --end YYYY-MM-DD]`);
    expect(importCsv(root, csv, { cycle: '2026-q4', createMissing: true, start: '2026-10-01', end: '2026-12-31' })).toEqual(['teams/finance.md', 'cycles/2026-q4.md', 'okrs/2026-q4/finance/spend-wisely.md']);
    expect(errorLines(root)).toEqual([]);
  });

  it('undoes the whole import when the validator finds an error in what it wrote', () => {
    const root = contentRoot();
    const before = filesBelow(root);
    // `new-mrr` is already a key result of sales in 2026-q3 (win-mid-market): ids are unique per team and cycle.
    const csv = 'team,cycle,objective_title,kr,kr_title,baseline,target\nsales,2026-q3,Keep customers,retention,Retention,80,90\nsales,2026-q3,Grow again,new-mrr,New MRR,1,2\n';
    expect(() => importCsv(root, csv)).toThrowErrorMatchingInlineSnapshot(`
      [UsageError: what the import would write has errors, so nothing was imported:
      okrs/2026-q3/sales/win-mid-market.md:10: error duplicate-kr: key_results[0].id: the key-result id \`new-mrr\` is already used by \`okrs/2026-q3/sales/grow-again.md\` for team sales in 2026-q3; ids are unique within a team and cycle, rename one]
    `);
    expect(filesBelow(root)).toEqual(before);
    expect(existsSync(path.join(root, 'okrs/2026-q3/sales/keep-customers.md'))).toBe(false);
  });
});
