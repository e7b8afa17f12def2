/**
 * Calendars to subscribe to (`/teams/<team>/checkins.ics`, `/calendar.ics`):
 * an all-day event on the last day of every check-in period and leadership
 * window of the active and upcoming cycles in which a team has objectives.
 * RFC 5545 through ical-generator. UIDs are made of the team, the cycle and
 * the period's first day, so a calendar app updates an event rather than
 * adding it twice; DTSTAMP is the as-of date, so the bytes depend only on
 * the content.
 *
 * Every text is content (team names, the site's title, its interface
 * strings), so none reaches the file raw: control characters are dropped,
 * and the calendar name, which ical-generator writes as it is given, is
 * escaped here as RFC 5545 TEXT (event texts the library escapes itself).
 * A line break in a name can then never start a line of its own, such as a
 * forged `BEGIN:VEVENT` reusing a real event's UID.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays, utcDateOf, type Day } from '../lib/dates.ts';
import { leadershipWindowsOf, periodsOf, type Figures } from '../figures/index.ts';
import { scorecardRoute, withBase } from '../lib/paths.ts';
import type { Model } from '../model/types.ts';
import { english, type Translate } from '../i18n/index.ts';
import { withoutControlCharacters } from '../lib/control.ts';

/** One reminder: a day, what is due, and a stable id. */
export interface CalendarEvent {
  uid: string;
  /** The last day of the period or window: the day the check-in is due by. */
  day: Day;
  summary: string;
  description: string;
  /** The scorecard's absolute URL, when the site's address is known. */
  url: string | null;
}

/** Where links and UIDs point: the site's address (when configured) and the base path. */
export interface CalendarSite {
  /** `https://okrs.example.com`, or null when the site has no `site` configured. */
  origin: string | null;
  /** The base path, `/` or `/okrs/`. */
  base: string;
  /** The right-hand side of every UID: the site's host, or `okrbook`. */
  domain: string;
}

/** The events of one team (or of every team), in order of day, then UID; summaries and descriptions said by `t` (the site's language). */
export function calendarEvents(model: Model, figures: Figures, site: CalendarSite, teamId?: string, t: Translate = english): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const { every_days: everyDays } = model.settings.checkins;
  const { every_months: everyMonths } = model.settings.leadership;
  // One team's calendar reads only that team's scorecards, so a warm build renders it again only when they change.
  const cards = teamId !== undefined ? figures.scorecardsOf(teamId) : figures.cycles.flatMap((result) => result.scorecards);
  for (const card of cards) {
    if (card.pace.state === 'closed') continue;
    const { team, cycle } = card;
    const path = withBase(site.base, scorecardRoute(team.id, cycle.id));
    const url = site.origin ? new URL(path, site.origin).href : null;
    const where = url ?? path;
    for (const period of periodsOf(cycle, everyDays)) {
      events.push({
        uid: `checkin-${team.id}-${cycle.id}-${period.first}@${site.domain}`,
        day: period.last,
        summary: t('calendar.checkInDue', { team: team.name, cycle: cycle.name }),
        description: t('calendar.checkInDescription', { team: team.name, first: period.first, last: period.last, where }),
        url,
      });
    }
    for (const window of leadershipWindowsOf(cycle, everyMonths)) {
      events.push({
        uid: `leadership-${team.id}-${cycle.id}-${window.first}@${site.domain}`,
        day: window.last,
        summary: t('calendar.leadershipDue', { team: team.name, cycle: cycle.name }),
        description: t('calendar.leadershipDescription', { team: team.name, first: window.first, last: window.last, where }),
        url,
      });
    }
  }
  return events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}


/** RFC 5545 TEXT (3.3.11): backslash, semicolon and comma escaped, every line break written `\n`, no control character. */
export function icsText(text: string): string {
  return withoutControlCharacters(text)
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The iCalendar text of a calendar: all-day events, DTSTAMP the as-of date; every line ends with CRLF, the last one too. */
export function calendarIcs(name: string, events: readonly CalendarEvent[], asOf: Day): string {
  const calendar = ical({
    // Written as given into NAME and X-WR-CALNAME, so escaped here.
    name: icsText(name),
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'okrbook', product: 'okrbook', language: 'EN' },
  });
  const stamp = utcDateOf(asOf);
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: utcDateOf(event.day),
      end: utcDateOf(addDays(event.day, 1)),
      allDay: true,
      stamp,
      // Escaped by the library; only control characters are left to drop.
      summary: withoutControlCharacters(event.summary),
      description: withoutControlCharacters(event.description),
      url: event.url,
    });
  }
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
