/** A scorecard page's data: the team's figures in one cycle, its hints by where they sit, its handover notes and its other cycles. */
import { countHintsBySubject, type Hint } from '../../coaching/index.ts';
import type { Scorecard, ScorecardExplanations } from '../../figures/index.ts';
import { handoversIn } from '../../model/lineage.ts';
import type { CheckIn, Handover, KeyResult } from '../../model/types.ts';
import type { PageContext } from './context.ts';
import { editTarget, type EditTarget } from '../edit-link.ts';
import { checkInFormRoute } from '../../lib/paths.ts';
import { scorecardHealthRows, type HealthRow } from '../health.ts';

/** What a scorecard page prints. */
export interface ScorecardPage {
  readonly card: Scorecard;
  /** Hints by the entry they sit next to: an objective id, a check-in id, or null for the team as a whole. */
  hintsOf(entry: string | null): Hint[];
  readonly hintCounts: ReturnType<typeof countHintsBySubject>;
  /** Every key result of the scorecard, by id (check-ins name them). */
  readonly keyResults: ReadonlyMap<string, KeyResult>;
  /** Check-ins newest first. */
  readonly timeline: readonly CheckIn[];
  /** The expected progress while the cycle is active. */
  readonly expected: number | undefined;
  /** The team's handover notes dated in the cycle, oldest first. */
  readonly handovers: readonly Handover[];
  /** The team's scorecards in other cycles, in cycle order. */
  readonly otherCycles: readonly Scorecard[];
  /** The route of the cycle's check-in form while the cycle is active. */
  readonly checkInForm: string | undefined;
  /** Every score of the scorecard, explained. */
  readonly explanations: ScorecardExplanations;
  /** Each check-in's file in the host's web editor, by check-in id; empty without site.yaml `repository`. */
  readonly checkInEdits: ReadonlyMap<string, EditTarget>;
  /** The team's health metrics while the cycle is active (none otherwise), as rows to print. */
  readonly health: readonly HealthRow[];
}

/** The scorecard of `teamId` in `cycleId` (one of the figures'). */
export function scorecardPage({ model, figures, coaching, fmt, t }: Pick<PageContext, 'model' | 'figures' | 'coaching' | 'fmt' | 't'>, teamId: string, cycleId: string): ScorecardPage {
  const card = figures.scorecard(teamId, cycleId)!;
  const hints = coaching.of(card.team.id, card.cycle.id);
  const byEntry = new Map<string | null, Hint[]>();
  for (const hint of hints) byEntry.set(hint.entry, [...(byEntry.get(hint.entry) ?? []), hint]);
  return {
    card,
    hintsOf: (entry) => byEntry.get(entry) ?? [],
    hintCounts: countHintsBySubject(hints),
    keyResults: new Map(card.objectives.flatMap((o) => o.keyResults.map((k) => [k.keyResult.id, k.keyResult] as const))),
    timeline: [...card.checkIns].reverse(),
    expected: card.pace.state === 'active' ? card.pace.expected : undefined,
    handovers: handoversIn(model, card.team.id, card.cycle),
    otherCycles: figures.scorecardsOf(card.team.id).filter((c) => c.cycle.id !== card.cycle.id),
    explanations: figures.explain(card.team.id, card.cycle.id)!,
    checkInEdits: new Map(card.checkIns.flatMap((checkIn) => {
      const edit = editTarget(model.settings, checkIn);
      return edit ? [[checkIn.id, edit] as const] : [];
    })),
    health: scorecardHealthRows(card, { figures, fmt, t }),
    checkInForm: model.settings.forms && card.pace.state === 'active' ? checkInFormRoute(card.team.id, card.cycle.id) : undefined,
  };
}
