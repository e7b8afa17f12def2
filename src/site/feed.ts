/**
 * `/feed.xml`: RSS 2.0 of the latest 50 check-ins and handover notes,
 * newest first, as one pure function of the model (the route only serves it).
 * XML 1.0 forbids most control characters, and a feed holding one is
 * rejected whole by readers: `check` refuses them in content, and the feed
 * drops any left regardless.
 */
import { getRssString } from '@astrojs/rss';
import type { Translate } from '../i18n/index.ts';
import { withoutControlCharacters } from '../lib/control.ts';
import { addDays, minDay, mondayOfIsoWeek, utcDateOf } from '../lib/dates.ts';
import type { Formatter } from '../lib/format.ts';
import { checkInRoute, handoverRoute } from '../lib/paths.ts';
import { absoluteLink } from '../lib/site-url.ts';
import type { Model } from '../model/types.ts';
import type { Digests } from '../figures/digest.ts';
import type { HealthChange } from '../figures/health.ts';
import { digestView } from './digest.ts';

/** What the feed needs besides the model: the site's words and formats, and its address. */
export interface FeedContext {
  t: Translate;
  fmt: Formatter;
  /** The home page's absolute address (src/site/site-address.ts `publicRoot`): every link is made absolute below it. */
  site: string;
  /** The health metrics whose state a check-in's readings changed (`figures.healthChanges`); none when not given. */
  healthChanges?: (checkIn: string) => readonly HealthChange[];
  /** The weekly digests: one item per week, over the span the check-ins of the feed cover. */
  digests?: Pick<Digests, 'weeks' | 'week'>;
}

/** The feed's XML text. */
export async function feedXml(model: Model, { t, fmt, site, healthChanges = () => [], digests }: FeedContext): Promise<string> {
  const { settings } = model;
  // Handover notes take their place among the check-ins by date (a note before a check-in of the same day).
  const entries = [...model.checkIns.map((checkIn) => ({ checkIn })), ...model.handovers.map((handover) => ({ handover }))]
    .sort((a, b) => {
      const da = 'checkIn' in a ? a.checkIn.date : a.handover.date;
      const db = 'checkIn' in b ? b.checkIn.date : b.handover.date;
      return da < db ? -1 : da > db ? 1 : ('checkIn' in a ? 1 : 0) - ('checkIn' in b ? 1 : 0);
    })
    .slice(-50)
    .reverse();
  // One item per week's digest, over the span the entries above cover (every week when they reach back to the first).
  const oldest = entries.at(-1);
  const since = oldest === undefined ? '' : 'checkIn' in oldest ? oldest.checkIn.date : oldest.handover.date;
  // Only the weeks shown are worked out: a week ends on its Sunday, or on the as-of date.
  const shown = (settings.digest ? (digests?.weeks ?? []) : []).filter((week) => minDay(addDays(mondayOfIsoWeek(week)!, 6), model.options.asOf) >= since);
  const weekly = shown.reverse().map((id) => {
    const d = digests!.week(id)!;
    const week = digestView(d, { model, value: (value, unit) => t.value(value, unit), date: fmt.date, percent: fmt.percent, around: { previous: null, next: null } });
    return {
      title: t('digest.feedTitle', { site: settings.title, week: t(week.title.key, week.title.values) }),
      link: absoluteLink(site, week.route),
      pubDate: utcDateOf(d.to),
      description: week.quiet ? t(week.quiet.key, week.quiet.values) : week.summary.map((line) => t(line.key, line.values)).join('; '),
      categories: [t('digest.feedCategory')],
    };
  });
  const xml = await getRssString({
    title: t('feed.title', { site: settings.title }),
    description: settings.description ?? (settings.organization ? t('feed.descriptionOf', { organization: settings.organization }) : t('feed.description')),
    site,
    trailingSlash: false,
    items: [...weekly, ...entries.map((entry) => {
      if ('handover' in entry) {
        const { handover } = entry;
        const team = model.team(handover.team)!;
        return {
          title: t('search.page.handover', { team: team.name, date: fmt.date(handover.date) }),
          link: absoluteLink(site, handoverRoute(team.id, handover.date)),
          pubDate: utcDateOf(handover.date),
          description: `${handover.from.length ? t('feed.handoverFromTo', { from: handover.from.join(', '), to: handover.to.join(', ') }) : t('handover.toNames', { names: handover.to.join(', ') })}${handover.objectives.length ? t('feed.handedOver', { count: handover.objectives.length }) : ''}.`,
          categories: [team.name, t('feed.handoverCategory')],
        };
      }
      const { checkIn } = entry;
      const team = model.team(checkIn.team)!;
      const cycle = model.cycle(checkIn.cycle)!;
      const moved = checkIn.updates.length;
      // A reading that changed a health metric's state (healthy <-> breached, or a first breached reading).
      const health = healthChanges(checkIn.id).map((c) => t('feed.health', { metric: c.metric.title, state: t(`health.state.${c.to}`).toLocaleLowerCase(t.lang), value: fmt.value(c.value, c.metric.unit) })).join('');
      return {
        title: t('feed.item', { team: team.name, cycle: cycle.name, date: fmt.date(checkIn.date) }),
        link: absoluteLink(site, checkInRoute(team.id, cycle.id, checkIn.date)),
        pubDate: utcDateOf(checkIn.date),
        description: `${t('feed.updated', { count: moved })}${checkIn.leadersPresent.length ? t('feed.leadership', { leaders: checkIn.leadersPresent.join(', ') }) : ''}${checkIn.blockers.length ? t('feed.blockers', { blockers: checkIn.blockers.join('; ') }) : ''}${health}.`,
        categories: [team.name, cycle.name],
      };
    })],
    customData: `<language>${settings.locale}</language>`,
  });
  return withoutControlCharacters(xml);
}
