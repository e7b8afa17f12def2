/**
 * `/status.json`, for bots and dashboards: the as-of date and, per team with
 * objectives in an active cycle, where it stands and whether it is overdue
 * for a check-in. The shape is versioned: `version` changes only when a
 * field is removed or changes meaning (fields may be added).
 */
import type { Day } from '../lib/dates.ts';
import type { Figures } from '../figures/index.ts';
import { healthJson } from './scorecard-json.ts';

/** The shape's version. */
export const STATUS_VERSION = 1;

/** One team in one active cycle. */
export interface TeamStatusJson {
  team: string;
  teamName: string;
  cycle: string;
  cycleName: string;
  score: number;
  /** Never null here: only active cycles are listed. */
  grade: string | null;
  status: string;
  /** Date of the latest check-in in the cycle, null when none. */
  lastCheckin: Day | null;
  overdue: boolean;
  /** First day of the uncovered period that makes the team overdue; null when not overdue. */
  overdueSince: Day | null;
  /** First days of the due periods without a check-in, oldest first. */
  missed: Day[];
  /** Coaching hints of the team in the cycle. */
  hints: number;
  /** The scorecard: absolute when the site's address is known, else from the base path. */
  scorecard: string;
  /** (v3) The team's health metrics at the as-of date. */
  health: ReturnType<typeof healthJson>;
}

/** The document: `{ version, asOf, overdue, teams }`, teams in cycle, then team order. */
export interface StatusJson {
  version: typeof STATUS_VERSION;
  asOf: Day;
  /** Ids of the overdue teams (`team/cycle`), for a bot that only needs those. */
  overdue: string[];
  teams: TeamStatusJson[];
}

/** The status document; `link` turns a path below the base into the URL to publish. */
export function statusJson(figures: Figures, asOf: Day, hintCount: (team: string, cycle: string) => number, link: (path: string) => string): StatusJson {
  const teams: TeamStatusJson[] = figures.cycles
    .filter((c) => c.pace.state === 'active')
    .flatMap((c) =>
      c.scorecards.map((card) => ({
        team: card.team.id,
        teamName: card.team.name,
        cycle: c.cycle.id,
        cycleName: c.cycle.name,
        score: card.score,
        grade: card.grade,
        status: card.status,
        lastCheckin: card.checkIns.at(-1)?.date ?? null,
        overdue: card.overdue.overdue,
        overdueSince: card.overdue.since,
        missed: card.discipline.missed,
        hints: hintCount(card.team.id, c.cycle.id),
        scorecard: link(`teams/${card.team.id}/${c.cycle.id}/`),
        health: healthJson(card.health),
      })),
    );
  return { version: STATUS_VERSION, asOf, overdue: teams.filter((t) => t.overdue).map((t) => `${t.team}/${t.cycle}`), teams };
}
