/**
 * (v3) A content root the tests generate, with everything issue 25 asks the
 * pages to tell truthfully: a year over its quarters (the board meets
 * quarterly, the team weekly in the quarters), a team overdue, a committed
 * objective on track, a done key result not updated for weeks, a closed
 * cycle and an upcoming one. Read it as of 2026-11-20.
 */
import { addDays } from '../src/lib/dates.ts';

export const NESTED_AS_OF = '2026-11-20';

const front = (fields: string) => `---\n${fields.trim()}\n---\n`;

/** Weekly dates from `first` while on or before `last`. */
function weekly(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 7)) days.push(day);
  return days;
}

/** The files of the root, by path. */
export function nestedRootFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'site.yaml': 'title: Nested OKRs\norganization: Nested Co\ncheckins:\n  every_days: 7\n',
    'teams/company.md': front('name: Company\nleadership:\n  - name: Rajesh Menon\n    roles: [mentor]\n') + 'The leadership team.\n',
    'teams/ops.md': front('name: Operations\nparent: company\nleadership:\n  - name: Helen Wong\n    roles: [supporter]\n') + 'Runs payments.\n',
    // The year: the board reviews it every quarter (91 days), a leader every 3 months.
    'cycles/2026.md': front('name: "2026"\nstart: 2026-01-01\nend: 2026-12-31\ncheckins:\n  every_days: 91\nleadership:\n  every_months: 3'),
    'cycles/2026-q3.md': front('name: Q3 2026\nstart: 2026-07-01\nend: 2026-09-30'),
    'cycles/2026-q4.md': front('name: Q4 2026\nstart: 2026-10-01\nend: 2026-12-31'),
    'cycles/2027-q1.md': front('name: Q1 2027\nstart: 2027-01-01\nend: 2027-03-31'),
    'okrs/2026/company/trusted.md': front(`
title: Be the partner customers trust
team: company
cycle: "2026"
owner: Rajesh Menon
key_results:
  - id: never-checking
    title: Customers who never re-check our runs
    baseline: 38
    target: 75
    unit: "%"
  - id: retention
    title: Net revenue retention
    baseline: 101
    target: 112
    unit: "%"`),
    'okrs/2026-q3/company/singapore.md': front(`
title: Open Singapore
team: company
cycle: 2026-q3
parent: 2026/company/trusted
key_results:
  - id: sgd-customers
    title: Customers paying in SGD
    baseline: 0
    target: 20
  - id: licence
    title: Licence granted
    kind: milestone`),
    // Committed, and on track while the quarter runs: never "red · on track".
    'okrs/2026-q4/company/availability.md': front(`
title: Keep payment runs available
team: company
cycle: 2026-q4
type: committed
parent: 2026/company/trusted
key_results:
  - id: uptime-days
    title: Days without a failed run
    baseline: 0
    target: 100`),
    'okrs/2026-q4/ops/reconcile.md': front(`
title: Reconcile without a spreadsheet
team: ops
cycle: 2026-q4
key_results:
  - id: auto-match
    title: Payments matched automatically
    baseline: 60
    target: 90
    unit: "%"
  - id: bank-feed
    title: Bank feed live
    kind: milestone`),
    'okrs/2027-q1/company/next.md': front(`
title: Grow into Indonesia
team: company
cycle: 2027-q1
key_results:
  - id: idr-customers
    title: Customers paying in IDR
    baseline: 0
    target: 10`),
    // The board's yearly review (only the year holds 06-30: inferred).
    'checkins/2026/company/2026-06-30.md': front(`
team: company
date: 2026-06-30
leaders_present: [Rajesh Menon]
updates:
  - kr: never-checking
    value: 44
    confidence: 0.5
  - kr: retention
    value: 103`),
  };
  // Company: weekly in Q3 (Mondays 07-06 .. 09-28) and in Q4 until 10-26, no `cycle:` (the quarter: innermost).
  for (const [i, date] of weekly('2026-07-06', '2026-09-28').entries()) {
    files[`checkins/2026-q3/company/${date}.md`] = front(`team: company\ndate: ${date}\nupdates:\n  - kr: sgd-customers\n    value: ${Math.min(2 * (i + 1), 20)}\n    confidence: 0.6${i === 0 ? '\n  - kr: licence\n    value: true' : ''}`);
  }
  for (const [i, date] of weekly('2026-10-05', '2026-10-26').entries()) {
    files[`checkins/2026-q4/company/${date}.md`] = front(`team: company\ndate: ${date}\nupdates:\n  - kr: uptime-days\n    value: ${15 * (i + 1)}\n    confidence: 0.9`);
  }
  // Operations: weekly in Q4 until 11-16; the bank feed went live on the first and was never updated again.
  for (const [i, date] of weekly('2026-10-05', '2026-11-16').entries()) {
    files[`checkins/2026-q4/ops/${date}.md`] = front(`team: ops\ndate: ${date}\nleaders_present: [Helen Wong]\nupdates:\n  - kr: auto-match\n    value: ${62 + 2 * i}${i === 0 ? '\n  - kr: bank-feed\n    value: true' : ''}`);
  }
  return files;
}
