/**
 * What the model knows for a handover note of a team on a day (the context
 * of src/forms/handover-file.ts), shared by `new handover` and the handover
 * form's page data: the leaders whose term ends, the open objectives with
 * their latest scores as the pages round them, and the open actions.
 */
import { addDays, daysBetween } from '../lib/dates.ts';
import { formatter } from '../lib/format.ts';
import { computeFigures, type Figures } from '../figures/index.ts';
import type { Model, Team } from '../model/index.ts';
import { teamCheckIns } from '../model/team-check-ins.ts';
import { english } from '../i18n/index.ts';
import type { HandoverContext } from '../forms/handover-file.ts';

/**
 * The context of a handover note for `team` on `date`: outgoing, the
 * leaders backing the team the day before whose term ends within 30 days of
 * the change; the objectives of cycles that have not ended on that day (and
 * start within 30 days), with their scores in the English of `check`; the
 * open actions of the team's latest check-in up to that day.
 */
export function handoverContext(model: Model, team: Team, date: string, incoming: string[] = [], figures: Figures = computeFigures(model)): HandoverContext {
  const dayBefore = addDays(date, -1);
  const outgoing = team.leadership
    .filter((l) => (!l.from || l.from <= dayBefore) && l.until !== undefined && dayBefore <= l.until && daysBetween(date, l.until) <= 30)
    .map((l) => l.name);

  // Figures as the pages show them: percentages rounded the same way, status in words, titles rather than ids.
  const fmt = formatter(model.settings.locale);
  const open = model.cycles.filter((c) => c.end >= date && c.start <= addDays(date, 30)).flatMap((c) => model.objectivesOf(team.id, c.id));
  const objectives = open.map((objective) => {
    const card = figures.scorecard(team.id, objective.cycle);
    const result = card?.objectives.find((o) => o.objective.id === objective.id);
    const standing =
      result && card?.pace.state !== 'upcoming'
        ? [fmt.percent(result.score), english(`status.${result.status}`).toLowerCase(), ...(result.grade !== null ? [`grade ${english(`grade.${result.grade}`).toLowerCase()}`] : [])].join(', ')
        : 'not started';
    return {
      id: objective.id,
      title: objective.title,
      cycleName: model.cycle(objective.cycle)!.name,
      standing,
      confidence: result?.confidence != null ? fmt.percent(result.confidence) : null,
      owner: objective.owner ?? null,
    };
  });
  const latest = teamCheckIns(model, team.id).filter((c) => c.date <= date).at(-1);
  const krTitle = (id: string) => model.objectivesOf(team.id, latest!.cycle).flatMap((o) => o.keyResults).find((k) => k.id === id)?.title ?? id;
  const actions = (latest?.actions ?? [])
    .filter((a) => a.status !== 'done')
    .map((a) => ({ title: a.title, details: [a.owner, a.status, a.kr ? `moves ${krTitle(a.kr)}` : undefined].filter((part): part is string => Boolean(part)) }));
  return { team: team.id, date, outgoing, incoming, objectives, actionsFrom: latest?.date ?? null, actions };
}
