/**
 * Task-shaped OKRs, judged the way a coach would: `kr-output` (v2) and
 * `objective-output` (v2) over realistic titles, each with the verdict a
 * coach gives it and why, run through the real rules (model, figures,
 * coaching). A few rows are known limits of the rules as scoring.md words
 * them; they say so, and the test holds them to that, so a change that
 * fixes one shows up here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { activityCountOf, computeCoaching, keyResultOutputText, objectiveOutputText, outputVerbOf, type Hint } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { cleanContentRoots, contentRoot, errorLines } from '../helpers.ts';
import { cycle, kr, model, objective, team } from '../model-builder.ts';
import { english } from '../../src/i18n/index.ts';

afterAll(cleanContentRoots);

type Verdict = 'task' | 'outcome';

interface Case {
  /** A key result (a metric unless `milestone`), or an objective. */
  of: 'key result' | 'milestone' | 'objective';
  title: string;
  /** What a coach would say. */
  coach: Verdict;
  why: string;
  /** The words the hint must quote when the rule fires. */
  word?: string;
  /** Set only where the rule, as scoring.md words it, disagrees with the coach: why it does. */
  limit?: string;
}

const CASES: Case[] = [
  // Outcomes a coach would leave alone.
  { of: 'key result', title: 'Annual recurring revenue', coach: 'outcome', why: 'what customers pay us; nobody can be busy their way to it' },
  { of: 'key result', title: 'Net revenue retention from 104% to 110%', coach: 'outcome', why: 'a ratio of what customers keep buying' },
  { of: 'key result', title: 'Cut support tickets per 100 signups from 24 to 10', coach: 'outcome', why: 'tickets per signup is an outcome ratio (the spec’s own example)' },
  { of: 'key result', title: 'Median days from signature to first payment run', coach: 'outcome', why: 'time to value, as the customer feels it' },
  { of: 'key result', title: 'Transaction screening accuracy', coach: 'outcome', why: 'quality of the work, not its volume' },
  { of: 'key result', title: 'High-severity findings per month', coach: 'outcome', why: 'a rate of the harm we want less of' },
  { of: 'key result', title: 'Win rate on qualified opportunities', coach: 'outcome', why: 'a ratio buyers decide' },
  { of: 'key result', title: 'Production deploys per week', coach: 'outcome', why: 'a flow rate: how fast work reaches customers' },
  { of: 'key result', title: 'Reply to 95% of customer emails within one hour', coach: 'outcome', why: 'a service level: the % makes it a share of emails, not a count' },
  { of: 'key result', title: 'Fewer than 15 escalation calls a month', coach: 'outcome', why: 'a falling rate of calls nobody wanted to make' },
  { of: 'key result', title: 'Prospects who book a second meeting after the first demo', coach: 'outcome', why: 'what buyers do, not what we do' },
  { of: 'key result', title: 'Volunteers still active three months after joining', coach: 'outcome', why: 'retention; "three months" is a time, not an activity' },
  { of: 'key result', title: 'Runway in months', coach: 'outcome', why: '"runway" is not the verb "run"' },
  { of: 'key result', title: 'Reviewed contracts returned without changes', coach: 'outcome', why: 'quality of contracts; "reviewed" is not the verb "review"' },
  { of: 'key result', title: 'Questions answered by another customer', coach: 'outcome', why: 'what the community does for itself' },
  { of: 'key result', title: 'Cut 5 hours of meetings per week for every engineer', coach: 'outcome', why: 'time given back; "per week" makes it a rate' },
  { of: 'key result', title: 'Tickets per 100 calls handled', coach: 'outcome', why: '"per 100 calls" is a denominator, not a count of calls' },
  { of: 'key result', title: 'Customer calls answered within 30 seconds, from 70% to 90%', coach: 'outcome', why: 'a service level; "30 seconds" counts no activity' },
  { of: 'key result', title: 'Meetings per closed deal, from 9 to 6', coach: 'outcome', why: 'effort per result, an efficiency ratio' },
  { of: 'key result', title: 'Qualified demos that turn into a proposal, from 30% to 45%', coach: 'outcome', why: 'a conversion rate' },
  { of: 'key result', title: '90% of new customers get a kickoff call within 2 days', coach: 'outcome', why: 'a share of customers served on time' },
  { of: 'key result', title: 'Payment runs completed without manual intervention', coach: 'outcome', why: '"completed" describes the runs; the title starts with what is measured' },
  { of: 'key result', title: 'Days to set up a new Singapore entity', coach: 'outcome', why: 'time to value; "set up" is not the first word' },
  { of: 'key result', title: 'Trials that convert to a paid plan within 14 days', coach: 'outcome', why: 'what trial users choose' },
  { of: 'key result', title: 'Share of screening alerts that turn out to be false positives', coach: 'outcome', why: 'the cost of our own noise' },
  { of: 'key result', title: 'Pendapatan berulang tahunan', coach: 'outcome', why: 'Malay: annual recurring revenue' },
  { of: 'key result', title: 'Kadar ketepatan saringan transaksi', coach: 'outcome', why: 'Malay: transaction screening accuracy rate' },
  { of: 'key result', title: 'Aduan setiap 100 panggilan sokongan, dari 12 ke 4', coach: 'outcome', why: 'Malay: complaints per 100 support calls; "setiap" makes 100 a denominator' },
  { of: 'key result', title: 'Pelanggan yang menjalankan bayaran pertama dalam 14 hari', coach: 'outcome', why: 'Malay: customers who run a first payment within 14 days ("menjalankan" is not the first word)' },
  { of: 'key result', title: 'Penduduk yang memperbaharui permit tanpa ke kaunter', coach: 'outcome', why: 'Malay: residents who renew a permit without queueing' },

  // Tasks: output verbs.
  { of: 'key result', title: 'Send 50 personalised outreach emails', coach: 'task', word: 'Send', why: 'counts what the team does; the issue’s own example' },
  { of: 'key result', title: 'Hold 12 workshops with partner firms', coach: 'task', word: '12 workshops', why: 'workshops are the work, pipeline is the value' },
  { of: 'key result', title: 'Migrate the warehouse to the new cluster', coach: 'task', word: 'Migrate', why: 'a project step (a v2 verb)' },
  { of: 'key result', title: 'Roll out single sign-on to every team', coach: 'task', word: 'Roll out', why: 'a two-word output verb' },
  { of: 'key result', title: 'Set up the Singapore data room', coach: 'task', word: 'Set up', why: 'a two-word output verb' },
  { of: 'key result', title: 'Launch the partner portal', coach: 'task', word: 'Launch', why: 'shipping is not the change the portal should bring' },
  { of: 'key result', title: 'Hire 4 engineers for the payments team', coach: 'task', word: 'Hire', why: 'headcount is an input' },
  { of: 'key result', title: 'Deploy the fraud model to production', coach: 'task', word: 'Deploy', why: 'the model in production is a means; fraud caught is the end' },
  { of: 'key result', title: 'Publish 8 blog posts about month-end close', coach: 'task', word: 'Publish', why: 'output; readers who act on them would be the value' },
  { of: 'key result', title: 'Complete SOP refresher training for all staff', coach: 'task', word: 'Complete', why: 'Cendana’s Q2 lesson: training done is not procedures followed' },
  { of: 'key result', title: 'Count SOP violations logged across all teams', coach: 'task', word: 'Count', why: 'rewarded logging, not safer payments' },
  { of: 'key result', title: 'Redesign the onboarding checklist', coach: 'task', word: 'Redesign', why: 'a deliverable' },
  { of: 'key result', title: 'Train 300 staff on the new screening tool', coach: 'task', word: 'Train', why: 'training is an input to accuracy' },
  { of: 'key result', title: 'Introduce weekly pipeline reviews', coach: 'task', word: 'Introduce', why: 'a new habit is a means' },
  { of: 'key result', title: 'Run 30 sales calls a week', coach: 'task', word: 'Run', why: 'activity; the verb fires even though the count is a rate' },
  { of: 'key result', title: 'Write the 2026 pricing page', coach: 'task', word: 'Write', why: 'a deliverable; 2026 is a year, not a count' },
  { of: 'key result', title: 'Interview 30 customers about month-end close', coach: 'task', word: 'Interview', why: 'research activity' },
  { of: 'key result', title: 'Go live in Singapore by August', coach: 'task', word: 'Go live', why: 'a launch date, not what Singapore customers get' },
  { of: 'key result', title: 'Lancarkan aplikasi mudah alih baharu', coach: 'task', word: 'Lancarkan', why: 'Malay: launch the new mobile app' },
  { of: 'key result', title: 'Adakan 12 bengkel bersama rakan kongsi perakaunan', coach: 'task', word: 'Adakan', why: 'Malay: hold 12 workshops with accounting partners' },
  { of: 'key result', title: 'Hantar 500 e-mel promosi kepada pelanggan', coach: 'task', word: '500 e-mel', why: 'Malay: send 500 promotional emails' },

  // Tasks: activity counts without an output verb (new in v2).
  { of: 'key result', title: '40 kickoff calls with new customers', coach: 'task', word: '40 kickoff calls', why: 'calls held is activity; days to a first run is the value' },
  { of: 'key result', title: '6 enablement workshops held with accounting-firm partners', coach: 'task', word: '6 enablement workshops', why: 'Cendana’s Q2 partner lesson: six held, little pipeline' },
  { of: 'key result', title: 'Make 200 cold calls to finance directors', coach: 'task', word: '200 cold calls', why: 'activity, though "make" is not an output verb' },
  { of: 'key result', title: 'From 10 to 25 customer visits in the quarter', coach: 'task', word: '25 customer visits', why: 'more visits is more effort, not more value' },
  { of: 'key result', title: 'Twelve webinars for existing customers', coach: 'task', word: 'Twelve webinars', why: 'a number word counts like digits' },
  { of: 'key result', title: 'Sales team books 50 discovery meetings', coach: 'task', word: '50 discovery meetings', why: 'meetings booked by us are activity' },
  { of: 'key result', title: '20 lawatan ke pelanggan utama', coach: 'task', word: '20 lawatan', why: 'Malay: 20 visits to key customers' },
  { of: 'key result', title: 'Sebanyak 15 sesi latihan untuk rakan kongsi', coach: 'task', word: '15 sesi', why: 'Malay: 15 training sessions for partners' },

  // Milestones.
  { of: 'milestone', title: 'Partner portal live', coach: 'task', why: 'done or not done; the rule asks what the portal changes' },
  { of: 'milestone', title: 'SGD payouts live through FAST and PayNow', coach: 'task', why: 'a milestone: the rule asks, the guide allows one per objective' },

  // Objectives.
  { of: 'objective', title: 'Launch the new mobile app by end of Q3', coach: 'task', word: 'Launch', why: 'names what ships, not what changes for anyone' },
  { of: 'objective', title: 'Migrate to the new warehouse', coach: 'task', word: 'Migrate', why: 'a project, not a state of the world' },
  { of: 'objective', title: 'Roll out the partner programme across Malaysia', coach: 'task', word: 'Roll out', why: 'a rollout is the means' },
  { of: 'objective', title: 'Implement the new CRM', coach: 'task', word: 'Implement', why: 'the CRM is a tool for something unnamed' },
  { of: 'objective', title: 'Build a data platform for the whole company', coach: 'task', word: 'Build', why: 'a deliverable' },
  { of: 'objective', title: 'Deliver the Singapore launch on time', coach: 'task', word: 'Deliver', why: 'a date on a plan' },
  { of: 'objective', title: 'Launch the new onboarding programme', coach: 'task', word: 'Launch', why: 'Cendana’s Q2 customer-success objective, rewritten for Q3' },
  { of: 'objective', title: 'Lancarkan portal pembekal dalam Bahasa Malaysia', coach: 'task', word: 'Lancarkan', why: 'Malay: launch the supplier portal in Malay' },
  { of: 'objective', title: 'Melaksanakan sistem pengurusan risiko baharu', coach: 'task', word: 'Melaksanakan', why: 'Malay: implement a new risk-management system' },
  { of: 'objective', title: 'Make payment runs boringly reliable', coach: 'outcome', why: 'a state customers feel; "make" is left out of the verbs on purpose' },
  { of: 'objective', title: 'Catch the transactions that matter, and only those', coach: 'outcome', why: 'what changes for customers and the regulator' },
  { of: 'objective', title: 'Let finance teams approve a payment run from wherever they are', coach: 'outcome', why: 'the mobile app, rewritten as the change it brings' },
  { of: 'objective', title: 'Keep payments available and patched, no exceptions', coach: 'outcome', why: 'a promise about a state' },
  { of: 'objective', title: 'Residents can renew a permit without taking a day off work', coach: 'outcome', why: 'says who is better off and how' },
  { of: 'objective', title: 'Screen payments so well that nobody has to double-check', coach: 'outcome', why: '"screen" is the team’s job, but the title names the result' },
  { of: 'objective', title: 'Reduce the violations that cost the most', coach: 'outcome', why: 'less harm' },
  { of: 'objective', title: 'Become the first name mid-market finance teams think of', coach: 'outcome', why: 'how buyers see us' },
  { of: 'objective', title: 'Jadikan Cendana pilihan utama pasukan kewangan', coach: 'outcome', why: 'Malay: make Cendana the first choice of finance teams' },

  // Known limits of the rules as scoring.md words them.
  { of: 'key result', title: '30 sales calls a week per rep', coach: 'task', why: 'a weekly quota of calls is still activity', limit: 'scoring.md: a rate after the noun ("a week", "per") makes it an outcome ratio' },
  { of: 'key result', title: 'Sales calls made', coach: 'task', why: 'a count of activity, with the number in `target`', limit: 'the rule reads the title only; with no number in it, nothing is counted' },
  { of: 'key result', title: 'Customers who attended two or more webinars', coach: 'outcome', why: 'what customers chose to do, an engagement measure', limit: 'a number followed by an activity noun counts, whoever does the activity' },
  { of: 'objective', title: 'Build the most trusted payables brand in Malaysia', coach: 'outcome', why: 'a state others would recognise; "build" is figurative here', limit: 'the verb list reads "build" literally' },
  { of: 'objective', title: 'Hold the line on churn while we reprice', coach: 'outcome', why: 'an idiom: keep churn where it is', limit: 'the verb list cannot tell "hold" the idiom from "hold" a workshop' },
];

const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30');
const leader = { name: 'Farid', roles: ['supporter' as const] };
const measures = () => [kr('revenue', { title: 'Revenue' }), kr('churn', { title: 'Churn' })];

/** The hints of one rule for an objective built around one case. */
function hintsFor(c: Case, settings: Parameters<typeof siteSchema.parse>[0] = {}): Array<Hint & { message: string }> {
  const tested = kr('tested', c.of === 'milestone' ? { title: c.title, kind: 'milestone', baseline: undefined, target: undefined } : { title: c.title });
  const o = c.of === 'objective'
    ? objective('o', 't', '2026-q3', measures(), { title: c.title, owner: 'Aisha', whyNow: 'Because.', behaviors: ['Call back'] })
    : objective('o', 't', '2026-q3', [tested, ...measures()], { title: 'Win the mid-market', owner: 'Aisha', whyNow: 'Because.', behaviors: ['Call back'] });
  const m = model({ asOf: '2026-07-02', cycles: [q3], teams: [team('t', { leadership: [leader] })], objectives: [o], settings });
  const rule = c.of === 'objective' ? 'objective-output' : 'kr-output';
  return computeCoaching(m, computeFigures(m))
    .hints.filter((h) => h.rule === rule && (c.of === 'objective' || h.target === 'tested'))
    .map((h) => ({ ...h, message: english.say(h.text) }));
}

describe('task-shaped titles, as a coach reads them', () => {
  it('has at least 60 cases, key results and objectives, in English and Malay', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.of === 'objective').length).toBeGreaterThanOrEqual(15);
    expect(CASES.filter((c) => c.coach === 'outcome').length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES.filter((c) => !c.limit))('$of "$title": a coach says $coach ($why)', (c) => {
    const hints = hintsFor(c);
    expect(hints.length > 0 ? 'task' : 'outcome').toBe(c.coach);
    if (c.word) expect([`output verb "${c.word}"`, `("${c.word}")`].some((quoted) => hints[0]!.message.includes(quoted)), hints[0]!.message).toBe(true);
    if (hints[0]) expect(hints[0]).toMatchObject({ file: 'okrs/o.md', entry: 'o', target: c.of === 'objective' ? 'title' : 'tested' });
  });

  it.each(CASES.filter((c) => c.limit))('known limit, $of "$title": a coach says $coach, the rule does not ($limit)', (c) => {
    expect(hintsFor(c).length > 0 ? 'task' : 'outcome').not.toBe(c.coach);
  });
});

describe('what the hints say', () => {
  it('quotes the output verb and offers "so that", then "from X to Y"', () => {
    const [hint] = hintsFor({ of: 'key result', title: 'Migrate the warehouse to the new cluster', coach: 'task', why: '' });
    expect(hint!.message).toMatchInlineSnapshot(`"Key result "Migrate the warehouse to the new cluster" starts with the output verb "Migrate". If you complete every key result, will you achieve the objective? Measure the value, not the task: finish "Migrate the warehouse to the new cluster so that ..." and measure the change that follows as "from X to Y in <outcome>"."`);
  });
  it('quotes the counted activity and asks what it should change', () => {
    const [hint] = hintsFor({ of: 'key result', title: '40 kickoff calls with new customers', coach: 'task', why: '' });
    expect(hint!.message).toMatchInlineSnapshot(`"Key result "40 kickoff calls with new customers" counts activity ("40 kickoff calls"). If you complete every key result, will you achieve the objective? Measure the value, not the task: ask what the calls should change, and measure that as "from X to Y in <outcome>"."`);
  });
  it('names both reasons when a verb and a count fire together', () => {
    const [hint] = hintsFor({ of: 'key result', title: 'Send 50 personalised outreach emails.', coach: 'task', why: '' });
    expect(hint!.message).toMatchInlineSnapshot(`"Key result "Send 50 personalised outreach emails." starts with the output verb "Send" and counts activity ("50 personalised outreach emails"). If you complete every key result, will you achieve the objective? Measure the value, not the task: finish "Send 50 personalised outreach emails so that ..." and measure the change that follows as "from X to Y in <outcome>"."`);
  });
  it('asks what a milestone changes', () => {
    const [hint] = hintsFor({ of: 'milestone', title: 'Partner portal live', coach: 'task', why: '' });
    expect(hint!.message).toMatchInlineSnapshot(`"Key result "Partner portal live" is a milestone: done or not done. If you complete every key result, will you achieve the objective? Measure the value, not the task: ask what will be different once it is done, and measure that as "from X to Y in <outcome>"; keep a milestone only when it matters in itself."`);
  });
  it('tells an objective to name the change, with its own title before "so that"', () => {
    const [hint] = hintsFor({ of: 'objective', title: 'Launch the new mobile app', coach: 'task', why: '' });
    expect(hint).toMatchObject({ rule: 'objective-output', file: 'okrs/o.md', target: 'title', team: 't', cycle: '2026-q3' });
    expect(hint!.message).toMatchInlineSnapshot(`""Launch the new mobile app" starts with the output verb "Launch": it names the thing you will ship. An objective is the change you want, not the thing you will ship. What will be different when it is done? Finish "Launch the new mobile app so that ..." and make what follows "so that" the objective; the launch becomes an action."`);
  });
  it('is the same text the message helpers give', () => {
    expect(english.say(objectiveOutputText('Roll out SSO', 'Roll out'))).toContain('the roll out becomes an action');
    expect(english.say(keyResultOutputText('Hold 12 workshops', { milestone: false, verb: 'Hold', count: '12 workshops' }))).toContain('"Hold" and counts activity ("12 workshops")');
  });
});

describe('site.yaml extends the lists', () => {
  it('coaching.output_verbs marks key results and objectives, multi-word verbs included', () => {
    const objectiveCase: Case = { of: 'objective', title: 'Stand down the legacy ledger', coach: 'task', why: '' };
    expect(hintsFor(objectiveCase)).toHaveLength(0);
    expect(hintsFor(objectiveCase, { coaching: { output_verbs: ['Stand down'] } })[0]!.message).toContain('"Stand down"');
    expect(hintsFor({ of: 'key result', title: 'Decommission 3 servers', coach: 'task', why: '' }, { coaching: { output_verbs: ['decommission'] } })).toHaveLength(1);
  });
  it('coaching.activity_nouns adds nouns, multi-word ones included, with the same ratio exceptions', () => {
    const settings = { coaching: { activity_nouns: ['site walks'] } };
    expect(hintsFor({ of: 'key result', title: '45 site walks in Johor', coach: 'task', why: '' })).toHaveLength(0);
    expect(hintsFor({ of: 'key result', title: '45 site walks in Johor', coach: 'task', why: '' }, settings)[0]!.message).toContain('("45 site walks")');
    expect(hintsFor({ of: 'key result', title: 'Defects per 45 site walks', coach: 'outcome', why: '' }, settings)).toHaveLength(0);
  });
  it('says where site.yaml gets them wrong, and how to fix it', () => {
    expect(errorLines(contentRoot({ 'site.yaml': 'title: Acme\ncoaching:\n  activity_nouns: calls\n  activity_noun: [visits]\n' }))).toMatchInlineSnapshot(`
      [
        "site.yaml:3: invalid-type: coaching.activity_nouns: expected a list of nouns, e.g. \`[site visits, cold calls]\`, got "calls"",
        "site.yaml:4: unknown-field: coaching.activity_noun: \`activity_noun\` is not a field of \`coaching\`; did you mean \`activity_nouns\`?",
      ]
    `);
  });
  it('rejects a list that is not words, naming the field', () => {
    const result = siteSchema.safeParse({ coaching: { activity_nouns: 'calls' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['coaching', 'activity_nouns'], message: 'expected a list of nouns, e.g. `[site visits, cold calls]`' });
  });
});

describe('the finders at their edges', () => {
  it('counts a noun up to three words after the number, not four', () => {
    expect(activityCountOf('Send 50 personalised outreach emails')).toBe('50 personalised outreach emails');
    expect(activityCountOf('50 carefully personalised outreach emails')).toBeNull();
  });
  it('does not read a year, a share or a denominator as a count', () => {
    expect(activityCountOf('The 2026 roadshows in Penang')).toBeNull();
    expect(activityCountOf('80% of calls answered in a minute')).toBeNull();
    expect(activityCountOf('Complaints per 1,000 calls')).toBeNull();
    expect(activityCountOf('Complaints for every 1,000 calls')).toBeNull();
    expect(activityCountOf('12 demos monthly')).toBeNull();
    expect(activityCountOf('12 demos/month')).toBeNull();
    expect(activityCountOf('1,200 calls logged')).toBe('1,200 calls');
  });
  it('matches whole words at the very start only', () => {
    expect(outputVerbOf('“Hold” four workshops')).toBe('Hold');
    expect(outputVerbOf('Rollout of SSO completed')).toBeNull();
    expect(outputVerbOf('6 launch events')).toBeNull();
    expect(outputVerbOf('Kemas kini semua SOP')).toBe('Kemas kini');
  });
});
