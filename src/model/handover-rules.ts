/**
 * The rules of a handover note that reach beyond its own fields, as
 * messages: `check` (src/model/continuity.ts) and the handover form's script
 * (src/model/handover-check.ts) say them with the same words.
 */

/** A second note of a team on the same day. */
export function duplicateHandoverMessage(team: string, date: string, file: string): string {
  return `team ${team} already has a handover note on ${date} in \`${file}\`; keep one note per change of leaders and merge the two`;
}
