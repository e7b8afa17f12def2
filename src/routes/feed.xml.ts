/**
 * RSS 2.0 of the latest 50 check-ins and handover notes (src/site/feed.ts).
 * Injected by the integration only when the site has an address (site.yaml
 * `url` or `OKRBOOK_SITE`): every link in a feed is absolute.
 */
import type { APIRoute } from 'astro';
import { homeRoute, href } from '../lib/paths.ts';
import { feedXml } from '../site/feed.ts';
import { publicRoot } from '../site/site-address.ts';

export const GET: APIRoute = async (context) => {
  const { model, figures, fmt, t } = context.locals.okrbook;
  const base = href(homeRoute());
  const xml = await feedXml(model, { t, fmt, site: publicRoot(model, base)!, healthChanges: figures.healthChanges });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
