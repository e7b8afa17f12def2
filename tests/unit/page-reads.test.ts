/**
 * What a page reads is what its warm-build key notes (src/site/dependencies.ts):
 * nothing worked out from the model is kept beside it, so the second page
 * that asks notes the same reads as the first (a cache keyed by the model
 * once let the first page's reads hide the second's).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent, writeSiteFile } from '../../src/integration/content.ts';
import { openSite } from '../../src/site/site-data.ts';
import { lineageOf } from '../../src/model/lineage.ts';
import { readingKeys, tracked } from '../../src/site/dependencies.ts';
import { sitePeopleOf } from '../../src/site/people/people.ts';
import { computeFigures } from '../../src/figures/index.ts';
import type { Model } from '../../src/model/index.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'okrbook-reads-'));
afterAll(() => {
  cleanContentRoots();
  rmSync(work, { recursive: true, force: true });
});

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

describe('the data pages are given', () => {
  it('is frozen under astro dev and the tests: a page cannot sort a shared list in place', () => {
    const content = validateContent({ contentRoot: contentRoot(), asOf: '2026-08-15', includeConfidential: false });
    const siteFile = path.join(work, 'site.json');
    writeSiteFile(siteFile, content, {}, 'renderer');
    const { data } = openSite({ siteFile, readsFile: path.join(work, 'reads.json'), recordFile: null, base: '/' });
    expect(data.model.teams.length).toBeGreaterThan(1);
    expect(() => (data.model.teams as unknown[]).sort()).toThrow(TypeError);
    expect(() => (data.model.checkIns as unknown[]).reverse()).toThrow(TypeError);
    // One cycle in the fixture: reversing it writes nothing, so frozen is what is asked, down to a key result's figures.
    expect(Object.isFrozen(data.figures.cycles)).toBe(true);
    const card = data.figures.cycles[0]!.scorecards[0]!;
    expect(Object.isFrozen(card)).toBe(true);
    expect(Object.values(card).filter((value) => Array.isArray(value)).every((list) => Object.isFrozen(list))).toBe(true);
    expect(() => (data.people.people as unknown[]).sort()).toThrow(TypeError);
  });
});
