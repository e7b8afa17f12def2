/**
 * The coaching rule catalogue, as data: what each rule looks at, the guide
 * page that explains it and its examples. Its words (title, when it fires,
 * its question, how to rewrite) are in each language's catalogue
 * (src/i18n/en.ts `enRules`, src/i18n/ms.ts `msRules`), so that every
 * surface (scorecard, coaching report, rule pages, JSON, `check`) shows the
 * same words. scoring.md, "Coaching hints". A rule is never removed without
 * a reason in the changelog.
 */

/** What a rule looks at, which decides the file and line a hint names. */
export type RuleSubject = 'key-result' | 'objective' | 'team-cycle' | 'check-in';

export interface CoachingRule {
  id: string;
  level: 'warning';
  subject: RuleSubject;
  /** The built-in guide page (slug below /guide/) that explains it. */
  guide: string;
  /** Front matter that fires it, and front matter that passes. */
  example: { fires: string; passes: string };
}

export const RULES: readonly CoachingRule[] = [
  {
    id: 'kr-output',
    level: 'warning',
    subject: 'key-result',
    guide: 'value-not-tasks',
    example: {
      fires: 'key_results:\n  - id: partner-workshops\n    title: Hold 12 enablement workshops with partners\n    baseline: 0\n    target: 12\n  - id: kickoff-calls\n    title: 40 kickoff calls with new customers\n    baseline: 0\n    target: 40',
      passes: 'key_results:\n  - id: partner-pipeline\n    title: Partner-sourced qualified pipeline\n    baseline: 0\n    target: 2500000\n    unit: MYR\n  - id: tickets-per-signup\n    title: Support tickets per 100 signups\n    baseline: 24\n    target: 10',
    },
  },
  {
    id: 'objective-output',
    level: 'warning',
    subject: 'objective',
    guide: 'objectives',
    example: {
      fires: 'title: Launch the new mobile app',
      passes: 'title: Let finance teams approve a payment run from wherever they are',
    },
  },
  {
    id: 'kr-count',
    level: 'warning',
    subject: 'objective',
    guide: 'value-not-tasks',
    example: {
      fires: 'title: Win the mid-market\nkey_results:\n  - id: new-arr\n    title: New annual recurring revenue\n    baseline: 0\n    target: 900000',
      passes: 'title: Win the mid-market\nkey_results:\n  - id: new-arr\n    title: New annual recurring revenue\n    baseline: 0\n    target: 900000\n  - id: win-rate\n    title: Win rate of qualified deals\n    baseline: 18\n    target: 25\n    unit: "%"',
    },
  },
  {
    id: 'objective-count',
    level: 'warning',
    subject: 'team-cycle',
    guide: 'objectives',
    example: { fires: '# six files in okrs/2026-q3/sales/, one objective each', passes: '# three files in okrs/2026-q3/sales/: the three things that matter most' },
  },
  {
    id: 'objective-why-now',
    level: 'warning',
    subject: 'objective',
    guide: 'why-now',
    example: {
      fires: 'title: Make onboarding effortless',
      passes: 'title: Make onboarding effortless\nwhy_now: Half of new customers stall before their first payment run, and December renewals depend on them.',
    },
  },
  {
    id: 'objective-behaviors',
    level: 'warning',
    subject: 'objective',
    guide: 'why-now',
    example: {
      fires: 'title: Make onboarding effortless',
      passes: 'title: Make onboarding effortless\nbehaviors:\n  - We call a stalled customer within one working day',
    },
  },
  {
    id: 'objective-numbers',
    level: 'warning',
    subject: 'objective',
    guide: 'objectives',
    example: { fires: 'title: Reach 99% screening accuracy', passes: 'title: Screen payments so well that nobody has to double-check' },
  },
  {
    id: 'objective-owner',
    level: 'warning',
    subject: 'objective',
    guide: 'objectives',
    example: { fires: 'title: Make onboarding effortless', passes: 'title: Make onboarding effortless\nowner: Siti Mariam Yusof' },
  },
  {
    id: 'checkin-missed',
    level: 'warning',
    subject: 'team-cycle',
    guide: 'check-ins',
    example: { fires: '# checkins/2026-q3/sales/: 2026-07-06.md, 2026-07-20.md (nothing in the week of 13 July)', passes: '# checkins/2026-q3/sales/: 2026-07-06.md, 2026-07-13.md, 2026-07-20.md' },
  },
  {
    id: 'kr-stale',
    level: 'warning',
    subject: 'key-result',
    guide: 'check-ins',
    example: { fires: '# the latest update of reference-customers was 20 days ago', passes: '# reference-customers is updated at every weekly check-in' },
  },
  {
    id: 'kr-no-confidence',
    level: 'warning',
    subject: 'key-result',
    guide: 'confidence',
    example: { fires: 'updates:\n  - kr: screening-accuracy\n    value: 96.2', passes: 'updates:\n  - kr: screening-accuracy\n    value: 96.2\n    confidence: 0.6' },
  },
  {
    id: 'action-unlinked',
    level: 'warning',
    subject: 'check-in',
    guide: 'check-ins',
    example: { fires: 'actions:\n  - title: Tidy the CRM', passes: 'actions:\n  - title: Call back the three stalled trials\n    kr: trial-conversion' },
  },
  {
    id: 'leadership-absent',
    level: 'warning',
    subject: 'team-cycle',
    guide: 'leadership-roles',
    example: { fires: '# no check-in in October lists leaders_present', passes: 'leaders_present: [Kavitha Pillai]   # in one check-in each month' },
  },
  {
    id: 'team-no-leadership',
    level: 'warning',
    subject: 'team-cycle',
    guide: 'leadership-roles',
    example: {
      fires: 'leadership:\n  - name: Marcus Lim\n    roles: [supporter]\n    until: 2026-06-30',
      passes: 'leadership:\n  - name: Kavitha Pillai\n    roles: [motivator, supporter]\n    from: 2026-07-01',
    },
  },
  {
    id: 'kr-too-easy',
    level: 'warning',
    subject: 'key-result',
    guide: 'grading',
    example: { fires: 'updates:\n  - kr: onboarding-csat\n    value: 84\n    confidence: 0.95', passes: 'updates:\n  - kr: onboarding-csat\n    value: 84\n    confidence: 0.6' },
  },
  // Continuity across leaders and cycles (src/coaching/continuity.ts).
  {
    id: 'handover-missing',
    level: 'warning',
    subject: 'team-cycle',
    guide: 'leadership-rotation',
    example: {
      fires: '# teams/outreach.md\nleadership:\n  - name: Nurul Huda\n    roles: [motivator, supporter]\n    from: 2026-07-01\n# and nothing in handovers/outreach/',
      passes: '# handovers/outreach/2026-07-01.md\nteam: outreach\ndate: 2026-07-01\nfrom: [Hafiz Rahman]\nto: [Nurul Huda]',
    },
  },
  {
    id: 'leader-not-met',
    level: 'warning',
    subject: 'team-cycle',
    guide: 'leadership-rotation',
    example: {
      fires: '# Nurul Huda backs the team from 2026-07-01; no check-in up to 2026-07-31 lists her',
      passes: '# checkins/2026-q3/outreach/2026-07-08.md\nleaders_present: [Hafiz Rahman, Nurul Huda]',
    },
  },
  {
    id: 'mentor-after-first-cycle',
    level: 'warning',
    subject: 'team-cycle',
    guide: 'first-cycle',
    example: {
      fires: '# Q3 ended on 2026-09-30; the October check-ins list no mentor in leaders_present',
      passes: '# checkins/2026-q4/outreach/2026-10-06.md\nleaders_present: [Tan Mei Ling]   # roles: [mentor] in teams/outreach.md',
    },
  },
  {
    id: 'objective-carried-again',
    level: 'warning',
    subject: 'objective',
    guide: 'retrospectives',
    example: {
      fires: '# okrs/2027-q1/outreach/volunteers.md\ncarried_from: 2026-q4/outreach/volunteers   # which says carried_from: 2026-q3/outreach/volunteers',
      passes: '# okrs/2026-q4/outreach/volunteers.md\ncarried_from: 2026-q3/outreach/volunteers   # carried once',
    },
  },
  // v3: health metrics beside OKRs (src/coaching/health.ts).
  {
    id: 'kr-business-as-usual',
    level: 'warning',
    subject: 'key-result',
    guide: 'health-metrics',
    example: {
      fires: '# okrs/2026-q3/engineering/reliable.md, and the same in 2026-q2\nkey_results:\n  - id: uptime\n    title: Payment-run uptime\n    kind: stay-above\n    target: 99.9\n    unit: "%"',
      passes: '# teams/engineering.md\nhealth:\n  - id: uptime\n    title: Payment-run uptime\n    unit: "%"\n    above: 99.9\n# and the objectives keep to what must change',
    },
  },
  {
    id: 'health-breached',
    level: 'warning',
    subject: 'team-cycle',
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
