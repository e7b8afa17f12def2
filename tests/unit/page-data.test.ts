/**
 * Page data (src/site/routes): what each route prints, worked out by a pure
 * function from a narrow context, called here without Astro. Expected values
 * are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeCoaching } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { english } from '../../src/i18n/index.ts';
import { formatter } from '../../src/lib/format.ts';
import type { Model } from '../../src/model/types.ts';
import { sitePeopleOf } from '../../src/site/people/people.ts';
import { coachPage, rulePage, rulesPage } from '../../src/site/routes/coach-pages.ts';
import { coachReport } from '../../src/site/routes/coach-report.ts';
import { cyclePage } from '../../src/site/routes/cycle-page.ts';
import { disciplineWords } from '../../src/site/routes/discipline-block.ts';
import { homePage } from '../../src/site/routes/home-page.ts';
import { insightsPage } from '../../src/site/routes/insights-page.ts';
import { reviewPage, reviewVerdict } from '../../src/site/routes/review-page.ts';
import { objectivePage } from '../../src/site/routes/objective-page.ts';
import { scorecardPage } from '../../src/site/routes/scorecard-page.ts';
import { searchPage } from '../../src/site/routes/search-page.ts';
import { teamPage } from '../../src/site/routes/team-page.ts';
import { teamsPage } from '../../src/site/routes/teams-page.ts';
import { guidePage as guidePage2, guidePageIds } from '../../src/site/routes/guide-page.ts';
import { confidenceSpark, keyResultCharts } from '../../src/site/routes/key-result-charts.ts';
import { activePace, barLength, hasGrades, scoreBar } from '../../src/site/routes/score-bars.ts';
import { lineageSteps } from '../../src/site/routes/objective-page.ts';
import { layout } from '../../src/site/routes/layout.ts';
import { cyclesPage } from '../../src/site/routes/cycles-page.ts';
import { checkIn, cycle, guidePage, handover, kr, model, objective, team } from '../model-builder.ts';

/** The context a page reads, as the middleware puts it on `Astro.locals.okrbook`. */
function contextOf(m: Model) {
  const figures = computeFigures(m);
  return { model: m, figures, coaching: computeCoaching(m, figures), fmt: formatter('en'), t: english, people: sitePeopleOf(m, figures) };
}

const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30');
const q4 = cycle('2026-q4', '2026-10-01', '2026-12-31');
const krs = () => [kr('a'), kr('b')];

describe('home page', () => {
  // Eight weekly check-ins of one team in Q3, as of 2026-08-25 (every one dated before it).
  const dates = ['07-06', '07-13', '07-20', '07-27', '08-03', '08-10', '08-17', '08-24'].map((d) => `2026-${d}`);
  const m = model({
    asOf: '2026-08-25', cycles: [q3], teams: [team('sales', { name: 'Sales' }), team('idle')],
    objectives: [objective('2026-q3/sales/win', 'sales', '2026-q3', krs())],
    checkIns: dates.map((date) => checkIn('sales', '2026-q3', date, [{ kr: 'a', value: 1, confidence: 0.5 }])),
  });
  const page = homePage(contextOf(m));

  it('is about the active cycle and lists its six latest check-ins, newest first, with the team name', () => {
    expect(page.cycles.map((c) => c.result.cycle.id)).toEqual(['2026-q3']);
    // 8 check-ins, the last 6 of them from 07-20 to 08-24, reversed
    expect(page.cycles[0]!.latest.map((l) => l.checkIn.date)).toEqual(['2026-08-24', '2026-08-17', '2026-08-10', '2026-08-03', '2026-07-27', '2026-07-20']);
    expect(page.cycles[0]!.latest[0]!.teamName).toBe('Sales');
  });

  it('counts the hints of every team, a team without objectives at 0', () => {
    const coaching = contextOf(m).coaching;
    expect(page.cycles[0]!.hints.get('sales')).toBe(coaching.of('sales', '2026-q3').length);
    expect(page.cycles[0]!.hints.get('idle')).toBe(0);
    expect(cyclePage(contextOf(m), '2026-q3').hints).toEqual(page.cycles[0]!.hints);
  });
});

describe('insights page', () => {
  it('reads each calibration bucket and says when fewer than three hold key results', () => {
    // Q3 closed on 2026-09-30; one key result with a mid-cycle confidence of 0.9 (bucket 0.8-1), hit: score (10-0)/(10-0) = 1
    const m = model({
      asOf: '2026-11-01', cycles: [q3], teams: [team('t')],
      objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs())],
      checkIns: [checkIn('t', '2026-q3', '2026-08-03', [{ kr: 'a', value: 10, confidence: 0.9 }])],
    });
    const page = insightsPage(contextOf(m));
    expect(page.calibration.samples).toBe(1);
    const filled = page.buckets.filter((b) => b.bucket.count > 0);
    // one key result in one bucket: too few to read (fewer than 3)
    expect(filled.map((b) => b.reading)).toEqual(['insights.tooFew']);
    expect(page.buckets.filter((b) => b.bucket.count === 0).every((b) => b.reading === null)).toBe(true);
    expect(page.fewBuckets).toBe(true);
    expect(page.cyclesCounted).toEqual(['2026-q3']);
    expect(page.spreadInProgress).toBe(false);
  });
});

describe('review page', () => {
  // As of 2026-11-01 Q3 is closed. Team `green`: a = 10 of 10, b = 10 of 10: score 1, green.
  // Team `missed`: a = 2 of 10, b = 2 of 10: score 0.2, red; its one check-in in 13 weekly periods is a broken rhythm.
  const m = model({
    asOf: '2026-11-01', cycles: [q3], teams: [team('green'), team('missed')],
    objectives: [objective('2026-q3/green/o', 'green', '2026-q3', krs()), objective('2026-q3/missed/o', 'missed', '2026-q3', krs())],
    checkIns: [
      checkIn('green', '2026-q3', '2026-09-28', [{ kr: 'a', value: 10 }, { kr: 'b', value: 10 }]),
      checkIn('missed', '2026-q3', '2026-07-06', [{ kr: 'a', value: 2 }, { kr: 'b', value: 2 }]),
    ],
  });
  const context = contextOf(m);

  it('counts the teams by diagnosis', () => {
    const page = reviewPage(context, '2026-q3');
    expect(page.counts).toEqual({ achieved: 1, rhythm: 1, strategy: 0 });
    expect(page.sampled).toBe(0); // no confidence given
  });

  it('says each verdict, with the check-in rate where it is the reason', () => {
    const cards = context.figures.cycle('2026-q3')!.scorecards;
    expect(english.say(reviewVerdict(cards[0]!, context.fmt))).toBe('Achieved: the team grade is green.');
    const missed = cards[1]!;
    expect(missed.review.diagnosis).toBe('rhythm');
    expect(english.say(reviewVerdict(missed, context.fmt))).toBe(
      `Missed with a broken rhythm: ${context.fmt.percent(missed.discipline.rate!)} of check-ins kept (below 75%), so the gap showed late.`,
    );
  });
});

describe('team page', () => {
  const m = model({
    asOf: '2026-11-01', cycles: [q3, q4],
    teams: [
      team('ops', { name: 'Ops', lead: 'Zoë "Z" <Ng>', leadership: [{ name: 'Later', roles: ['mentor'], from: '2026-10-01' }, { name: 'First', roles: ['motivator'] }] }),
      team('field', { name: 'Field', parent: 'ops' }),
    ],
    objectives: [objective('2026-q3/ops/o', 'ops', '2026-q3', krs()), objective('2026-q4/ops/o', 'ops', '2026-q4', krs())],
    settings: { people: false },
  });
  const page = teamPage(contextOf(m), 'ops');

  it('lists its child teams, and its scorecards newest first with the leaders of each cycle', () => {
    expect(page.children.map((c) => c.id)).toEqual(['field']);
    // First backs the team throughout; Later from 2026-10-01, inside Q4 only
    expect(page.rows.map((r) => [r.card.cycle.id, r.leaders])).toEqual([['2026-q4', ['Later', 'First']], ['2026-q3', ['First']]]);
    expect(page.leadership.map((l) => l.name)).toEqual(['First', 'Later']);
    expect(page.chart).toBe(true); // Q3 and Q4 have started
    expect(page.inProgress).toBe(true); // Q4 is active on 2026-11-01
  });

  it('escapes a name it does not link, quotes included', () => {
    expect(page.leadHtml).toEqual({ html: 'Zoë &quot;Z&quot; &lt;Ng&gt;' });
    expect(page.parentLink).toBeUndefined();
    expect(teamPage(contextOf(m), 'field').parentLink!.html).toContain('>Ops</a>');
  });
});

describe('discipline block', () => {
  it('says weeks for a weekly cadence and periods otherwise', () => {
    const m = model({ asOf: '2026-07-20', cycles: [q3], teams: [team('t')], objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs())] });
    const d = computeFigures(m).scorecard('t', '2026-q3')!.discipline;
    // weeks of 07-01 and 07-08 ended without a check-in by 07-20
    expect(disciplineWords({ model: m }, d, formatter('en')).missed!.key).toBe('discipline.missed.weeks');
    const fortnightly = model({ asOf: '2026-07-20', cycles: [q3], teams: [team('t')], objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs())], settings: { checkins: { every_days: 14 } } });
    const words = disciplineWords({ model: fortnightly }, computeFigures(fortnightly).scorecard('t', '2026-q3')!.discipline, formatter('en'));
    expect(words.streak.key).toBe('discipline.streak.periods');
  });
});

describe('coaching report', () => {
  it('counts hints per rule in catalogue order, and lists only teams with hints', () => {
    // Team `t`: an objective without owner, why-now and behaviours, one key result (fewer than 2)
    const m = model({
      asOf: '2026-07-02', cycles: [q3], teams: [team('t'), team('quiet')],
      objectives: [objective('2026-q3/t/o', 't', '2026-q3', [kr('a')])],
    });
    const context = contextOf(m);
    const report = coachReport(context, context.figures.cycle('2026-q3')!);
    const hints = context.coaching.of('t', '2026-q3');
    expect(report.total).toBe(hints.length);
    expect(report.rules.reduce((sum, r) => sum + r.count, 0)).toBe(hints.length);
    expect(report.rules.map((r) => r.rule.id)).toEqual(expect.arrayContaining(['kr-count', 'objective-owner']));
    expect(report.byTeam.map((b) => b.card.team.id)).toEqual(['t']);
    expect(report.teams).toBe(1);
  });
});

describe('objective page', () => {
  const year = cycle('2026', '2026-01-01', '2026-12-31');
  const m = model({
    asOf: '2026-11-01', cycles: [year, q3, q4], teams: [team('t')],
    objectives: [
      objective('2026/t/grow', 't', '2026', krs()),
      objective('2026-q3/t/a', 't', '2026-q3', krs(), { parent: '2026/t/grow' }),
      objective('2026-q4/t/b', 't', '2026-q4', krs(), { parent: '2026/t/grow' }),
    ],
  });

  it('groups a yearly objective\'s children by quarter, each under a heading', () => {
    const page = objectivePage(contextOf(m), '2026/t/grow');
    expect(page.childGroups.map((g) => [g.cycle.id, g.objectives.map((o) => o.id)])).toEqual([['2026-q3', ['2026-q3/t/a']], ['2026-q4', ['2026-q4/t/b']]]);
    expect(page.childHeadings).toBe(true);
    expect(page.parent).toBeUndefined();
  });

  it('names what a quarter\'s objective serves, and has no children', () => {
    const page = objectivePage(contextOf(m), '2026-q3/t/a');
    expect(page.parent?.id).toBe('2026/t/grow');
    expect(page.childGroups).toEqual([]);
    expect(page.explained.score.value).toBe(page.result.score);
  });
});

describe('scorecard page', () => {
  it('sorts hints by where they sit, lists check-ins newest first, and the handover notes of the cycle', () => {
    // The objective has no owner (a hint next to it); the check-in has an action tied to no key result (a hint next to it).
    const m = model({
      asOf: '2026-08-15', cycles: [q3, q4], teams: [team('t')],
      objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs()), objective('2026-q4/t/o', 't', '2026-q4', krs())],
      checkIns: [
        checkIn('t', '2026-q3', '2026-07-06', [{ kr: 'a', value: 1, confidence: 0.5 }]),
        checkIn('t', '2026-q3', '2026-07-13', [{ kr: 'a', value: 2, confidence: 0.5 }], { actions: [{ title: 'Tidy up', status: 'todo' }] }),
      ],
      handovers: [handover('t', '2026-07-01', ['Nurul']), handover('t', '2026-10-05', ['Later'])],
    });
    const page = scorecardPage(contextOf(m), 't', '2026-q3');
    expect(page.timeline.map((c) => c.date)).toEqual(['2026-07-13', '2026-07-06']);
    expect(page.hintsOf('2026-q3/t/o').map((h) => h.rule)).toContain('objective-owner');
    expect(page.hintsOf('2026-q3/t/2026-07-13').map((h) => h.rule)).toEqual(['action-unlinked']);
    expect(page.hintCounts.total).toBe(contextOf(m).coaching.of('t', '2026-q3').length);
    // the note of 2026-10-05 is dated in Q4, not Q3
    expect(page.handovers.map((h) => h.date)).toEqual(['2026-07-01']);
    expect(page.otherCycles.map((c) => c.cycle.id)).toEqual(['2026-q4']);
    expect([...page.keyResults.keys()]).toEqual(['a', 'b']);
    // 2026-08-15 in Q3: day 46 of 92, x = 0.5
    expect(page.expected).toBe(0.5);
  });
});

describe('search page', () => {
  it('counts the pages of each filter value', () => {
    const m = model({ asOf: '2026-08-15', cycles: [q3], teams: [team('t')], objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs())] });
    const { filters } = searchPage(contextOf(m));
    const type = filters.find((f) => f.key === 'type')!;
    // one objective page, one team page, one cycle page
    expect(Object.fromEntries(type.values.map((v) => [v.value, v.pages]))).toMatchObject({ objective: 1, team: 1, cycle: 1 });
  });
});

describe('coaching pages', () => {
  // As of 2026-11-01: Q3 closed, Q4 active; each objective has no owner (one objective-owner hint per cycle).
  const m = model({
    asOf: '2026-11-01', cycles: [q3, q4], teams: [team('t')],
    objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs()), objective('2026-q4/t/o', 't', '2026-q4', krs())],
    settings: { coaching: { disable: ['kr-stale'] } },
  });
  const context = contextOf(m);

  it('reports on the active cycle, then the other cycles with teams, newest first', () => {
    const page = coachPage(context);
    expect(page.current.map((c) => c.cycle.id)).toEqual(['2026-q4']);
    expect(page.others.map((c) => c.cycle.id)).toEqual(['2026-q3']);
  });

  it('counts each rule\'s hints across the site, none for a rule switched off', () => {
    const rules = rulesPage(context);
    expect(rules.find((r) => r.rule.id === 'objective-owner')!.hints).toBe(2); // one per cycle
    expect(rules.find((r) => r.rule.id === 'kr-stale')!.hints).toBeNull();
  });

  it('lists a rule\'s hints in the current cycles only', () => {
    expect(rulePage(context, 'objective-owner').now.map((h) => h.cycle)).toEqual(['2026-q4']);
  });
});

describe('teams page', () => {
  it('nests every team under its parent, roots and children in id order', () => {
    // a and d have no parent; b's parent is a, c's is b
    const m = model({
      asOf: '2026-08-15', cycles: [q3], objectives: [],
      teams: [team('a'), team('b', { parent: 'a' }), team('c', { parent: 'b' }), team('d')],
    });
    const ids = (nodes: ReturnType<typeof teamsPage>['roots']): unknown[] => nodes.map((n) => (n.children.length > 0 ? [n.team.id, ids(n.children)] : n.team.id));
    expect(ids(teamsPage({ model: m }).roots)).toEqual([['a', [['b', ['c']]]], 'd']);
  });
});

describe('guide page', () => {
  // The model sorts the handbook by order: index (0), rhythm (1), grading (2).
  const m = model({
    asOf: '2026-08-15', cycles: [q3], teams: [team('t')], objectives: [],
    guide: [guidePage('index', 'Handbook', { order: 0 }), guidePage('rhythm', 'Rhythm', { order: 1, rules: ['kr-stale', 'no-such-rule'] }), guidePage('grading', 'Grading', { order: 2 })],
  });
  const headings = [{ depth: 1, slug: 'top', text: 'Top' }, { depth: 2, slug: 'why', text: 'Why' }, { depth: 3, slug: 'detail', text: 'Detail' }, { depth: 2, slug: 'how', text: 'How' }];

  it('outlines the second-level headings, links the rules it explains that exist, and its neighbours', () => {
    const page = guidePage2({ model: m }, 'rhythm', headings);
    expect(page.outline.map((h) => h.slug)).toEqual(['why', 'how']);
    expect(page.rules.map((r) => r.id)).toEqual(['kr-stale']);
    expect([page.previous?.id, page.next?.id]).toEqual(['index', 'grading']);
    expect(guidePageIds({ model: m })).toEqual(['rhythm', 'grading']);
  });

  it('sends the front page on to the first other page, also when there is no index page', () => {
    expect(guidePage2({ model: m }, 'index', []).next?.id).toBe('rhythm');
    const noIndex = model({ asOf: '2026-08-15', cycles: [q3], teams: [team('t')], objectives: [], guide: [guidePage('rhythm', 'Rhythm')] });
    const front = guidePage2({ model: noIndex }, 'index', []);
    expect([front.page, front.previous, front.next?.id]).toEqual([undefined, undefined, 'rhythm']);
  });
});

describe('key result charts and confidence', () => {
  // Q3 runs 2026-07-01 to 2026-09-30 (91 days). Key result a (0 -> 10) measured twice, b never.
  const m = model({
    asOf: '2026-08-15', cycles: [q3], teams: [team('t')],
    objectives: [objective('2026-q3/t/o', 't', '2026-q3', [kr('a', { title: 'Deals', unit: 'deals' }), kr('b')])],
    checkIns: [
      checkIn('t', '2026-q3', '2026-07-06', [{ kr: 'a', value: 2, confidence: 0.5 }]),
      checkIn('t', '2026-q3', '2026-07-20', [{ kr: 'a', value: 4 }]),
      checkIn('t', '2026-q3', '2026-08-10', [{ kr: 'a', value: 5, confidence: 0.8 }]),
    ],
  });
  const context = contextOf(m);
  const result = context.figures.objective('2026-q3/t/o')!;

  it('draws only the measured key results, with the latest value, its date and the pace line in words', () => {
    const charts = keyResultCharts(context, result);
    expect(charts.map((c) => c.result.keyResult.id)).toEqual(['a']);
    expect(charts[0]!.caption).toBe(`Deals: ${english.value(5, 'deals')} on ${context.fmt.date('2026-08-10')}. Target ${english.value(10, 'deals')}; the dashed line is the expected pace from the baseline.`);
    expect(charts[0]!.label).toBe('Chart of Deals over 2026-q3');
    expect(charts[0]!.valuesLabel).toBe('Values of Deals');
  });

  it('says the trend of the confidences given, and draws them across the cycle', () => {
    const spark = confidenceSpark(context, result.keyResults[0]!, q3);
    expect(spark.confidence).toBe('80%');
    // the update of 07-20 gave no confidence and is left out of the trend
    expect(spark.trend).toBe('Jul 6 50%, Aug 10 80%');
    // x: 07-06 is day 5 of 91 -> 5.5; 08-10 is day 40 -> 44; y: 20 - 0.5 * 20 = 10, 20 - 0.8 * 20 = 4
    expect(spark.points).toBe('5.5,10 44,4');
  });
});

describe('score bars', () => {
  it('draws a share on a bar 100 long, to a tenth, clamped to the bar', () => {
    // 2/3 * 1000 = 666.67 -> 667 / 10 = 66.7
    expect([barLength(2 / 3), barLength(1.2), barLength(-0.1)]).toEqual([66.7, 100, 0]);
    const ctx = { fmt: formatter('en'), t: english };
    expect(scoreBar(ctx, null, 0.5)).toEqual({ width: 0, tick: 50, label: '–, expected 50% by now', text: '–' });
    // no score at all reads as "–" beside an empty bar
    expect(scoreBar(ctx, null)).toEqual({ width: 0, tick: null, label: '–', text: '–' });
    expect(scoreBar(ctx, 0.25, undefined, '3 of 10')).toMatchObject({ width: 25, label: '3 of 10', text: '3 of 10' });
  });

  it('gives a table a grade column once a row is graded, and the pace of the first active cycle', () => {
    expect(hasGrades([{ grade: null }, { grade: 'green' }])).toBe(true);
    expect(hasGrades([{ grade: null }])).toBe(false);
    const active = { state: 'active', expected: 0.4 } as const;
    expect(activePace([{ pace: { state: 'closed' } }, { pace: active }] as never)).toBe(0.4);
    expect(activePace([{ pace: { state: 'upcoming' } }] as never)).toBeUndefined();
  });
});

describe('objective lineage', () => {
  it('scores each cycle of a carried objective, "not started" in a cycle that has not begun', () => {
    // As of 2026-08-15 Q3 is active, Q4 upcoming; Q3's objective: a = 5 of 10, b unmeasured = 0: (0.5 + 0) / 2 = 25%
    const m = model({
      asOf: '2026-08-15', cycles: [q3, q4], teams: [team('t')],
      objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs()), objective('2026-q4/t/o', 't', '2026-q4', krs(), { carriedFrom: '2026-q3/t/o' })],
      checkIns: [checkIn('t', '2026-q3', '2026-08-10', [{ kr: 'a', value: 5 }])],
    });
    const steps = lineageSteps(contextOf(m), m.objective('2026-q4/t/o')!);
    expect(steps.map((s) => [s.objective.id, s.cycleName, s.score, s.current])).toEqual([
      ['2026-q3/t/o', '2026-q3', '25%', false],
      ['2026-q4/t/o', '2026-q4', 'not started', true],
    ]);
  });
});

describe('layout and archive', () => {
  it('titles a page after the site, and names the current section among the links', () => {
    const m = model({ asOf: '2026-08-15', cycles: [q3], teams: [team('t')], objectives: [], settings: { title: 'Acme OKRs', people: false } });
    const frame = layout({ model: m, t: english }, 'Teams', 'teams');
    expect(frame.title).toBe('Teams · Acme OKRs');
    // people pages are off: six links
    expect(frame.nav.map((n) => n.id)).toEqual(['home', 'cycles', 'teams', 'guide', 'coach', 'insights']);
    expect(frame.current?.id).toBe('teams');
    expect(layout({ model: m, t: english }, undefined, 'search')).toMatchObject({ title: 'Acme OKRs', current: undefined });
  });

  it('lists cycles newest first, a year above its quarters, indented one level', () => {
    const year = cycle('2026', '2026-01-01', '2026-12-31');
    const m = model({ asOf: '2026-08-15', cycles: [year, q3, q4], teams: [team('t')], objectives: [] });
    // 2026 starts first but contains both quarters; Q4 starts after Q3
    expect(cyclesPage(contextOf(m)).rows.map((r) => [r.result.cycle.id, r.depth, r.partClass])).toEqual([
      ['2026', 0, undefined], ['2026-q4', 1, 'cycle-part cycle-part--1'], ['2026-q3', 1, 'cycle-part cycle-part--1'],
    ]);
  });
});

describe('read-only page data', () => {
  it('hands pages lists that tsc refuses to sort in place (the shared lists of the model and the figures too)', () => {
    const m = model({ asOf: '2026-08-15', cycles: [q3], teams: [team('t')], objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs())] });
    const context = contextOf(m);
    // Never called: `npx tsc --noEmit` fails if any of these lines type-checks (an unused @ts-expect-error is an error).
    const sortsInPlace = () => {
      // @ts-expect-error a page's list is read-only
      teamPage(context, 't').cards.sort();
      // @ts-expect-error so is a list of the model
      m.teams.sort();
      // @ts-expect-error and of the figures
      context.figures.cycles[0]!.scorecards.reverse();
      // @ts-expect-error and a page's map
      homePage(context).cycles[0]!.hints.set('t', 0);
      // @ts-expect-error and a component's rows
      teamsPage(context).roots[0]!.children.push();
    };
    expect(sortsInPlace).toBeTypeOf('function');
  });
});

describe('alignment', () => {
  // As of 2026-08-15: the year 2026 and Q3 are active, Q4 has not started.
  // Q3's objective a: key result a = 5 of 10 = 0.5, b unmeasured = 0, weights 1 and 1: (0.5 + 0) / 2 = 25%.
  const year = cycle('2026', '2026-01-01', '2026-12-31');
  const m = model({
    asOf: '2026-08-15', cycles: [year, q3, q4], teams: [team('t', { name: 'Team T' })],
    objectives: [
      objective('2026/t/grow', 't', '2026', [kr('y')]),
      objective('2026-q3/t/a', 't', '2026-q3', krs(), { parent: '2026/t/grow' }),
      objective('2026-q4/t/b', 't', '2026-q4', krs(), { parent: '2026/t/grow' }),
    ],
    checkIns: [checkIn('t', '2026-q3', '2026-08-10', [{ kr: 'a', value: 5 }])],
  });
  const context = contextOf(m);

  it('nests the cycle page\'s tree, the containing year above its quarter, each with team, score and badge', () => {
    const [root, ...others] = cyclePage(context, '2026-q3').nodes;
    expect(others).toEqual([]);
    // the year's objective is of another cycle than Q3: labelled with it; its key result y is unmeasured: 0%
    expect([root!.objective.id, root!.teamName, root!.otherCycle, root!.score]).toEqual(['2026/t/grow', 'Team T', '2026', '0%']);
    expect(root!.children.map((c) => [c.objective.id, c.otherCycle, c.score])).toEqual([['2026-q3/t/a', undefined, '25%']]);
    // active cycles: a status, no grade yet
    expect(root!.children[0]!.badge).toHaveProperty('status');
  });

  it('lists an objective page\'s parent with its cycle, and its children with "not started" before their cycle', () => {
    const child = objectivePage(context, '2026-q3/t/a');
    expect(child.parentLine).toMatchObject({ teamName: 'Team T', otherCycle: '2026', badge: { status: expect.any(String) } });
    const parent = objectivePage(context, '2026/t/grow');
    expect(parent.childGroups.map((g) => g.rows.map((r) => [r.objective.id, r.score]))).toEqual([[['2026-q3/t/a', '25%']], [['2026-q4/t/b', 'not started']]]);
  });
});

describe('health beside the tables of teams', () => {
  // Team t keeps Volunteers, healthy at 70 or above; it read 60 on 08-03 and 08-10: breached. Team u keeps none.
  const volunteers = { id: 'volunteers', title: 'Volunteers', above: 70, team: 't', line: 1 };
  const parts = {
    cycles: [q3], teams: [team('t', { health: [volunteers] }), team('u')],
    objectives: [objective('2026-q3/t/o', 't', '2026-q3', krs()), objective('2026-q3/u/o', 'u', '2026-q3', krs())],
    checkIns: [checkIn('t', '2026-q3', '2026-08-03', [], { health: [{ id: 'volunteers', value: 60 }] }), checkIn('t', '2026-q3', '2026-08-10', [], { health: [{ id: 'volunteers', value: 60 }] })],
  };

  it('names each team\'s breached metrics on the cycle and home pages, a team with none left out', () => {
    const context = contextOf(model({ asOf: '2026-08-15', ...parts }));
    const breached = cyclePage(context, '2026-q3').breached;
    expect([...breached]).toEqual([['t', { count: '1 health metric breached', metrics: 'Volunteers' }]]);
    expect(homePage(context).cycles[0]!.breached).toEqual(breached);
  });

  it('counts them at the end of a closed cycle on the review, and says nothing where no team keeps a metric', () => {
    expect(reviewPage(contextOf(model({ asOf: '2026-11-01', ...parts })), '2026-q3').breaches).toBe('1 health metric breached at the end of the cycle');
    const none = model({ asOf: '2026-11-01', cycles: [q3], teams: [team('u')], objectives: [objective('2026-q3/u/o', 'u', '2026-q3', krs())] });
    expect(reviewPage(contextOf(none), '2026-q3').breaches).toBeNull();
  });
});
