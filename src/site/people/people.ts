/**
 * People: everyone named in the visible content (owners, key-result and
 * action owners, leads, members, leaders, attendees, handover notes), each
 * with an ASCII slug for `/people/<slug>/`, and what one person's page shows.
 * Built from the one model, so left-out entries (draft, confidential without
 * the opt-in) never contribute a name or a line.
 */
import type { Figures, ObjectiveResult, KeyResultResult } from '../../figures/index.ts';
import type { Action, CheckIn, Cycle, Handover, HealthMetric, Model, Objective, Team } from '../../model/types.ts';
import type { Leader } from '../../schemas/index.ts';
import { currentCycles } from '../current.ts';
import { slugOf } from '../../lib/slug.ts';

/** One person: the name as written (the form written most often), and its slug. */
export interface Person {
  name: string;
  slug: string;
}

/** Everyone named in the content, sorted by name, and a lookup by name. */
export interface People {
  people: Person[];
  /** The person of a name in any written form (trimmed, NFC, any case), if the name is anyone's. */
  byName(name: string): Person | undefined;
  bySlug(slug: string): Person | undefined;
}

/**
 * Everyone, and what each one's page shows, as pages read them
 * (`Astro.locals.okrbook.people`). A person's page reads its own details by
 * slug, so its warm-build key changes only when what it shows changes (a
 * check-in they attended, an action of theirs), not with every check-in of
 * the site.
 */
export interface SitePeople extends People {
  /** What the page of the person with this slug shows (the site's current cycles), worked out once per build. */
  details(slug: string): PersonDetails | undefined;
  /** The people index: everyone with the teams they lead, belong to or back as a leader now. */
  index(): PersonRow[];
}

/** A person's place in a team, as the people index shows it. */
export interface PersonPlace {
  team: { id: string; name: string };
  /** `lead` and `member` from the team file; a leader's roles (motivator, supporter, mentor) for a term running at the as-of date. */
  roles: Array<'lead' | 'member' | Leader['roles'][number]>;
}

/** One line of the people index. */
export interface PersonRow extends Person {
  /** Where the person stands, in team order; empty for someone only named in check-ins or as an owner. */
  places: PersonPlace[];
}

/** The people index: each person's teams and roles in them (leadership terms running at the as-of date). */
export function peopleIndex(model: Pick<Model, 'teams' | 'options'>, people: readonly Person[]): PersonRow[] {
  const asOf = model.options.asOf;
  return people.map((person) => ({
    ...person,
    places: model.teams.flatMap((team): PersonPlace[] => {
      const roles: PersonPlace['roles'] = [];
      if (team.lead === person.name) roles.push('lead');
      else if (team.members.includes(person.name)) roles.push('member');
      for (const term of team.leadership) {
        if (term.name === person.name && (!term.from || term.from <= asOf) && (!term.until || asOf <= term.until)) {
          for (const role of term.roles) if (!roles.includes(role)) roles.push(role);
        }
      }
      return roles.length ? [{ team: { id: team.id, name: team.name }, roles }] : [];
    }),
  }));
}

/** The people of the site, each one's details worked out when first asked for. */
export function sitePeopleOf(model: Model, figures: Figures): SitePeople {
  const people = peopleOf(model);
  const current = currentCycles(figures).map((c) => c.cycle);
  const known = new Map<string, PersonDetails | undefined>();
  let rows: PersonRow[] | undefined;
  return {
    ...people,
    index: () => (rows ??= peopleIndex(model, people.people)),
    details(slug) {
      if (!known.has(slug)) {
        const person = people.bySlug(slug);
        known.set(slug, person && personDetails(model, figures, person, current));
      }
      return known.get(slug);
    },
  };
}

/**
 * The ASCII slug of a name: `Siti Nurhaliza Ş.` -> `siti-nurhaliza-s`; a name
 * without Latin letters -> `person`; at most 64 characters, a longer one cut
 * with a short hash (src/lib/slug.ts), so that a person's page folder never
 * passes a file system's limit on a name.
 */
export function personSlug(name: string): string {
  return slugOf(name, 'person');
}

/**
 * Who a name is: the name in Unicode NFC, case-folded, so that `Zoë Ng`
 * typed with a combining diaeresis, `zoë ng` and `ZOË NG` are one person
 * (their pages would look the same). Accents still count: `José` is not `Jose`.
 */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name.trim().normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
    nameKeys.set(name, key);
  }
  return key;
}

/**
 * Each written name's key, worked out once per process: a person's page
 * compares their name with every attendee of every check-in. A function of
 * the text alone, so no page's reads hide behind it.
 */
const nameKeys = new Map<string, string>();

/** Every name the visible content mentions, each written form once, in the order the content is read. */
export function namesIn(model: Model): Set<string> {
  return new Set(mentions(model).keys());
}

/** How often each written form of a name is mentioned, in the order the content is read (teams, objectives, check-ins, handovers). */
function mentions(model: Model): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (name: string | undefined) => {
    const trimmed = name?.trim();
    if (trimmed) counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  };
  for (const team of model.teams) {
    add(team.lead);
    team.members.forEach(add);
    team.leadership.forEach((l) => add(l.name));
  }
  for (const objective of model.objectives) {
    add(objective.owner);
    objective.keyResults.forEach((kr) => add(kr.owner));
  }
  for (const checkIn of model.checkIns) {
    checkIn.attendees.forEach(add);
    checkIn.leadersPresent.forEach(add);
    checkIn.actions.forEach((a) => add(a.owner));
  }
  for (const handover of model.handovers) {
    handover.from.forEach(add);
    handover.to.forEach(add);
  }
  return counts;
}

/**
 * Everyone of the model with a slug each. Written forms of one name
 * (`nameKey`) are one person, shown as the form written most often (on a
 * tie, the first the content mentions: a team's lead and members come
 * first). People are sorted by that name, by code point, before slugs are
 * given, so the same content always gives the same slugs: the first of two
 * people with one slug keeps it, the next gets `-2`, `-3`.
 */
export function peopleOf(model: Model): People {
  // Pages read the people through `Astro.locals.okrbook.people` (src/site/site-data.ts), worked out once
  // per build from the whole model: a page's warm-build key then notes the people it looks up, by name.
  // No cache beside it: a page that computed them from the model would hide those reads from the next page.
  const shown = new Map<string, { name: string; count: number }>();
  for (const [name, count] of mentions(model)) {
    const key = nameKey(name);
    const best = shown.get(key);
    if (!best || count > best.count) shown.set(key, { name, count });
  }
  const byKey = [...shown.entries()].map(([key, { name }]) => ({ key, name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const taken = new Set<string>();
  const keyed = byKey.map(({ key, name }) => {
    const base = personSlug(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return { key, person: { name, slug } };
  });
  const people = keyed.map((k) => k.person).sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.name < b.name ? -1 : 1));
  const byName = new Map(keyed.map(({ key, person }) => [key, person]));
  const bySlug = new Map(people.map((p) => [p.slug, p]));
  return { people, byName: (name) => byName.get(nameKey(name)), bySlug: (slug) => bySlug.get(slug) };
}

/** An open action of a person, with the check-in that recorded it last. */
export interface OpenAction {
  action: Action;
  checkIn: CheckIn;
  /** The title of the key result the action moves (`kr`), or null when it names none; the id only if no key result has it. */
  keyResult: string | null;
}

/** A leadership term of a person on a team. */
export interface LeadershipTerm {
  team: Team;
  leader: Leader;
}

/** What a person's page shows. */
export interface PersonDetails extends Person {
  /** Objectives they own in the current cycles, with their figures. */
  objectives: ObjectiveResult[];
  /** Key results they own in the current cycles, with their objective. */
  keyResults: { objective: Objective; result: KeyResultResult }[];
  /** Their open actions (`todo`, `doing`), newest first. */
  actions: OpenAction[];
  /** Their leadership terms, earliest first. */
  terms: LeadershipTerm[];
  /** Handover notes that name them as outgoing or incoming, oldest first. */
  handovers: Handover[];
  /** Teams they lead or belong to. */
  teams: { team: Team; role: 'lead' | 'member' }[];
  /** Check-ins of the current cycles they attended (or joined as a leader), newest first. */
  attended: CheckIn[];
  /** (v3) Objectives they own in the current cycles that set out to bring health metrics back, with those metrics. */
  addresses: { objective: Objective; team: Team; metrics: HealthMetric[] }[];
}

/**
 * One person's page. `current` are the cycles the site is about now (the
 * home page's). An action is open when the latest check-in recording it (by
 * team and title) still has it `todo` or `doing`.
 */
export function personDetails(model: Model, figures: Figures, person: Person, current: readonly Cycle[]): PersonDetails {
  // Any written form of the person's name is theirs (`nameKey`).
  const key = nameKey(person.name);
  const is = (name: string | undefined) => name !== undefined && nameKey(name) === key;
  const among = (names: readonly string[]) => names.some(is);
  const now = new Set(current.map((c) => c.id));
  const objectives: ObjectiveResult[] = [];
  const keyResults: PersonDetails['keyResults'] = [];
  for (const cycle of current) {
    for (const card of figures.cycle(cycle.id)?.scorecards ?? []) {
      for (const result of card.objectives) {
        if (is(result.objective.owner)) objectives.push(result);
        for (const k of result.keyResults) if (is(k.keyResult.owner)) keyResults.push({ objective: result.objective, result: k });
      }
    }
  }
  const latestByAction = new Map<string, OpenAction>();
  for (const checkIn of model.checkIns) {
    for (const action of checkIn.actions) {
      if (!is(action.owner)) continue;
      // Check-ins are oldest first: a later record of the same action replaces the earlier one.
      const keyResult = action.kr ? (model.objectivesOf(checkIn.team, checkIn.cycle).flatMap((o) => o.keyResults).find((k) => k.id === action.kr)?.title ?? action.kr) : null;
      latestByAction.set(`${checkIn.team}\n${action.title}`, { action, checkIn, keyResult });
    }
  }
  const actions = [...latestByAction.values()]
    .filter((a) => a.action.status !== 'done')
    .sort((a, b) => (a.checkIn.date > b.checkIn.date ? -1 : a.checkIn.date < b.checkIn.date ? 1 : a.checkIn.team < b.checkIn.team ? -1 : 1));
  const terms = model.teams
    .flatMap((team) => team.leadership.filter((l) => is(l.name)).map((leader) => ({ team, leader })))
    .sort((a, b) => ((a.leader.from ?? '') < (b.leader.from ?? '') ? -1 : (a.leader.from ?? '') > (b.leader.from ?? '') ? 1 : a.team.id < b.team.id ? -1 : 1));
  const teams = model.teams.flatMap((team): PersonDetails['teams'] =>
    is(team.lead) ? [{ team, role: 'lead' }] : among(team.members) ? [{ team, role: 'member' }] : [],
  );
  const attended = model.checkIns.filter((c) => now.has(c.cycle) && (among(c.attendees) || among(c.leadersPresent))).reverse();
  const handovers = model.handovers.filter((h) => among(h.from) || among(h.to));
  const addresses = objectives.flatMap(({ objective }) => {
    const team = model.team(objective.team);
    const metrics = team ? team.health.filter((m) => objective.addresses.includes(m.id)) : [];
    return team && metrics.length > 0 ? [{ objective, team, metrics }] : [];
  });
  return { ...person, objectives, keyResults, actions, terms, handovers, teams, attended, addresses };
}
