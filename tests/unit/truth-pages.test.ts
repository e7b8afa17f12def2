/**
 * Issue 25, item 7: readers never see Markdown syntax, file paths or ids
 * where a title exists. Page data names things by title and cycle name.
 */
import { describe, expect, it } from 'vitest';
import { inlineMarkdown, plainText } from '../../src/site/inline-markdown.ts';
import { carriedLines } from '../../src/site/review-carried.ts';
import { RULE_WORDS } from '../../src/i18n/index.ts';
import { cycle, kr, model, objective, team } from '../model-builder.ts';

describe('inlineMarkdown', () => {
  it('sets `code` as <code> and **strong** as <strong>, escaping everything else', () => {
    expect(inlineMarkdown('a word in `coaching.output_verbs` and **this**')).toBe('a word in <code>coaching.output_verbs</code> and <strong>this</strong>');
    expect(inlineMarkdown('<script>`x<y>`</script> & "q"')).toBe('&lt;script&gt;<code>x&lt;y&gt;</code>&lt;/script&gt; &amp; &quot;q&quot;');
    expect(plainText('`per` or **%**')).toBe('per or %');
  });
  it('leaves no backtick in any rule text of any language', () => {
    for (const [language, rules] of Object.entries(RULE_WORDS)) {
      for (const [id, words] of Object.entries(rules)) {
        for (const text of [words.title, words.question, words.fires, words.rewrite ?? '']) {
          expect(inlineMarkdown(text), `${language} ${id}`).not.toContain('`');
        }
      }
    }
  });
});

describe('carriedLines', () => {
  const m = model({
    asOf: '2026-11-20',
    cycles: [{ ...cycle('2026-q3', '2026-07-01', '2026-09-30'), name: 'Q3 2026' }, { ...cycle('2026-q4', '2026-10-01', '2026-12-31'), name: 'Q4 2026' }],
    teams: [team('t')],
    objectives: [
      objective('2026-q3/t/win', 't', '2026-q3', [kr('a')], { title: 'Win mid-market' }),
      objective('2026-q4/t/win', 't', '2026-q4', [kr('a')], { title: 'Win mid-market', carriedFrom: '2026-q3/t/win' }),
      objective('2026-q4/t/keep', 't', '2026-q4', [kr('b')], { title: 'Keep what we won', carriedFrom: '2026-q3/t/win' }),
    ],
  });
  it('names the other cycle, and the other title only where it differs', () => {
    expect(carriedLines(m, [{ objective: '2026-q3/t/win', other: '2026-q4/t/win' }, { objective: '2026-q3/t/win', other: '2026-q4/t/keep' }])).toEqual([
      { objective: { id: '2026-q3/t/win', title: 'Win mid-market' }, other: { id: '2026-q4/t/win', cycle: 'Q4 2026', title: null } },
      { objective: { id: '2026-q3/t/win', title: 'Win mid-market' }, other: { id: '2026-q4/t/keep', cycle: 'Q4 2026', title: 'Keep what we won' } },
    ]);
  });
});

describe('search results (issue 25, item 6)', async () => {
  const { excerptAfterTitle, nextShown } = await import('../../src/client/search-text.ts');
  it('reaches every result, twenty at a time', () => {
    // 29 results: 20, then 29; 40 results: 20, 40.
    expect(nextShown(0, 29)).toBe(20);
    expect(nextShown(20, 29)).toBe(29);
    expect(nextShown(20, 40)).toBe(40);
    expect(nextShown(0, 0)).toBe(0);
  });
  it('drops the heading a sub-result is titled by from the front of its excerpt, highlights and all', () => {
    expect(excerptAfterTitle('Key results. Monthly gross revenue <mark>churn</mark>.', 'Key results')).toBe('Monthly gross revenue <mark>churn</mark>.');
    expect(excerptAfterTitle('<mark>Key</mark> results. Monthly', 'Key results')).toBe('Monthly');
    expect(excerptAfterTitle('revenue <mark>churn</mark>. Key results.', 'Key results')).toBe('revenue <mark>churn</mark>. Key results.');
    // An excerpt that is only the heading stays as it is (something is better than nothing).
    expect(excerptAfterTitle('Narrative.', 'Narrative')).toBe('Narrative.');
  });
});

describe('hints link to a guide page in the site\'s language (issue 25, item 9)', async () => {
  const { guidePagesFor } = await import('../../src/coaching/index.ts');
  const page = (id: string, rules: string[] = []) => ({ id, title: id, rules }) as unknown as import('../../src/model/types.ts').GuidePage;
  const guide = [page('check-ins'), page('ms/check-ins'), page('confidence', ['kr-no-confidence'])];
  it('puts the page of the language folder first where one exists, else the page there is', () => {
    // checkin-missed's built-in page is `check-ins` (src/coaching/rules.ts).
    expect(guidePagesFor('checkin-missed', { guide, settings: { locale: 'ms-MY' } } as never).map((p) => p.id)[0]).toBe('ms/check-ins');
    expect(guidePagesFor('checkin-missed', { guide, settings: { locale: 'en' } } as never).map((p) => p.id)[0]).toBe('check-ins');
    expect(guidePagesFor('kr-no-confidence', { guide, settings: { locale: 'ms-MY' } } as never).map((p) => p.id)).toEqual(['confidence']);
  });
});
