/** `/status.json`: every team of the active cycles, for bots and dashboards (src/export/status-json.ts). */
import type { APIRoute } from 'astro';
import { statusJson } from '../export/status-json.ts';
import { homeRoute, href } from '../lib/paths.ts';
import { publicLink, publicRoot } from '../site/site-address.ts';

export const GET: APIRoute = (context) => {
  const { model, figures, coaching } = context.locals.okrbook;
  const base = href(homeRoute());
  const root = publicRoot(model, base);
  const link = (route: string) => publicLink(root, base, route);
  const status = statusJson(figures, model.options.asOf, (team, cycle) => coaching.of(team, cycle).length, link);
  return new Response(JSON.stringify(status, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
