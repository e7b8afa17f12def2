/**
 * okrbook's components in an MDX body, imported as docs/package.md tells a
 * site to (`okrbook/components/<Name>.astro`): `check` accepts the body, the
 * build resolves the imports wherever the content root lies (here a folder
 * outside this checkout, where no node_modules holds okrbook), and the
 * objective's page draws them in the site's look and language.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, runCheck } from '../helpers.ts';
import { BUILDS, buildSite } from '../sites.ts';

const dist = path.join(BUILDS, 'mdx-components');
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  cleanContentRoots();
});

const body = `---
title: Open the partner channel
team: company
cycle: 2026-q3
owner: Mei Ling
key_results:
  - id: partners
    title: Partners signed
    baseline: 0
    target: 4
---
import Badge from 'okrbook/components/Badge.astro';
import ScoreBar from 'okrbook/components/ScoreBar.astro';
import PaceLegend from 'okrbook/components/PaceLegend.astro';
import PersonName from 'okrbook/components/PersonName.astro';
import TableScroll from 'okrbook/components/TableScroll.astro';

Where the channel stands:

<ScoreBar score={0.62} expected={0.5} />

<PaceLegend expected={0.5} />

Status <Badge status="at-risk" />, last quarter <Badge grade="green" />; ask <PersonName name="Mei Ling" />.

<TableScroll label="Partners by region">
  <table><tbody><tr><th scope="row">Klang Valley</th><td>2</td></tr></tbody></table>
</TableScroll>
`;

describe('okrbook components in an MDX body', { timeout: 240_000 }, () => {
  it('pass check, build, and draw on the objective page as the site draws them', () => {
    const root = contentRoot({ 'okrs/2026-q3/company/partners.mdx': body });
    const checked = runCheck([], { OKRBOOK_CONTENT: root });
    expect(checked.stdout + checked.stderr).toContain('0 errors');
    const { code, output } = buildSite({ name: 'mdx-components', content: root, asOf: '2026-08-15', base: '/' }, dist);
    expect(code, output).toBe(0);
    const page = readFileSync(path.join(dist, 'objectives/2026-q3/company/partners/index.html'), 'utf8');
    const prose = page.slice(page.indexOf('Where the channel stands'));
    // ScoreBar: 0.62 fills 62 of 100, the pace tick at 50; said as words for readers who do not see it.
    expect(prose).toContain('aria-label="62%, expected 50% by now"');
    expect(prose).toContain('<rect class="score-bar__fill" x="0" y="0" width="62" height="10" rx="2">');
    expect(prose).toContain('<line class="score-bar__pace" x1="50" x2="50" y1="0" y2="10">');
    expect(prose).toContain('expected by now (50% of the cycle has passed)');
    // Badge in the site's words; PersonName links the owner's page (people pages are on in the fixture).
    expect(prose).toMatch(/<span class="badge status-at-risk"[^>]*>.*At risk<\/span>/);
    expect(prose).toMatch(/<span class="badge grade-green"[^>]*>.*Green<\/span>/);
    expect(prose).toContain('<a href="/people/mei-ling/">Mei Ling</a>');
    expect(prose).toContain('<div class="table-scroll" role="region" aria-label="Partners by region" tabindex="0">');
    // The body's imports are code, not text: nothing of them reaches the page.
    expect(page).not.toContain('okrbook/components');
  });
});
