/** RSS 2.0 of the latest 50 check-ins and handover notes (src/site/feed.ts). */
import type { APIRoute } from 'astro';
import { homeRoute, href } from '../lib/paths.ts';
import { feedXml } from '../site/feed.ts';

export const GET: APIRoute = async (context) => {
  const { model, figures, fmt, t } = context.locals.okrbook;
  const xml = await feedXml(model, { t, fmt, site: context.site ?? 'http://localhost:4321', base: href(homeRoute()), healthChanges: figures.healthChanges });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
