/**
 * What a page reads is what its warm-build key notes (src/site/dependencies.ts):
 * nothing worked out from the model is kept beside it, so the second page
 * that asks notes the same reads as the first (a cache keyed by the model
 * once let the first page's reads hide the second's).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { lineageOf } from '../../src/model/lineage.ts';
import { readingKeys, tracked } from '../../src/site/dependencies.ts';
import { sitePeopleOf } from '../../src/site/people/people.ts';
import { computeFigures } from '../../src/figures/index.ts';
import type { Model } from '../../src/model/index.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';

afterAll(cleanContentRoots);

const objective = (cycle: string, extra = '') =>
  `---\ntitle: Keep the mid-market\nteam: sales\ncycle: ${cycle}\n${extra}key_results:\n  - id: renewals-${cycle}\n    title: Renewal rate\n    baseline: 80\n    target: 90\n---\n`;

describe('pages note every read, the second page as the first', () => {
  const { model } = load(contentRoot({ 'cycles/2026-q4.md': '---\nname: Q4 2026\nstart: 2026-10-01\nend: 2026-12-31\n---\n', 'okrs/2026-q4/sales/keep.md': objective('2026-q4', 'carried_from: 2026-q3/sales/win-mid-market\n') }), { asOf: '2026-11-01' });
  const page = (read: (m: Model) => unknown) => readingKeys(async () => read(tracked(model, 'model')));

  it("an objective's lineage notes where it was carried to, on every page that shows it", async () => {
    const q3 = model.objective('2026-q3/sales/win-mid-market')!;
    for (const name of ['first page', 'second page']) {
      const { result, keys } = await page((m) => lineageOf(m, q3).map((o) => o.id));
      expect(result, name).toEqual(['2026-q3/sales/win-mid-market', '2026-q4/sales/keep']);
      expect(keys, name).toContain('model.carriedTo("2026-q3/sales/win-mid-market")');
    }
  });

  it('people are worked out from the model each time they are asked for (the site data asks once per build)', () => {
    const figures = computeFigures(model);
    expect(sitePeopleOf(model, figures)).not.toBe(sitePeopleOf(model, figures));
  });
});
