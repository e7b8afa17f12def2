import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { nextCycle, planNew, slugify, writeNew } from '../../src/cli/new.ts';
import { cleanContentRoots, contentRoot, errorLines, load } from '../helpers.ts';

afterAll(cleanContentRoots);

describe('new checkin', () => {
  it('carries every key result\'s latest value and confidence as comments (v2)', () => {
    const { model } = load(contentRoot());
    const planned = planNew(['checkin', '--team', 'sales', '--date', '2026-07-20'], model);
    expect(planned.file).toBe('checkins/2026-q3/sales/2026-07-20.md');
    expect(planned.text).toMatchInlineSnapshot(`
      "---
      team: sales
      date: 2026-07-20
      attendees: []
      leaders_present: []
      # To record a reading, remove the "# " from \`updates:\` and from the lines of each
      # key result you measured, then write today's value. The values below are the
      # latest ones; a key result left commented out records nothing.
      # updates:
      #   - kr: new-mrr # New monthly recurring revenue (MYR): 120000 -> 157000
      #     value: 131000 # latest, on 2026-07-13
      #     confidence: 0.6 # latest given
      #   - kr: churn # Logo churn (%): 5 -> 2
      #     value: 4.5 # latest, on 2026-07-06
      #   - kr: partner-portal # Partner portal live
      #     value: false # latest, on 2026-07-06
      #   - kr: nps # NPS stays above 40: stay-above 40
      #     value: 44 # latest, on 2026-07-13
      actions: []
      blockers: []
      ---
      Notes of the meeting: what moved, what did not, and what the team will try next.
      "
    `);
  });

  it('records nothing when left unedited, and the readings once uncommented (v2)', () => {
    const root = contentRoot();
    const planned = planNew(['checkin', '--team', 'sales', '--date', '2026-07-20'], load(root).model);
    writeNew(root, planned);
    expect(errorLines(root)).toEqual([]);
    const unedited = load(root).model.checkInsOf('sales', '2026-q3').find((c) => c.date === '2026-07-20')!;
    expect(unedited.updates).toEqual([]);
    // the author uncomments `updates:` and the new-mrr lines, and writes today's value
    const edited = planned.text
      .replace('# updates:', 'updates:')
      .replace('#   - kr: new-mrr', '  - kr: new-mrr')
      .replace('#     value: 131000', '    value: 135000')
      .replace('#     confidence: 0.6', '    confidence: 0.65');
    const again = contentRoot({ [planned.file]: edited });
    expect(errorLines(again)).toEqual([]);
    const checkIn = load(again).model.checkInsOf('sales', '2026-q3').find((c) => c.date === '2026-07-20')!;
    expect(checkIn.updates).toEqual([{ kr: 'new-mrr', value: 135000, confidence: 0.65 }]);
  });

  it('(v3) carries each health metric\'s latest reading, of any cycle, as a comment; uncommented, it reads', () => {
    const sales = '---\nname: Sales\nparent: company\nhealth:\n  - id: reply-days\n    title: Days a lead waits for a reply\n    below: 2\n  - id: uptime\n    title: Checkout uptime\n    unit: "%"\n    above: 99.5\n    below: 100\n---\nWe sell.\n';
    const earlier = '---\nname: Q2 2026\nstart: 2026-04-01\nend: 2026-06-30\n---\n';
    const q2 = '---\ntitle: Sell more\nteam: sales\ncycle: 2026-q2\nkey_results:\n  - id: deals\n    title: Deals won\n    baseline: 1\n    target: 5\n---\n';
    const reading = '---\nteam: sales\ndate: 2026-06-29\nhealth:\n  - id: reply-days\n    value: 3\n---\nLast week of Q2.\n';
    const root = contentRoot({ 'teams/sales.md': sales, 'cycles/2026-q2.md': earlier, 'okrs/2026-q2/sales/sell.md': q2, 'checkins/2026-q2/sales/2026-06-29.md': reading });
    const planned = planNew(['checkin', '--team', 'sales', '--date', '2026-07-20'], load(root).model);
    const health = planned.text.slice(planned.text.indexOf('# To record a health metric'), planned.text.indexOf('actions: []'));
    expect(health).toMatchInlineSnapshot(`
      "# To record a health metric, remove the "# " from \`health:\` and from the lines of
      # each metric you read, then write today's value; one left commented out records nothing.
      # health:
      #   - id: reply-days # Days a lead waits for a reply: healthy at or below 2
      #     value: 3 # latest, on 2026-06-29
      #   - id: uptime # Checkout uptime (%): healthy at or above 99.5 and at or below 100
      #     value: # no reading yet: write one
      "
    `);
    writeNew(root, planned);
    expect(errorLines(root)).toEqual([]);
    const edited = planned.text.replace('# health:', 'health:').replace('#   - id: reply-days', '  - id: reply-days').replace('#     value: 3', '    value: 1');
    const again = contentRoot({ 'teams/sales.md': sales, 'cycles/2026-q2.md': earlier, 'okrs/2026-q2/sales/sell.md': q2, 'checkins/2026-q2/sales/2026-06-29.md': reading, [planned.file]: edited });
    expect(errorLines(again)).toEqual([]);
    expect(load(again).model.checkInsOf('sales', '2026-q3').find((c) => c.date === '2026-07-20')!.health).toEqual([{ id: 'reply-days', value: 1 }]);
  });

  it('writes a file that check accepts, and refuses to overwrite it', () => {
    const root = contentRoot();
    const { model } = load(root);
    const planned = planNew(['checkin', '--team', 'sales', '--date', '2026-07-20'], model);
    const written = writeNew(root, planned);
    expect(readFileSync(written, 'utf8')).toBe(planned.text);
    expect(errorLines(root)).toEqual([]);
    expect(() => writeNew(root, planned)).toThrow(/already exists; nothing was written/);
  });

  it('defaults the date to the as-of date and refuses a second check-in that day', () => {
    const { model } = load(contentRoot(), { asOf: '2026-07-13' });
    expect(() => planNew(['checkin', '--team', 'sales'], model)).toThrow('team sales already has a check-in on 2026-07-13: checkins/2026-q3/sales/2026-07-13.md');
  });

  it('says clearly when the team or cycle does not exist', () => {
    const { model } = load(contentRoot());
    expect(() => planNew(['checkin', '--team', 'sails'], model)).toThrow('there is no team "sails"; teams are: company, sales');
    expect(() => planNew(['checkin', '--team', 'sales', '--cycle', '2026-q9'], model)).toThrow('there is no cycle "2026-q9"; cycles are: 2026-q3');
    expect(() => planNew(['checkin', '--team', 'sales', '--date', '2026-11-02'], model)).toThrow('team sales has no objectives in a cycle containing 2026-11-02');
    expect(() => planNew(['checkin', '--team', 'sales', '--date', '2026-11-31'], model)).toThrow('--date must be a calendar date written YYYY-MM-DD, got "2026-11-31"');
  });
});

describe('new objective, team, cycle', () => {
  it('scaffolds an objective that check accepts', () => {
    const root = contentRoot();
    const { model } = load(root);
    const planned = planNew(['objective', '--team', 'sales', '--cycle', '2026-q3', '--title', 'Make renewals boring: "no surprises"'], model);
    expect(planned.file).toBe('okrs/2026-q3/sales/make-renewals-boring-no-surprises.md');
    writeNew(root, planned);
    expect(errorLines(root)).toEqual([]);
    expect(load(root).model.objective('2026-q3/sales/make-renewals-boring-no-surprises')?.title).toBe('Make renewals boring: "no surprises"');
  });

  it('scaffolds a team and a cycle', () => {
    const root = contentRoot();
    const { model } = load(root);
    writeNew(root, planNew(['team', 'support', '--name', 'Customer Support', '--parent', 'company'], model));
    writeNew(root, planNew(['cycle', '2026-q4', '--start', '2026-10-01', '--end', '2026-12-31', '--name', 'Q4 2026'], model));
    const after = load(root).model;
    expect(after.team('support')).toMatchObject({ name: 'Customer Support', parent: 'company' });
    expect(after.cycle('2026-q4')).toMatchObject({ name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' });
    expect(() => planNew(['team', 'Support Team', '--name', 'x'], model)).toThrow(/lower-case letters/);
    expect(() => planNew(['cycle', 'q', '--start', '2026-10-01', '--end', '2026-09-30'], model)).toThrow('--end (2026-09-30) is before --start (2026-10-01)');
  });

  it('continues quarters, halves, years and day-length cycles with --next', () => {
    const quarter = nextCycle(load(contentRoot()).model, undefined, undefined);
    expect(quarter).toEqual({ file: 'cycles/2026-q4.md', text: expect.stringContaining('name: Q4 2026\nstart: 2026-10-01\nend: 2026-12-31') });
    const q4 = contentRoot({ 'cycles/2026-q4.md': '---\nname: Q4 2026\nstart: 2026-10-01\nend: 2026-12-31\n---\n' });
    expect(nextCycle(load(q4).model, undefined, undefined).text).toContain('name: Q1 2027\nstart: 2027-01-01\nend: 2027-03-31');
    const half = contentRoot({ 'cycles/2026-h2.md': '---\nname: H2 2026\nstart: 2026-07-01\nend: 2026-12-31\n---\n' });
    expect(nextCycle(load(half).model, undefined, undefined)).toMatchObject({ file: 'cycles/2027-h1.md', text: expect.stringContaining('start: 2027-01-01\nend: 2027-06-30') });
    const sprint = contentRoot({ 'cycles/sprint-9.md': '---\nname: Sprint 9\nstart: 2026-10-05\nend: 2026-10-18\n---\n' });
    expect(() => nextCycle(load(sprint).model, undefined, undefined)).toThrow('cannot guess the id after "sprint-9"');
    expect(nextCycle(load(sprint).model, 'sprint-10', 'Sprint 10').text).toContain('name: Sprint 10\nstart: 2026-10-19\nend: 2026-11-01');
  });

  it('makes file names from titles', () => {
    expect(slugify('Réduire les incidents — vite!')).toBe('reduire-les-incidents-vite');
    expect(slugify('减少事故')).toBe('objective');
  });
});

describe('usage mistakes', () => {
  it('explains what is missing', () => {
    const { model } = load(contentRoot());
    expect(() => planNew(['checkin'], model)).toThrow('--team is required');
    expect(() => planNew(['okr'], model)).toThrow('unknown kind "okr"; expected checkin, objective, team, cycle or handover');
    expect(() => planNew(['checkin', '--tem', 'sales'], model)).toThrow(/Unknown option '--tem'/);
  });
});


describe('new handover (v2)', () => {
  const rotated = {
    'teams/sales.md': '---\nname: Sales\nparent: company\nlead: Aisha Rahman\nleadership:\n  - name: Farid Ismail\n    roles: [supporter]\n    from: 2026-01-01\n    until: 2026-07-31\n  - name: Nurul Huda\n    roles: [supporter, mentor]\n    from: 2026-08-01\n---\nWe sell.\n',
  };
  it('pre-fills the outgoing leader, the open objectives with their scores and the open actions, and check accepts it', () => {
    const root = contentRoot(rotated);
    const { model } = load(root, { asOf: '2026-08-01' });
    const planned = planNew(['handover', '--team', 'sales', '--to', 'Nurul Huda'], model);
    expect(planned.file).toBe('handovers/sales/2026-08-01.md');
    // Scores as of 2026-08-01 (x = 32/92): new-mrr (131000-120000)/37000 = 0.297, churn (4.5-5)/(2-5) = 0.167,
    // portal 0, nps 1 (44 >= 40): mean 1.464/4 = 0.366 -> 37%, red (< 0.4); 0.366 >= 0.348 - 0.1: on-track.
    // Confidence: new-mrr's 0.6 is the only one given.
    expect(planned.text).toMatchInlineSnapshot(`
      "---
      team: sales
      date: 2026-08-01
      from:
        - Farid Ismail
      to:
        - Nurul Huda
      objectives:
        - 2026-q3/sales/win-mid-market
      ---
      ## Where the objectives stand on 2026-08-01

      - **Win the mid-market** (Q3 2026, \`2026-q3/sales/win-mid-market\`): 37%, red, on-track; confidence 0.6; owner Aisha Rahman.

      ## Open actions from the 2026-07-13 check-in

      - (none open)

      ## What is unfinished

      What is not done yet, and what you have been quietly holding together.

      ## What was promised to whom

      Commitments to donors, customers, partners, regulators or other teams.

      ## Who to call

      The people outside the team who matter most right now, and why.
      "
    `);
    writeNew(root, planned);
    expect(errorLines(root, { asOf: '2026-08-01' })).toEqual([]);
    expect(() => planNew(['handover', '--team', 'sales', '--to', 'Nurul Huda'], load(root, { asOf: '2026-08-01' }).model)).toThrow('team sales already has a handover note on 2026-08-01: handovers/sales/2026-08-01.md');
  });
  it('asks for --to and a real team', () => {
    const { model } = load(contentRoot());
    expect(() => planNew(['handover', '--team', 'sales'], model)).toThrow('--to is required');
    expect(() => planNew(['handover', '--team', 'sails', '--to', 'X'], model)).toThrow('there is no team "sails"');
  });
});

describe('new objective --carry (v2)', () => {
  const q4 = { 'cycles/2026-q4.md': '---\nname: Q4 2026\nstart: 2026-10-01\nend: 2026-12-31\n---\n', 'cycles/2026.md': '---\nname: "2026"\nstart: 2026-01-01\nend: 2026-12-31\n---\n' };
  it('continues the objective in the next cycle of the same length, baselines moved to the latest values', () => {
    const root = contentRoot(q4);
    const { model } = load(root, { asOf: '2026-09-30' });
    const planned = planNew(['objective', '--carry', '2026-q3/sales/win-mid-market'], model);
    // Latest values: new-mrr 131000 (07-13), churn 4.5 (07-06); the milestone's due date (09-15) is dropped;
    // the parent (2026-q3/company/grow) is a quarter's, so it does not carry into Q4.
    expect(planned.file).toBe('okrs/2026-q4/sales/win-mid-market.md');
    expect(planned.text).toMatchInlineSnapshot(`
      "---
      title: Win the mid-market
      team: sales
      cycle: 2026-q4
      owner: Aisha Rahman
      carried_from: 2026-q3/sales/win-mid-market
      why_now: Mid-market buyers are switching vendors this year.
      behaviors:
        - Call back every trial within a day
      key_results:
        - id: new-mrr
          title: New monthly recurring revenue
          baseline: 131000
          target: 157000
          unit: MYR
        - id: churn
          title: Logo churn
          baseline: 4.5
          target: 2
          unit: "%"
        - id: partner-portal
          title: Partner portal live
          kind: milestone
        - id: nps
          title: NPS stays above 40
          kind: stay-above
          target: 40
      ---
      Carried from Q3 2026. What is different this time, and what the team stops doing to make room for it.
      "
    `);
    writeNew(root, planned);
    expect(errorLines(root, { asOf: '2026-09-30' })).toEqual([]);
    const after = load(root, { asOf: '2026-09-30' }).model;
    expect(after.objective('2026-q4/sales/win-mid-market')!.carriedFrom).toBe('2026-q3/sales/win-mid-market');
    expect(() => planNew(['objective', '--carry', '2026-q3/sales/win-mid-market'], after)).toThrow('2026-q3/sales/win-mid-market is already carried into 2026-q4: okrs/2026-q4/sales/win-mid-market.md');
  });
  it('refuses an unknown objective, an earlier cycle, and when no next cycle exists', () => {
    const { model } = load(contentRoot(q4));
    expect(() => planNew(['objective', '--carry', '2026-q3/sales/win'], model)).toThrow('there is no objective "2026-q3/sales/win"');
    expect(() => planNew(['objective', '--carry', '2026-q3/sales/win-mid-market', '--cycle', '2026'], model)).toThrow('cycle 2026 starts on 2026-01-01, not after 2026-q3');
    expect(() => planNew(['objective', '--carry', '2026-q3/sales/win-mid-market'], load(contentRoot()).model)).toThrow('no cycle of the same length as 2026-q3 starts after it ends (2026-09-30)');
  });
});
