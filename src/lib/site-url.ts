/**
 * The site's public address (site.yaml `url`, or `OKRBOOK_SITE`) and the
 * absolute links made from it: the feed, calendars and `status.json` are
 * read outside the site, where a path alone leads nowhere.
 */

/** Whether `text` is an absolute `http:` or `https:` URL with a host (`https://okr.example.org/okrs/`). */
export function isHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/**
 * The address of the home page: the site address with its path, or, when
 * the address names no path (`https://example.org`), the base path the pages
 * are built with (`/okrs/`). Always ends in `/`; no query or fragment.
 */
export function siteRoot(address: string, base: string): string {
  const url = new URL(address);
  url.search = '';
  url.hash = '';
  url.pathname = (url.pathname === '/' ? base : url.pathname).replace(/\/?$/, '/');
  return url.href;
}

/** The absolute URL of a route (a path below the base, `teams/sales/2026-q3/`) from the home page's address. */
export function absoluteLink(root: string, route: string): string {
  return new URL(route.replace(/^\/+/, ''), root).href;
}

/** Where the address is read from: `OKRBOOK_SITE` (in the run's options) over site.yaml's `url`. */
export interface AddressSource {
  options: { site?: string };
  settings: { url?: string };
}

/** The address given for the site (`OKRBOOK_SITE` over `url`), or null when neither is set. */
export function siteAddress(model: AddressSource): string | null {
  return model.options.site ?? model.settings.url ?? null;
}
