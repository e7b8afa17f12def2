/**
 * Every error class of content.md "What is an error", each on a small valid
 * content root broken in one place: the message names the file, the line,
 * the field, what was expected and how to fix it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, errorLines } from '../helpers.ts';

afterAll(cleanContentRoots);

const objective = (keyResults: string, extra = '') => `---
title: Win the mid-market
team: sales
cycle: 2026-q3
${extra}key_results:
${keyResults}
---
`;
const OBJ = 'okrs/2026-q3/sales/win-mid-market.md';
const CHECKIN = 'checkins/2026-q3/sales/2026-07-06.md';
const checkIn = (body: string) => `---\nteam: sales\ndate: 2026-07-06\n${body}---\nNotes.\n`;

describe('a valid content root', () => {
  it('has no errors', () => {
    expect(errorLines(contentRoot())).toEqual([]);
  });
});

describe('errors a person can fix', () => {
  it('a missing required field', () => {
    expect(errorLines(contentRoot({ 'teams/sales.md': '---\nparent: company\n---\n' }))).toMatchInlineSnapshot(`
      [
        "teams/sales.md:1: required: name: \`name\` is required; add a line \`name: ...\` (expected text)",
      ]
    `);
  });

  it('a typo in a field name, with a suggestion', () => {
    expect(errorLines(contentRoot({ [OBJ]: objective('  - id: new-mrr\n    title: New MRR\n    baseline: 1\n    targte: 2\n    target: 3') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/win-mid-market.md:9: unknown-field: key_results[0].targte: \`targte\` is not a field of a key result; did you mean \`target\`?",
      ]
    `);
  });

  it('an unknown team', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('').replace('team: sales', 'team: sale') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:2: unknown-reference: team: there is no team \`sale\` (did you mean \`sales\`?); expected the id of a file in teams/",
      ]
    `);
  });

  it('an unknown key result', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('updates:\n  - kr: new-mr\n    value: 3\n') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:5: unknown-reference: updates[0].kr: team sales has no key result \`new-mr\` in 2026-q3 (did you mean \`new-mrr\`?); expected one of: new-mrr, churn, partner-portal, nps (defined in okrs/2026-q3/sales/win-mid-market.md)",
      ]
    `);
  });

  it('a milestone updated with a number', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('updates:\n  - kr: partner-portal\n    value: 1\n') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:6: update-kind: updates[0].value: expected true or false (it is a milestone: done or not), got 1",
      ]
    `);
  });

  it('a check-in outside its cycle', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('cycle: 2026-q3\n').replace('2026-07-06', '2026-10-06') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:3: outside-cycle: date: 2026-10-06 is outside cycle 2026-q3 (2026-07-01 to 2026-09-30, in cycles/2026-q3.md); correct the date, or name the right cycle in \`cycle\`",
      ]
    `);
  });

  it('a check-in no cycle contains', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('').replace('2026-07-06', '2026-10-06') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:3: no-cycle: cycle: cannot tell which cycle this check-in belongs to: no cycle contains 2026-10-06; add \`cycle:\` with the cycle's id, or correct the date",
      ]
    `);
  });

  it('a duplicate key-result id', () => {
    expect(errorLines(contentRoot({ 'okrs/2026-q3/sales/second.md': objective('  - id: churn\n    title: Churn again\n    baseline: 1\n    target: 0') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/win-mid-market.md:15: duplicate-kr: key_results[1].id: the key-result id \`churn\` is already used by \`okrs/2026-q3/sales/second.md\` for team sales in 2026-q3; ids are unique within a team and cycle, rename one",
      ]
    `);
  });

  it('the same key result updated twice in one check-in', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('updates:\n  - kr: churn\n    value: 4\n  - kr: churn\n    value: 3\n') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:7: duplicate-update: updates[1].kr: \`churn\` is already updated in updates[0]; a check-in updates a key result once, keep one value",
      ]
    `);
  });

  it('two check-ins of one team on one day', () => {
    expect(errorLines(contentRoot({ 'checkins/2026-q3/sales/again.md': checkIn('') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/again.md:3: duplicate-checkin: date: team sales already has a check-in on 2026-07-06 in \`checkins/2026-q3/sales/2026-07-06.md\`; merge the two meetings into one file",
      ]
    `);
  });

  it('a parent loop', () => {
    expect(
      errorLines(
        contentRoot({
          'okrs/2026-q3/company/grow.md': objective('  - id: arr\n    title: ARR\n    baseline: 1\n    target: 2', 'parent: 2026-q3/sales/win-mid-market\n').replace('team: sales', 'team: company'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/company/grow.md:5: parent-loop: parent: the alignment loops: 2026-q3/company/grow -> 2026-q3/sales/win-mid-market -> 2026-q3/company/grow; an objective cannot contribute to itself, remove one \`parent\`",
      ]
    `);
  });

  it('a team tree loop', () => {
    expect(errorLines(contentRoot({ 'teams/company.md': '---\nname: Company\nparent: sales\n---\n' }))).toMatchInlineSnapshot(`
      [
        "teams/company.md:3: parent-loop: parent: the team tree loops: company -> sales -> company; a team cannot be its own ancestor, remove one \`parent\`",
      ]
    `);
  });

  it('a confidence of 1.5', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('updates:\n  - kr: churn\n    value: 4\n    confidence: 1.5\n') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:7: invalid-value: updates[0].confidence: expected a number from 0 to 1 (write 70% as 0.7), got 1.5",
      ]
    `);
  });

  it('a confidence written as a percentage', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('updates:\n  - kr: churn\n    value: 4\n    confidence: 70%\n') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:7: invalid-type: updates[0].confidence: expected a number from 0 to 1 (write 70% as 0.7), got "70%"",
      ]
    `);
  });

  it('a confidence of 45, "45%" or 12.5: the hint writes that very number (v2)', () => {
    const lines = (confidence: string) => errorLines(contentRoot({ [CHECKIN]: checkIn(`updates:\n  - kr: churn\n    value: 4\n    confidence: ${confidence}\n`) }));
    expect([...lines('45'), ...lines('45%'), ...lines('12.5'), ...lines('100')]).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:7: invalid-value: updates[0].confidence: expected a number from 0 to 1 (write 45% as 0.45), got 45",
        "checkins/2026-q3/sales/2026-07-06.md:7: invalid-type: updates[0].confidence: expected a number from 0 to 1 (write 45% as 0.45), got "45%"",
        "checkins/2026-q3/sales/2026-07-06.md:7: invalid-value: updates[0].confidence: expected a number from 0 to 1 (write 12.5% as 0.125), got 12.5",
        "checkins/2026-q3/sales/2026-07-06.md:7: invalid-value: updates[0].confidence: expected a number from 0 to 1 (write 100% as 1), got 100",
      ]
    `);
  });

  it('2026-02-30', () => {
    expect(errorLines(contentRoot({ 'cycles/2026-q3.md': '---\nname: Q3 2026\nstart: 2026-02-30\nend: 2026-09-30\n---\n' }))).toMatchInlineSnapshot(`
      [
        "cycles/2026-q3.md:3: invalid-value: start: expected a real calendar date written YYYY-MM-DD, got "2026-02-30"",
      ]
    `);
  });

  it('a cycle that ends before it starts', () => {
    expect(errorLines(contentRoot({ 'cycles/2026-q3.md': '---\nname: Q3 2026\nstart: 2026-07-01\nend: 2026-06-30\n---\n' }))).toMatchInlineSnapshot(`
      [
        "cycles/2026-q3.md:4: cycle-dates: end: the cycle ends before it starts (start is 2026-07-01); expected an end on or after the start",
      ]
    `);
  });

  it('an empty file', () => {
    expect(errorLines(contentRoot({ 'teams/empty.md': '' }))).toMatchInlineSnapshot(`
      [
        "teams/empty.md:1: empty-file: the file is empty; start it with front matter between two \`---\` lines, or rename it with a leading \`_\` to keep it as a draft the build ignores",
      ]
    `);
  });

  it('a file without front matter', () => {
    expect(errorLines(contentRoot({ 'teams/plain.md': '# Just a heading\n' }))).toMatchInlineSnapshot(`
      [
        "teams/plain.md:1: front-matter: expected the file to start with a \`---\` line opening the front matter (YAML), closed by another \`---\` line",
      ]
    `);
  });

  it('an unknown setting in site.yaml', () => {
    expect(errorLines(contentRoot({ 'site.yaml': 'title: Acme\ncheckins:\n  every_day: 14\ngradng:\n  green: 0.7\n' }))).toMatchInlineSnapshot(`
      [
        "site.yaml:3: unknown-field: checkins.every_day: \`every_day\` is not a field of \`checkins\`; did you mean \`every_days\`?",
        "site.yaml:4: unknown-field: gradng: \`gradng\` is not a field of site.yaml; did you mean \`grading\`?",
      ]
    `);
  });

  it('a .nan', () => {
    expect(errorLines(contentRoot({ [CHECKIN]: checkIn('updates:\n  - kr: churn\n    value: .nan\n') }))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:6: invalid-type: updates[0].value: expected a number, or true/false for a milestone, got .nan",
      ]
    `);
  });

  it('an objective without key results', () => {
    expect(errorLines(contentRoot({ [OBJ]: '---\ntitle: Win\nteam: sales\ncycle: 2026-q3\nkey_results: []\n---\n' }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/win-mid-market.md:5: invalid-value: key_results: an objective needs at least one key result: add a \`key_results:\` list with \`id\`, \`title\`, \`baseline\` and \`target\`",
      ]
    `);
  });

  it('an ambiguous cycle: two cycles that overlap without one holding the other', () => {
    expect(
      errorLines(
        contentRoot({
          'cycles/2026-summer.md': '---\nname: Summer 2026\nstart: 2026-06-01\nend: 2026-08-31\n---\n',
          'okrs/2026-summer/sales/summer.md': objective('  - id: summer\n    title: Summer\n    baseline: 1\n    target: 2').replace('cycle: 2026-q3', 'cycle: 2026-summer'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:3: ambiguous-cycle: cycle: 2026-07-06 falls in 2 cycles in which team sales has objectives (2026-q3, 2026-summer), not nested one inside another; add \`cycle:\` to say which one",
        "checkins/2026-q3/sales/2026-07-13.md:3: ambiguous-cycle: cycle: 2026-07-13 falls in 2 cycles in which team sales has objectives (2026-q3, 2026-summer), not nested one inside another; add \`cycle:\` to say which one",
      ]
    `);
  });

  it('(v3) no error where the cycles are nested: a check-in naming no cycle belongs to the innermost', () => {
    const root = contentRoot({
      'cycles/2026.md': '---\nname: 2026\nstart: 2026-01-01\nend: 2026-12-31\n---\n',
      'okrs/2026/sales/year.md': objective('  - id: yearly\n    title: Yearly\n    baseline: 1\n    target: 2').replace('cycle: 2026-q3', 'cycle: 2026'),
    });
    expect(errorLines(root)).toEqual([]);
  });

  it('two errors in two files at once', () => {
    expect(
      errorLines(
        contentRoot({
          'teams/sales.md': '---\nname: Sales\nleadership:\n  - name: Farid\n    roles: [boss]\n---\n',
          [CHECKIN]: checkIn('updates:\n  - kr: churn\n    value: "four"\n'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-06.md:6: invalid-type: updates[0].value: expected a number, or true/false for a milestone, got "four"",
        "teams/sales.md:5: invalid-value: leadership[0].roles[0]: expected one of motivator, supporter, mentor, got "boss"",
      ]
    `);
  });

  it('a metric whose target equals its baseline', () => {
    expect(errorLines(contentRoot({ [OBJ]: objective('  - id: churn\n    title: Churn\n    baseline: 5\n    target: 5') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/win-mid-market.md:9: target-equals-baseline: key_results[0].target: the target equals the baseline (5), so progress cannot be measured; set a target above the baseline to grow or below it to reduce, or use \`kind: stay-above\` / \`stay-below\` to hold a level",
      ]
    `);
  });

  it('a wrong type and a value out of range', () => {
    expect(errorLines(contentRoot({ [OBJ]: objective('  - id: churn\n    title: Churn\n    kind: metrik\n    baseline: five\n    target: 5\n    weight: -1', 'type: commited\n') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/win-mid-market.md:10: invalid-type: key_results[0].baseline: expected a number, got "five"",
        "okrs/2026-q3/sales/win-mid-market.md:12: invalid-value: key_results[0].weight: expected a number greater than 0, got -1",
        "okrs/2026-q3/sales/win-mid-market.md:5: invalid-value: type: expected aspirational or committed, got "commited"",
        "okrs/2026-q3/sales/win-mid-market.md:9: invalid-value: key_results[0].kind: expected one of metric, milestone, stay-above, stay-below, got "metrik"",
      ]
    `);
  });

  it('YAML that does not parse: duplicate keys, bad indentation, tabs', () => {
    expect(errorLines(contentRoot({ 'teams/sales.md': '---\nname: Sales\nname: Sales again\n---\n', 'teams/company.md': '---\nname: Company\n members: [a\n---\n' }))).toMatchInlineSnapshot(`
      [
        "teams/company.md:2: yaml: the front matter is not valid YAML (Implicit keys need to be on a single line)",
        "teams/company.md:2: yaml: the front matter is not valid YAML (Nested mappings are not allowed in compact mappings)",
        "teams/company.md:3: yaml: the front matter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]): the indentation is off; list items and nested fields must line up with their siblings",
        "teams/sales.md:3: yaml: the front matter is not valid YAML (Map keys must be unique): a field is written twice in the same block; keep one of them",
      ]
    `);
  });

  it('a file that is not UTF-8', () => {
    expect(errorLines(contentRoot({ 'teams/sales.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x3a, 0xff, 0xfe, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]) }))).toMatchInlineSnapshot(`
      [
        "teams/sales.md:1: encoding: the file is not valid UTF-8; save it as UTF-8 (most editors offer this under "Save with encoding")",
      ]
    `);
  });

  it('ids that collide or are not lower case', () => {
    expect(errorLines(contentRoot({ 'teams/sales.mdx': '---\nname: Sales\n---\n', 'cycles/Q4.md': '---\nname: Q4\nstart: 2026-10-01\nend: 2026-12-31\n---\n' }))).toMatchInlineSnapshot(`
      [
        "cycles/Q4.md:1: invalid-id: the file name gives the cycle id \`Q4\`, but ids are lower-case letters, digits and hyphens; rename the file, e.g. to \`cycles/q4.md\`",
        "teams/sales.mdx:1: duplicate-id: this file gets the id \`sales\`, which \`teams/sales.md\` already has; rename or remove one of them",
      ]
    `);
  });

  it('an unknown cycle and parent objective', () => {
    expect(errorLines(contentRoot({ [OBJ]: objective('  - id: churn\n    title: Churn\n    baseline: 5\n    target: 2', 'parent: 2026-q3/company/grw\n').replace('cycle: 2026-q3', 'cycle: 2026-q03') }))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/win-mid-market.md:4: unknown-reference: cycle: there is no cycle \`2026-q03\` (did you mean \`2026-q3\`?); expected the id of a file in cycles/",
        "okrs/2026-q3/sales/win-mid-market.md:5: unknown-reference: parent: there is no objective \`2026-q3/company/grw\` (did you mean \`2026-q3/company/grow\`?); expected the path of an objective below okrs/ without extension",
      ]
    `);
  });
});

describe('what is not an error', () => {
  it('a reference to a left-out entry, and updates of a left-out key result', () => {
    const root = contentRoot({
      'okrs/2026-q3/company/grow.md': objective('  - id: arr\n    title: ARR\n    baseline: 1\n    target: 2', 'draft: true\n').replace('team: sales', 'team: company'),
      'okrs/2026-q3/sales/secret.md': objective('  - id: secret-deal\n    title: Close the secret deal\n    kind: milestone', 'confidential: true\n'),
      'checkins/2026-q3/sales/2026-07-20.md': checkIn('updates:\n  - kr: secret-deal\n    value: true\nactions:\n  - title: Call them\n    kr: secret-deal\n').replace('2026-07-06', '2026-07-20'),
    });
    expect(errorLines(root)).toEqual([]);
  });

  it('files and folders that start with _ are ignored', () => {
    expect(errorLines(contentRoot({ 'okrs/_ideas/broken.md': 'not even front matter', 'teams/_template.md': '' }))).toEqual([]);
  });

  it('a byte-order mark and CRLF line endings', () => {
    const text = '\ufeff---\r\nname: Sales\r\nparent: company\r\n---\r\nCharter.\r\n';
    expect(errorLines(contentRoot({ 'teams/sales.md': text }))).toEqual([]);
  });
});
