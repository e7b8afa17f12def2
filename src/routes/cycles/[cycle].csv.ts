import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOnly } from '../../lib/render-only.ts';
import { cycleCsv } from '../../export/cycle-csv.ts';
import { siteData } from '../../lib/site-model.ts';

export const getStaticPaths = (() => renderOnly(siteData().model.cycles.map((cycle) => ({ params: { cycle: cycle.id } })), (p) => `cycles/${p.params.cycle}.csv`)) satisfies GetStaticPaths;

/** One row per key result of the cycle. */
export const GET: APIRoute = ({ params }) =>
  new Response(cycleCsv(siteData().figures.cycle(params.cycle!)!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
