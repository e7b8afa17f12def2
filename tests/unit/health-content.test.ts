/**
 * (v3) Health metrics as content: a team's `health` list, readings in
 * check-ins and objectives' `addresses`, each bad case on the small fixture
 * broken in one place, with the line an author would look at.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, errorLines, load } from '../helpers.ts';

afterAll(cleanContentRoots);

const SALES = 'teams/sales.md';
const sales = (health: string) => `---
name: Sales
parent: company
lead: Aisha Rahman
members: [Aisha Rahman, Daniel Tan]
health:
${health}---
We sell to mid-market companies.
`;
const UPTIME = '  - id: uptime\n    title: Checkout uptime\n    unit: "%"\n    above: 99.5\n';
const WAIT = '  - id: reply-days\n    title: Days a lead waits for a reply\n    below: 2\n';
const COMPANY = 'teams/company.md';
const company = '---\nname: Company\nhealth:\n  - id: months-of-cash\n    title: Months of cash\n    above: 6\n---\nThe whole company.\n';
const CHECKIN = 'checkins/2026-q3/sales/2026-07-20.md';
const checkIn = (health: string) => `---\nteam: sales\ndate: 2026-07-20\nhealth:\n${health}---\nNotes.\n`;
const OBJECTIVE = 'okrs/2026-q3/sales/keep-replying.md';
const objective = (addresses: string) => `---
title: Answer every lead the same day
team: sales
cycle: 2026-q3
addresses: ${addresses}
key_results:
  - id: same-day
    title: Leads answered the same day
    baseline: 40
    target: 90
    unit: "%"
---
`;

describe('a team keeps health metrics', () => {
  it('a valid list, readings and `addresses` load into the model', () => {
    const root = contentRoot({
      [SALES]: sales(UPTIME + WAIT),
      [CHECKIN]: checkIn('  - id: uptime\n    value: 99.1\n    note: the payment provider was down\n  - id: reply-days\n    value: 3\n'),
      [OBJECTIVE]: objective('[reply-days]'),
    });
    const { model, findings } = load(root);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(model.team('sales')!.health).toEqual([
      { id: 'uptime', title: 'Checkout uptime', unit: '%', above: 99.5, team: 'sales', line: 7 },
      { id: 'reply-days', title: 'Days a lead waits for a reply', below: 2, team: 'sales', line: 11 },
    ]);
    expect(model.checkIns.find((c) => c.date === '2026-07-20')!.health).toEqual([
      { id: 'uptime', value: 99.1, note: 'the payment provider was down' },
      { id: 'reply-days', value: 3 },
    ]);
    expect(model.objective('2026-q3/sales/keep-replying')!.addresses).toEqual(['reply-days']);
  });

  it('neither bound, `above` over `below`, an id twice, an id that is not a slug, a bound that is not a number', () => {
    const broken = [
      '  - id: uptime\n    title: Checkout uptime\n',
      '  - id: margin\n    title: Gross margin\n    above: 60\n    below: 40\n',
      '  - id: Cash Months\n    title: Months of cash\n    above: 6\n',
      '  - id: nps\n    title: Net promoter score\n    above: .nan\n',
      '  - id: churn\n    title: Churn\n    below: "two"\n',
    ].join('');
    expect(errorLines(contentRoot({ [SALES]: sales(UPTIME + WAIT + '  - id: uptime\n    title: Uptime again\n    above: 99\n') }))).toMatchInlineSnapshot(`
      [
        "teams/sales.md:14: duplicate-health: health[2].id: the health metric id \`uptime\` is already used by health[0]; ids are unique in a team, rename one",
      ]
    `);
    expect(errorLines(contentRoot({ [SALES]: sales(broken) }))).toMatchInlineSnapshot(`
      [
        "teams/sales.md:11: health-bounds: health[1].above: \`above\` (60) is greater than \`below\` (40), so no reading could be healthy; healthy means at least \`above\` and at most \`below\`: swap them, or correct one",
        "teams/sales.md:13: invalid-value: health[2].id: expected lower-case letters, digits and hyphens, starting with a letter or digit (e.g. \`new-mrr\`), got "Cash Months"",
        "teams/sales.md:18: invalid-type: health[3].above: expected a number, got .nan",
        "teams/sales.md:21: invalid-type: health[4].below: expected a number, got "two"",
        "teams/sales.md:7: health-no-bound: health[0].id: health metric \`uptime\` has neither \`above\` nor \`below\`; add \`above:\` (healthy at or above it), \`below:\` (healthy at or below it), or both",
      ]
    `);
  });
});

describe('check-in readings', () => {
  it('an unknown metric (did you mean), a metric of another team, a reading twice, a value that is not a number', () => {
    const root = contentRoot({
      [SALES]: sales(UPTIME + WAIT),
      [COMPANY]: company,
      [CHECKIN]: checkIn('  - id: uptme\n    value: 99.9\n  - id: months-of-cash\n    value: 5\n  - id: reply-days\n    value: 1\n  - id: reply-days\n    value: 2\n'),
    });
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-20.md:11: duplicate-reading: health[3].id: \`reply-days\` is already read in health[2]; a check-in reads a health metric once, keep one value",
        "checkins/2026-q3/sales/2026-07-20.md:5: unknown-reference: health[0].id: team sales has no health metric \`uptme\` (did you mean \`uptime\`?); expected one of: uptime, reply-days (defined under \`health\` in teams/sales.md)",
        "checkins/2026-q3/sales/2026-07-20.md:7: unknown-reference: health[1].id: team sales has no health metric \`months-of-cash\` (\`months-of-cash\` is a health metric of team company: a check-in or objective names its own team's metrics); expected one of: uptime, reply-days (defined under \`health\` in teams/sales.md)",
      ]
    `);
    expect(errorLines(contentRoot({ [SALES]: sales(UPTIME), [CHECKIN]: checkIn('  - id: uptime\n    value: .nan\n  - id: uptime\n    value: "99%"\n  - id: uptime\n') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-20.md:6: invalid-type: health[0].value: expected a number, got .nan",
        "checkins/2026-q3/sales/2026-07-20.md:8: invalid-type: health[1].value: expected a number, got "99%"",
        "checkins/2026-q3/sales/2026-07-20.md:9: required: health[2].value: \`value\` is required; add a line \`value: ...\` (expected a number)",
      ]
    `);
  });

  it('a team with no metrics says so', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('  - id: uptime\n    value: 99.9\n') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-20.md:5: unknown-reference: health[0].id: team sales keeps no health metrics, so there is no \`uptime\`; add it under \`health\` in teams/sales.md, or remove this id",
      ]
    `);
  });

  it('a reading dated after the as-of date is left out with its check-in', () => {
    const root = contentRoot({ [SALES]: sales(UPTIME), [CHECKIN]: checkIn('  - id: uptime\n    value: 99.9\n') });
    const { model, findings } = load(root, { asOf: '2026-07-19' });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(model.checkIns.flatMap((c) => c.health)).toEqual([]);
  });
});

describe('objectives address metrics of their own team', () => {
  it('an unknown id (did you mean), a metric of another team', () => {
    const root = contentRoot({ [SALES]: sales(UPTIME + WAIT), [COMPANY]: company, [OBJECTIVE]: objective('[reply-day, months-of-cash]') });
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/keep-replying.md:5: unknown-reference: addresses[0]: team sales has no health metric \`reply-day\` (did you mean \`reply-days\`?); expected one of: uptime, reply-days (defined under \`health\` in teams/sales.md)",
        "okrs/2026-q3/sales/keep-replying.md:5: unknown-reference: addresses[1]: team sales has no health metric \`months-of-cash\` (\`months-of-cash\` is a health metric of team company: a check-in or objective names its own team's metrics); expected one of: uptime, reply-days (defined under \`health\` in teams/sales.md)",
      ]
    `);
    expect(errorLines(contentRoot({ [SALES]: sales(WAIT), [OBJECTIVE]: objective('reply-days') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/keep-replying.md:5: invalid-type: addresses: expected a list of health metric ids of the team, e.g. \`[months-of-cash]\`, got "reply-days"",
      ]
    `);
  });
});
