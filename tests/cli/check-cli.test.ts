/** `npm run check` as a person runs it: the real command, its output and exit code. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, projectRoot, runCheck as run } from '../helpers.ts';

afterAll(cleanContentRoots);

describe('npm run check', () => {
  it('passes a valid content root with exit 0, printing coaching hints as warnings', () => {
    const { code, stdout, stderr } = run([], { OKRBOOK_CONTENT: contentRoot() });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatchInlineSnapshot(`
      "checkins/2026-q3/sales/2026-07-06.md:14: warning action-unlinked: 1 action of the 2026-07-06 check-in is not tied to a key result ("Tidy the CRM"). Which key result does this action move?
      okrs/2026-q3/company/grow.md:2: warning objective-behaviors: "Grow where we are strongest" names no behaviours. Do these OKRs drive the behaviours and results the team wants?
      okrs/2026-q3/company/grow.md:2: warning objective-why-now: "Grow where we are strongest" does not say why now. Why now?
      okrs/2026-q3/company/grow.md:6: warning kr-count: "Grow where we are strongest" has 1 key result; between 2 and 5 work best. Does each key result prove the objective from a different angle?
      okrs/2026-q3/company/grow.md:7: warning kr-stale: Key result "Annual recurring revenue" has never been updated. When was this last looked at?
      okrs/2026-q3/sales/win-mid-market.md:10: warning kr-stale: Key result "New monthly recurring revenue" was last updated on 2026-07-13. When was this last looked at?
      okrs/2026-q3/sales/win-mid-market.md:15: warning kr-no-confidence: Key result "Logo churn" has 1 update but no confidence. How likely is the target now?
      okrs/2026-q3/sales/win-mid-market.md:15: warning kr-stale: Key result "Logo churn" was last updated on 2026-07-06. When was this last looked at?
      okrs/2026-q3/sales/win-mid-market.md:20: warning kr-no-confidence: Key result "Partner portal live" has 1 update but no confidence. How likely is the target now?
      okrs/2026-q3/sales/win-mid-market.md:20: warning kr-output: Key result "Partner portal live" is a milestone: done or not done. If you complete every key result, will you achieve the objective? Measure the value, not the task: ask what will be different once it is done, and measure that as "from X to Y in <outcome>"; keep a milestone only when it matters in itself.
      okrs/2026-q3/sales/win-mid-market.md:20: warning kr-stale: Key result "Partner portal live" was last updated on 2026-07-06. When was this last looked at?
      okrs/2026-q3/sales/win-mid-market.md:24: warning kr-no-confidence: Key result "NPS stays above 40" has 1 update but no confidence. How likely is the target now?
      okrs/2026-q3/sales/win-mid-market.md:24: warning kr-too-easy: Key result "NPS stays above 40" reached its target on 2026-07-13, in the first half of Q3 2026. Is the target ambitious enough?
      teams/company.md:1: warning checkin-missed: Company missed 6 check-in periods in Q3 2026 (starting 2026-07-01, 2026-07-08, 2026-07-15, 2026-07-22, 2026-07-29, 2026-08-05). Is there a fixed day and time for the check-in?
      teams/company.md:1: warning leadership-absent: No leader joined a check-in of Company in 1 month of Q3 2026 that has ended. Has leadership joined a check-in this month?
      teams/sales.md:1: warning checkin-missed: Sales missed 4 check-in periods in Q3 2026 (starting 2026-07-15, 2026-07-22, 2026-07-29, 2026-08-05). Is there a fixed day and time for the check-in?
      0 errors, 16 warnings in 5 files
      "
    `);
  });

  it('fails on hints with --strict', () => {
    expect(run(['--strict'], { OKRBOOK_CONTENT: contentRoot() }).code).toBe(1);
    const quiet = contentRoot({ 'site.yaml': 'title: Acme\ncoaching:\n  disable: [kr-output, kr-too-easy, kr-count, objective-owner, objective-why-now, objective-behaviors, checkin-missed, kr-stale, kr-no-confidence, action-unlinked, leadership-absent, team-no-leadership]\n' });
    const { code, stdout } = run(['--strict'], { OKRBOOK_CONTENT: quiet });
    expect(stdout.trim()).toBe('0 errors, 0 warnings in 0 files');
    expect(code).toBe(0);
  });

  it('includes hints in the JSON', () => {
    const { stdout } = run(['--format', 'json'], { OKRBOOK_CONTENT: contentRoot() });
    const report = JSON.parse(stdout);
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(report.findings.length);
    expect(report.findings[0]).toMatchObject({ level: 'warning', file: expect.any(String), line: expect.any(Number), code: expect.any(String), message: expect.any(String) });
  });

  it('prints every error as file:line: error code: message, then exits 1 without a stack trace', () => {
    const root = contentRoot({
      'teams/sales.md': '---\nname: Sales\nleadership:\n  - name: Farid\n    roles: [boss]\n---\n',
      'checkins/2026-q3/sales/2026-07-06.md': '---\nteam: sales\ndate: 2026-07-06\nupdates:\n  - kr: churn\n    value: "four"\n---\n',
    });
    const { code, stdout, stderr } = run([], { OKRBOOK_CONTENT: root });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatchInlineSnapshot(`
      "checkins/2026-q3/sales/2026-07-06.md:6: error invalid-type: updates[0].value: expected a number, or true/false for a milestone, got "four"
      teams/sales.md:5: error invalid-value: leadership[0].roles[0]: expected one of motivator, supporter, mentor, got "boss"
      2 errors, 0 warnings in 2 files
      "
    `);
    expect(stdout).not.toMatch(/\n\s+at /);
  });

  it('tells a percent-looking confidence how to write it: 45 -> 0.45 (v2)', () => {
    const root = contentRoot({ 'checkins/2026-q3/sales/2026-07-06.md': '---\nteam: sales\ndate: 2026-07-06\nupdates:\n  - kr: churn\n    value: 4\n    confidence: 45\n---\n' });
    const { code, stdout } = run([], { OKRBOOK_CONTENT: root });
    expect(code).toBe(1);
    expect(stdout).toContain('checkins/2026-q3/sales/2026-07-06.md:7: error invalid-value: updates[0].confidence: expected a number from 0 to 1 (write 45% as 0.45), got 45');
  });

  it('gives the same findings as JSON', () => {
    const root = contentRoot({ 'cycles/2026-q3.md': '---\nname: Q3 2026\nstart: 2026-07-01\nend: 2026-06-30\n---\n' });
    const { code, stdout } = run(['--format', 'json'], { OKRBOOK_CONTENT: root });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchInlineSnapshot(`
      {
        "checked": 8,
        "errors": 1,
        "files": 1,
        "findings": [
          {
            "code": "cycle-dates",
            "field": "end",
            "file": "cycles/2026-q3.md",
            "level": "error",
            "line": 4,
            "message": "the cycle ends before it starts (start is 2026-07-01); expected an end on or after the start",
          },
        ],
        "warnings": 0,
      }
    `);
  });

  it('refuses a bad option or environment with a message, not a stack', () => {
    const bad = run(['--format', 'xml'], { OKRBOOK_CONTENT: contentRoot() });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^okrbook check: --format must be text, json or github, got "xml"/);
    const date = run([], { OKRBOOK_CONTENT: contentRoot(), OKRBOOK_AS_OF: '15/08/2026' });
    expect(date.stderr.trim()).toBe('okrbook check: OKRBOOK_AS_OF must be a calendar date written YYYY-MM-DD, e.g. 2026-08-15; got "15/08/2026".');
    const root = run([], { OKRBOOK_CONTENT: '/no/such/folder' });
    expect(root.code).toBe(1);
    expect(root.stderr).toContain('The content root /no/such/folder does not exist');
  });

  describe('given paths (v2)', () => {
    const root = contentRoot();

    it('prints only the findings of the files asked about, as check prints them or as the shell gives them', () => {
      const printed = run(['okrs/2026-q3/sales/win-mid-market.md', 'teams/sales.md'], { OKRBOOK_CONTENT: root });
      expect(printed.code).toBe(0);
      expect(printed.stdout.split('\n').every((line) => line === '' || /^(okrs\/2026-q3\/sales\/win-mid-market\.md|teams\/sales\.md):|^0 errors/.test(line))).toBe(true);
      expect(printed.stdout).toContain('0 errors, 9 warnings in 2 files');
      // the same file as an absolute path, and relative to the folder the command was typed in (npm keeps it in INIT_CWD)
      expect(run([path.join(root, 'teams/sales.md')], { OKRBOOK_CONTENT: root }).stdout).toMatchInlineSnapshot(`
        "teams/sales.md:1: warning checkin-missed: Sales missed 4 check-in periods in Q3 2026 (starting 2026-07-15, 2026-07-22, 2026-07-29, 2026-08-05). Is there a fixed day and time for the check-in?
        0 errors, 1 warning in 1 file
        "
      `);
      const typed = run([path.join(path.basename(root), 'teams', 'sales.md')], { OKRBOOK_CONTENT: root, INIT_CWD: path.dirname(root) });
      expect(typed.stdout).toContain('teams/sales.md:1: warning checkin-missed');
      // a folder stands for every file below it
      expect(run(['checkins'], { OKRBOOK_CONTENT: root }).stdout).toMatchInlineSnapshot(`
        "checkins/2026-q3/sales/2026-07-06.md:14: warning action-unlinked: 1 action of the 2026-07-06 check-in is not tied to a key result ("Tidy the CRM"). Which key result does this action move?
        0 errors, 1 warning in 1 file
        "
      `);
    });

    it('scopes --strict to the given paths', () => {
      expect(run(['--strict'], { OKRBOOK_CONTENT: root }).code).toBe(1);
      const cycleOnly = run(['--strict', 'cycles/2026-q3.md'], { OKRBOOK_CONTENT: root });
      expect({ code: cycleOnly.code, stdout: cycleOnly.stdout.trim() }).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 0 files' });
      expect(run(['--strict', 'teams/sales.md'], { OKRBOOK_CONTENT: root }).code).toBe(1);
    });

    it('refuses a path that is not in the content root, saying how to give one', () => {
      const missing = run(['okrs/2026-q3/sales/nope.md'], { OKRBOOK_CONTENT: root });
      expect(missing.code).toBe(1);
      expect(missing.stderr.replaceAll(root, '<root>')).toMatchInlineSnapshot(`
        "okrbook check: okrs/2026-q3/sales/nope.md is not a file or folder of the content root <root>; give a path as check prints it (e.g. okrs/2026-q3/sales/win.md) or as your shell completes it
        "
      `);
      const outside = run([projectRoot], { OKRBOOK_CONTENT: root });
      expect(outside.stderr.replaceAll(root, '<root>').replaceAll(projectRoot, '<project>')).toMatchInlineSnapshot(`
        "okrbook check: <project> is outside the content root <root>; give a file or folder inside it (or set OKRBOOK_CONTENT to the root that holds it)
        "
      `);
    });

    it('says when errors in other files hold back the hints', () => {
      const broken = contentRoot({ 'teams/company.md': '---\nname: Company\nboss: Aisha\n---\n' });
      const { code, stdout } = run(['okrs/2026-q3/sales/win-mid-market.md'], { OKRBOOK_CONTENT: broken });
      expect(code).toBe(0);
      expect(stdout).toMatchInlineSnapshot(`
        "note: 1 error in another file holds back the coaching hints; npm run check (without paths) lists it
        0 errors, 0 warnings in 0 files
        "
      `);
      expect(run(['teams/company.md'], { OKRBOOK_CONTENT: broken }).code).toBe(1);
    });
  });
});
