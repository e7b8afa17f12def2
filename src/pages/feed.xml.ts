/** RSS 2.0 of the latest 50 check-ins. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dayNumber } from '../lib/dates.ts';
import { checkInRoute, href } from '../lib/paths.ts';

export const GET: APIRoute = (context) => {
  const { model, fmt, t } = context.locals.okrbook;
  const { settings } = model;
  const latest = model.checkIns.slice(-50).reverse();
  return rss({
    title: t('feed.title', { site: settings.title }),
    description: settings.description ?? (settings.organization ? t('feed.descriptionOf', { organization: settings.organization }) : t('feed.description')),
    site: context.site ?? 'http://localhost:4321',
    trailingSlash: false,
    items: latest.map((checkIn) => {
      const team = model.team(checkIn.team)!;
      const cycle = model.cycle(checkIn.cycle)!;
      const moved = checkIn.updates.length;
      return {
        title: t('feed.item', { team: team.name, cycle: cycle.name, date: fmt.date(checkIn.date) }),
        link: href(checkInRoute(team.id, cycle.id, checkIn.date)),
        pubDate: new Date(dayNumber(checkIn.date) * 86_400_000),
        description: `${t('feed.updated', { count: moved })}${checkIn.leadersPresent.length ? t('feed.leadership', { leaders: checkIn.leadersPresent.join(', ') }) : ''}${checkIn.blockers.length ? t('feed.blockers', { blockers: checkIn.blockers.join('; ') }) : ''}.`,
        categories: [team.name, cycle.name],
      };
    }),
    customData: `<language>${settings.locale}</language>`,
  });
};
