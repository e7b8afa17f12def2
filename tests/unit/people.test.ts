/**
 * (v2) People pages from the one model: names, ASCII slugs with `-2` on a
 * collision, what a person owns now, open actions newest first, terms; a
 * confidential objective's owner and a confidential handover leave no trace.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/index.ts';
import { namesIn, peopleOf, personDetails, personSlug, sitePeopleOf } from '../../src/site/people/people.ts';
import { leadershipTimeline } from '../../src/site/people/leadership-timeline.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';

afterAll(cleanContentRoots);

const files = {
  'okrs/2026-q3/sales/secret.md': '---\ntitle: Close the Orchid deal\nteam: sales\ncycle: 2026-q3\nowner: Orchid Keeper\nconfidential: true\nkey_results:\n  - id: orchid\n    title: Orchid signed\n    kind: milestone\n    owner: Orchid Signer\n---\n',
  'handovers/sales/2026-07-15.md': '---\nteam: sales\ndate: 2026-07-15\nfrom: [Farid Ismail]\nto: [Secret Successor]\nconfidential: true\n---\nSecret.\n',
  'checkins/2026-q3/sales/2026-07-20.md': [
    '---', 'team: sales', 'date: 2026-07-20', 'attendees: [Aisha Rahman, José Tan, Jose Tan, 陈美玲]', 'actions:',
    '  - title: Call back the stalled trials', '    kr: new-mrr', '    owner: Daniel Tan', '    status: done',
    '  - title: Price the renewal bundle', '    kr: new-mrr', '    owner: Daniel Tan', '    status: todo', '---', '',
  ].join('\n'),
};

describe('people', () => {
  const root = contentRoot(files);
  const { model } = load(root, { asOf: '2026-08-15' });
  const people = peopleOf(model);

  it('gives ASCII slugs, `-2` on a collision in code-point order, `person` for a name without Latin letters', () => {
    expect(personSlug('Siti Nurhaliza Ş.')).toBe('siti-nurhaliza-s');
    expect(people.byName('Jose Tan')!.slug).toBe('jose-tan');
    expect(people.byName('José Tan')!.slug).toBe('jose-tan-2');
    expect(people.byName('陈美玲')!.slug).toBe('person');
  });

  it('names everyone of the visible content, and no one only a confidential entry names', () => {
    expect([...namesIn(model)].sort()).toEqual(['Aisha Rahman', 'Daniel Tan', 'Farid Ismail', 'Jose Tan', 'José Tan', 'Mei Ling', '陈美玲']);
    const withSecrets = load(root, { asOf: '2026-08-15', includeConfidential: true }).model;
    expect([...namesIn(withSecrets)]).toEqual(expect.arrayContaining(['Orchid Keeper', 'Orchid Signer', 'Secret Successor']));
  });

  it("shows what a person owns now, their open actions newest first and their terms", () => {
    const figures = computeFigures(model);
    const current = [model.cycle('2026-q3')!];
    const aisha = personDetails(model, figures, people.byName('Aisha Rahman')!, current);
    expect(aisha.objectives.map((o) => o.objective.id)).toEqual(['2026-q3/sales/win-mid-market']);
    expect(aisha.teams.map((t) => [t.team.id, t.role])).toEqual([['sales', 'lead']]);
    expect(aisha.attended.map((c) => c.date)).toEqual(['2026-07-20', '2026-07-06']);
    // "Call back the stalled trials" was doing on 07-06 and done on 07-20: closed. "Price the renewal bundle": open.
    const daniel = personDetails(model, figures, people.byName('Daniel Tan')!, current);
    expect(daniel.actions.map((a) => [a.action.title, a.checkIn.date])).toEqual([['Price the renewal bundle', '2026-07-20']]);
    // The page names the key result the action moves by its title, never its id (`new-mrr`).
    expect(daniel.actions[0]!.keyResult).toBe(model.objective('2026-q3/sales/win-mid-market')!.keyResults.find((k) => k.id === 'new-mrr')!.title);
    expect(daniel.actions[0]!.keyResult).not.toBe('new-mrr');
    const farid = personDetails(model, figures, people.byName('Farid Ismail')!, current);
    expect(farid.terms.map((t) => [t.team.id, t.leader.from])).toEqual([['sales', '2026-01-01']]);
    expect(farid.handovers).toEqual([]); // the confidential note is left out
  });

  it('lists each person with their teams and roles on the index (issue 25, item 10)', () => {
    const rows = sitePeopleOf(model, computeFigures(model)).index();
    const places = (name: string) => rows.find((r) => r.name === name)!.places.map((p) => [p.team.id, p.roles]);
    // Aisha leads Sales (lead, and a member too: said once); Daniel is a member; Farid backs Sales since 2026-01-01; Mei Ling backs the company.
    expect(places('Aisha Rahman')).toEqual([['sales', ['lead']]]);
    expect(places('Daniel Tan')).toEqual([['sales', ['member']]]);
    expect(places('Farid Ismail')).toEqual([['sales', ['supporter']]]);
    expect(places('Mei Ling')).toEqual([['company', ['motivator', 'mentor']]]);
    // Named only at a check-in: no team.
    expect(places('Jose Tan')).toEqual([]);
    expect(rows.map((r) => r.name)).toEqual(people.people.map((p) => p.name));
  });

  it("gives each person's page their details by slug, for the site's current cycle", () => {
    const site = sitePeopleOf(model, computeFigures(model));
    // As of 2026-08-15 the current cycle is 2026-q3: Aisha's page shows the sales objective she owns there and both check-ins.
    const aisha = site.details('aisha-rahman')!;
    expect(aisha.name).toBe('Aisha Rahman');
    expect(aisha.objectives.map((o) => o.objective.id)).toEqual(['2026-q3/sales/win-mid-market']);
    expect(aisha.attended.map((c) => c.date)).toEqual(['2026-07-20', '2026-07-06']);
    expect(site.details('jose-tan-2')!.name).toBe('José Tan');
    expect(site.details('nobody')).toBeUndefined();
    // The same people, and the same list, as the rest of the site reads.
    expect(site.people).toEqual(people.people);
  });

  it("the team's leadership timeline holds terms and visible handover notes by day", () => {
    const timeline = leadershipTimeline(model, model.team('sales')!);
    expect(timeline.map((d) => [d.date, d.starts.map((l) => l.name), d.handovers.length])).toEqual([['2026-01-01', ['Farid Ismail'], 0]]);
    const withSecrets = load(root, { asOf: '2026-08-15', includeConfidential: true }).model;
    expect(leadershipTimeline(withSecrets, withSecrets.team('sales')!).map((d) => d.date)).toEqual(['2026-01-01', '2026-07-15']);
  });
});
