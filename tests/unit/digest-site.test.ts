/**
 * The digest's page data (src/site/digest.ts): each line's words and where
 * it links; and the keys warm builds give digest pages (src/site/digest-inputs.ts).
 */
import { describe, expect, it } from 'vitest';
import { digestsOf } from '../../src/figures/digest.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { formatter } from '../../src/lib/format.ts';
import { digestIndex, digestView } from '../../src/site/digest.ts';
import { digestInputsOf } from '../../src/site/digest-inputs.ts';
import { checkIn, cycle, handover, kr, model, objective, team } from '../model-builder.ts';

const q4 = cycle('2026-q4', '2026-10-01', '2026-12-31');
const parts = {
  asOf: '2026-11-25',
  cycles: [q4],
  teams: [team('sales', { name: 'Sales' })],
  objectives: [objective('2026-q4/sales/grow', 'sales', '2026-q4', [kr('mrr', { title: 'Monthly revenue', unit: 'MYR', baseline: 0, target: 100 }), kr('launch', { title: 'Launch', kind: 'milestone' })], { title: 'Grow' })],
  checkIns: [
    checkIn('sales', '2026-q4', '2026-11-03', [{ kr: 'mrr', value: 40, confidence: 0.8 }], { actions: [{ title: 'Call the bank', status: 'todo' }] }),
    checkIn('sales', '2026-q4', '2026-11-10', [{ kr: 'mrr', value: 55, confidence: 0.5 }, { kr: 'launch', value: true }], {
      actions: [{ title: 'Call the bank', status: 'done' }, { title: 'Hire', status: 'todo', owner: 'Aida' }],
    }),
  ],
  handovers: [handover('sales', '2026-11-12', ['Aida'], { from: ['Ben'] })],
};
const example = model(parts);
const t = createTranslator('en');
const fmt = formatter('en');
const digests = digestsOf(example);
const viewOf = (week: string, say = t) =>
  digestView(digests.week(week)!, { model: example, value: (value, unit) => say.value(value, unit), date: fmt.date, percent: fmt.percent, around: digests.around(week) });
const lines = (view: ReturnType<typeof viewOf>, say = t) => view.teams.flatMap((team) => team.lines.map((line) => [say(line.text.key, line.text.values), line.route]));

describe('a week as the page shows it', () => {
  it('says each change in words and links it to where it happened', () => {
    const view = viewOf('2026-W46');
    expect(t(view.title.key, view.title.values)).toBe('Week 46, 2026');
    expect([view.first, view.last, view.partial]).toEqual(['2026-11-09', '2026-11-15', false]);
    expect(view.summary.map((s) => t(s.key, s.values))).toEqual([
      '1 check-in held', '1 of 1 teams checked in', '2 key results updated', '2 status changes', '1 confidence drop', '0 teams overdue',
    ]);
    // mrr 40 -> 55 of 0..100: +15 points; launch not done -> done: +100 points.
    // Objective (0.4 + 0) / 2 = 0.2 at D0 (x = 39/92: at risk), (0.55 + 1) / 2 = 0.775 at D1 (x = 0.5: on track).
    expect(lines(view)).toEqual([
      ['Check-in on Nov 10, 2026 (2026-q4)', 'teams/sales/2026-q4/#checkin-2026-11-10'],
      ['Monthly revenue: 40 MYR → 55 MYR, +15 points', 'teams/sales/2026-q4/#kr-2026-q4-sales-grow-mrr'],
      ['Launch: – → Done, +100 points', 'teams/sales/2026-q4/#kr-2026-q4-sales-grow-launch'],
      ['The team in 2026-q4: At risk → On track', 'teams/sales/2026-q4/'],
      ['Grow: At risk → On track', 'teams/sales/2026-q4/#objective-2026-q4-sales-grow'],
      ['Confidence in Monthly revenue fell from 80% to 50%', 'teams/sales/2026-q4/#kr-2026-q4-sales-grow-mrr'],
      ['Done: Call the bank', 'teams/sales/2026-q4/#checkin-2026-11-10'],
      ['New action: Hire (Aida)', 'teams/sales/2026-q4/#checkin-2026-11-10'],
      ['Handover note of Nov 12, 2026: from Ben to Aida', 'teams/sales/#handover-2026-11-12'],
    ]);
    expect(view.quiet).toBeNull();
    expect([view.previous?.week, view.next?.week, view.jsonRoute]).toEqual(['2026-W45', '2026-W47', 'digest/2026-w46.json']);
  });

  it('speaks Malay', () => {
    const ms = createTranslator('ms');
    const view = viewOf('2026-W46', ms);
    expect(ms(view.title.key, view.title.values)).toBe('Minggu 46, 2026');
    expect(lines(view, ms)[1]).toEqual(['Monthly revenue: 40 MYR → 55 MYR, +15 mata', 'teams/sales/2026-q4/#kr-2026-q4-sales-grow-mrr']);
  });

  it('says a quiet week in one line, and lists the weeks newest first', () => {
    // Week 48 (11-23 to A = 11-25): no check-in; sales met on 11-10, so at 11-25 the periods 11-12..11-18 and 11-19..11-25 are uncovered: overdue, not quiet.
    expect(viewOf('2026-W48').quiet).toBeNull();
    expect(viewOf('2026-W48').partial).toBe(true);
    // Week 45 (11-02..11-08) holds the 11-03 check-in, so the list starts there.
    const rows = digestIndex(digests.weeks.map((w) => digests.week(w)!));
    expect(rows.map((r) => r.week)).toEqual(['2026-W48', '2026-W47', '2026-W46', '2026-W45']);
    expect(t(rows[2]!.line.key, rows[2]!.line.values)).toBe('1 check-in held, 2 key results updated');
    // As of Monday 11-09 with one check-in on Friday 11-06 (no updates): week 46 so far has no news, and the period
    // 11-05..11-11 is covered, so nobody is overdue: a quiet week.
    const calm = model({ ...parts, asOf: '2026-11-09', handovers: [], checkIns: [checkIn('sales', '2026-q4', '2026-11-06', [])] });
    const quiet = digestsOf(calm).week('2026-W46')!;
    const view = digestView(quiet, { model: calm, value: (v, u) => t.value(v, u), date: fmt.date, percent: fmt.percent, around: { previous: null, next: null } });
    expect(view.quiet && t(view.quiet.key, view.quiet.values)).toBe('A quiet week: no check-ins, no changes and no team overdue.');
  });
});

describe('the keys of digest pages', () => {
  it('change for the week of an added check-in and the weeks after it, not before', () => {
    const before = digestInputsOf(example);
    const added = digestInputsOf(model({ ...parts, checkIns: [...parts.checkIns, checkIn('sales', '2026-q4', '2026-11-18', [{ kr: 'mrr', value: 60 }])] }));
    expect(['2026-W45', '2026-W46', '2026-W47', '2026-W48'].map((w) => before(w) === added(w))).toEqual([true, true, false, false]);
  });

  it('stay when only the notes of a check-in change (a page shows no notes)', () => {
    const edited = model({ ...parts, checkIns: parts.checkIns.map((c) => ({ ...c, body: `${c.body}\nMore notes.` })) });
    expect(digestInputsOf(edited)('2026-W46')).toBe(digestInputsOf(example)('2026-W46'));
  });
});
