/**
 * What a new check-in shows of the model: every key result of the team in the
 * cycle with the latest value and confidence the scorecard shows, and each
 * health metric with its latest reading in any cycle. `new checkin` and the
 * check-in form's page data both ask here; src/forms/checkin-file.ts writes the file.
 */
import type { Day } from '../lib/dates.ts';
import type { Model } from '../model/index.ts';
import type { CheckInScaffold } from '../forms/checkin-file.ts';
import { historyOf, latestConfidence } from './key-result.ts';
import { readingsOf } from './health.ts';
import { teamCheckIns } from '../model/team-check-ins.ts';

/** The scaffold of team `teamId`'s check-in on `date` in cycle `cycleId` (both known to the model). */
export function checkInScaffold(model: Model, teamId: string, cycleId: string, date: Day, namesCycle: boolean): CheckInScaffold {
  const team = model.team(teamId)!;
  const earlier = model.checkInsOf(teamId, cycleId).filter((c) => c.date <= date);
  const keyResults = model.objectivesOf(teamId, cycleId).flatMap((objective) =>
    objective.keyResults.map((kr) => {
      // The same history and latest confidence the scorecard shows.
      const history = historyOf(kr.id, earlier);
      const latest = history.at(-1);
      return {
        id: kr.id,
        title: kr.title,
        ...(kr.unit !== undefined ? { unit: kr.unit } : {}),
        kind: kr.kind,
        ...(kr.baseline !== undefined ? { baseline: kr.baseline } : {}),
        ...(kr.target !== undefined ? { target: kr.target } : {}),
        ...(latest ? { latest: { value: latest.value, date: latest.date } } : {}),
        confidence: latestConfidence(history),
      };
    }),
  );
  const readings = readingsOf(teamId, teamCheckIns(model, teamId).filter((c) => c.date <= date));
  const health = team.health.map((metric) => {
    const latest = readings.get(metric.id)?.at(-1);
    return {
      id: metric.id,
      title: metric.title,
      ...(metric.unit !== undefined ? { unit: metric.unit } : {}),
      ...(metric.above !== undefined ? { above: metric.above } : {}),
      ...(metric.below !== undefined ? { below: metric.below } : {}),
      ...(latest ? { latest: { value: latest.value, date: latest.date } } : {}),
    };
  });
  return { team: teamId, date, cycle: cycleId, namesCycle, keyResults, health };
}
