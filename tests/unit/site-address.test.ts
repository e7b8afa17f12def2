/**
 * The site's address (issue 25, item 5): site.yaml `url` or `OKRBOOK_SITE`,
 * validated; absolute links below it; the feed only where links can be
 * absolute; calendars and subscriptions from the same address.
 */
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import { EnvironmentError, optionsFromEnv } from '../../src/model/options.ts';
import { absoluteLink, isHttpUrl, siteRoot } from '../../src/lib/site-url.ts';
import { feedBuilt, publicLink, publicRoot, siteAddress } from '../../src/site/site-address.ts';
import { calendarSite } from '../../src/site/calendar-site.ts';
import { subscriptions } from '../../src/site/subscriptions.ts';
import { projectRoot } from '../helpers.ts';

const site = (url?: string, env?: string) => ({ options: env ? { site: env } : {}, settings: url ? { url } : {} });

describe('site.yaml url', () => {
  it('takes an absolute http(s) address and refuses anything else with a message that shows one', () => {
    expect(siteSchema.parse({ url: 'https://okr.example.org/okrs/' }).url).toBe('https://okr.example.org/okrs/');
    expect(siteSchema.parse({}).url).toBeUndefined();
    for (const bad of ['okr.example.org', '/okrs/', 'ftp://okr.example.org/', 'javascript:alert(1)', 'https://']) {
      const result = siteSchema.safeParse({ url: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message, bad).toContain('https://okr.example.org/okrs/');
    }
  });
  it('is overridden by OKRBOOK_SITE, which is checked the same way', () => {
    expect(optionsFromEnv({ OKRBOOK_CONTENT: 'content', OKRBOOK_SITE: ' https://a.example/ ' }, projectRoot).site).toBe('https://a.example/');
    expect(optionsFromEnv({ OKRBOOK_CONTENT: 'content' }, projectRoot).site).toBeUndefined();
    expect(() => optionsFromEnv({ OKRBOOK_CONTENT: 'content', OKRBOOK_SITE: 'localhost:4321' }, projectRoot)).toThrow(EnvironmentError);
    expect(siteAddress(site('https://from-yaml.example/', 'https://from-env.example/'))).toBe('https://from-env.example/');
    expect(siteAddress(site('https://from-yaml.example/'))).toBe('https://from-yaml.example/');
    expect(siteAddress(site())).toBeNull();
  });
});

describe('absolute links', () => {
  it('put routes below the address, its path kept, or the base path where the address has none', () => {
    expect(isHttpUrl('http://a.example')).toBe(true);
    expect(siteRoot('https://okr.example.org/okrs', '/')).toBe('https://okr.example.org/okrs/');
    expect(siteRoot('https://okr.example.org', '/okrs/')).toBe('https://okr.example.org/okrs/');
    expect(siteRoot('https://okr.example.org/?x=1#y', '/')).toBe('https://okr.example.org/');
    expect(absoluteLink('https://okr.example.org/okrs/', 'teams/sales/2026-q3/#checkin-2026-08-10')).toBe('https://okr.example.org/okrs/teams/sales/2026-q3/#checkin-2026-08-10');
    expect(publicRoot(site('https://okr.example.org'), '/okrs/')).toBe('https://okr.example.org/okrs/');
    expect(publicLink(null, '/okrs/', 'status.json')).toBe('/okrs/status.json');
    expect(publicLink('https://okr.example.org/', '/', 'status.json')).toBe('https://okr.example.org/status.json');
  });
  it('give calendars the origin, the home page path and the host for UIDs', () => {
    expect(calendarSite(site('https://okr.example.org/okrs/'), '/')).toEqual({ origin: 'https://okr.example.org', base: '/okrs/', domain: 'okr.example.org' });
    expect(calendarSite(site(), '/okrs/')).toEqual({ origin: null, base: '/okrs/', domain: 'okrbook' });
  });
  it('build the feed only with an address; the calendar and status.json always', () => {
    expect(feedBuilt(site())).toBe(false);
    expect(subscriptions(site(), '/okrs/')).toEqual({ feed: null, calendar: '/okrs/calendar.ics', status: '/okrs/status.json' });
    expect(subscriptions(site('https://a.example/'), '/')).toEqual({ feed: '/feed.xml', calendar: '/calendar.ics', status: '/status.json' });
  });
});
