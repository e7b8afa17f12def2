/**
 * Issue 25 on the built sites (tests/global-setup.ts builds them once): what
 * a reader sees tells the truth. The feed, calendars and status link with the
 * site's address and never with localhost; the feed exists only where the
 * address is known; readers see no Markdown syntax, file paths or ids where
 * a title exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distOf, SITES } from '../sites.ts';

const read = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');
const example = distOf('example');
const small = distOf('small');

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesOf(full) : [full];
  });
}

describe('the site address (site.yaml url)', () => {
  it('gives the example a feed whose channel and items link absolutely', () => {
    const feed = read(example, 'feed.xml');
    expect(feed).toContain('<link>https://okrs.cendana.example</link>');
    const links = [...feed.matchAll(/<link>([^<]*)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBe(51);
    for (const link of links) expect(link).toMatch(/^https:\/\/okrs\.cendana\.example(\/|$)/);
  });
  it('makes the feed discoverable: <link rel="alternate"> on every page, and the home page links the feed, the calendar and status.json', () => {
    for (const page of ['index.html', 'teams/sales/index.html', 'search/index.html']) {
      expect(read(example, page), page).toContain('<link rel="alternate" type="application/rss+xml" title="Cendana OKRs: latest check-ins" href="/feed.xml">');
    }
    const home = read(example, 'index.html');
    for (const target of ['/feed.xml', '/calendar.ics', '/status.json']) expect(home).toContain(`href="${target}"`);
  });
  it('puts absolute links in calendar descriptions and status.json', () => {
    const calendar = read(example, 'calendar.ics').replace(/\r\n /g, '');
    const descriptions = calendar.split('\r\n').filter((line) => line.startsWith('DESCRIPTION:'));
    expect(descriptions.length).toBeGreaterThan(0);
    for (const line of descriptions) expect(line).toMatch(/Scorecard: https:\/\/okrs\.cendana\.example\/teams\/[\w-]+\/[\w-]+\/$/);
    const status = JSON.parse(read(example, 'status.json')) as { teams: Array<{ scorecard: string }> };
    for (const team of status.teams) expect(team.scorecard).toMatch(/^https:\/\/okrs\.cendana\.example\/teams\//);
  });
  it('builds no feed without an address, and says so once', () => {
    expect(existsSync(path.join(small, 'feed.xml'))).toBe(false);
    expect(read(small, 'index.html')).not.toContain('rel="alternate"');
    expect(read(small, 'index.html')).toContain('href="/okrs/calendar.ics"');
    expect(read(small, 'index.html')).not.toContain('feed.xml');
    const log = readFileSync(`${small}.log`, 'utf8');
    expect(log.match(/no \/feed\.xml/g)).toHaveLength(1);
    expect(log).toContain('set url in site.yaml, or OKRBOOK_SITE');
    expect(readFileSync(`${example}.log`, 'utf8')).not.toContain('no /feed.xml');
  });
  it('publishes no file that links to localhost, in any site the tests build', () => {
    const offenders = SITES.flatMap((site) => filesOf(distOf(site.name)).filter((file) => !file.includes(`${path.sep}pagefind${path.sep}`) && /localhost/i.test(readFileSync(file, 'latin1'))));
    expect(offenders).toEqual([]);
  });
});
