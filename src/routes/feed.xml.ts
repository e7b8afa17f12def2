/** RSS 2.0 of the latest 50 check-ins and (v2) handover notes. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dayNumber } from '../lib/dates.ts';
import { checkInRoute, handoverRoute, href } from '../lib/paths.ts';
import { digestView } from '../site/digest.ts';

export const GET: APIRoute = (context) => {
  const { model, fmt, t, digests } = context.locals.okrbook;
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
  // One item per week's digest, over the span the check-ins above cover (every week when they reach back to the first).
  const oldest = entries.at(-1);
  const since = oldest === undefined ? '' : 'checkIn' in oldest ? oldest.checkIn.date : oldest.handover.date;
  const weeks = digests.weeks.map((week) => digests.week(week)!).filter((d) => d.to >= since);
  return rss({
    title: t('feed.title', { site: settings.title }),
    description: settings.description ?? (settings.organization ? t('feed.descriptionOf', { organization: settings.organization }) : t('feed.description')),
    site: context.site ?? 'http://localhost:4321',
    trailingSlash: false,
    items: [...weeks.reverse().map((d) => {
      const week = digestView(d, { model, value: (value, unit) => t.value(value, unit), date: fmt.date, percent: fmt.percent, around: { previous: null, next: null } });
      return {
        title: t('digest.feedTitle', { site: settings.title, week: t(week.title.key, week.title.values) }),
        link: href(week.route),
        pubDate: new Date(dayNumber(d.to) * 86_400_000),
        description: week.quiet ? t(week.quiet.key, week.quiet.values) : week.summary.map((line) => t(line.key, line.values)).join('; '),
        categories: [t('digest.feedCategory')],
      };
    }), ...entries.map((entry) => {
      if ('handover' in entry) {
        const { handover } = entry;
        const team = model.team(handover.team)!;
        return {
          title: t('search.page.handover', { team: team.name, date: fmt.date(handover.date) }),
          link: href(handoverRoute(team.id, handover.date)),
          pubDate: new Date(dayNumber(handover.date) * 86_400_000),
          description: `${handover.from.length ? t('feed.handoverFromTo', { from: handover.from.join(', '), to: handover.to.join(', ') }) : t('handover.toNames', { names: handover.to.join(', ') })}${handover.objectives.length ? t('feed.handedOver', { count: handover.objectives.length }) : ''}.`,
          categories: [team.name, t('feed.handoverCategory')],
        };
      }
      const { checkIn } = entry;
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
    })],
    customData: `<language>${settings.locale}</language>`,
  });
};
