/**
 * Where a coaching hint leads, and how the coaching report words it: the
 * exact place on the site the hint concerns (an objective, key result or
 * check-in anchor on its scorecard, the discipline block, the team page),
 * with dates as the rest of the site writes them.
 */
import { ruleById, type Hint } from '../coaching/index.ts';
import type { Formatter } from '../lib/format.ts';
import { checkInAnchor, keyResultAnchor, objectiveAnchor, scorecardPlaceRoute, scorecardRoute, teamRoute } from '../lib/paths.ts';
import type { Model } from '../model/types.ts';
import { english, type UiKey, type Values } from '../i18n/index.ts';

/** A link to the place a hint concerns. */
export interface HintTarget {
  /** Route below the base, anchor included. */
  route: string;
  /** What the link leads to, in words: `key result “Logo churn”`, `check-in of 23 Oct 2026`. */
  label: string;
}

/** Team-wide rules and the part of the site that shows what they look at. */
const TEAM_PLACES: Record<string, { anchor: string; label: UiKey; teamPage?: true }> = {
  'checkin-missed': { anchor: 'discipline', label: 'hint.place.discipline' },
  'leadership-absent': { anchor: 'discipline', label: 'hint.place.discipline' },
  'objective-count': { anchor: 'objectives', label: 'hint.place.objectives' },
  'team-no-leadership': { anchor: 'leadership', label: 'hint.place.leadership', teamPage: true },
  'health-breached': { anchor: 'health', label: 'hint.place.health' },
};

/** The place a hint concerns, its label said by `t` (the site's translator; English by default). */
export function hintTarget(hint: Hint, model: Pick<Model, 'objective' | 'checkInsOf'>, fmt: Pick<Formatter, 'date'>, t: (key: UiKey, values?: Values) => string = english): HintTarget {
  const subject = ruleById(hint.rule)?.subject;
  const objective = hint.entry ? model.objective(hint.entry) : undefined;
  if (objective && subject === 'key-result') {
    const keyResult = objective.keyResults.find((k) => k.id === hint.target);
    if (keyResult) return { route: scorecardPlaceRoute(hint.team, hint.cycle, keyResultAnchor(objective.id, keyResult.id)), label: t('hint.place.keyResult', { kr: keyResult.title }) };
  }
  if (objective) return { route: scorecardPlaceRoute(hint.team, hint.cycle, objectiveAnchor(objective.id)), label: t('hint.place.objective', { objective: objective.title }) };
  const checkIn = hint.entry ? model.checkInsOf(hint.team, hint.cycle).find((c) => c.id === hint.entry) : undefined;
  if (checkIn) return { route: scorecardPlaceRoute(hint.team, hint.cycle, checkInAnchor(checkIn.date)), label: t('hint.place.checkIn', { date: fmt.date(checkIn.date) }) };
  const place = TEAM_PLACES[hint.rule];
  if (place?.teamPage) return { route: `${teamRoute(hint.team)}#${place.anchor}`, label: t(place.label) };
  if (place) return { route: scorecardPlaceRoute(hint.team, hint.cycle, place.anchor), label: t(place.label) };
  return { route: scorecardRoute(hint.team, hint.cycle), label: t('hint.place.scorecard') };
}

/** A hint's message with its calendar days (`2026-10-23`) written as the site writes dates (`23 Oct 2026`). */
export function readableMessage(message: string, fmt: Pick<Formatter, 'date'>): string {
  return message.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => fmt.date(day));
}
