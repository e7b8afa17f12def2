/**
 * One week's digest as JSON (`/digest/<yyyy>-w<ww>.json`, `digest --format
 * json`): the figures of src/figures/digest.ts as they are (numbers
 * unrounded, values as written), with the names and titles a bot shows and
 * the address of each place. Versioned like status.json: `version` changes
 * only when a field is removed or changes meaning.
 */
import type { WeekDigest } from '../figures/digest.ts';
import { checkInRoute, cycleRoute, handoverRoute, keyResultAnchor, objectiveAnchor, scorecardPlaceRoute, scorecardRoute, teamRoute } from '../lib/paths.ts';
import type { Model } from '../model/types.ts';

/** The shape's version. */
export const DIGEST_VERSION = 1;

/** The JSON document of one week; `link` turns a route below the base into the URL to publish. */
export function digestJson(digest: WeekDigest, model: Pick<Model, 'team' | 'cycle' | 'objective' | 'options'>, link: (route: string) => string) {
  const cycle = (id: string) => ({ id, name: model.cycle(id)?.name ?? id, url: link(cycleRoute(id)) });
  const keyResult = (objective: string, kr: string) => model.objective(objective)?.keyResults.find((k) => k.id === kr);
  return {
    version: DIGEST_VERSION,
    week: digest.week,
    monday: digest.monday,
    sunday: digest.sunday,
    /** D0 and D1 of scoring.md. */
    from: digest.from,
    to: digest.to,
    asOf: model.options.asOf,
    summary: digest.summary,
    cyclesStarted: digest.cyclesStarted.map(cycle),
    cyclesEnded: digest.cyclesEnded.map(cycle),
    quiet: digest.quiet,
    teams: digest.teams.map((t) => ({
      team: t.team,
      teamName: model.team(t.team)?.name ?? t.team,
      url: link(teamRoute(t.team)),
      checkIns: t.checkIns.map((c) => ({ ...c, url: link(checkInRoute(t.team, c.cycle, c.date)) })),
      keyResults: t.keyResults.map((k) => ({
        ...k,
        title: keyResult(k.objective, k.kr)?.title ?? k.kr,
        unit: keyResult(k.objective, k.kr)?.unit ?? null,
        url: link(scorecardPlaceRoute(t.team, k.cycle, keyResultAnchor(k.objective, k.kr))),
      })),
      statusChanges: t.statusChanges.map((s) => ({
        ...s,
        title: s.objective === null ? null : (model.objective(s.objective)?.title ?? s.objective),
        url: link(s.objective === null ? scorecardRoute(t.team, s.cycle) : scorecardPlaceRoute(t.team, s.cycle, objectiveAnchor(s.objective))),
      })),
      confidenceDrops: t.confidenceDrops.map((d) => ({
        ...d,
        title: keyResult(d.objective, d.kr)?.title ?? d.kr,
        url: link(scorecardPlaceRoute(t.team, d.cycle, keyResultAnchor(d.objective, d.kr))),
      })),
      actionsDone: t.actionsDone.map((a) => ({ ...a, url: link(checkInRoute(t.team, a.cycle, a.date)) })),
      actionsNew: t.actionsNew.map((a) => ({ ...a, url: link(checkInRoute(t.team, a.cycle, a.date)) })),
      handovers: t.handovers.map((h) => ({ ...h, url: link(handoverRoute(t.team, h.date)) })),
      health: t.health.map((h) => ({ ...h, title: model.team(t.team)?.health.find((m) => m.id === h.metric)?.title ?? h.metric, url: link(teamRoute(t.team)) })),
      overdue: t.overdue && { ...t.overdue, url: link(scorecardRoute(t.team, t.overdue.cycle)) },
    })),
  };
}

/** The digest JSON document. */
export type DigestJson = ReturnType<typeof digestJson>;
