/**
 * Week digests kept between builds (src/site/kept-digests.ts): a warm build
 * works out only the weeks whose inputs changed and takes the others from the
 * store, equal to what a cold build works out.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestsOf, type Digests } from '../../src/figures/digest.ts';
import { digestInputsOf } from '../../src/site/digest-inputs.ts';
import { keptDigests } from '../../src/site/kept-digests.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

const q4 = cycle('2026-q4', '2026-10-01', '2026-12-31');
const parts = {
  asOf: '2026-11-25',
  cycles: [q4],
  teams: [team('sales', { name: 'Sales' })],
  objectives: [objective('2026-q4/sales/grow', 'sales', '2026-q4', [kr('mrr', { title: 'Monthly revenue', unit: 'MYR', baseline: 0, target: 100 })], { title: 'Grow' })],
  checkIns: [
    checkIn('sales', '2026-q4', '2026-11-03', [{ kr: 'mrr', value: 40, confidence: 0.8 }]),
    checkIn('sales', '2026-q4', '2026-11-10', [{ kr: 'mrr', value: 55, confidence: 0.5 }]),
  ],
};

/** The digests of a model, counting the weeks actually worked out. */
function counted(parts_: typeof parts) {
  const m = model(parts_);
  const inner = digestsOf(m);
  const worked: string[] = [];
  const digests: Digests = { ...inner, week: (week) => (worked.push(week), inner.week(week)) };
  return { digests, inputs: digestInputsOf(m), worked, cold: digestsOf(m) };
}

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('week digests kept between builds', () => {
  it('works out only the weeks whose inputs changed, and equals a cold build', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'okrbook-kept-'));
    const store = { file: path.join(dir, 'digests.jsonl'), version: 'v1' };
    const first = counted(parts);
    const weeks = first.digests.weeks;
    expect(weeks).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    const kept = keptDigests(first.digests, first.inputs, store);
    for (const week of weeks) expect(kept.week(week)).toEqual(first.cold.week(week));
    expect(first.worked).toEqual(weeks);

    // Nothing changed: every week from the store.
    const again = counted(parts);
    const keptAgain = keptDigests(again.digests, again.inputs, store);
    for (const week of weeks) expect(keptAgain.week(week)).toEqual(again.cold.week(week));
    expect(again.worked).toEqual([]);

    // A check-in added on 2026-11-24 (week 48): that week alone is worked out again.
    const added = { ...parts, checkIns: [...parts.checkIns, checkIn('sales', '2026-q4', '2026-11-24', [{ kr: 'mrr', value: 70, confidence: 0.9 }])] };
    const warm = counted(added);
    const keptWarm = keptDigests(warm.digests, warm.inputs, store);
    for (const week of weeks) expect(keptWarm.week(week)).toEqual(warm.cold.week(week));
    expect(warm.worked).toEqual(['2026-W48']);
    expect(keptWarm.week('2026-W48')!.summary.checkIns).toBe(1);
  });

  it('starts afresh for another version of the code, and leaves out a line cut short', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'okrbook-kept-'));
    const file = path.join(dir, 'digests.jsonl');
    const first = counted(parts);
    const kept = keptDigests(first.digests, first.inputs, { file, version: 'v1' });
    for (const week of first.digests.weeks) kept.week(week);
    const other = counted(parts);
    const keptOther = keptDigests(other.digests, other.inputs, { file, version: 'v2' });
    for (const week of other.digests.weeks) keptOther.week(week);
    expect(other.worked).toEqual(other.digests.weeks);
    // A build stopped while writing its last line.
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -20));
    const cut = counted(parts);
    const keptCut = keptDigests(cut.digests, cut.inputs, { file, version: 'v2' });
    for (const week of cut.digests.weeks) expect(keptCut.week(week)).toEqual(cut.cold.week(week));
    expect(cut.worked).toEqual(['2026-W48']);
  });

  it('is the digests themselves without a store (the dev server)', () => {
    const { digests, inputs } = counted(parts);
    expect(keptDigests(digests, inputs, null)).toBe(digests);
  });
});
