/** The pages the search index is built from: what is indexed, where a hit lands, what it is called. */
import { afterAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/index.ts';
import { markdownToText } from '../../src/search/markdown-text.ts';
import { searchFilters, searchPages, searchRecords } from '../../src/search/records.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';

afterAll(cleanContentRoots);

describe('markdownToText', () => {
  it('keeps the words and drops the marks', () => {
    expect(markdownToText('import X from "./x.js"\n\n## Heading\n\nSome **bold** and _soft_ [link text](https://x.example) `code`.\n\n- item one\n- item two\n\n<Aside type="tip">MDX words</Aside>\n\n{props.value}', { mdx: true })).toBe(
      'Heading Some bold and soft link text code. item one item two MDX words',
    );
  });
});

describe('searchPages', () => {
  const root = contentRoot({
    'okrs/2026-q3/sales/secret.md': '---\ntitle: Secret plan\nteam: sales\ncycle: 2026-q3\nconfidential: true\nkey_results:\n  - id: s1\n    title: Orchid signed\n    kind: milestone\n---\nOrchid narrative.\n',
    'checkins/2026-q3/sales/2026-07-20.md': '---\nteam: sales\ndate: 2026-07-20\n---\nNotes with </script><script>alert(1)</script> & "quotes".\n',
  });
  const { model } = load(root, { asOf: '2026-08-15' });
  const pages = searchPages(model, computeFigures(model), '/okrs/');

  it('puts each check-in of a scorecard under a heading at its anchor, titled out of context', () => {
    const scorecard = pages.find((p) => p.url === '/okrs/teams/sales/2026-q3/')!;
    expect(scorecard.content).toContain('<h1 data-pagefind-meta="title">Sales · Q3 2026 · scorecard</h1>');
    expect(scorecard.content).toContain('<h2 id="checkin-2026-07-06">Sales · Q3 2026 · check-in Jul 6, 2026</h2><p>Two deals slipped to August.');
    expect(scorecard.content).toContain('<span data-pagefind-filter="type[data-value]" data-value="check-in"></span><span data-pagefind-filter="cycle[data-value]" data-value="Q3 2026"></span><span data-pagefind-filter="team[data-value]" data-value="Sales"></span>');
    expect(scorecard.content).toContain('data-pagefind-sort="date:2026-07-20"');
  });

  it('escapes content, indexes every kind of page, and nothing left out', () => {
    const scorecard = pages.find((p) => p.url === '/okrs/teams/sales/2026-q3/')!.content;
    // tags in a body are the author's HTML, not words (a script's text is never shown); what is left is
    // escaped, its quotes curled as the page shows them (Astro's smart punctuation)
    expect(scorecard).toContain('Notes with &amp; “quotes”.');
    expect(scorecard).not.toMatch(/<script/);
    const types = pages.map((p) => /data-pagefind-filter="type\[data-value\]" data-value="([^"]+)"/.exec(p.content)![1]).sort();
    expect(types).toEqual(['check-in', 'check-in', 'cycle', 'guide', 'objective', 'objective', 'team', 'team']);
    expect(JSON.stringify(pages)).not.toContain('Orchid');
    const withOptIn = load(root, { asOf: '2026-08-15', includeConfidential: true }).model;
    expect(JSON.stringify(searchPages(withOptIn, computeFigures(withOptIn), '/'))).toContain('Orchid narrative.');
  });
});

describe('searchFilters', () => {
  const root = contentRoot({
    'teams/field-ops.md': '---\nname: "Field   Ops"\nparent: company\n---\nOn the road.\n',
    'cycles/2026-q4.md': '---\nname: Q4 2026\nstart: 2026-10-01\nend: 2026-12-31\n---\n',
  });
  const { model } = load(root, { asOf: '2026-08-15' });
  const records = searchRecords(model, computeFigures(model));
  const filters = searchFilters(model, records);
  const values = (key: string) => filters.find((f) => f.key === key)?.values ?? [];

  it('offers each value with the number of indexed pages that have it, cycles newest first', () => {
    expect(filters.map((f) => f.label)).toEqual(['Type', 'Cycle', 'Team', 'Grade']);
    // Every indexed page has a type; the counts add up to the pages Pagefind indexes.
    expect(values('type').reduce((sum, v) => sum + v.pages, 0)).toBe(searchPages(model, computeFigures(model), '/').length);
    expect(values('type')).toContainEqual({ value: 'team', pages: model.teams.length });
    expect(values('cycle').map((v) => v.value)).toEqual(['Q4 2026', 'Q3 2026']);
  });

  it('writes a value as Pagefind stores it (runs of spaces made one), in the index and on the search page', () => {
    expect(values('team').map((v) => v.value)).toContain('Field Ops');
    const page = searchPages(model, computeFigures(model), '/').find((p) => p.url === '/teams/field-ops/')!;
    expect(page.content).toContain('<span data-pagefind-filter="team[data-value]" data-value="Field Ops"></span>');
    expect(page.content).toContain('Field   Ops · team');
  });
});
