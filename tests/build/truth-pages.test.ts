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
const edge = distOf('edge');
/** What a reader sees of a page: the text of <main>, tags dropped, entities of quotes decoded. */
const shown = (html: string) => (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html).replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, ' ');

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
    // The channel, the 50 latest check-ins and handover notes, and one digest item per week they span (10 as of Nov 25).
    expect(links.length).toBe(61);
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

describe('what readers should never see (issue 25, item 7)', () => {
  it('no rule page shows a backtick, in English or in Malay (the edge fixture is ms-MY)', () => {
    for (const dist of [example, edge]) {
      const rules = filesOf(path.join(dist, 'coach', 'rules')).filter((file) => file.endsWith('.html'));
      expect(rules.length).toBeGreaterThan(15);
      for (const file of rules) expect(shown(readFileSync(file, 'utf8')), file).not.toContain('`');
      // The names the texts quote are set as code instead.
      expect(read(dist, 'coach/rules/kr-output/index.html')).toContain('<code>coaching.output_verbs</code>');
    }
  });
  it('hints say "leaders present", never the field name, and carried objectives by cycle name', () => {
    // The coaching reports (rule pages may name the field as code, for authors: it is what they write).
    for (const file of filesOf(path.join(example, 'coach')).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}rules${path.sep}`))) {
      const text = shown(readFileSync(file, 'utf8'));
      expect(text, file).not.toContain('leaders_present');
      expect(text, file).not.toMatch(/continues 20\d\d-q\d\//);
    }
  });
  it('keeps file:line to the small author line of the coach report', () => {
    const html = read(example, 'coach/index.html');
    const withoutAuthorLines = html.replace(/<span class="hint__file[^"]*">[\s\S]*?<\/span>(?=<\/li>)/g, '');
    expect(html).toMatch(/class="hint__file muted">[^<]*for authors: <code>teams\/sales\.md:1<\/code>/);
    expect(shown(withoutAuthorLines)).not.toMatch(/\.mdx?:\d/);
  });
  it('shows no "expected by now" on a closed scorecard, and does on an active one', () => {
    expect(read(example, 'teams/sales/2026-q3/index.html')).not.toContain('Expected by now');
    expect(read(example, 'teams/sales/2026-q4/index.html')).toContain('Expected by now');
  });
  it('names key results by title on people pages', () => {
    const people = filesOf(path.join(example, 'people')).filter((f) => f.endsWith('.html'));
    for (const file of people) expect(shown(readFileSync(file, 'utf8')), file).not.toMatch(/moves [a-z0-9]+(-[a-z0-9]+)+\b(?! )/);
  });
  it('says which cycle a carried objective went to, not its title twice', () => {
    const review = shown(read(example, 'cycles/2026-q3/review/index.html'));
    const carried = [...review.matchAll(/Carried into a later cycle: (.+?) → (.+?)(?= Carried| Objective| $)/g)];
    expect(carried.length).toBeGreaterThan(0);
    for (const [, from, to] of carried) expect(to!.trim(), from).not.toBe(from!.trim());
    expect(review).toContain('→ Q4 2026');
  });
});

describe('smaller things a CEO notices (issue 25, item 10)', () => {
  it('shows each person\'s team and role on the people index', () => {
    const index = shown(read(example, 'people/index.html'));
    expect(index).toMatch(/Nur Aina Hashim Cendana Systems \((lead|member)/);
    expect(index).toContain('Teams and roles');
  });
  it('lays the review\'s and the team page\'s rows out as cards on a phone (stack tables with labels)', () => {
    expect(read(example, 'cycles/2026-q3/review/index.html')).toMatch(/<table class="review-objectives stack-table"/);
    expect(read(example, 'cycles/2026-q3/review/index.html')).toMatch(/<td data-label="Grade">/);
    expect(read(example, 'teams/sales/index.html')).toMatch(/<table class="team-scores stack-table"/);
  });
});
