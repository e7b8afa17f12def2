/**
 * The queries the search page suggests, computed from the content being
 * published: the most frequent distinctive words of the latest check-ins'
 * notes. Never a fixed list, so another organisation's site never shows the
 * example's words.
 */
import type { Model } from '../model/types.ts';
import { bodyText } from './markdown-text.ts';

/** What a check-in contributes: its notes in words, and the people it names. */
export interface CheckInWords {
  /** The file, to read its body as MDX when it is `.mdx`. */
  file?: string;
  body: string;
  updates: ReadonlyArray<{ note?: string | undefined }>;
  actions: ReadonlyArray<{ title: string; owner?: string | undefined }>;
  blockers: readonly string[];
  attendees: readonly string[];
  leadersPresent: readonly string[];
}

/** How many of the latest check-ins are read. */
export const SUGGESTION_WINDOW = 30;
/** Shorter words are too often glue ("team", "with") to be worth a search. */
const MIN_LENGTH = 5;

// Common English words that say nothing about the content: glue, the verbs of any meeting, number words, the calendar.
const STOPWORDS = new Set(
  `about above after again against almost along already also although always among another anyone anything around asked because before being below between both cannot could didn't doesn't doing don't during each either enough every everyone everything first following found further given going great having hello however itself just keeps known large later least less likely little made makes making many maybe might more most much must myself needs never next nothing often other others otherwise ourselves over perhaps please quite rather really right same second seems several shall should since small some something still such sure than thank thanks that that's their theirs them themselves then there there's these they they're thing things think third this those though three through today together tomorrow too under until upon very want wants week weeks well were what what's when where whether which while whole whose will with within without would yesterday your yours yourself
  agreed decided discussed moved passed planned reviewed started finished missed added asked hundred thousand million billion percent
  january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday month months quarter days`.split(/\s+/),
);

const tokens = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [];

/**
 * Up to `count` words that the most check-ins use, among the last
 * SUGGESTION_WINDOW (oldest first in `checkIns`): at least MIN_LENGTH letters,
 * not a stopword, not a word of `exclude` (names of people, teams and the
 * organisation), used by at least two check-ins and, when there are six or
 * more, by no more than half of them (a word every note uses finds nothing).
 * Words that also appear in `topics` (objective and key-result titles: what
 * the organisation works on) come first, so "accuracy" beats "agreed".
 * Ties go to the alphabet, so the list is the same on every build.
 */
export function suggestedQueries(checkIns: readonly CheckInWords[], exclude: readonly string[], count = 3, topics: readonly string[] = []): string[] {
  const topical = new Set(topics.flatMap(tokens));
  const excluded = new Set(exclude.flatMap(tokens));
  const recent = checkIns.slice(-SUGGESTION_WINDOW);
  const documents = new Map<string, number>();
  for (const checkIn of recent) {
    const text = [bodyText(checkIn), ...checkIn.updates.map((u) => u.note ?? ''), ...checkIn.actions.map((a) => a.title), ...checkIn.blockers].join(' ');
    const names = new Set([...checkIn.attendees, ...checkIn.leadersPresent, ...checkIn.actions.map((a) => a.owner ?? '')].flatMap(tokens));
    for (const word of new Set(tokens(text))) {
      if (word.length < MIN_LENGTH || STOPWORDS.has(word) || excluded.has(word) || names.has(word)) continue;
      documents.set(word, (documents.get(word) ?? 0) + 1);
    }
  }
  const ceiling = recent.length >= 6 ? recent.length / 2 : Infinity;
  return [...documents]
    .filter(([, n]) => n >= 2 && n <= ceiling)
    .sort((a, b) => Number(topical.has(b[0])) - Number(topical.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([word]) => word);
}

/** The suggestions of a site: its check-ins, with every name the content holds excluded. */
export function siteSuggestions(model: Pick<Model, 'checkIns' | 'teams' | 'objectives' | 'settings'>, count = 3): string[] {
  const names = [
    model.settings.title,
    model.settings.organization ?? '',
    ...model.teams.flatMap((t) => [t.name, t.id, t.lead ?? '', ...t.members, ...t.leadership.map((l) => l.name)]),
    ...model.objectives.flatMap((o) => [o.owner ?? '', ...o.keyResults.map((k) => k.owner ?? '')]),
    ...model.checkIns.flatMap((c) => [...c.attendees, ...c.leadersPresent]),
  ];
  const topics = model.objectives.flatMap((o) => [o.title, ...o.keyResults.map((k) => k.title)]);
  return suggestedQueries(model.checkIns, names, count, topics);
}
