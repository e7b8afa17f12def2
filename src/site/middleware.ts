/**
 * Puts the site's data on `Astro.locals.okrbook` for every page, and notes
 * during a build what each page reads (src/site/dependencies.ts).
 * @see withastro/starlight utils/routing/middleware.ts
 */
import { defineMiddleware } from 'astro:middleware';
import { openedSite } from './site-data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const site = await openedSite();
  context.locals.okrbook = site.data;
  return site.render(context.url.pathname, next);
});
