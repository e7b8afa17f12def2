/** RSS 2.0 of the latest 50 check-ins and (v2) handover notes. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dayNumber } from '../lib/dates.ts';
import { checkInRoute, handoverRoute, href } from '../lib/paths.ts';

export const GET: APIRoute = (context) => {
  const { model, fmt } = context.locals.okrbook;
  const { settings } = model;
  // (v2) Handover notes take their place among the check-ins by date (a note before a check-in of the same day).
  const entries = [...model.checkIns.map((checkIn) => ({ checkIn })), ...model.handovers.map((handover) => ({ handover }))]
    .sort((a, b) => {
      const da = 'checkIn' in a ? a.checkIn.date : a.handover.date;
      const db = 'checkIn' in b ? b.checkIn.date : b.handover.date;
      return da < db ? -1 : da > db ? 1 : ('checkIn' in a ? 1 : 0) - ('checkIn' in b ? 1 : 0);
    })
    .slice(-50)
    .reverse();
  return rss({
    title: `${settings.title}: check-ins`,
    description: settings.description ?? `The latest check-ins${settings.organization ? ` of ${settings.organization}` : ''}.`,
    site: context.site ?? 'http://localhost:4321',
    trailingSlash: false,
    items: entries.map((entry) => {
      if ('handover' in entry) {
        const { handover } = entry;
        const team = model.team(handover.team)!;
        return {
          title: `${team.name} · handover note ${fmt.date(handover.date)}`,
          link: href(handoverRoute(team.id, handover.date)),
          pubDate: new Date(dayNumber(handover.date) * 86_400_000),
          description: `${handover.from.length ? `From ${handover.from.join(', ')} to` : 'To'} ${handover.to.join(', ')}${handover.objectives.length ? `; ${handover.objectives.length} objective${handover.objectives.length === 1 ? '' : 's'} handed over` : ''}.`,
          categories: [team.name, 'Handover'],
        };
      }
      const { checkIn } = entry;
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
