/**
 * What the search index holds, built from the model (not from the rendered
 * HTML), so Pagefind can index while Astro renders: every check-in as its
 * own result at its anchor on the scorecard, every objective, team, cycle and
 * guide page. Left-out entries are not in the model, so not in the index.
 */
import type { Figures } from '../figures/index.ts';
import { formatter } from '../lib/format.ts';
import type { Model } from '../model/types.ts';
import { markdownToText } from './markdown-text.ts';

/** The kinds of result search can filter by. */
export type SearchType = 'objective' | 'check-in' | 'team' | 'cycle' | 'guide';

/** One search result as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const words = (...parts: Array<string | undefined | null | false>) => parts.filter(Boolean).join('. ');

/** Every record of the site, in a stable order. `base` is the site's base path (`/` or `/okrs/`). */
export function searchRecords(model: Model, figures: Figures, base: string): SearchRecord[] {
  const fmt = formatter(model.settings.locale);
  const language = model.settings.locale.split('-')[0]!.toLowerCase();
  const url = (path: string) => `${base.replace(/\/?$/, '/')}${path}`;
  const record = (path: string, title: string, type: SearchType, date: string, content: string, filters: Record<string, string | null | undefined> = {}): SearchRecord => ({
    url: url(path),
    content: `${title}. ${content}`,
    language,
    meta: { title },
    filters: {
      type: [type],
      ...Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])).map(([k, v]) => [k, [v]])),
    },
    sort: { date },
  });
  const records: SearchRecord[] = [];

  for (const cycleResult of figures.cycles) {
    const { cycle } = cycleResult;
    records.push(record(`cycles/${cycle.id}/`, `${cycle.name} · cycle`, 'cycle', cycle.start, words(cycle.name, markdownToText(cycle.body), ...cycleResult.scorecards.map((s) => s.team.name)), { cycle: cycle.name, grade: cycleResult.grade }));
    for (const card of cycleResult.scorecards) {
      const { team } = card;
      const titles = new Map(card.objectives.flatMap((o) => o.keyResults.map((k) => [k.keyResult.id, k.keyResult.title] as const)));
      for (const o of card.objectives) {
        const objective = o.objective;
        records.push(
          record(
            `objectives/${objective.id}/`,
            `${team.name} · ${cycle.name} · ${objective.title}`,
            'objective',
            cycle.start,
            words(objective.owner && `Owner ${objective.owner}`, objective.whyNow, ...objective.behaviors, ...objective.keyResults.map((k) => k.title), markdownToText(objective.body)),
            { cycle: cycle.name, team: team.name, grade: o.grade },
          ),
        );
      }
      for (const checkIn of card.checkIns) {
        records.push(
          record(
            `teams/${team.id}/${cycle.id}/#checkin-${checkIn.date}`,
            `${team.name} · ${cycle.name} · check-in ${fmt.date(checkIn.date)}`,
            'check-in',
            checkIn.date,
            words(
              markdownToText(checkIn.body),
              ...checkIn.updates.map((u) => words(titles.get(u.kr), u.note)),
              ...checkIn.actions.map((a) => a.title),
              ...checkIn.blockers,
              checkIn.attendees.length > 0 && `Attendees: ${checkIn.attendees.join(', ')}`,
              checkIn.leadersPresent.length > 0 && `Leadership present: ${checkIn.leadersPresent.join(', ')}`,
            ),
            { cycle: cycle.name, team: team.name, grade: card.grade },
          ),
        );
      }
    }
  }
  for (const team of model.teams) {
    const latest = figures.scorecardsOf(team.id).at(-1);
    records.push(
      record(`teams/${team.id}/`, `${team.name} · team`, 'team', latest?.cycle.start ?? '1970-01-01', words(team.description, team.lead && `Led by ${team.lead}`, team.members.join(', '), ...team.leadership.map((l) => `${l.name} (${l.roles.join(', ')})`), markdownToText(team.body)), { team: team.name }),
    );
  }
  for (const page of model.guide) {
    records.push(record(page.id === 'index' ? 'guide/' : `guide/${page.id}/`, `Guide · ${page.title}`, 'guide', '1970-01-01', words(page.description, markdownToText(page.body))));
  }
  return records;
}
