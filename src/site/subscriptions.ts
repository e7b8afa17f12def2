/**
 * What a reader can subscribe to, for the home page's links and every
 * page's `<link rel="alternate">`: the feed (only where it is built), the
 * calendar of check-ins due and `status.json`.
 */
import { calendarRoute, feedRoute, statusRoute, withBase } from '../lib/paths.ts';
import { feedBuilt, type AddressSource } from './site-address.ts';

/** Links below the base path; `feed` is null when the site has no address and so no feed. */
export interface Subscriptions {
  feed: string | null;
  calendar: string;
  status: string;
}

/** The subscriptions of a site whose pages are built below `base`. */
export function subscriptions(model: AddressSource, base: string): Subscriptions {
  return {
    feed: feedBuilt(model) ? withBase(base, feedRoute()) : null,
    calendar: withBase(base, calendarRoute()),
    status: withBase(base, statusRoute()),
  };
}
