/**
 * What pages show but no page computes: the calibration verdict, the spread
 * of team scores, leaders during a cycle, hints grouped and counted and
 * linked to their place, chart data for unfinished cycles and confidence
 * sparklines, search text as sentences and suggested queries. Expected
 * numbers worked out by hand in the comments.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { countHintsBySubject, groupHintsByRule, type Hint } from '../../src/coaching/index.ts';
import { calibrationVerdict, computeFigures, leadersDuring, median, scoreSpread } from '../../src/figures/index.ts';
import { formatter } from '../../src/lib/format.ts';
import { sentences } from '../../src/search/records.ts';
import { siteSuggestions, suggestedQueries } from '../../src/search/suggestions.ts';
import { chartLegend, confidenceSparkline, spreadChart, teamScoreChart } from '../../src/site/chart-data.ts';
import { hintTarget, readableMessage } from '../../src/site/hint-target.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';
import { checkIn, cycle, kr, model, objective, team } from '../model-builder.ts';

afterAll(cleanContentRoots);

describe('calibrationVerdict (docs/figures.md, "Reading the calibration": margin 0.15, at least 3 key results)', () => {
  it('reads a bucket by its hit rate against its mean confidence', () => {
    // 0.5 < 0.7 - 0.15 = 0.55: landed less often than said
    expect(calibrationVerdict({ count: 4, meanConfidence: 0.7, hitRate: 0.5 })).toBe('over-confident');
    // 0.5 > 0.3 + 0.15 = 0.45: landed more often than said
    expect(calibrationVerdict({ count: 4, meanConfidence: 0.3, hitRate: 0.5 })).toBe('under-confident');
    // 0.6 within [0.7 - 0.15, 0.7 + 0.15] = [0.55, 0.85]
    expect(calibrationVerdict({ count: 3, meanConfidence: 0.7, hitRate: 0.6 })).toBe('about-right');
  });
  it('counts a difference of exactly the margin as about right, in floating point too', () => {
    // 0.65 - 0.15 = 0.5 and 0.65 + 0.15 = 0.8 (0.8000000000000002 in binary): both edges are inside
    expect(calibrationVerdict({ count: 5, meanConfidence: 0.65, hitRate: 0.5 })).toBe('about-right');
    expect(calibrationVerdict({ count: 5, meanConfidence: 0.65, hitRate: 0.8 })).toBe('about-right');
  });
  it('does not read a bucket of fewer than 3, and has nothing to say about an empty one', () => {
    expect(calibrationVerdict({ count: 2, meanConfidence: 0.9, hitRate: 0 })).toBe('too-few');
    expect(calibrationVerdict({ count: 0, meanConfidence: null, hitRate: null })).toBeNull();
  });
});

describe('scoreSpread', () => {
  const at = (state: 'upcoming' | 'active' | 'closed', scores: number[], greens = 0) => ({
    cycle: { name: state, ...{ closed: { start: '2026-04-01', end: '2026-06-30' }, active: { start: '2026-07-01', end: '2026-09-30' }, upcoming: { start: '2026-10-01', end: '2026-12-31' } }[state] },
    pace: { state },
    scorecards: scores.map((score, i) => ({ score, grade: i < greens ? ('green' as const) : ('yellow' as const) })),
  });
  it('gives lowest, median, highest and green teams of every started cycle, the running one unfinished', () => {
    // closed: sorted 0.4 0.6 0.7 0.9, median (0.6 + 0.7) / 2 = 0.65; active: sorted 0.3 0.5 0.8, median 0.5
    expect(scoreSpread([at('closed', [0.4, 0.9, 0.6, 0.7], 1), at('active', [0.3, 0.8, 0.5]), at('upcoming', [0, 0])])).toEqual([
      { cycle: expect.objectContaining({ name: 'closed' }), teams: 4, lowest: 0.4, median: expect.closeTo(0.65, 12), highest: 0.9, inGreen: 1, finished: true },
      { cycle: expect.objectContaining({ name: 'active' }), teams: 3, lowest: 0.3, median: 0.5, highest: 0.8, inGreen: 0, finished: false },
    ]);
    expect(median([1])).toBe(1);
  });
  it('draws the running cycle as unfinished and never the lowest team in green', () => {
    const spec = spreadChart(scoreSpread([at('closed', [0.4, 0.9]), at('active', [0.3, 0.8])]), 0.7);
    expect(spec.labels).toEqual(['closed', 'active (in progress)']);
    expect(spec.unfinished).toEqual([1]);
    // Palette order in chart-render.ts skips --chart-3 (green): series 0, 1, 2 are blue, orange, purple.
    expect(chartLegend(spec).map((i) => [i.label, i.role, i.index])).toEqual([
      ['Highest team', 'series', 0], ['Median team', 'value', 1], ['Lowest team', 'series', 2], ['Green from', 'band', 0],
    ]);
  });
});

describe('teamScoreChart', () => {
  it('leaves out cycles that have not started and marks the running one', () => {
    const m = model({
      asOf: '2026-08-15',
      cycles: [cycle('q2', '2026-04-01', '2026-06-30'), cycle('q3', '2026-07-01', '2026-09-30'), cycle('q4', '2026-10-01', '2026-12-31')],
      teams: [team('t')],
      objectives: ['q2', 'q3', 'q4'].map((c) => objective(`${c}/t/o`, 't', c, [kr('a')])),
    });
    const spec = teamScoreChart(computeFigures(m).scorecardsOf('t'), 0.7);
    expect(spec.labels).toEqual(['q2', 'q3 (in progress)']);
    expect(spec.unfinished).toEqual([1]);
    expect(spec.series[0]!.points).toHaveLength(2);
  });

  // The example's shape: a year (active) over Q2 and Q3 (closed) and Q4 (active), as of 2026-11-20.
  const yearOverQuarters = () =>
    model({
      asOf: '2026-11-20',
      cycles: [cycle('y', '2026-01-01', '2026-12-31'), cycle('q2', '2026-04-01', '2026-06-30'), cycle('q3', '2026-07-01', '2026-09-30'), cycle('q4', '2026-10-01', '2026-12-31')],
      teams: [team('t')],
      objectives: ['y', 'q2', 'q3', 'q4'].map((c) => objective(`${c}/t/o`, 't', c, [kr('a')])),
    });
  it('draws closed cycles solid wherever a running one stands, and leaves the containing year off the quarterly trend', () => {
    const spec = teamScoreChart(computeFigures(yearOverQuarters()).scorecardsOf('t'), 0.7);
    // Trend: q2, q3 (closed, solid) and q4 (running); the year contains all three, so it is no point between them.
    expect(spec.labels).toEqual(['q2', 'q3', 'q4 (in progress)']);
    expect(spec.unfinished).toEqual([2]);
    expect(spec.series[0]!.points.map(([x]) => x)).toEqual([0, 1, 2]);
    expect(spec.notes).toEqual(['y is not on this trend: it spans the cycles shown (its score is in the table)']);
  });
  it('keeps a year that contains no other cycle of the team as a point of its own', () => {
    const m = model({
      asOf: '2026-11-20',
      cycles: [cycle('y', '2026-01-01', '2026-12-31'), cycle('q4', '2026-10-01', '2026-12-31')],
      teams: [team('t'), team('u')],
      objectives: [objective('y/t/o', 't', 'y', [kr('a')]), objective('q4/u/o', 'u', 'q4', [kr('a')])],
    });
    const spec = teamScoreChart(computeFigures(m).scorecardsOf('t'), 0.7);
    expect(spec.labels).toEqual(['y (in progress)']);
    expect(spec.notes).toBeUndefined();
  });
  it('leaves the containing year off the spread of team scores too, and marks only running cycles unfinished', () => {
    const figures = computeFigures(yearOverQuarters());
    const spec = spreadChart(scoreSpread(figures.cycles), 0.7);
    expect(spec.labels).toEqual(['q2', 'q3', 'q4 (in progress)']);
    expect(spec.unfinished).toEqual([2]);
    expect(spec.notes).toHaveLength(1);
  });
});

describe('confidenceSparkline', () => {
  it('places each given confidence by day in the cycle and height in a 100 x 20 box', () => {
    // Q3: 2026-07-01 to 2026-09-30, 91 days from start to end.
    // 07-01, 0.7: x 0, y 20 - 0.7 * 20 = 6. 08-15, 0.5: x 45 / 91 * 100 = 49.45 -> 49.5, y 10. The update without a confidence is skipped.
    const history = [{ date: '2026-07-01', confidence: 0.7 }, { date: '2026-07-20', confidence: null }, { date: '2026-08-15', confidence: 0.5 }];
    expect(confidenceSparkline(history, { start: '2026-07-01', end: '2026-09-30' })).toBe('0,6 49.5,10');
    expect(confidenceSparkline(history.slice(0, 2), { start: '2026-07-01', end: '2026-09-30' })).toBeNull();
  });
});

describe('leadersDuring', () => {
  it('keeps the terms that overlap the period, ends inclusive', () => {
    const terms = [{ name: 'A', until: '2026-06-30' }, { name: 'B', from: '2026-09-30' }, { name: 'C', from: '2026-10-01' }, { name: 'D' }];
    expect(leadersDuring(terms, { start: '2026-07-01', end: '2026-09-30' }).map((l) => l.name)).toEqual(['B', 'D']);
  });
});

describe('hints for reading', () => {
  const hint = (rule: string, entry: string | null, target: string | null): Hint => ({ rule, file: 'f.md', line: 3, team: 't', cycle: 'q3', target, entry, text: { key: 'hint.about', values: {} } });
  const hints = [hint('action-unlinked', 'q3/t/2026-07-20', 'actions[0]'), hint('kr-stale', 'q3/t/o', 'a'), hint('checkin-missed', null, null), hint('kr-output', 'q3/t/o', 'a'), hint('kr-stale', 'q3/t/o', 'b'), hint('objective-owner', 'q3/t/o', 'owner')];

  it('groups by rule in catalogue order and counts by subject', () => {
    expect(groupHintsByRule(hints).map((g) => [g.rule.id, g.hints.length])).toEqual([['kr-output', 1], ['objective-owner', 1], ['checkin-missed', 1], ['kr-stale', 2], ['action-unlinked', 1]]);
    // key-result rules (kr-output, kr-stale x2) and objective-owner are about objectives: 4
    expect(countHintsBySubject(hints)).toEqual({ total: 6, team: 1, objectives: 4, checkIns: 1 });
  });

  it('leads to the exact place on the scorecard, worded with readable dates', () => {
    const m = model({
      asOf: '2026-08-15',
      cycles: [cycle('q3', '2026-07-01', '2026-09-30')],
      teams: [team('t')],
      objectives: [objective('q3/t/o', 't', 'q3', [kr('a', { title: 'Churn' }), kr('b')], { title: 'Keep customers' })],
      checkIns: [checkIn('t', 'q3', '2026-07-20')],
    });
    const fmt = formatter('en');
    expect(hints.map((h) => hintTarget(h, m, fmt))).toEqual([
      { route: 'teams/t/q3/#checkin-2026-07-20', label: 'check-in of Jul 20, 2026' },
      { route: 'teams/t/q3/#kr-q3-t-o-a', label: 'key result “Churn”' },
      { route: 'teams/t/q3/#discipline', label: 'check-in discipline' },
      { route: 'teams/t/q3/#kr-q3-t-o-a', label: 'key result “Churn”' },
      { route: 'teams/t/q3/#kr-q3-t-o-b', label: 'key result “b”' },
      { route: 'teams/t/q3/#objective-q3-t-o', label: 'objective “Keep customers”' },
    ]);
    expect(hintTarget(hint('team-no-leadership', null, null), m, fmt)).toEqual({ route: 'teams/t/#leadership', label: 'leadership of the team' });
    expect(readableMessage('Missed the periods starting 2026-07-15, 2026-07-22.', fmt)).toBe('Missed the periods starting Jul 15, 2026, Jul 22, 2026.');
  });
});

describe('sentences', () => {
  it('puts one full stop between parts, never two', () => {
    expect(sentences('Slipped to November.', 'Move the launch', undefined, '', 'Ask why?', 'Done')).toBe('Slipped to November. Move the launch. Ask why? Done');
  });
});

describe('suggested queries', () => {
  const notes = (body: string, attendees: string[] = []) => ({ body, updates: [], actions: [], blockers: [], attendees, leadersPresent: [] });
  it('are the words most recent check-ins use, topics first, names and glue left out', () => {
    const checkIns = [
      notes('Vaccination drive in Kampot went well; volunteers need transport.', ['Sokha Chan']),
      notes('Volunteers asked about transport again. Sokha will call the district.', ['Sokha Chan']),
      notes('Vaccination numbers are up. Transport budget agreed with the district office.'),
      notes('Clinic roster done; volunteers rested.'),
    ];
    // transport: 3 notes, volunteers: 3, vaccination: 2, district: 2. "vaccination" is in a key-result title, so it leads;
    // "sokha" is an attendee, "agreed" a meeting verb, "about" glue, "went" too short.
    expect(suggestedQueries(checkIns, [], 3, ['Vaccination coverage of under-fives'])).toEqual(['vaccination', 'transport', 'volunteers']);
    expect(suggestedQueries(checkIns, ['Kampot Volunteers'], 2)).toEqual(['transport', 'district']);
  });

  it('come from the content of the site built, not from the example organisation', () => {
    const root = contentRoot({
      'site.yaml': 'title: Riverside Clinics\norganization: Riverside Clinics Trust\nlocale: en\n',
      'checkins/2026-q3/sales/2026-07-13.md': '---\nteam: sales\ndate: 2026-07-13\nattendees: [Mary Okafor]\n---\nMosquito nets arrived late; the outreach vans need repairs.\n',
      'checkins/2026-q3/sales/2026-07-20.md': '---\nteam: sales\ndate: 2026-07-20\nattendees: [Mary Okafor]\n---\nOutreach vans repaired. Mosquito nets handed out in two villages.\n',
    });
    const { model: m } = load(root, { asOf: '2026-08-15' });
    const words = siteSuggestions(m, 5);
    expect(words).toEqual(expect.arrayContaining(['mosquito', 'outreach']));
    expect(words.join(' ')).not.toMatch(/mary|okafor|riverside|cendana|renewals|screening/);
  });
});

describe('search suggestions in the site\'s language (issue 25, item 9)', () => {
  const notes = (body: string) => ({ body, updates: [], actions: [], blockers: [], attendees: [], leadersPresent: [] });
  it('leave out Malay glue words on a Malay site, and suggest only the organisation\'s own terms there', async () => {
    const { stopwordsFor } = await import('../../src/search/suggestions.ts');
    // "dengan", "kerana", "untuk" are in every Malay note: glue, not something to search for.
    const checkIns = [notes('Pasukan berbincang dengan pelanggan kerana saringan untuk dashboard.'), notes('Saringan lebih baik dengan dashboard baharu kerana data untuk pelanggan.'), notes('Dashboard saringan dengan pelanggan.')];
    const english = suggestedQueries(checkIns, [], 5, []);
    expect(english).toEqual(expect.arrayContaining(['dengan', 'kerana']));
    const malay = suggestedQueries(checkIns, [], 5, ['Ketepatan saringan transaksi'], { stopwords: stopwordsFor('ms'), topicalOnly: true });
    expect(malay).toEqual(['saringan']);
  });
});

describe('search weights', () => {
  it('index attendee lists at a low weight and objective titles at a high one', async () => {
    const { searchPages } = await import('../../src/search/records.ts');
    const root = contentRoot({ 'checkins/2026-q3/sales/2026-07-20.md': '---\nteam: sales\ndate: 2026-07-20\nattendees: [Mary Okafor]\nleaders_present: [Farid]\n---\nMary Okafor asked for the November figures.\n' });
    const { model: m } = load(root, { asOf: '2026-08-15' });
    const scorecard = searchPages(m, computeFigures(m), '/').find((p) => p.url === '/teams/sales/2026-q3/')!.content;
    expect(scorecard).toContain('<p>Mary Okafor asked for the November figures.</p><p data-pagefind-weight="0.25">Attendees: Mary Okafor. Leadership present: Farid</p>');
    // The objectives section has no anchor, so no heading: its titles come first, at weight 2.
    expect(scorecard).toMatch(/<\/div><p data-pagefind-weight="2">Win the mid-market\./);
  });
});
