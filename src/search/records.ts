/**
 * What the search index holds, built from the model (not from the rendered
 * site), so Pagefind can index while Astro renders. Each indexed page is
 * given to Pagefind as a small HTML document: scorecards with each check-in
 * under a heading whose id is its anchor (a hit lands on the meeting),
 * objective, team, cycle and guide pages. Left-out entries are not in the
 * model, so not in the index.
 */
import type { Figures } from '../figures/index.ts';
import { formatter } from '../lib/format.ts';
import { escapeHtml as escape } from '../lib/html.ts';
import { translatorOf } from '../i18n/index.ts';
import { cycleRoute, guideRoute, objectiveRoute, scorecardRoute, teamRoute, withBase } from '../lib/paths.ts';
import type { Model } from '../model/types.ts';
import { bodyText } from './markdown-text.ts';

/** The kinds of result search can filter by. */
export type SearchType = 'objective' | 'check-in' | 'team' | 'cycle' | 'guide';

/** One page for Pagefind's `addHTMLFile`. */
export interface SearchPage {
  url: string;
  content: string;
}

/** The filters of the index, in the order the search page shows them, with their labels. */
export const SEARCH_FILTERS = { type: 'Type', cycle: 'Cycle', team: 'Team', grade: 'Grade' } as const;
export type SearchFilterKey = keyof typeof SEARCH_FILTERS;

/**
 * One indexed page before it is written for Pagefind: where it is, what it
 * is called, what filters and sorts it. Its text is made only when it is
 * indexed, so the search page can count filter values for nothing.
 */
export interface SearchRecord {
  /** Below the site's base path, e.g. `teams/sales/2026-q3/`. */
  path: string;
  title: string;
  /** The day results are sorted by when the reader asks for the newest first. */
  date: string;
  filters: Partial<Record<SearchFilterKey, string>>;
  sections: () => Section[];
}

/**
 * Parts of a page's text as sentences: a full stop between parts that do not
 * end a sentence already, so an excerpt never reads "November.. Move".
 */
export function sentences(...parts: Array<string | undefined | null | false>): string {
  const kept = parts.flatMap((part) => (part && part.trim() ? [part.trim()] : []));
  return kept.map((part, i) => (i < kept.length - 1 && !/[.!?…:;]$/.test(part) ? `${part}.` : part)).join(' ');
}
const words = sentences;

interface Section {
  /** Heading id: the anchor a sub-result links to. */
  id?: string;
  heading: string;
  text: string;
  /** Pagefind weight of `text` (default 1): objective titles weigh more than notes. */
  weight?: number;
  /** Who was there: indexed at a low weight, so a name finds the notes that mention it before the lists it is in. */
  people?: string;
}

/** Pagefind weight of attendee and leader lists (a note's words weigh 1). */
export const PEOPLE_WEIGHT = 0.25;
/** Pagefind weight of objective and key-result titles on a scorecard. */
export const TITLE_WEIGHT = 2;

/** Every indexed page of the site, in a stable order. `base` is the site's base path (`/` or `/okrs/`). */
export function searchPages(model: Model, figures: Figures, base: string, textOf: BodyText = bodyText): SearchPage[] {
  const lang = escape(model.settings.locale);
  return searchRecords(model, figures, textOf).map(({ path, title, date, filters, sections }) => {
    const filterTags = Object.entries(filters)
      // The value from an attribute, not the element's text: filter values never leak into excerpts ("objectiveQ4 2026green").
      .map(([key, value]) => `<span data-pagefind-filter="${key}[data-value]" data-value="${escape(value)}"></span>`)
      .join('');
    const body = sections()
      .map((s) => `<h2${s.id ? ` id="${escape(s.id)}"` : ''}>${escape(s.heading)}</h2><p${s.weight ? ` data-pagefind-weight="${s.weight}"` : ''}>${escape(s.text)}</p>${s.people ? `<p data-pagefind-weight="${PEOPLE_WEIGHT}">${escape(s.people)}</p>` : ''}`)
      .join('');
    return {
      url: withBase(base, path),
      content: `<html lang="${lang}"><body><main data-pagefind-body data-pagefind-sort="date:${escape(date)}"><h1 data-pagefind-meta="title">${escape(title)}</h1><div hidden>${filterTags}</div>${body}</main></body></html>`,
    };
  });
}

/** One filter as the search page offers it: every value with the number of pages it keeps. */
export interface SearchFilter {
  key: SearchFilterKey;
  label: string;
  values: Array<{ value: string; pages: number }>;
}

/**
 * The values of each filter and how many indexed pages have each, as
 * Pagefind would count them: cycles newest first, the rest in alphabetical
 * order. Filters with no value are left out.
 */
export function searchFilters(model: Model, records: readonly SearchRecord[]): SearchFilter[] {
  const starts = new Map(model.cycles.map((c) => [c.name, c.start]));
  return (Object.keys(SEARCH_FILTERS) as SearchFilterKey[]).flatMap((key) => {
    const counts = new Map<string, number>();
    for (const record of records) {
      const value = record.filters[key];
      if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const order = key === 'cycle' ? (a: string, b: string) => (starts.get(b) ?? '').localeCompare(starts.get(a) ?? '') || a.localeCompare(b) : (a: string, b: string) => a.localeCompare(b);
    const values = [...counts.keys()].sort(order).map((value) => ({ value, pages: counts.get(value)! }));
    return values.length ? [{ key, label: SEARCH_FILTERS[key], values }] : [];
  });
}

/** The words a reader sees in an entry's body (src/search/markdown-text.ts; a build keeps them between builds). */
export type BodyText = (entry: { file: string; body: string }) => string;

/** What every indexed page is, its text left to be made when it is indexed. */
export function searchRecords(model: Model, figures: Figures, textOf: BodyText = bodyText): SearchRecord[] {
  const fmt = formatter(model.settings.locale);
  const t = translatorOf(model);
  const page = (path: string, title: string, type: SearchType, date: string, sections: () => Section[], filters: Partial<Record<Exclude<SearchFilterKey, 'type'>, string | null>> = {}): SearchRecord => ({
    path,
    title,
    date,
    // As Pagefind stores a filter value (runs of spaces made one), so the search page offers values that match.
    filters: Object.fromEntries(
      Object.entries({ type, ...filters })
        .filter((e): e is [string, string] => Boolean(e[1]?.trim()))
        .map(([key, value]) => [key, value.replace(/\s+/g, ' ').trim()]),
    ),
    sections,
  });
  const pages: SearchRecord[] = [];

  for (const cycleResult of figures.cycles) {
    const { cycle } = cycleResult;
    pages.push(page(cycleRoute(cycle.id), t('search.page.cycle', { cycle: cycle.name }), 'cycle', cycle.start, () => [{ heading: cycle.name, text: words(textOf(cycle), ...cycleResult.scorecards.map((s) => s.team.name)) }], { cycle: cycle.name, grade: cycleResult.grade }));
    for (const card of cycleResult.scorecards) {
      const { team } = card;
      const sections = (): Section[] => {
        const titles = new Map(card.objectives.flatMap((o) => o.keyResults.map((k) => [k.keyResult.id, k.keyResult.title] as const)));
        return [
          { heading: t('search.page.objectives', { team: team.name, cycle: cycle.name }), text: words(...card.objectives.flatMap((o) => [o.objective.title, ...o.objective.keyResults.map((k) => k.title)])), weight: TITLE_WEIGHT },
          ...[...card.checkIns].reverse().map((checkIn) => ({
            id: `checkin-${checkIn.date}`,
            heading: t('search.page.checkIn', { team: team.name, cycle: cycle.name, date: fmt.date(checkIn.date) }),
            text: words(
              textOf(checkIn),
              ...checkIn.updates.map((u) => words(titles.get(u.kr), u.note)),
              ...checkIn.actions.map((a) => a.title),
              ...checkIn.blockers,
            ),
            people: words(
              checkIn.attendees.length > 0 && t('checkin.attendees', { attendees: checkIn.attendees.join(', ') }),
              checkIn.leadersPresent.length > 0 && t('checkin.leadersPresent', { leaders: checkIn.leadersPresent.join(', ') }),
            ),
          })),
        ];
      };
      pages.push(page(scorecardRoute(team.id, cycle.id), t('search.page.scorecard', { team: team.name, cycle: cycle.name }), 'check-in', card.checkIns.at(-1)?.date ?? cycle.start, sections, { cycle: cycle.name, team: team.name, grade: card.grade }));
      for (const o of card.objectives) {
        const objective = o.objective;
        pages.push(
          page(
            objectiveRoute(objective.id),
            `${team.name} · ${cycle.name} · ${objective.title}`,
            'objective',
            cycle.start,
            () => [
              { heading: objective.title, text: words(objective.whyNow, ...objective.behaviors), people: words(objective.owner && t('search.page.owner', { owner: objective.owner })) },
              { id: 'key-results', heading: t('common.keyResults'), text: words(...objective.keyResults.map((k) => k.title)) },
              { id: 'narrative', heading: t('common.narrative'), text: textOf(objective) },
            ],
            { cycle: cycle.name, team: team.name, grade: o.grade },
          ),
        );
      }
    }
  }
  for (const team of model.teams) {
    const latest = figures.scorecardsOf(team.id).at(-1);
    pages.push(
      page(teamRoute(team.id), t('search.page.team', { team: team.name }), 'team', latest?.cycle.start ?? '1970-01-01', () => [
        { heading: team.name, text: words(team.description, team.lead && t('search.page.ledBy', { lead: team.lead }), team.members.join(', ')) },
        { id: 'charter', heading: t('common.charter'), text: textOf(team) },
        { id: 'leadership', heading: t('team.leadershipOverTime'), text: words(...team.leadership.map((l) => `${l.name} (${l.roles.join(', ')})`)) },
        // Handover notes, each a sub-result landing on its note in the leadership timeline.
        ...model.handovers.filter((h) => h.team === team.id).map((h) => ({
          id: `handover-${h.date}`,
          heading: t('search.page.handover', { team: team.name, date: fmt.date(h.date) }),
          text: words(h.from.length > 0 && t('handover.fromNames', { names: h.from.join(', ') }), t('handover.toNames', { names: h.to.join(', ') }), ...h.objectives.map((id) => model.objective(id)?.title), textOf(h)),
        })),
      ], { team: team.name }),
    );
  }
  for (const guidePage of model.guide) {
    pages.push(page(guideRoute(guidePage.id), t('search.page.guide', { page: guidePage.title }), 'guide', '1970-01-01', () => [{ heading: guidePage.title, text: words(guidePage.description, textOf(guidePage)) }]));
  }
  return pages;
}
