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

/** A link to the place a hint concerns. */
export interface HintTarget {
  /** Route below the base, anchor included. */
  route: string;
  /** What the link leads to, in words: `key result “Logo churn”`, `check-in of 23 Oct 2026`. */
  label: string;
}

/** Team-wide rules and the part of the site that shows what they look at. */
const TEAM_PLACES: Record<string, { anchor: string; label: string; teamPage?: true }> = {
  'checkin-missed': { anchor: 'discipline', label: 'check-in discipline' },
  'leadership-absent': { anchor: 'discipline', label: 'check-in discipline' },
  'objective-count': { anchor: 'objectives', label: 'objectives' },
  'team-no-leadership': { anchor: 'leadership', label: 'leadership of the team', teamPage: true },
};

/** The place a hint concerns. */
export function hintTarget(hint: Hint, model: Pick<Model, 'objective' | 'checkInsOf'>, fmt: Pick<Formatter, 'date'>): HintTarget {
  const subject = ruleById(hint.rule)?.subject;
  const objective = hint.entry ? model.objective(hint.entry) : undefined;
  if (objective && subject === 'key-result') {
    const keyResult = objective.keyResults.find((k) => k.id === hint.target);
    if (keyResult) return { route: scorecardPlaceRoute(hint.team, hint.cycle, keyResultAnchor(objective.id, keyResult.id)), label: `key result “${keyResult.title}”` };
  }
  if (objective) return { route: scorecardPlaceRoute(hint.team, hint.cycle, objectiveAnchor(objective.id)), label: `objective “${objective.title}”` };
  const checkIn = hint.entry ? model.checkInsOf(hint.team, hint.cycle).find((c) => c.id === hint.entry) : undefined;
  if (checkIn) return { route: scorecardPlaceRoute(hint.team, hint.cycle, checkInAnchor(checkIn.date)), label: `check-in of ${fmt.date(checkIn.date)}` };
  const place = TEAM_PLACES[hint.rule];
  if (place?.teamPage) return { route: `${teamRoute(hint.team)}#${place.anchor}`, label: place.label };
  if (place) return { route: scorecardPlaceRoute(hint.team, hint.cycle, place.anchor), label: place.label };
  return { route: scorecardRoute(hint.team, hint.cycle), label: 'scorecard' };
}

/** A hint's message with its calendar days (`2026-10-23`) written as the site writes dates (`23 Oct 2026`). */
export function readableMessage(message: string, fmt: Pick<Formatter, 'date'>): string {
  return message.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => fmt.date(day));
}
