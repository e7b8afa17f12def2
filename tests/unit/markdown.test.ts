/**
 * Plain Markdown's fast path renders exactly what Astro renders for a `.md`
 * entry with its default settings, and leaves MDX and images to Astro.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import { beforeAll, describe, expect, it } from 'vitest';
import { needsAstro, renderMarkdown } from '../../src/site/markdown.ts';

const bodies = {
  prose: 'We "shipped" it -- finally... the *pilot* teams\' notes.\n\n## What we learnt\n\nSee <https://example.com> and [the guide](../guide/).\n',
  table: '| KR | Value |\n|---|---:|\n| Screening accuracy | 92% |\n',
  tasks: '- [x] publish the scorecard\n- [ ] invite the leadership\n\n1. one\n2. two\n',
  fenced: 'Before.\n\n```ts\nconst score = 0.7;\n```\n\nAfter.\n',
  indented: 'A log line:\n\n    2026-07-06 job failed\n',
  html: 'Inline <kbd>Ctrl</kbd> and a <details><summary>note</summary>hidden</details>\n',
  hostile: '<script>alert(1)</script> & `<b>` {not: mdx}\n',
  empty: '',
};

describe('renderMarkdown', () => {
  let astroRenderer: Awaited<ReturnType<ReturnType<typeof satteri>['createRenderer']>>;
  // Shiki gives up colouring a line that takes over 500 ms, which the first line of a language can on a busy
  // machine (its grammar compiles then): both renderers highlight once before they are compared.
  beforeAll(async () => {
    const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdownConfigDefaults;
    astroRenderer = await satteri().createRenderer({ syntaxHighlight, shikiConfig, gfm, smartypants });
    const warmUp = 'Warm up.\n\n```ts\nconst warm = [1, 2].map((n) => n * 2);\n```\n';
    await astroRenderer.render(warmUp);
    await renderMarkdown(warmUp);
  });

  it.each(Object.entries(bodies))('renders %s as Astro does', async (_, body) => {
    const astro = await astroRenderer.render(body);
    const ours = await renderMarkdown(body);
    expect(ours.html).toBe(astro.code);
    expect(ours.headings).toEqual(astro.metadata.headings);
  });

  it('gives the headings for an outline', async () => {
    expect((await renderMarkdown(bodies.prose)).headings).toEqual([{ depth: 2, slug: 'what-we-learnt', text: 'What we learnt' }]);
  });
});

describe('needsAstro', () => {
  it('leaves MDX and bodies that show images to Astro, and nothing else', () => {
    expect(needsAstro({ file: 'okrs/2026-q3/sales/win.mdx', body: 'Plain words.' })).toBe(true);
    expect(needsAstro({ file: 'checkins/2026-q3/sales/2026-07-06.md', body: 'The board: ![whiteboard](./board.png)' })).toBe(true);
    expect(needsAstro({ file: 'teams/sales.md', body: 'Our logo <img src="logo.svg" alt="">' })).toBe(true);
    expect(needsAstro({ file: 'teams/sales.md', body: 'Links [like this](https://example.com) are fine! Really.' })).toBe(false);
  });
});
