/**
 * The built sites (tests/global-setup.ts builds them once): every route of
 * the spec exists and shows what it should, JSON and CSV agree with the
 * figures, left-out content leaves no trace, hostile strings stay text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycleCsv } from '../../src/export/cycle-csv.ts';
import { scorecardJson } from '../../src/export/scorecard-json.ts';
import { computeCoaching, RULES } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { loadModel } from '../../src/model/index.ts';
import { scorecardContinuity } from '../../src/model/lineage.ts';
import { projectRoot } from '../helpers.ts';
import { distOf, SITES } from '../sites.ts';
import { english } from '../../src/i18n/index.ts';

const example = distOf('example');
const edge = distOf('edge');
const read = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesOf(full) : [full];
  });
}

const site = SITES.find((s) => s.name === 'example')!;
const { model } = loadModel({ contentRoot: site.content, asOf: site.asOf, includeConfidential: false });
const figures = computeFigures(model);
const coaching = computeCoaching(model, figures);

describe('every route of the spec', () => {
  it('exists for the example organisation', () => {
    const routes = [
      'index.html', 'cycles/index.html', 'teams/index.html', 'guide/index.html', 'coach/index.html', 'search/index.html', 'feed.xml', '404.html',
      ...model.cycles.flatMap((c) => [`cycles/${c.id}/index.html`, `cycles/${c.id}.csv`]),
      ...model.teams.map((t) => `teams/${t.id}/index.html`),
      ...figures.cycles.flatMap((c) => c.scorecards.flatMap((s) => [`teams/${s.team.id}/${c.cycle.id}/index.html`, `teams/${s.team.id}/${c.cycle.id}.json`])),
      ...model.objectives.map((o) => `objectives/${o.id}/index.html`),
      'insights/index.html', 'coach/rules/index.html',
      ...model.cycles.map((c) => `coach/${c.id}/index.html`),
      ...RULES.map((r) => `coach/rules/${r.id}/index.html`),
      ...model.guide.filter((g) => g.id !== 'index').map((g) => `guide/${g.id}/index.html`),
    ];
    const missing = routes.filter((route) => !existsSync(path.join(example, route)));
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(60);
  });

  it('shows the active cycle on the home page with every team', () => {
    const home = read(example, 'index.html');
    expect(home).toContain('Q4 2026');
    for (const card of figures.cycle('2026-q4')!.scorecards) expect(home).toContain(`href="/teams/${card.team.id}/2026-q4/"`);
    expect(home).toContain('day 56 of 92');
  });

  it('lists the archive newest first', () => {
    const archive = read(example, 'cycles/index.html');
    expect(archive.indexOf('Q4 2026')).toBeLessThan(archive.indexOf('Q3 2026'));
    expect(archive.indexOf('Q3 2026')).toBeLessThan(archive.indexOf('Q2 2026'));
  });

  it('puts every check-in of a scorecard on the timeline at its anchor, newest first', () => {
    const html = read(example, 'teams/compliance/2026-q4/index.html');
    const anchors = [...html.matchAll(/<h3 id="checkin-(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    const expected = model.checkInsOf('compliance', '2026-q4').map((c) => c.date).reverse();
    expect(anchors).toEqual(expected);
    expect(html).toContain('Transaction screening accuracy');
    // 98.4 on 2026-11-24: progress (98.4 - 92) / (99 - 92) = 6.4 / 7 = 91%
    expect(html).toContain('98.4%');
    expect(html).toContain('91%');
  });

  it('renders numbers, bars and tables without JavaScript', () => {
    const html = read(example, 'teams/sales/2026-q4/index.html');
    expect(html).toMatch(/<svg viewBox="0 0 100 10"[^>]*role="img"[^>]*aria-label="\d+%/);
    expect(html).toContain('class="chart-data"');
    expect(html).toContain('<script type="application/json">');
  });

  it('sends no JavaScript to pages without charts but the search shortcut', () => {
    for (const page of ['index.html', 'cycles/index.html', 'teams/index.html', '404.html']) {
      const scripts = [...read(example, page).matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
      expect(scripts, page).toEqual([expect.stringMatching(/^ type="module" src="\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"$/)]);
    }
  });

  it('publishes a feed of the latest 50 check-ins and handover notes, and one item per week of the digest they span', () => {
    const feed = read(example, 'feed.xml');
    expect(feed.startsWith('<?xml')).toBe(true);
    const links = [...feed.matchAll(/<item>.*?<link>([^<]*)<\/link>/gs)].map((m) => m[1]!);
    const weeks = links.filter((link) => link.includes('/digest/'));
    expect(links.length - weeks.length).toBe(50);
    // The 50 entries reach back to late September: one digest item for each of the weeks they span, each once.
    expect(weeks.length).toBeGreaterThan(0);
    expect(new Set(weeks).size).toBe(weeks.length);
    expect(feed).toContain('#checkin-2026-11-24');
  });
});

describe('JSON and CSV of the example organisation', () => {
  it('match the figures engine for every scorecard and cycle', () => {
    for (const c of figures.cycles) {
      expect(read(example, `cycles/${c.cycle.id}.csv`)).toBe(cycleCsv(c));
      for (const card of c.scorecards) {
        const hints = coaching.of(card.team.id, c.cycle.id).map((h) => ({ rule: h.rule, entry: h.file, target: h.target, message: english.say(h.text) }));
        expect(JSON.parse(read(example, `teams/${card.team.id}/${c.cycle.id}.json`))).toEqual(JSON.parse(JSON.stringify(scorecardJson(card, site.asOf, hints, scorecardContinuity(model, card.team.id, c.cycle)))));
      }
    }
  });

  it('hold the numbers worked out by hand', () => {
    const json = JSON.parse(read(example, 'teams/compliance/2026-q4.json'));
    expect(json).toMatchObject({ team: 'compliance', cycle: '2026-q4', start: '2026-10-01', end: '2026-12-31', asOf: '2026-11-25', state: 'active' });
    expect(json.expected).toBeCloseTo(56 / 92, 12); // Oct 31 + Nov 25 = day 56 of 92
    const accuracy = json.objectives.flatMap((o: { keyResults: unknown[] }) => o.keyResults).find((k: { id: string }) => k.id === 'screening-accuracy');
    expect(accuracy).toMatchObject({ kind: 'metric', unit: '%', baseline: 92, target: 99, current: 98.4, confidence: 0.7, lastUpdate: '2026-11-24', measured: true, stale: false, status: 'on-track', grade: null }); // (v3) no grade while active
    expect(accuracy.progress).toBeCloseTo(6.4 / 7, 12);
    // the check-in dated 2026-12-01 is after the as-of date: not in the history or the timeline
    expect(accuracy.history.at(-1).date).toBe('2026-11-24');
    expect(json.checkins[0].date).toBe('2026-11-24');
    const csv = read(example, 'cycles/2026-q4.csv').split('\r\n');
    expect(csv[0]).toBe('team,objective,objective_title,kr,kr_title,kind,unit,baseline,target,current,progress,score,status,grade,confidence,last_update');
    expect(csv.find((row) => row.startsWith('compliance,') && row.includes(',screening-accuracy,'))).toBe(`compliance,2026-q4/compliance/screening-accuracy,Screen payments so well that nobody has to double-check,screening-accuracy,Transaction screening accuracy,metric,%,92,99,98.4,${(98.4 - 92) / (99 - 92)},${(98.4 - 92) / (99 - 92)},on-track,,0.7,2026-11-24`);
  });
});

describe('coaching hints', () => {
  it('appear on the scorecard, in its JSON and on the coaching report, linking to their rule page', () => {
    const json = JSON.parse(read(example, 'teams/customer-success/2026-q4.json'));
    expect(json.hints.map((h: { rule: string }) => h.rule).sort()).toEqual(['action-unlinked', 'action-unlinked', 'checkin-missed', 'kr-stale', 'leadership-absent', 'objective-behaviors', 'team-no-leadership']);
    expect(json.hints.find((h: { rule: string }) => h.rule === 'kr-stale')).toMatchObject({ entry: 'okrs/2026-q4/customer-success/references.md', target: 'reference-customers' });
    const scorecard = read(example, 'teams/customer-success/2026-q4/index.html');
    expect(scorecard).toContain('href="/coach/rules/team-no-leadership/"');
    expect(scorecard).toContain('href="/guide/leadership-roles/"');
    const report = read(example, 'coach/index.html');
    expect(report).toContain('Who motivates, supports and mentors this team?');
    // a team with no hints in a cycle shows none on its scorecard
    expect(coaching.of('engineering', '2026-q4').length === 0 ? read(example, 'teams/engineering/2026-q4/index.html') : 'No coaching hints').toContain('No coaching hints');
  });

  it('every rule page links to a guide page that explains it', () => {
    for (const rule of RULES) expect(read(example, `coach/rules/${rule.id}/index.html`), rule.id).toMatch(/href="\/guide\/[a-z-]+\/"/);
  });
});

describe('left-out content', () => {
  const markers = JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/example-markers.json'), 'utf8')) as Record<string, string[]>;
  /** Every file of a site as text, search-index files decompressed (Pagefind gzips them). */
  function texts(dist: string): Array<[string, string]> {
    let decompressed = 0;
    const out = filesOf(dist).map((file): [string, string] => {
      const bytes = readFileSync(file);
      let text = bytes.toString('utf8');
      if (/\.pf_(fragment|index|meta|filter)$/.test(file)) {
        text = gunzipSync(bytes).toString('utf8');
        decompressed++;
      }
      return [path.relative(dist, file), text];
    });
    expect(decompressed).toBeGreaterThan(10);
    return out;
  }
  const leaksOf = (dist: string, phrases: string[]) =>
    texts(dist).flatMap(([file, text]) => phrases.filter((p) => text.includes(p)).map((p) => `${file}: ${p}`));

  it('leaves no trace in any file of the site, compressed search fragments included', () => {
    const phrases = Object.values(markers).flat();
    expect(phrases.length).toBeGreaterThanOrEqual(4);
    expect(leaksOf(example, phrases)).toEqual([]);
  });

  it('publishes confidential entries with the opt-in, and still no draft or later check-in', () => {
    const optIn = distOf('example-confidential');
    expect(leaksOf(optIn, [...markers.draft!, ...markers.afterAsOf!])).toEqual([]);
    for (const phrase of markers.confidential!) expect(leaksOf(optIn, [phrase]).length, phrase).toBeGreaterThan(0);
  });
});

describe('hostile strings in content', () => {
  const html = read(edge, 'teams/ops/2026-q3/index.html');
  it('are escaped as text in HTML and in JSON inside scripts', () => {
    expect(html).toContain('Make &lt;/script&gt;&lt;script&gt;alert(&#39;objective&#39;)&lt;/script&gt;');
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    // the JSON data blocks, the chart loader and the search shortcut, nothing else
    expect(outsideAttributes.match(/<script/g)?.length).toBe((html.match(/<script type="application\/json">/g)?.length ?? 0) + 2);
    for (const json of html.matchAll(/<script type="application\/json">([^<]*)<\/script>/g)) {
      expect(json[1]).not.toMatch(/[<>\u2028\u2029]/);
      expect(() => JSON.parse(json[1]!)).not.toThrow();
    }
  });

  it('honour the base path in every internal link', () => {
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith('/'));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((h) => !h.startsWith('/okrs/'))).toEqual([]);
  });

  it('keep non-Latin names, a byte-order mark, CRLF, 1e15 and negative numbers intact', () => {
    const team = read(edge, 'teams/field/index.html');
    expect(team).toContain('<h1>களப் திட்டம்</h1>');
    expect(team).toContain('陈小明');
    expect(team).toContain('José Ñúñez');
    expect(team).toContain('我们负责现场运行。');
    const card = read(edge, 'teams/field/2026-q3/index.html');
    expect(card).toContain('Pelanggan tenang, 客户安心, வாடிக்கையாளர் நம்பிக்கை, clients sereins');
    expect(card).toContain('1,000,000,000,000,000 MYR');
    expect(card).toContain('-30 °C');
    expect(card).toContain('会议记录：冷库温度正在改善。');
    const json = JSON.parse(read(edge, 'teams/field/2026-q3.json'));
    const [revenue, cold] = json.objectives[0].keyResults;
    expect(revenue).toMatchObject({ baseline: 999999999999999, target: 1000000000000000, current: 999999999999999.5, progress: 0.5 });
    expect(cold.progress).toBeCloseTo(10 / 12, 12); // (-20 - -30) / (-18 - -30)
  });

  it('show an upcoming cycle with no check-ins, a team without leadership and a key result never updated', () => {
    // The edge fixture has `locale: ms-MY`, so its interface is in Malay (v2).
    expect(read(edge, 'teams/ops/2027-q1/index.html')).toContain('Belum ada semakan dalam kitaran ini.');
    expect(read(edge, 'teams/ops/index.html')).toContain('Tiada pemimpin direkodkan sebagai penyokong pasukan ini.');
    expect(html).toContain('belum diukur');
  });
});

describe('people pages (v2)', () => {
  it('are built for everyone named in the example, and names link to them', () => {
    expect(existsSync(path.join(example, 'people/index.html'))).toBe(true);
    expect(read(example, 'people/elaine-ng/index.html')).toContain('Handover of Engineering');
    expect(read(example, 'teams/engineering/index.html')).toContain('href="/people/elaine-ng/"');
    expect(read(example, 'index.html')).toContain('href="/people/"');
  });
  it('are left out, with their links, when site.yaml says `people: false`', () => {
    expect(existsSync(path.join(edge, 'people'))).toBe(false);
    expect(read(edge, 'teams/field/index.html')).not.toContain('/people/');
  });
});

describe('health metrics (v3)', () => {
  it('the example tells it: a breached metric on the team page, the active scorecard and its JSON, status.json, the owner\'s page and the review', () => {
    const team = read(example, 'teams/customer-success/index.html');
    expect(team).toContain('id="health"');
    expect(team).toMatch(/▲<\/span> Breached/);
    expect(read(example, 'teams/customer-success/2026-q4/index.html')).toContain('class="health-chart"');
    // Readings 7.5 (Jul 30), 9.5 (Aug 27), 11, 12, 12.5, 10, 9 against below: 8: breached since Aug 27; latest 9 on Nov 19.
    expect(JSON.parse(read(example, 'teams/customer-success/2026-q4.json')).health).toEqual([
      { id: 'first-reply-hours', title: 'Median hours to the first reply on a support ticket', unit: 'hours', value: 9, state: 'breached', since: '2026-08-27', lastReading: '2026-11-19', above: null, below: 8 },
    ]);
    const status = JSON.parse(read(example, 'status.json'));
    expect(status.teams.find((t: { team: string; cycle: string }) => t.team === 'company' && t.cycle === '2026-q4').health.map((h: { state: string }) => h.state)).toEqual(['healthy', 'healthy']);
    expect(read(example, 'people/vinod-kumar/index.html')).toContain('Median hours to the first reply on a support ticket');
    // Q3 closed on Sep 30: the Sep 17 reading (12 > 8) is breached.
    expect(read(example, 'cycles/2026-q3/review/index.html')).toContain('1 health metric breached at the end of the cycle');
    expect(read(example, 'index.html')).toContain('1 health metric breached');
  });
});
