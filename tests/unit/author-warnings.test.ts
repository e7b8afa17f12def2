/**
 * (v3) Authors are not left guessing (content.md, What is an error): a
 * check-in dated in the future, a file name that disagrees with `date`, and
 * a commented-out `updates:` above uncommented readings; `new handover`
 * writes figures as the pages show them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { planNew } from '../../src/cli/new.ts';
import { formatFinding } from '../../src/model/findings.ts';
import { optionsFromEnv } from '../../src/model/options.ts';
import { cleanContentRoots, contentRoot, errorLines, load } from '../helpers.ts';

afterAll(cleanContentRoots);

const checkInFile = (date: string) => `---\nteam: sales\ndate: ${date}\nupdates:\n  - kr: nps\n    value: 45\n---\nNotes.\n`;
const warningsOf = (root: string, options: Parameters<typeof load>[1]) =>
  load(root, options).findings.filter((f) => f.level === 'warning').map(formatFinding);

describe('checkin-future', () => {
  const root = contentRoot({ 'checkins/2026-q3/sales/2026-07-20.md': checkInFile('2026-07-20') });

  it('names a check-in dated after today, which the site leaves out without a word', () => {
    expect(warningsOf(root, { asOf: '2026-07-15', asOfIsToday: true })).toEqual([
      'checkins/2026-q3/sales/2026-07-20.md:3: warning checkin-future: date: this check-in is dated 2026-07-20, after today (2026-07-15), so the site leaves it out until then; correct the date if it is a typo',
    ]);
    // a warning, never an error: the content still builds
    expect(errorLines(root, { asOf: '2026-07-15', asOfIsToday: true })).toEqual([]);
  });

  it('says nothing when the as-of date is set on purpose (OKRBOOK_AS_OF), or the date has come', () => {
    expect(warningsOf(root, { asOf: '2026-07-15' })).toEqual([]);
    expect(warningsOf(root, { asOf: '2026-07-20', asOfIsToday: true })).toEqual([]);
  });

  it('is on only when OKRBOOK_AS_OF is not set', () => {
    const now = new Date('2026-07-15T12:00:00Z');
    expect(optionsFromEnv({ OKRBOOK_CONTENT: root }, '/', now).asOfIsToday).toBe(true);
    expect(optionsFromEnv({ OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-07-15' }, '/', now).asOfIsToday).toBeUndefined();
  });
});

describe('checkin-date-mismatch', () => {
  it('names a file whose name is a date other than its `date`', () => {
    const root = contentRoot({
      'checkins/2026-q3/sales/2026-07-27.md': checkInFile('2026-07-21'),
      // a name that is no date says nothing about the date
      'checkins/2026-q3/sales/board-review.md': checkInFile('2026-07-28'),
    });
    expect(warningsOf(root, { asOf: '2026-08-15' })).toEqual([
      'checkins/2026-q3/sales/2026-07-27.md:3: warning checkin-date-mismatch: date: the file is named 2026-07-27 but `date` says 2026-07-21; correct the date, or rename the file to 2026-07-21.md, so that the two agree',
    ]);
    expect(errorLines(root)).toEqual([]);
  });
});

describe('a commented-out `updates:`', () => {
  it('says to uncomment it, on its line, instead of "a quote or bracket is not closed"', () => {
    const root = contentRoot();
    const planned = planNew(['checkin', '--team', 'sales', '--date', '2026-07-20'], load(root).model);
    // The author uncomments the new-mrr reading and forgets `# updates:` above it.
    const edited = planned.text.replace('#   - kr: new-mrr', '  - kr: new-mrr').replace('#     value: 131000', '    value: 135000');
    const line = edited.split('\n').indexOf('# updates:') + 1;
    expect(line).toBe(9); // ---, team, date, attendees, leaders_present, three lines of help, then `# updates:`
    expect(errorLines(contentRoot({ [planned.file]: edited }))).toEqual([
      'checkins/2026-q3/sales/2026-07-20.md:9: yaml: the front matter is not valid YAML: `updates:` on line 9 is still commented out, but the lines under it are not; uncomment `updates:` on line 9 (remove the `# ` in front of it)',
    ]);
    // Uncommented, it reads.
    expect(errorLines(contentRoot({ [planned.file]: edited.replace('# updates:', 'updates:') }))).toEqual([]);
  });

  it('leaves other YAML errors as they were', () => {
    const broken = '---\nteam: sales\ndate: 2026-07-20\nupdates:\n  - kr: "nps\n---\n';
    const lines = errorLines(contentRoot({ 'checkins/2026-q3/sales/2026-07-20.md': broken }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('uncomment');
  });
});

describe('new handover', () => {
  it('writes confidences rounded as the pages round them, and key-result titles rather than ids', () => {
    const root = contentRoot({
      'checkins/2026-q3/sales/2026-07-27.md':
        '---\nteam: sales\ndate: 2026-07-27\nupdates:\n  - kr: new-mrr\n    value: 140000\n    confidence: 0.675\nactions:\n  - title: Call the five largest prospects\n    kr: new-mrr\n    owner: Aisha Rahman\n    status: doing\n---\n',
    });
    const planned = planNew(['handover', '--team', 'sales', '--to', 'Nurul Huda', '--date', '2026-08-01'], load(root, { asOf: '2026-08-01' }).model);
    // Confidence: new-mrr's 0.675 is the only one given: 68% (Intl rounds half away from zero, as the pages do).
    // Score: new-mrr (140000-120000)/37000 = 0.5405, churn 0.1667, portal 0, nps 1: mean 1.7072/4 = 0.4268 -> 43%.
    expect(planned.text).toContain('- **Win the mid-market** (Q3 2026): 43%, on track; confidence 68%; owner Aisha Rahman.');
    expect(planned.text).toContain('- Call the five largest prospects (Aisha Rahman, doing, moves New monthly recurring revenue)');
    expect(planned.text).not.toContain('2026-q3/sales/win-mid-market`');
  });
});
