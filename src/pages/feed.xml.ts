/** RSS 2.0 of the latest 50 check-ins. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dayNumber } from '../lib/dates.ts';
import { checkInRoute, href } from '../lib/paths.ts';

export const GET: APIRoute = (context) => {
  const { model, fmt } = context.locals.okrbook;
  const { settings } = model;
  const latest = model.checkIns.slice(-50).reverse();
  return rss({
    title: `${settings.title}: check-ins`,
    description: settings.description ?? `The latest check-ins${settings.organization ? ` of ${settings.organization}` : ''}.`,
    site: context.site ?? 'http://localhost:4321',
    trailingSlash: false,
    items: latest.map((checkIn) => {
      const team = model.team(checkIn.team)!;
      const cycle = model.cycle(checkIn.cycle)!;
      const moved = checkIn.updates.length;
      return {
        title: `${team.name} · ${cycle.name} · check-in ${fmt.date(checkIn.date)}`,
        link: href(checkInRoute(team.id, cycle.id, checkIn.date)),
        pubDate: new Date(dayNumber(checkIn.date) * 86_400_000),
        description: `${moved} key result${moved === 1 ? '' : 's'} updated${checkIn.leadersPresent.length ? `; leadership present (${checkIn.leadersPresent.join(', ')})` : ''}${checkIn.blockers.length ? `; blockers: ${checkIn.blockers.join('; ')}` : ''}.`,
        categories: [team.name, cycle.name],
      };
    }),
    customData: `<language>${settings.locale}</language>`,
  });
};
