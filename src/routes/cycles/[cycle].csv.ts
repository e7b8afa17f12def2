import { cycleCsvRoute } from '../../lib/paths.ts';
import { openedSite } from '../../site/site-data.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cycleCsv } from '../../export/cycle-csv.ts';

export const getStaticPaths = (async () => {
  const site = await openedSite();
  return site.data.model.cycles.map((cycle) => site.path(cycleCsvRoute(cycle.id), { cycle: cycle.id }));
}) satisfies GetStaticPaths;

/** One row per key result of the cycle. */
export const GET: APIRoute = ({ params, locals }) =>
  new Response(cycleCsv(locals.okrbook.figures.cycle(params.cycle!)!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
