/**
 * What a build renders: the routes of src/routes/ and the pages each serves,
 * the bodies each page shows, and the plan handed to Astro on cold, warm and
 * MDX-touching builds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bodyInputs, pageBodies, routesToRender } from '../../src/cli/reuse.ts';
import { routeFiles, servesRoute } from '../../src/integrations/routes.ts';
import { makePlan } from '../../src/lib/plan.ts';
import { cleanContentRoots, contentRoot, load, projectRoot } from '../helpers.ts';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

afterAll(cleanContentRoots);

describe('routes', () => {
  const routes = routeFiles(pathToFileURL(path.join(projectRoot, 'src', 'routes') + path.sep));
  const patterns = routes.map((r) => r.pattern);

  it('are the patterns src/pages/ would give', () => {
    expect(patterns).toEqual(expect.arrayContaining(['/', '/404', '/feed.xml', '/teams/[team]/[cycle]', '/teams/[team]/[cycle].json', '/cycles/[cycle].csv', '/objectives/[...id]', '/guide', '/guide/[...slug]', '/coach/rules/[rule]']));
    expect(routes.find((r) => r.pattern === '/teams/[team]/[cycle]')!.entrypoint.pathname).toMatch(/src\/routes\/teams\/\[team\]\/\[cycle\]\/index\.astro$/);
  });

  it('serve the pages their parameters match, and no others', () => {
    const serving = (route: string) => patterns.filter((p) => servesRoute(p, route));
    expect(serving('teams/sales/2026-q3/')).toEqual(['/teams/[team]/[cycle]']);
    expect(serving('teams/sales/')).toEqual(['/teams/[team]']);
    expect(serving('objectives/2026-q3/sales/win-mid-market/')).toEqual(['/objectives/[...id]']);
    expect(serving('guide/')).toEqual(['/guide']);
    expect(serving('guide/leadership/roles/')).toEqual(['/guide/[...slug]']);
    expect(serving('cycles/2026-q3/')).toEqual(['/cycles/[cycle]']);
  });
});

describe('the build plan', () => {
  const mdx = '---\ntitle: Open the partner channel\nteam: company\ncycle: 2026-q3\nowner: Mei Ling\nkey_results:\n  - id: partners\n    title: Partners signed\n    baseline: 0\n    target: 4\n---\n{2 + 2} partners.\n';
  const { model } = load(contentRoot({ 'okrs/2026-q3/company/partners.mdx': mdx }));
  const bodies = pageBodies(model);

  it('lists the bodies each page shows', () => {
    expect(bodies['teams/sales/2026-q3/']!.map((c) => c.file)).toEqual(['checkins/2026-q3/sales/2026-07-06.md', 'checkins/2026-q3/sales/2026-07-13.md']);
    expect(bodies['objectives/2026-q3/company/partners/']!.map((o) => o.file)).toEqual(['okrs/2026-q3/company/partners.mdx']);
  });

  it('renders everything on a cold build, with the MDX bodies through Astro', () => {
    expect(makePlan(model, null, bodies)).toEqual({ renderOnly: null, astroBodies: ['okrs/2026-q3/company/partners.mdx'], astroContent: true });
  });

  it('bundles no content collection for a warm build that shows only Markdown', () => {
    expect(makePlan(model, ['teams/sales/2026-q3/'], bodies).astroContent).toBe(false);
    expect(makePlan(model, ['objectives/2026-q3/company/partners/'], bodies).astroContent).toBe(true);
  });

  it('renders again only the pages whose bodies changed, and all when anything else did', () => {
    const before = { code: 'c', model: 'm', pages: bodyInputs(bodies) };
    const notes = { ...bodies, 'teams/sales/2026-q3/': bodies['teams/sales/2026-q3/']!.map((c, i) => (i === 0 ? { ...c, body: `${c.body}\nOne more line.` } : c)) };
    expect(routesToRender(before, { ...before, pages: bodyInputs(notes) })).toEqual(['teams/sales/2026-q3/']);
    expect(routesToRender(before, before)).toEqual([]);
    expect(routesToRender(before, { ...before, model: 'changed' })).toBeNull();
    expect(routesToRender(before, { ...before, code: 'changed' })).toBeNull();
    expect(routesToRender(undefined, before)).toBeNull();
  });
});

describe('the integration', () => {
  /** What okrbook's config hook asks Vite to define, under one Astro command. */
  async function definesUnder(command: 'dev' | 'build'): Promise<Record<string, string>> {
    const { okrbook } = await import('../../src/integrations/okrbook.ts');
    const defines: Record<string, string> = {};
    const setup = okrbook().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
    const validated = process.env.OKRBOOK_VALIDATED;
    process.env.OKRBOOK_VALIDATED = '1';
    try {
      await setup({
        command,
        config: { srcDir: pathToFileURL(path.join(projectRoot, 'src') + path.sep) },
        logger: console,
        injectRoute: () => {},
        updateConfig: (update: { vite?: { define?: Record<string, string> } }) => Object.assign(defines, update.vite?.define),
      });
    } finally {
      if (validated === undefined) delete process.env.OKRBOOK_VALIDATED;
      else process.env.OKRBOOK_VALIDATED = validated;
    }
    return defines;
  }

  // Vite's DEV follows NODE_ENV (true under vitest's NODE_ENV=test): pages must not take it for the dev server,
  // or a build reads and validates the whole content again for every page (20 times slower on 333 files).
  it('tells pages they run under the dev server only under `astro dev`', async () => {
    expect(await definesUnder('build')).toMatchObject({ __OKRBOOK_DEV_SERVER__: 'false' });
    expect(await definesUnder('dev')).toMatchObject({ __OKRBOOK_DEV_SERVER__: 'true' });
  });
});
