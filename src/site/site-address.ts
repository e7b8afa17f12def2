/**
 * The site's public address and what depends on it: absolute links for the
 * feed, calendars and `status.json`, and whether the feed is built at all.
 */
import { absoluteLink, siteAddress, siteRoot, type AddressSource } from '../lib/site-url.ts';

export { siteAddress, type AddressSource };

/** The home page's absolute address below `base` (the pages' base path), or null when the site has no address. */
export function publicRoot(model: AddressSource, base: string): string | null {
  const address = siteAddress(model);
  return address === null ? null : siteRoot(address, base);
}

/** A link to a route: absolute when the site's address is known, else the path below `base`. */
export function publicLink(root: string | null, base: string, route: string): string {
  return root === null ? base.replace(/\/?$/, '/') + route.replace(/^\/+/, '') : absoluteLink(root, route);
}

/** Whether `/feed.xml` is built: only with an address, so that no item links to localhost. */
export function feedBuilt(model: AddressSource): boolean {
  return siteAddress(model) !== null;
}
