/**
 * The coaching rule catalogue, as data: every surface (scorecard, coaching
 * report, rule pages, JSON, `check`) shows the same words. scoring.md,
 * "Coaching hints". A rule is never removed without a reason in the changelog.
 */

/** What a rule looks at, which decides the file and line a hint names. */
export type RuleSubject = 'key-result' | 'objective' | 'team-cycle' | 'check-in';

export interface CoachingRule {
  id: string;
  /** A short title for lists. */
  title: string;
  level: 'warning';
  subject: RuleSubject;
  /** When it fires, in plain words. */
  fires: string;
  /** The coaching question behind it. */
  question: string;
  /** The built-in guide page (slug below /guide/) that explains it. */
  guide: string;
  /** Front matter that fires it, and front matter that passes. */
  example: { fires: string; passes: string };
  /** How to rewrite what fires it, when the rule has a pattern for that. */
  rewrite?: string;
}

export const RULES: readonly CoachingRule[] = [
  {
    id: 'kr-output',
    title: 'Key result measures a task',
    level: 'warning',
    subject: 'key-result',
    fires: 'A key result is a milestone; or its title starts with an output verb (launch, complete, implement, deliver, build, hold, run, count, migrate, deploy, roll out, set up, hire, send, train, ... and Malay ones such as lancarkan, adakan, or a word in `coaching.output_verbs`); or it counts activity: a number followed, within three words, by an activity noun (calls, emails, meetings, workshops, sessions, posts, visits, demos, events, reports, interviews, ... bengkel, lawatan, or a noun in `coaching.activity_nouns`), unless a `per`, a `%` or a rate ("a week", "monthly") makes it an outcome ratio. The hint quotes the word that made it fire.',
    question: 'If you complete every key result, will you achieve the objective? Measure the value, not the task.',
    guide: 'value-not-tasks',
    example: {
      fires: 'key_results:\n  - id: partner-workshops\n    title: Hold 12 enablement workshops with partners\n    baseline: 0\n    target: 12\n  - id: kickoff-calls\n    title: 40 kickoff calls with new customers\n    baseline: 0\n    target: 40',
      passes: 'key_results:\n  - id: partner-pipeline\n    title: Partner-sourced qualified pipeline\n    baseline: 0\n    target: 2500000\n    unit: MYR\n  - id: tickets-per-signup\n    title: Support tickets per 100 signups\n    baseline: 24\n    target: 10',
    },
    rewrite: 'Finish the sentence "<key result> so that ..." and stop at the first change someone outside the team would notice; measure that as "from X to Y in <outcome>". "Hold 12 enablement workshops with partners" becomes "Partner-sourced qualified pipeline, from MYR 0 to 2.5 million"; "Send 50 outreach emails" becomes "Prospects who book a second meeting, from 4 to 12 a month". A rate ("tickets per 100 signups") is an outcome ratio and passes. The workshops and the emails go on the action plan of the check-in.',
  },
  {
    id: 'objective-output',
    title: 'Objective names a deliverable',
    level: 'warning',
    subject: 'objective',
    fires: 'An objective title starts with an output verb (the `kr-output` list, such as launch, migrate, roll out, implement, lancarkan, or a word in `coaching.output_verbs`): "Launch the new mobile app", "Migrate to the new warehouse". The hint quotes the verb. (v3) Or it moves a number: it starts with a movement verb (grow, increase, reduce, cut, double, tingkatkan, kurangkan, ...) and names a metric (revenue, sales, churn, costs, NPS, users, hasil, jualan, kos, ...) within the next three words: "Grow revenue so that we can hire ahead of demand", "Increase revenue by 30%". That hint asks what changes when this number moves.',
    question: 'An objective is the change you want, not the thing you will ship. What will be different when it is done?',
    guide: 'objectives',
    example: {
      fires: 'title: Launch the new mobile app',
      passes: 'title: Let finance teams approve a payment run from wherever they are',
    },
    rewrite: 'Finish the sentence "<objective> so that ..." and make what follows "so that" the objective: "Launch the new mobile app so that finance teams can approve a payment run from wherever they are" becomes "Let finance teams approve a payment run from wherever they are". The launch becomes the first action on the plan, and the key results measure the change.',
  },
  {
    id: 'kr-count',
    title: 'Too few or too many key results',
    level: 'warning',
    subject: 'objective',
    fires: 'An objective has fewer than `coaching.min_key_results` (2) or more than `coaching.max_key_results` (5) key results.',
    question: 'Does each key result prove the objective from a different angle?',
    guide: 'value-not-tasks',
    example: {
      fires: 'title: Win the mid-market\nkey_results:\n  - id: new-arr\n    title: New annual recurring revenue\n    baseline: 0\n    target: 900000',
      passes: 'title: Win the mid-market\nkey_results:\n  - id: new-arr\n    title: New annual recurring revenue\n    baseline: 0\n    target: 900000\n  - id: win-rate\n    title: Win rate of qualified deals\n    baseline: 18\n    target: 25\n    unit: "%"',
    },
  },
  {
    id: 'objective-count',
    title: 'Too many objectives',
    level: 'warning',
    subject: 'team-cycle',
    fires: 'A team has more than `coaching.max_objectives` (5) objectives in a cycle.',
    question: "Is this the team's most important work?",
    guide: 'objectives',
    example: { fires: '# six files in okrs/2026-q3/sales/, one objective each', passes: '# three files in okrs/2026-q3/sales/: the three things that matter most' },
  },
  {
    id: 'objective-why-now',
    title: 'No "why now"',
    level: 'warning',
    subject: 'objective',
    fires: 'An objective has no `why_now`.',
    question: 'Why now?',
    guide: 'why-now',
    example: {
      fires: 'title: Make onboarding effortless',
      passes: 'title: Make onboarding effortless\nwhy_now: Half of new customers stall before their first payment run, and December renewals depend on them.',
    },
  },
  {
    id: 'objective-behaviors',
    title: 'No behaviours named',
    level: 'warning',
    subject: 'objective',
    fires: 'An objective has no `behaviors`.',
    question: 'Do these OKRs drive the behaviours and results the team wants?',
    guide: 'why-now',
    example: {
      fires: 'title: Make onboarding effortless',
      passes: 'title: Make onboarding effortless\nbehaviors:\n  - We call a stalled customer within one working day',
    },
  },
  {
    id: 'objective-numbers',
    title: 'Numbers in the objective',
    level: 'warning',
    subject: 'objective',
    fires: 'An objective title holds a number other than a four-digit year.',
    question: 'Keep the objective qualitative; numbers belong in key results.',
    guide: 'objectives',
    example: { fires: 'title: Reach 99% screening accuracy', passes: 'title: Screen payments so well that nobody has to double-check' },
  },
  {
    id: 'objective-owner',
    title: 'No owner',
    level: 'warning',
    subject: 'objective',
    fires: 'An objective has no `owner`.',
    question: 'Who reports on it?',
    guide: 'objectives',
    example: { fires: 'title: Make onboarding effortless', passes: 'title: Make onboarding effortless\nowner: Siti Mariam Yusof' },
  },
  {
    id: 'checkin-missed',
    title: 'Missed check-ins',
    level: 'warning',
    subject: 'team-cycle',
    fires: 'Check-in discipline shows a period of the cadence (`checkins.every_days`) that has ended without a check-in.',
    question: 'Is there a fixed day and time for the check-in?',
    guide: 'check-ins',
    example: { fires: '# checkins/2026-q3/sales/: 2026-07-06.md, 2026-07-20.md (nothing in the week of 13 July)', passes: '# checkins/2026-q3/sales/: 2026-07-06.md, 2026-07-13.md, 2026-07-20.md' },
  },
  {
    id: 'kr-stale',
    title: 'Stale key result',
    level: 'warning',
    subject: 'key-result',
    fires: 'In an active cycle, a key result has had no update for more than `checkins.stale_after_days` days (or none at all after that many days of the cycle).',
    question: 'When was this last looked at?',
    guide: 'check-ins',
    example: { fires: '# the latest update of reference-customers was 20 days ago', passes: '# reference-customers is updated at every weekly check-in' },
  },
  {
    id: 'kr-no-confidence',
    title: 'No confidence given',
    level: 'warning',
    subject: 'key-result',
    fires: 'A key result has updates, but none of them gives a `confidence`.',
    question: 'How likely is the target now?',
    guide: 'confidence',
    example: { fires: 'updates:\n  - kr: screening-accuracy\n    value: 96.2', passes: 'updates:\n  - kr: screening-accuracy\n    value: 96.2\n    confidence: 0.6' },
  },
  {
    id: 'action-unlinked',
    title: 'Action not tied to a key result',
    level: 'warning',
    subject: 'check-in',
    fires: 'A check-in has actions without a `kr`.',
    question: 'Which key result does this action move?',
    guide: 'check-ins',
    example: { fires: 'actions:\n  - title: Tidy the CRM', passes: 'actions:\n  - title: Call back the three stalled trials\n    kr: trial-conversion' },
  },
  {
    id: 'leadership-absent',
    title: 'Leadership absent',
    level: 'warning',
    subject: 'team-cycle',
    fires: 'A leadership window of `leadership.every_months` months has ended without a check-in that lists someone in `leaders_present`.',
    question: 'Has leadership joined a check-in this month?',
    guide: 'leadership-roles',
    example: { fires: '# no check-in in October lists leaders_present', passes: 'leaders_present: [Kavitha Pillai]   # in one check-in each month' },
  },
  {
    id: 'team-no-leadership',
    title: 'No leadership backing',
    level: 'warning',
    subject: 'team-cycle',
    fires: 'A team with objectives in a cycle has no `leadership` entry valid during it.',
    question: 'Who motivates, supports and mentors this team?',
    guide: 'leadership-roles',
    example: {
      fires: 'leadership:\n  - name: Marcus Lim\n    roles: [supporter]\n    until: 2026-06-30',
      passes: 'leadership:\n  - name: Kavitha Pillai\n    roles: [motivator, supporter]\n    from: 2026-07-01',
    },
  },
  {
    id: 'kr-too-easy',
    title: 'Target too easy',
    level: 'warning',
    subject: 'key-result',
    fires: 'An aspirational key result reached its target on a check-in in the first half of the cycle, or the first confidence given for it was 0.9 or more.',
    question: 'Is the target ambitious enough?',
    guide: 'grading',
    example: { fires: 'updates:\n  - kr: onboarding-csat\n    value: 84\n    confidence: 0.95', passes: 'updates:\n  - kr: onboarding-csat\n    value: 84\n    confidence: 0.6' },
  },
  // v2: continuity across leaders and cycles (src/coaching/continuity.ts).
  {
    id: 'handover-missing',
    title: 'Leaders changed without a handover note',
    level: 'warning',
    subject: 'team-cycle',
    fires: "A leadership entry of a team starts (`from`) after the start of the team's first cycle with objectives, and the team has no handover note (`handovers/`) dated within 30 days of that day, either side.",
    question: 'What does the new leader need to know that is not written down?',
    guide: 'leadership-rotation',
    example: {
      fires: '# teams/outreach.md\nleadership:\n  - name: Nurul Huda\n    roles: [motivator, supporter]\n    from: 2026-07-01\n# and nothing in handovers/outreach/',
      passes: '# handovers/outreach/2026-07-01.md\nteam: outreach\ndate: 2026-07-01\nfrom: [Hafiz Rahman]\nto: [Nurul Huda]',
    },
  },
  {
    id: 'leader-not-met',
    title: 'New leader has not met the team',
    level: 'warning',
    subject: 'team-cycle',
    fires: 'A leadership entry starts on a day inside a cycle in which the team has objectives, more than 30 days have passed, and no check-in of the team in those first 30 days lists that leader in `leaders_present`.',
    question: 'Has the new leader met the team and taken over its OKRs?',
    guide: 'leadership-rotation',
    example: {
      fires: '# Nurul Huda backs the team from 2026-07-01; no check-in up to 2026-07-31 lists her',
      passes: '# checkins/2026-q3/outreach/2026-07-08.md\nleaders_present: [Hafiz Rahman, Nurul Huda]',
    },
  },
  {
    id: 'mentor-after-first-cycle',
    title: 'No mentor conversation after the first cycle',
    level: 'warning',
    subject: 'team-cycle',
    fires: "The team's first cycle with objectives ended more than 30 days ago, and no check-in in the 30 days after its end lists a leader who held the `mentor` role on that day.",
    question: 'Has a mentor talked with the team about how its first cycle went?',
    guide: 'first-cycle',
    example: {
      fires: '# Q3 ended on 2026-09-30; the October check-ins list no mentor in leaders_present',
      passes: '# checkins/2026-q4/outreach/2026-10-06.md\nleaders_present: [Tan Mei Ling]   # roles: [mentor] in teams/outreach.md',
    },
  },
  {
    id: 'objective-carried-again',
    title: 'Objective carried for a third cycle',
    level: 'warning',
    subject: 'objective',
    fires: 'An objective is carried (`carried_from`) from one that was itself carried: the third cycle in a row.',
    question: 'Is this still the most important work, or a habit?',
    guide: 'retrospectives',
    example: {
      fires: '# okrs/2027-q1/outreach/volunteers.md\ncarried_from: 2026-q4/outreach/volunteers   # which says carried_from: 2026-q3/outreach/volunteers',
      passes: '# okrs/2026-q4/outreach/volunteers.md\ncarried_from: 2026-q3/outreach/volunteers   # carried once',
    },
  },
  // v3: health metrics beside OKRs (src/coaching/health.ts).
  {
    id: 'kr-business-as-usual',
    title: 'Key result is business as usual',
    level: 'warning',
    subject: 'key-result',
    fires: "A `stay-above` or `stay-below` key result whose title (trimmed, ignoring case) equals the title of a `stay-above`/`stay-below` key result of the same team in a cycle that ended before this one started, or the title of one of the team's health metrics.",
    question: 'Is this business as usual? Keep it as a health metric of the team, and keep OKRs for the change you want (tip 3: OKRs for the most important work).',
    guide: 'health-metrics',
    example: {
      fires: '# okrs/2026-q3/engineering/reliable.md, and the same in 2026-q2\nkey_results:\n  - id: uptime\n    title: Payment-run uptime\n    kind: stay-above\n    target: 99.9\n    unit: "%"',
      passes: '# teams/engineering.md\nhealth:\n  - id: uptime\n    title: Payment-run uptime\n    unit: "%"\n    above: 99.9\n# and the objectives keep to what must change',
    },
  },
  {
    id: 'health-breached',
    title: 'Health metric breached, no objective on it',
    level: 'warning',
    subject: 'team-cycle',
    fires: 'A health metric of the team is breached at its latest two readings, and no objective of the team in an active cycle lists it in `addresses`. The hint belongs to every active cycle of the team.',
    question: 'This health metric has been out of range for two check-ins: does it need an objective this cycle?',
    guide: 'health-metrics',
    example: {
      fires: '# teams/outreach.md: health: [{ id: volunteers-retained, title: Volunteers retained, above: 70 }]\n# two check-ins in a row read 68, then 66',
      passes: '# okrs/2026-q3/outreach/keep-volunteers.md\naddresses: [volunteers-retained]',
    },
  },
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** A rule by id. */
export function ruleById(id: string): CoachingRule | undefined {
  return byId.get(id);
}
