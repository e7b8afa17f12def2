/**
 * The handover form (issue 27, item 4): one generator for `new handover` and
 * the form, what the form's edits write (through the real parser and
 * schema), the checks the browser runs with `check`'s messages, the page
 * data, and the Edit links of the pages built from one file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { computeCoaching } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { english } from '../../src/i18n/index.ts';
import { formatter } from '../../src/lib/format.ts';
import type { Model } from '../../src/model/types.ts';
import { parseSource } from '../../src/model/source.ts';
import { validateSource } from '../../src/model/validate.ts';
import { handoverSchema } from '../../src/schemas/handover.ts';
import { planNew } from '../../src/cli/new.ts';
import { handoverFile } from '../../src/forms/handover-file.ts';
import { handoverFindings } from '../../src/model/handover-check.ts';
import { handoverFormPage } from '../../src/site/routes/handover-form.ts';
import { objectivePage } from '../../src/site/routes/objective-page.ts';
import { teamPage } from '../../src/site/routes/team-page.ts';
import { cyclePage } from '../../src/site/routes/cycle-page.ts';
import { scorecardPage } from '../../src/site/routes/scorecard-page.ts';
import { guidePage } from '../../src/site/routes/guide-page.ts';
import { sitePeopleOf } from '../../src/site/people/people.ts';
import { cleanContentRoots, contentRoot, errorLines, load } from '../helpers.ts';

afterAll(cleanContentRoots);

function contextOf(m: Model) {
  const figures = computeFigures(m);
  return { model: m, figures, coaching: computeCoaching(m, figures), fmt: formatter('en'), t: english, people: sitePeopleOf(m, figures) };
}

// Farid Ismail backs sales until 2026-07-31; Nurul Huda from 2026-08-01 (as in tests/unit/new.test.ts).
const rotated = {
  'teams/sales.md': '---\nname: Sales\nparent: company\nlead: Aisha Rahman\nleadership:\n  - name: Farid Ismail\n    roles: [supporter]\n    from: 2026-01-01\n    until: 2026-07-31\n  - name: Nurul Huda\n    roles: [supporter, mentor]\n    from: 2026-08-01\n---\nWe sell.\n',
};
const withRepository = { 'site.yaml': 'title: Acme OKRs\nrepository:\n  url: https://github.com/acme/okrs\n  path: okrs\n' };

/** The file text parsed back through check's own parser and the handover schema. */
function parsed(file: string, text: string) {
  const source = parseSource(file, new TextEncoder().encode(text), { frontMatter: true });
  if (Array.isArray(source)) throw new Error(source.map((f) => f.message).join('; '));
  const result = validateSource(source, handoverSchema, 'handover');
  if ('findings' in result) throw new Error(result.findings.map((f) => f.message).join('; '));
  return { data: result.data, body: source.body };
}

describe('the handover generator', () => {
  const { model } = load(contentRoot(rotated), { asOf: '2026-08-01' });
  const page = handoverFormPage(contextOf(model), 'sales');

  it('writes, with the incoming leader typed in, byte for byte what new handover writes', () => {
    const cli = planNew(['handover', '--team', 'sales', '--to', 'Nurul Huda'], model);
    expect(handoverFile(page.script.context, { to: ['Nurul Huda'] })).toEqual(cli);
    // The form's edits as its script passes them: every section empty, the outgoing leaders untouched.
    expect(handoverFile(page.script.context, { date: '2026-08-01', to: ['Nurul Huda'], unfinished: '', promised: ' ', contacts: '\n' })).toEqual(cli);
  });

  it('pre-fills the page without JavaScript: no incoming leader yet, which check refuses', () => {
    expect(page.planned.file).toBe('handovers/sales/2026-08-01.md');
    expect(page.planned.text.split('\n').slice(0, 9)).toEqual(['---', 'team: sales', 'date: 2026-08-01', 'from:', '  - Farid Ismail', 'to: []', 'objectives:', '  - 2026-q3/sales/win-mid-market', '---']);
    expect(handoverFindings(page.planned.file, page.planned.text).map((f) => `${f.field}: ${f.message}`)).toEqual(['to: expected at least one incoming leader, e.g. `to: [Nurul Huda]`']);
  });

  it('round-trips hostile text through the real parser and schema', () => {
    const names = ['Siti "Ana" Aminah', 'Tan: Wei # Ming', "O'Brien & Co", '---', 'مريم 😀', '- Dash', 'yes', '0.45', '</script>'];
    const unfinished = 'The BNM review & the # migration\n---\nline: with colon\nמשפט בעברית 🎉\r\n</script>';
    const { file, text } = handoverFile(page.script.context, { date: '2026-08-03', to: names, from: ['Farid Ismail', 'null'], unfinished });
    expect(file).toBe('handovers/sales/2026-08-03.md');
    const { data, body } = parsed(file, text);
    expect(data).toMatchObject({ team: 'sales', date: '2026-08-03', to: names, from: ['Farid Ismail', 'null'], objectives: ['2026-q3/sales/win-mid-market'] });
    // The section is the body, as typed (line endings made \n), under its heading; the prompts of the others stay.
    expect(body).toContain('## What is unfinished\n\nThe BNM review & the # migration\n---\nline: with colon\nמשפט בעברית 🎉\n</script>\n\n## What was promised to whom\n\nCommitments to donors');
    expect(handoverFindings(file, text)).toEqual([]);
  });

  it('never makes a path of a typed date, and reports it with check\'s message', () => {
    const { file, text } = handoverFile(page.script.context, { date: '../../x', to: ['Nurul Huda'] });
    expect(file).toBe('handovers/sales/2026-08-01.md');
    expect(handoverFindings(file, text).map((f) => f.field)).toEqual(['date']);
  });

  it('refuses a second note on the same day with the words check uses', () => {
    const root = contentRoot({ ...rotated, 'handovers/sales/2026-08-01.md': '---\nteam: sales\ndate: 2026-08-01\nto: [Nurul Huda]\n---\nNote.\n', 'handovers/sales/2026-08-01b.md': '---\nteam: sales\ndate: 2026-08-01\nto: [Nurul Huda]\n---\nAgain.\n' });
    const fromCheck = errorLines(root, { asOf: '2026-08-01' }).find((line) => line.includes('duplicate-handover'))!;
    const again = load(contentRoot({ ...rotated, 'handovers/sales/2026-08-01.md': '---\nteam: sales\ndate: 2026-08-01\nto: [Nurul Huda]\n---\nNote.\n' }), { asOf: '2026-08-01' }).model;
    const form = handoverFormPage(contextOf(again), 'sales');
    expect(form.script.taken).toEqual([{ date: '2026-08-01', file: 'handovers/sales/2026-08-01.md' }]);
    const { file, text } = handoverFile(form.script.context, { to: ['Nurul Huda'] });
    const [finding] = handoverFindings(file, text, form.script.taken);
    expect(fromCheck).toContain(finding!.message);
    expect(finding!.message).toBe('team sales already has a handover note on 2026-08-01 in `handovers/sales/2026-08-01.md`; keep one note per change of leaders and merge the two');
  });
});

describe('the handover form page data', () => {
  it("keeps its address: a cycle may not be called `handover`", () => {
    expect(errorLines(contentRoot({ 'cycles/handover.md': '---\nname: Handover\nstart: 2026-10-01\nend: 2026-12-31\n---\n' }))).toContain(
      'cycles/handover.md:1: reserved-id: the cycle id `handover` would take the address `/teams/<team>/handover/`, which okrbook uses for its own page; rename the file',
    );
  });

  it('gives the as-of date, the outgoing leaders, the three sections and the repository', () => {
    const { model } = load(contentRoot({ ...rotated, ...withRepository }), { asOf: '2026-08-01' });
    const page = handoverFormPage(contextOf(model), 'sales');
    expect(page.team.id).toBe('sales');
    expect(page.date).toBe('2026-08-01');
    expect(page.outgoing).toEqual(['Farid Ismail']);
    expect(page.objectives).toEqual(['Win the mid-market']);
    expect(page.sections).toEqual([
      { key: 'unfinished', label: 'form.handover.unfinished', hint: 'form.handover.unfinishedHint' },
      { key: 'promised', label: 'form.handover.promised', hint: 'form.handover.promisedHint' },
      { key: 'contacts', label: 'form.handover.contacts', hint: 'form.handover.contactsHint' },
    ]);
    expect(page.repository?.host).toBe('GitHub');
    expect(page.script.taken).toEqual([]);
  });

  it('is linked from the team page, unless the site leaves the forms out', () => {
    const { model } = load(contentRoot());
    expect(teamPage(contextOf(model), 'sales').handoverForm).toBe('/teams/sales/handover/');
    const withoutForms = { ...model, settings: { ...model.settings, forms: false } } as Model;
    expect(teamPage(contextOf(withoutForms), 'sales').handoverForm).toBeUndefined();
  });
});

describe('Edit links in page data', () => {
  it('lead each page built from one file to that file in the web editor', () => {
    const { model } = load(contentRoot(withRepository));
    const context = contextOf(model);
    const edit = (href: string) => ({ href: `https://github.com/acme/okrs/edit/main/okrs/${href}`, host: 'GitHub' });
    expect(objectivePage(context, '2026-q3/sales/win-mid-market').edit).toEqual(edit('okrs/2026-q3/sales/win-mid-market.md'));
    expect(teamPage(context, 'sales').edit).toEqual(edit('teams/sales.md'));
    expect(cyclePage(context, '2026-q3').edit).toEqual(edit('cycles/2026-q3.md'));
    expect(guidePage(context, 'index', []).edit).toEqual(edit('guide/index.md'));
    expect([...scorecardPage(context, 'sales', '2026-q3').checkInEdits.values()]).toEqual([
      edit('checkins/2026-q3/sales/2026-07-06.md'),
      edit('checkins/2026-q3/sales/2026-07-13.md'),
    ]);
  });

  it('are absent without repository', () => {
    const context = contextOf(load(contentRoot()).model);
    expect(objectivePage(context, '2026-q3/sales/win-mid-market').edit).toBeUndefined();
    expect(teamPage(context, 'sales').edit).toBeUndefined();
    expect(cyclePage(context, '2026-q3').edit).toBeUndefined();
    expect(guidePage(context, 'index', []).edit).toBeUndefined();
    expect(scorecardPage(context, 'sales', '2026-q3').checkInEdits.size).toBe(0);
  });
});
