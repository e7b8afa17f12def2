/** Where calendar links and UIDs point, from Astro's `site` and the base path. */
import type { CalendarSite } from '../export/calendar-ics.ts';
import { homeRoute, href } from '../lib/paths.ts';

/** The calendar's site: its origin and host when `site` is configured (OKRBOOK_SITE). */
export function calendarSite(site: URL | undefined): CalendarSite {
  return { origin: site ? site.origin : null, base: href(homeRoute()), domain: site ? site.host : 'okrbook' };
}
