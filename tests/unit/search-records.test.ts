/** The search records built from the model: what is indexed, where a hit lands, what it is called. */
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/index.ts';
import { markdownToText } from '../../src/search/markdown-text.ts';
import { searchRecords } from '../../src/search/records.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';
import { afterAll } from 'vitest';

afterAll(cleanContentRoots);

describe('markdownToText', () => {
  it('keeps the words and drops the marks', () => {
    expect(markdownToText('## Heading\n\nSome **bold** and _soft_ [link text](https://x.example) `code`.\n\n- item one\n- item two\n\n<Aside type="tip">MDX words</Aside>\nimport X from "./x.js"\n{props.value}')).toBe(
      'Heading Some bold and soft link text code. item one item two MDX words',
    );
  });
});

describe('searchRecords', () => {
  const root = contentRoot({
    'okrs/2026-q3/sales/secret.md': '---\ntitle: Secret plan\nteam: sales\ncycle: 2026-q3\nconfidential: true\nkey_results:\n  - id: s1\n    title: Orchid signed\n    kind: milestone\n---\nOrchid narrative.\n',
  });
  const { model } = load(root, { asOf: '2026-08-15' });
  const records = searchRecords(model, computeFigures(model), '/okrs/');

  it('makes every check-in a result at its anchor on the scorecard, titled out of context', () => {
    const checkIn = records.find((r) => r.url === '/okrs/teams/sales/2026-q3/#checkin-2026-07-06')!;
    expect(checkIn.meta.title).toBe('Sales · Q3 2026 · check-in Jul 6, 2026');
    expect(checkIn.filters).toEqual({ type: ['check-in'], cycle: ['Q3 2026'], team: ['Sales'], grade: ['red'] });
    expect(checkIn.sort).toEqual({ date: '2026-07-06' });
    expect(checkIn.content).toContain('Two deals slipped to August.');
    expect(checkIn.content).toContain('Call back the stalled trials');
  });

  it('indexes objectives, teams, cycles and guide pages, and nothing left out', () => {
    expect(records.map((r) => r.filters.type![0]).sort()).toEqual(['check-in', 'check-in', 'cycle', 'guide', 'objective', 'objective', 'team', 'team']);
    expect(JSON.stringify(records)).not.toContain('Orchid');
    const withOptIn = load(root, { asOf: '2026-08-15', includeConfidential: true }).model;
    expect(JSON.stringify(searchRecords(withOptIn, computeFigures(withOptIn), '/'))).toContain('Orchid narrative.');
  });
});
