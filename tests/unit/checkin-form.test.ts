/**
 * The check-in form's file and checks (issue 27): one generator for `new
 * checkin` and the form (src/forms/checkin-file.ts), one set of per-check-in
 * rules for `check` and the form (src/forms/checkin-rules.ts), and the form's
 * page data. What the form types round-trips through the file and the reader
 * `check` uses, hostile text included.
 */
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { planNew } from '../../src/cli/new.ts';
import { checkInScaffold } from '../../src/figures/checkin-scaffold.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { checkInFile, NOTES_PROMPT, type CheckInEdits } from '../../src/forms/checkin-file.ts';
import { checkInRules, type CheckInRulesContext } from '../../src/forms/checkin-rules.ts';
import { checkCheckInText } from '../../src/model/checkin-check.ts';
import { checkInFormPage, checkInFormPaths } from '../../src/site/routes/checkin-form-page.ts';
import { cleanContentRoots, contentRoot, errorLines, load, projectRoot } from '../helpers.ts';

afterAll(cleanContentRoots);

/** The small fixture's sales team, with two health metrics. */
const salesWithHealth = '---\nname: Sales\nparent: company\nlead: Aisha Rahman\nmembers: [Aisha Rahman, Daniel Tan]\nhealth:\n  - id: reply-days\n    title: Days a lead waits for a reply\n    below: 2\n  - id: uptime\n    title: Checkout uptime\n    unit: "%"\n    above: 99.5\n---\nWe sell.\n';

describe('one check-in file for new checkin and the form', () => {
  it('gives, with no edits, byte for byte what new checkin writes (the example, with and without `cycle:`)', () => {
    const { model } = load(path.join(projectRoot, 'content'), { asOf: '2026-11-25' });
    // sales has objectives in 2026-q4 only: the date says the cycle.
    const sales = checkInFormPage({ model }, 'sales', '2026-q4');
    const planned = planNew(['checkin', '--team', 'sales'], model);
    expect(checkInFile(sales.data.scaffold)).toEqual(planned);
    expect(planned.text).toContain('#   - kr: ');
    // The page starts from it with the last check-in's (2026-11-23) six attendees and its open action, as if typed in (site.md).
    expect(sales.data.prefill).toEqual({
      attendees: ['Daniel Tan', 'Aisha Rahman', 'Priya Nair', 'Kelvin Ooi', 'Hafiz Zulkifli', 'Mei Ling Goh'],
      actions: [{ title: 'Prepare the December signature plan, deal by deal', kr: 'new-arr', owner: 'Daniel Tan', status: 'todo' }],
    });
    expect(sales.file).toBe(planned.file);
    expect(sales.text).toBe(
      planned.text
        .replace('attendees: []', 'attendees:\n  - Daniel Tan\n  - Aisha Rahman\n  - Priya Nair\n  - Kelvin Ooi\n  - Hafiz Zulkifli\n  - Mei Ling Goh')
        .replace('actions: []', 'actions:\n  - title: Prepare the December signature plan, deal by deal\n    kr: new-arr\n    owner: Daniel Tan\n    status: todo'),
    );
    // company also has objectives in the year 2026, which holds 2026-q4: the file names its cycle, as `--cycle` does.
    const company = checkInFormPage({ model }, 'company', '2026-q4');
    expect(company.data.scaffold.namesCycle).toBe(true);
    expect(checkInFile(company.data.scaffold).text).toBe(planNew(['checkin', '--team', 'company', '--cycle', '2026-q4'], model).text);
  });

  it('writes what new checkin plus the same edits by hand gives: lines uncommented and filled in', () => {
    const root = contentRoot({ 'teams/sales.md': salesWithHealth });
    const { model } = load(root);
    const planned = planNew(['checkin', '--team', 'sales', '--date', '2026-07-20'], model);
    const edits: CheckInEdits = {
      updates: { 'new-mrr': { value: '135000', confidence: '0.65' }, 'partner-portal': { value: 'true', confidence: '0.8' } },
      health: { 'reply-days': '1.5' },
      attendees: ['Aisha Rahman', 'Daniel Tan'],
      leadersPresent: ['Farid Ismail'],
      actions: [{ title: 'Call the three stalled trials', kr: 'new-mrr', owner: 'Daniel Tan', status: 'doing' }],
      blockers: ['Pricing page: still the old one'],
      notes: 'Trials moved.\n\n---\n\nThe portal is live.',
    };
    // What a team lead does in a text editor to the file `new checkin` wrote.
    const byHand = planned.text
      .replace('attendees: []', 'attendees:\n  - Aisha Rahman\n  - Daniel Tan')
      .replace('leaders_present: []', 'leaders_present:\n  - Farid Ismail')
      .replace('# updates:', 'updates:')
      .replace('#   - kr: new-mrr', '  - kr: new-mrr')
      .replace('#     value: 131000 # latest, on 2026-07-13', '    value: 135000')
      .replace('#     confidence: 0.6 # latest given', '    confidence: 0.65')
      .replace('#   - kr: partner-portal', '  - kr: partner-portal')
      .replace('#     value: false # latest, on 2026-07-06', '    value: true\n    confidence: 0.8')
      .replace('# health:', 'health:')
      .replace('#   - id: reply-days', '  - id: reply-days')
      .replace('#     value: # no reading yet: write one', '    value: 1.5')
      .replace('actions: []', 'actions:\n  - title: Call the three stalled trials\n    kr: new-mrr\n    owner: Daniel Tan\n    status: doing')
      .replace('blockers: []', 'blockers:\n  - "Pricing page: still the old one"')
      .replace(NOTES_PROMPT, edits.notes!);
    const scaffold = checkInScaffold(model, 'sales', '2026-q3', '2026-07-20', false);
    const written = checkInFile(scaffold, edits);
    expect(written).toEqual({ file: planned.file, text: byHand });
    // check accepts it, and reads the edits back.
    const again = contentRoot({ 'teams/sales.md': salesWithHealth, [planned.file]: written.text });
    expect(errorLines(again)).toEqual([]);
    const checkIn = load(again).model.checkInsOf('sales', '2026-q3').find((c) => c.date === '2026-07-20')!;
    expect(checkIn.updates).toEqual([{ kr: 'new-mrr', value: 135000, confidence: 0.65 }, { kr: 'partner-portal', value: true, confidence: 0.8 }]);
    expect(checkIn.health).toEqual([{ id: 'reply-days', value: 1.5 }]);
    expect(checkIn.blockers).toEqual(['Pricing page: still the old one']);
  });
});

describe('the form checks its file as check does', () => {
  const root = contentRoot({ 'teams/sales.md': salesWithHealth });
  const { model } = load(root);
  const page = checkInFormPage({ model }, 'sales', '2026-q3');
  const check = (edits: CheckInEdits) => {
    const { file, text } = checkInFile(page.data.scaffold, edits);
    return checkCheckInText(file, text, page.data.rules).findings.map((f) => `${f.line}: ${f.code}: ${f.field ?? ''}: ${f.message}`);
  };

  it('refuses a confidence of 45 and says to write 0.45; takes 0.45', () => {
    expect(check({ updates: { 'new-mrr': { value: '140000', confidence: '45' } } })).toEqual([
      '12: invalid-value: updates[0].confidence: expected a number from 0 to 1 (write 45% as 0.45), got 45',
    ]);
    expect(check({ updates: { 'new-mrr': { value: '140000', confidence: '45%' } } })[0]).toContain('(write 45% as 0.45)');
    expect(check({ updates: { 'new-mrr': { value: '140000', confidence: '0.45' } } })).toEqual([]);
  });

  it('refuses a date outside the cycle, a value that is not a number, a reading that is not a number, an empty action title', () => {
    expect(check({ date: '2026-10-02' })).toEqual([
      '3: outside-cycle: date: 2026-10-02 is outside cycle 2026-q3 (2026-07-01 to 2026-09-30, in cycles/2026-q3.md); correct the date, or name the right cycle in `cycle`',
    ]);
    // One check-in per team and day, in check's words.
    expect(check({ date: '2026-07-13' })).toEqual(['3: duplicate-checkin: date: team sales already has a check-in on 2026-07-13 in `checkins/2026-q3/sales/2026-07-13.md`; merge the two meetings into one file']);
    expect(check({ updates: { churn: { value: 'four' } } })).toEqual(['14: invalid-type: updates[0].value: expected a number, or true/false for a milestone, got "four"']);
    expect(check({ updates: { churn: { value: 'true' } } })).toEqual(['14: update-kind: updates[0].value: expected a number (it is a metric key result), got true']);
    expect(check({ health: { uptime: '99,9' } })).toEqual(['25: invalid-type: health[0].value: expected a number, got "99,9"']);
    expect(check({ actions: [{ title: ' ', owner: 'Daniel Tan' }] })[0]).toMatch(/^\d+: invalid-value: actions\[0\]\.title: expected text, got an empty value/);
    expect(check({ notes: 'Bell \u0007 rang' })[0]).toMatch(/invalid-character: : the body holds the control character/);
  });

  it('runs the rules check runs: unknown key result with "did you mean", duplicate update, wrong kind, unknown health metric', () => {
    const context: CheckInRulesContext = { ...page.data.rules, metricOwners: (id) => (id === 'nps-internal' ? ['company'] : []) };
    const found = checkInRules(
      {
        team: 'sales',
        date: '2026-07-20',
        health: [{ id: 'reply-day', value: 1 }, { id: 'nps-internal', value: 3 }],
        updates: [{ kr: 'new-mr', value: 1 }, { kr: 'churn', value: 3 }, { kr: 'churn', value: 2 }, { kr: 'partner-portal', value: 1 }],
        actions: [{ title: 'x', kr: 'zzz-unknown', status: 'todo' }],
      },
      context,
    ).map((f) => `${f.field}: ${f.code}: ${f.message}`);
    expect(found).toEqual([
      'health[0].id: unknown-reference: team sales has no health metric `reply-day` (did you mean `reply-days`?); expected one of: reply-days, uptime (defined under `health` in teams/sales.md)',
      "health[1].id: unknown-reference: team sales has no health metric `nps-internal` (`nps-internal` is a health metric of team company: a check-in or objective names its own team's metrics); expected one of: reply-days, uptime (defined under `health` in teams/sales.md)",
      'updates[0].kr: unknown-reference: team sales has no key result `new-mr` in 2026-q3 (did you mean `new-mrr`?); expected one of: new-mrr, churn, partner-portal, nps (defined in okrs/2026-q3/sales/win-mid-market.md)',
      'updates[2].kr: duplicate-update: `churn` is already updated in updates[1]; a check-in updates a key result once, keep one value',
      'updates[3].value: update-kind: expected true or false (it is a milestone: done or not), got 1',
      'actions[0].kr: unknown-reference: team sales has no key result `zzz-unknown` in 2026-q3; expected one of: new-mrr, churn, partner-portal, nps (defined in okrs/2026-q3/sales/win-mid-market.md)',
    ]);
    // check says the same of the same file.
    const file = 'checkins/2026-q3/sales/2026-07-20.md';
    const text = '---\nteam: sales\ndate: 2026-07-20\nupdates:\n  - kr: new-mr\n    value: 1\n---\n';
    expect(errorLines(contentRoot({ 'teams/sales.md': salesWithHealth, [file]: text }))).toEqual([
      `${file}:5: unknown-reference: updates[0].kr: team sales has no key result \`new-mr\` in 2026-q3 (did you mean \`new-mrr\`?); expected one of: new-mrr, churn, partner-portal, nps (defined in okrs/2026-q3/sales/win-mid-market.md)`,
    ]);
  });

  it('round-trips random form input, hostile text included, through the file and the reader check uses', () => {
    const { scaffold, rules } = page.data;
    const hostile = fc.constantFrom(
      '---', 'a: b', 'key:', '"quoted"', "it's", '</script><script>alert(1)</script>', '😀 done', 'مرحبا بالعالم', '\u202Eevil', '# not a comment', '- dash',
      '2026', '2026-07-20', 'true', 'No', 'null', '~', '1_000', '0x1F', '0b11', '.5', '+1', '@at', '`tick`', '*star', '&anchor', '!tag', '%pct', '{a: 1}', '[x]',
      '|', '>', '? q', 'line\nbreak', 'a #b', 'back\\slash', 'tab\there', 'a\u2028b', '\u00a0nbsp', 'x'.repeat(300),
    );
    const text = fc.oneof(hostile, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })).filter((s) => s.trim() !== '' && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s));
    const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })).map((n) => (Object.is(n, -0) ? 0 : n));
    const confidence = fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)), { nil: undefined });
    const updates = fc.record(
      Object.fromEntries(scaffold.keyResults.map((kr) => [kr.id, fc.record({ value: kr.kind === 'milestone' ? fc.boolean() : number, confidence })])),
      { requiredKeys: [] },
    );
    const health = fc.record(Object.fromEntries(scaffold.health.map((m) => [m.id, number])), { requiredKeys: [] });
    const action = fc.record({
      title: text,
      kr: fc.option(fc.constantFrom(...scaffold.keyResults.map((kr) => kr.id)), { nil: undefined }),
      owner: fc.option(text, { nil: undefined }),
      status: fc.constantFrom('todo', 'doing', 'done'),
    });
    // Any day of the cycle but those the team has met on already.
    const day = fc.integer({ min: 1, max: 92 }).map((n) => new Date(Date.UTC(2026, 6, n)).toISOString().slice(0, 10)).filter((d) => !(d in rules.taken!));
    const notes = fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 200 })).filter((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s));
    fc.assert(
      fc.property(
        fc.record({ date: day, updates, health, attendees: fc.array(text, { maxLength: 4 }), leadersPresent: fc.array(text, { maxLength: 2 }), actions: fc.array(action, { maxLength: 3 }), blockers: fc.array(text, { maxLength: 3 }), notes }),
        (typed) => {
          // The form gives every value as the text typed into its field.
          const edits: CheckInEdits = {
            ...typed,
            updates: Object.fromEntries(Object.entries(typed.updates).map(([id, u]) => [id, { value: String(u!.value), ...(u!.confidence !== undefined ? { confidence: String(u!.confidence) } : {}) }])),
            health: Object.fromEntries(Object.entries(typed.health).map(([id, v]) => [id, String(v)])),
          };
          const { file, text: written } = checkInFile(scaffold, edits);
          const { findings, data } = checkCheckInText(file, written, rules);
          expect(findings).toEqual([]);
          const recorded = scaffold.keyResults.filter((kr) => kr.id in typed.updates);
          expect(data!.date).toBe(typed.date);
          expect(data!.updates).toEqual(recorded.map((kr) => ({ kr: kr.id, value: typed.updates[kr.id]!.value, ...(typed.updates[kr.id]!.confidence !== undefined ? { confidence: typed.updates[kr.id]!.confidence } : {}) })));
          expect(data!.health).toEqual(scaffold.health.filter((m) => m.id in typed.health).map((m) => ({ id: m.id, value: typed.health[m.id] })));
          expect(data!.attendees).toEqual(typed.attendees.map((s) => s.trim()));
          expect(data!.leaders_present).toEqual(typed.leadersPresent.map((s) => s.trim()));
          expect(data!.blockers).toEqual(typed.blockers.map((s) => s.trim()));
          expect(data!.actions).toEqual(typed.actions.map((a) => ({ title: a.title.trim(), ...(a.kr ? { kr: a.kr } : {}), ...(a.owner ? { owner: a.owner.trim() } : {}), status: a.status })));
          // The notes are the body: nothing in them reaches the front matter.
          const body = written.slice(written.indexOf('\n---\n', 4) + 5);
          expect(body.trimEnd()).toBe(typed.notes.trimEnd());
        },
      ),
      { numRuns: 150, seed: 27 },
    );
  });
});

describe('the check-in form page data', () => {
  it('builds a form for each team with objectives in an active cycle, with the rules\' context', () => {
    const { model } = load(contentRoot({ 'teams/sales.md': salesWithHealth }));
    const figures = computeFigures(model);
    // As of 2026-08-15 only 2026-q3 is active; company and sales have objectives in it.
    expect(checkInFormPaths(figures)).toEqual([{ team: 'company', cycle: '2026-q3' }, { team: 'sales', cycle: '2026-q3' }]);
    const page = checkInFormPage({ model }, 'sales', '2026-q3');
    expect(page.file).toBe('checkins/2026-q3/sales/2026-08-15.md');
    expect(page.data.rules).toEqual({
      cycle: { id: '2026-q3', start: '2026-07-01', end: '2026-09-30', file: 'cycles/2026-q3.md' },
      keyResults: [
        { id: 'new-mrr', kind: 'metric', file: 'okrs/2026-q3/sales/win-mid-market.md' },
        { id: 'churn', kind: 'metric', file: 'okrs/2026-q3/sales/win-mid-market.md' },
        { id: 'partner-portal', kind: 'milestone', file: 'okrs/2026-q3/sales/win-mid-market.md' },
        { id: 'nps', kind: 'stay-above', file: 'okrs/2026-q3/sales/win-mid-market.md' },
      ],
      healthMetrics: ['reply-days', 'uptime'],
      teamFile: 'teams/sales.md',
      taken: { '2026-07-06': 'checkins/2026-q3/sales/2026-07-06.md', '2026-07-13': 'checkins/2026-q3/sales/2026-07-13.md' },
    });
    expect(page.objectives.map((o) => [o.title, o.keyResults.map((kr) => kr.id)])).toEqual([['Win the mid-market', ['new-mrr', 'churn', 'partner-portal', 'nps']]]);
    // The latest reading the scorecard shows: new-mrr 131000 at 0.6 on 2026-07-13.
    expect(page.data.scaffold.keyResults[0]).toMatchObject({ latest: { value: 131000, date: '2026-07-13' }, confidence: 0.6 });
    expect(page.repository).toBeUndefined();
  });
});
