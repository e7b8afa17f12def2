/**
 * Plain Markdown's fast path renders with the project's own Markdown
 * processor and settings (as Astro renders a `.md` entry), keeps what it
 * rendered for the next build, and leaves MDX and images to Astro.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BodyRenderer } from '../../src/integration/markdown.ts';
import { needsAstro } from '../../src/lib/markdown-bodies.ts';
import { model, team } from '../model-builder.ts';

const work = mkdtempSync(path.join(tmpdir(), 'okrbook-markdown-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const prose = 'We "shipped" it -- finally... the *pilot* teams\' notes.\n\n## What we learnt\n\nSee <https://example.com>.\n';
const fenced = 'Before.\n\n```ts\nconst score = 0.7;\n```\n';

/** Astro's `markdown` settings around a processor, as the resolved config holds them. */
const markdown = (processor = satteri()) => ({ processor, syntaxHighlight: 'shiki', shikiConfig: {}, gfm: true, smartypants: true }) as unknown as AstroConfig['markdown'];

const modelWith = (bodies: Record<string, string>) =>
  model({ asOf: '2026-08-15', cycles: [], objectives: [], teams: Object.entries(bodies).map(([id, body]) => team(id, { body })) });

describe('BodyRenderer', () => {
  it('renders as Astro renders a .md file with the same processor and settings', async () => {
    const settings = markdown();
    const astro = await settings.processor!.createRenderer(settings);
    const ours = new BodyRenderer(settings, path.join(work, 'a.json'));
    // Shiki gives up colouring a line that takes over 500 ms, which the first line of a language can on a busy
    // machine (its grammar compiles then): both renderers highlight once before they are compared.
    const warmUp = 'Warm up.\n\n```ts\nconst warm = [1, 2].map((n) => n * 2);\n```\n';
    await astro.render(warmUp);
    await ours.renderAll(modelWith({ warmUp }));
    const bodies = await ours.renderAll(modelWith({ prose, fenced }));
    for (const [id, body] of Object.entries({ prose, fenced })) {
      const expected = await astro.render(body);
      expect(bodies[`teams/${id}.md`]).toEqual({ html: expected.code, headings: expected.metadata.headings });
    }
    expect(bodies['teams/prose.md']!.headings).toEqual([{ depth: 2, slug: 'what-we-learnt', text: 'What we learnt' }]);
  });

  it("honours the project's processor options", async () => {
    const curly = await new BodyRenderer(markdown(), path.join(work, 'b.json')).renderAll(modelWith({ prose }));
    const straight = await new BodyRenderer(markdown(satteri({ features: { smartPunctuation: false } })), path.join(work, 'c.json')).renderAll(modelWith({ prose }));
    expect(curly['teams/prose.md']!.html).toContain('“shipped”');
    expect(straight['teams/prose.md']!.html).toContain('"shipped"');
  });

  it('renders a body once: the next build takes it from what the last one kept', async () => {
    const file = path.join(work, 'kept.json');
    await new BodyRenderer(markdown(), file).renderAll(modelWith({ prose }));
    const settings = markdown();
    // A processor that fails: a kept body never reaches it.
    settings.processor = { ...settings.processor!, createRenderer: () => Promise.reject(new Error('rendered again')) };
    const again = await new BodyRenderer({ ...markdown(), processor: settings.processor }, file).renderAll(modelWith({ prose }));
    expect(again['teams/prose.md']!.html).toContain('What we learnt');
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
