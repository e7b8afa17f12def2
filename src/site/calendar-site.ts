/** Where calendar links and UIDs point, from the site's address (site.yaml `url` or OKRBOOK_SITE) and the base path. */
import type { CalendarSite } from '../export/calendar-ics.ts';
import { homeRoute, href } from '../lib/paths.ts';
import { publicRoot, type AddressSource } from './site-address.ts';

/**
 * The calendar's site: with an address, its origin, the home page's path and
 * its host (descriptions carry absolute links); without, the base path and
 * `okrbook` as the UIDs' domain.
 */
export function calendarSite(model: AddressSource, base: string = href(homeRoute())): CalendarSite {
  const root = publicRoot(model, base);
  if (root === null) return { origin: null, base, domain: 'okrbook' };
  const url = new URL(root);
  return { origin: url.origin, base: url.pathname, domain: url.host };
}
