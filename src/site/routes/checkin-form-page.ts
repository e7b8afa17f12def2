/**
 * The check-in form's page data (`/teams/<team>/<cycle>/checkin/`): the
 * scaffold `new checkin` would fill for the as-of date, the last check-in's
 * attendees and open actions as if typed in, the file they give,
 * and the narrow context the per-check-in rules read in the browser.
 */
import { checkInScaffold } from '../../figures/checkin-scaffold.ts';
import type { Figures } from '../../figures/index.ts';
import { checkInFile, type CheckInEdits, type CheckInScaffold } from '../../forms/checkin-file.ts';
import type { CheckInRulesContext } from '../../forms/checkin-rules.ts';
import type { Model } from '../../model/index.ts';
import type { RepositoryTarget } from '../../lib/repository.ts';
import type { PageContext } from './context.ts';

/** What the form and its script read: plain data, written into the page as JSON. */
export interface CheckInFormData {
  scaffold: CheckInScaffold;
  /**
   * What the form starts with beyond `new checkin`'s scaffold (site.md): the
   * last check-in's attendees and its open actions, as if typed in, so that the
   * file stays `new checkin`'s followed by the same edits.
   */
  prefill: Required<Pick<CheckInEdits, 'attendees' | 'actions'>>;
  /** What the rules read in the browser (no function: the page cannot carry one). */
  rules: Omit<CheckInRulesContext, 'alsoKnown' | 'metricOwners'>;
}

/** What the check-in form page prints. */
export interface CheckInFormPage {
  team: { id: string; name: string };
  cycle: { id: string; name: string; start: string; end: string };
  data: CheckInFormData;
  /** The file the form starts with (`new checkin`'s, with the prefill), path relative to the content root, and its text. */
  file: string;
  text: string;
  /** The attendees the form starts with, one per line, as its box shows them. */
  attendeesText: string;
  /** The site's repository (site.yaml `repository`), for Open in <host>. */
  repository: RepositoryTarget | undefined;
  /** Each key result by objective, with what its fields show. */
  objectives: Array<{ title: string; keyResults: CheckInScaffold['keyResults'] }>;
}

/** The team and cycle pairs that get a form: every team with objectives in an active cycle. */
export function checkInFormPaths(figures: Pick<Figures, 'cycles'>): Array<{ team: string; cycle: string }> {
  return figures.cycles.filter((c) => c.pace.state === 'active').flatMap((c) => c.scorecards.map((card) => ({ team: card.team.id, cycle: c.cycle.id })));
}

/**
 * Whether the file names its cycle: only where the date alone could point at
 * another cycle of the team (nested cycles, a quarter inside its year), as
 * `new checkin --cycle` does.
 */
function namesCycle(model: Model, teamId: string, cycleId: string): boolean {
  const cycle = model.cycle(cycleId)!;
  return model.cycles.some((other) => other.id !== cycleId && other.start <= cycle.end && cycle.start <= other.end && model.objectivesOf(teamId, other.id).length > 0);
}

/** The form of team `teamId` in cycle `cycleId` (one of `checkInFormPaths`). */
export function checkInFormPage({ model }: Pick<PageContext, 'model'>, teamId: string, cycleId: string): CheckInFormPage {
  const team = model.team(teamId)!;
  const cycle = model.cycle(cycleId)!;
  const scaffold = checkInScaffold(model, teamId, cycleId, model.options.asOf, namesCycle(model, teamId, cycleId));
  const objectives = model.objectivesOf(teamId, cycleId);
  const byId = new Map(scaffold.keyResults.map((kr) => [kr.id, kr]));
  // The team's last check-in in the cycle on or before the day: who came, and what it left open.
  const last = model.checkInsOf(teamId, cycleId).filter((c) => c.date <= scaffold.date).at(-1);
  const prefill = {
    attendees: [...(last?.attendees ?? [])],
    actions: (last?.actions ?? []).filter((a) => a.status !== 'done').map((a) => ({ title: a.title, ...(a.kr ? { kr: a.kr } : {}), ...(a.owner ? { owner: a.owner } : {}), status: a.status })),
  };
  const { file, text } = checkInFile(scaffold, prefill);
  return {
    team: { id: team.id, name: team.name },
    cycle: { id: cycle.id, name: cycle.name, start: cycle.start, end: cycle.end },
    data: {
      scaffold,
      prefill,
      rules: {
        cycle: { id: cycle.id, start: cycle.start, end: cycle.end, file: cycle.file },
        keyResults: objectives.flatMap((o) => o.keyResults.map((kr) => ({ id: kr.id, kind: kr.kind, file: o.file }))),
        healthMetrics: team.health.map((m) => m.id),
        teamFile: team.file,
        // The team's check-ins of any cycle, as `check` sees them: one per team and day.
        taken: Object.fromEntries(model.checkIns.filter((c) => c.team === teamId).map((c) => [c.date, c.file])),
      },
    },
    file,
    text,
    attendeesText: prefill.attendees.join('\n'),
    repository: model.settings.repository,
    objectives: objectives.map((o) => ({ title: o.title, keyResults: o.keyResults.map((kr) => byId.get(kr.id)!) })),
  };
}
