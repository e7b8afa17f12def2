/** Every entry of the model (or of the loaded content), the one place that lists the kinds of file a content root holds. */

/** The lists of entries by kind, as the model and the loaded content hold them. */
interface EntryLists<T, C, O, K, G, H> {
  teams: readonly T[];
  cycles: readonly C[];
  objectives: readonly O[];
  checkIns: readonly K[];
  guide: readonly G[];
  handovers: readonly H[];
}

/** The entries of every kind, in one list: teams, cycles, objectives, check-ins, guide pages, handover notes. */
export function entriesOf<T, C, O, K, G, H>(parts: EntryLists<T, C, O, K, G, H>): Array<T | C | O | K | G | H> {
  return [...parts.teams, ...parts.cycles, ...parts.objectives, ...parts.checkIns, ...parts.guide, ...parts.handovers];
}
