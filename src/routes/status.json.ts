/** `/status.json`: every team of the active cycles, for bots and dashboards (src/export/status-json.ts). */
import type { APIRoute } from 'astro';
import { statusJson } from '../export/status-json.ts';
import { siteData } from '../lib/site-model.ts';
import { href } from '../lib/url.ts';

export const GET: APIRoute = (context) => {
  const { model, figures, coaching } = siteData();
  const link = (path: string) => (context.site ? new URL(href(path), context.site).href : href(path));
  const status = statusJson(figures, model.options.asOf, (team, cycle) => coaching.of(team, cycle).length, link);
  return new Response(JSON.stringify(status, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
