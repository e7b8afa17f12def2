/**
 * The handover form's data (`/teams/<team>/handover/`, site.md "Writing
 * from the site"): the note `new handover` would write for the team today,
 * what the form's script needs to write it again with the person's edits,
 * and the team's notes already written (one per day).
 */
import type { RepositoryTarget } from '../../lib/repository.ts';
import type { Team } from '../../model/types.ts';
import { handoverContext } from '../handover-context.ts';
import type { TakenDay } from '../../model/handover-check.ts';
import { HANDOVER_SECTIONS, handoverFile, type HandoverContext, type PlannedFile } from '../../forms/handover-file.ts';
import type { PageContext } from './context.ts';
import type { UiKey } from '../../i18n/index.ts';

/** What the handover form prints, and hands its script as JSON (`script`). */
export interface HandoverFormPage {
  team: Team;
  /** The pre-filled note: what the page shows without JavaScript, byte for byte `new handover` with no incoming leader. */
  planned: PlannedFile;
  repository: RepositoryTarget | undefined;
  /** The form's first values. */
  date: string;
  outgoing: string[];
  /** The open objectives' titles (the note's first section), for the page to say what it will carry. */
  objectives: string[];
  /** The three sections only the outgoing leaders can write: the field's name and the keys of its label and hint. */
  sections: Array<{ key: (typeof HANDOVER_SECTIONS)[number]['key']; label: UiKey; hint: UiKey }>;
  /** What the script reads: the context of the note and the team's notes already written. */
  script: { context: HandoverContext; taken: TakenDay[] };
}

/** The handover form of `teamId` (one of the model's), dated the as-of date. */
export function handoverFormPage({ model, figures }: Pick<PageContext, 'model' | 'figures'>, teamId: string): HandoverFormPage {
  const team = model.team(teamId)!;
  const context = handoverContext(model, team, model.options.asOf, [], figures);
  return {
    team,
    planned: handoverFile(context),
    repository: model.settings.repository,
    date: context.date,
    outgoing: context.outgoing,
    objectives: context.objectives.map((o) => o.title),
    sections: HANDOVER_SECTIONS.map(({ key }) => ({ key, label: `form.handover.${key}` as const, hint: `form.handover.${key}Hint` as const })),
    script: { context, taken: model.handovers.filter((h) => h.team === team.id).map((h) => ({ date: h.date, file: h.file })) },
  };
}
