/** Where calendar links and UIDs point, from Astro's `site` and the base path. */
import type { CalendarSite } from '../export/calendar-ics.ts';

/** The calendar's site: its origin and host when `site` is configured (OKRBOOK_SITE). */
export function calendarSite(site: URL | undefined): CalendarSite {
  return { origin: site ? site.origin : null, base: import.meta.env.BASE_URL.replace(/\/?$/, '/'), domain: site ? site.host : 'okrbook' };
}
