/**
 * The site's public address and what depends on it: absolute links for the
 * feed, calendars and `status.json`, and whether the feed is built at all.
 */
import { absoluteLink, siteRoot } from '../lib/site-url.ts';

/** What the address is read from: `OKRBOOK_SITE` (options) over site.yaml's `url`. */
export interface AddressSource {
  options: { site?: string };
  settings: { url?: string };
}

/** The address given for the site (`OKRBOOK_SITE` over `url`), or null when neither is set. */
export function siteAddress(model: AddressSource): string | null {
  return model.options.site ?? model.settings.url ?? null;
}

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
