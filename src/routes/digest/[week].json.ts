/** `/digest/<yyyy>-w<ww>.json`: one week's digest for bots (src/export/digest-json.ts); `okrbook digest --format json` prints the same. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { digestJson } from '../../export/digest-json.ts';
import { digestJsonRoute, href } from '../../lib/paths.ts';
import { openedSite } from '../../site/site-data.ts';

export const getStaticPaths = (async () => {
  const site = await openedSite();
  if (!site.data.model.settings.digest) return [];
  return site.data.digests.weeks.map((week) => site.path(digestJsonRoute(week), { week: week.toLowerCase() }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => {
  const { model, digests } = context.locals.okrbook;
  const link = (route: string) => (context.site ? new URL(href(route), context.site).href : href(route));
  const digest = digests.week(context.params.week!.toUpperCase())!;
  return new Response(`${JSON.stringify(digestJson(digest, model, link), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
