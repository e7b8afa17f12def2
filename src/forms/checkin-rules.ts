/**
 * The rules one check-in must keep beyond its schema, over its own data and
 * a narrow context: one check-in per team and day (where the context knows
 * the others); each health reading names a metric of its team, once;
 * the date lies inside the cycle; each update names a key result of the team
 * in the cycle, once, with a value of its kind; each action names a real key
 * result. `check` (src/model/resolve.ts) and the check-in form in the browser
 * both call `checkInRules`, so they say the same thing.
 *
 * Browser-safe: no Node.js module.
 */
import type { Day } from '../lib/dates.ts';
import { suggest } from '../lib/edit-distance.ts';
import type { CheckInData } from '../schemas/checkin.ts';
import type { KeyResultKind } from '../schemas/objective.ts';

/** A broken rule: where (a path into the front matter, and the field as `check` names it), which, and what to do. */
export interface CheckInRuleFinding {
  path: Array<string | number>;
  field: string;
  code: string;
  message: string;
}

/** What the rules need to know beyond the check-in itself. */
export interface CheckInRulesContext {
  /** The check-in's cycle when it has one (named or inferred): without it, only the health readings are checked. */
  cycle?: { id: string; start: Day; end: Day; file: string };
  /** The key results of the team in the cycle, in the order of their objectives' files. */
  keyResults: ReadonlyArray<{ id: string; kind: KeyResultKind; file: string }>;
  /** Whether an id not among `keyResults` is still known (a key result of a file that failed to load is not reported twice). */
  alsoKnown?: (kr: string) => boolean;
  /** The team's health-metric ids; undefined when the team's file could not be read (nothing to check against). */
  healthMetrics?: readonly string[];
  /** The team's file, where its metrics are defined. */
  teamFile?: string;
  /** Other teams keeping a health metric of that id. */
  metricOwners?: (id: string) => string[];
  /** The team's other check-ins by date, their files (the form's: `check` finds them among all the files). */
  taken?: Readonly<Record<Day, string>>;
}

/** What to say of a second check-in of `team` on `date`, the first being in `file`. */
export function duplicateCheckIn(team: string, date: Day, file: string): string {
  return `team ${team} already has a check-in on ${date} in \`${file}\`; merge the two meetings into one file`;
}

/** What to say of a health-metric id that team `team` does not keep (a check-in's reading or an objective's `addresses`). */
export function unknownHealthMetric(team: string, id: string, metrics: readonly string[], owners: readonly string[], teamFile: string | undefined): string {
  const elsewhere = owners.length > 0 ? ` (\`${id}\` is a health metric of team ${owners.join(', ')}: a check-in or objective names its own team's metrics)` : '';
  const where = teamFile ? ` in ${teamFile}` : '';
  if (metrics.length === 0) return `team ${team} keeps no health metrics, so there is no \`${id}\`${elsewhere}; add it under \`health\`${where}, or remove this id`;
  return `team ${team} has no health metric \`${id}\`${suggest(id, metrics)}${elsewhere}; expected one of: ${metrics.join(', ')} (defined under \`health\`${where})`;
}

/** The check-in's broken rules, in the order `check` finds them. */
export function checkInRules(checkIn: Pick<CheckInData, 'team' | 'date' | 'health' | 'updates' | 'actions'>, context: CheckInRulesContext): CheckInRuleFinding[] {
  const found: CheckInRuleFinding[] = [];
  const { team, date } = checkIn;
  // One check-in per team and day.
  const sameDay = context.taken && Object.hasOwn(context.taken, date) ? context.taken[date] : undefined;
  if (sameDay !== undefined) found.push({ path: ['date'], field: 'date', code: 'duplicate-checkin', message: duplicateCheckIn(team, date, sameDay) });
  // Health readings: each names a metric of the team, once.
  const metrics = context.healthMetrics;
  const read = new Map<string, number>();
  checkIn.health.forEach((reading, index) => {
    const path = ['health', index, 'id'];
    const field = `health[${index}].id`;
    if (metrics && !metrics.includes(reading.id)) {
      found.push({ path, field, code: 'unknown-reference', message: unknownHealthMetric(team, reading.id, metrics, context.metricOwners?.(reading.id) ?? [], context.teamFile) });
      return;
    }
    const first = read.get(reading.id);
    if (first !== undefined) {
      found.push({ path, field, code: 'duplicate-reading', message: `\`${reading.id}\` is already read in health[${first}]; a check-in reads a health metric once, keep one value` });
    } else {
      read.set(reading.id, index);
    }
  });
  const cycle = context.cycle;
  if (!cycle) return found;
  if (date < cycle.start || date > cycle.end) {
    found.push({ path: ['date'], field: 'date', code: 'outside-cycle', message: `${date} is outside cycle ${cycle.id} (${cycle.start} to ${cycle.end}, in ${cycle.file}); correct the date, or name the right cycle in \`cycle\`` });
    return found;
  }
  // Updates and actions: each names a key result of the team in the cycle; an update once, with a value of its kind.
  const keyResults = new Map(context.keyResults.map((kr) => [kr.id, kr]));
  const knownKr = (kr: string) => keyResults.has(kr) || (context.alsoKnown?.(kr) ?? false);
  // Where the key results this check-in may name are defined, so the reader can look there too.
  const unknownKr = (kr: string) => {
    const files = [...new Set(context.keyResults.map((k) => k.file))];
    const where = files.length > 0 ? ` (defined in ${files.join(', ')})` : '';
    return `team ${team} has no key result \`${kr}\` in ${cycle.id}${suggest(kr, keyResults.keys())}; expected one of: ${[...keyResults.keys()].join(', ') || '(none)'}${where}`;
  };
  const updated = new Map<string, number>();
  checkIn.updates.forEach((update, index) => {
    const path = ['updates', index, 'kr'];
    const field = `updates[${index}].kr`;
    if (!knownKr(update.kr)) {
      found.push({ path, field, code: 'unknown-reference', message: unknownKr(update.kr) });
      return;
    }
    const first = updated.get(update.kr);
    if (first !== undefined) {
      found.push({ path, field, code: 'duplicate-update', message: `\`${update.kr}\` is already updated in updates[${first}]; a check-in updates a key result once, keep one value` });
    } else {
      updated.set(update.kr, index);
    }
    const kind = keyResults.get(update.kr)?.kind;
    if (kind === undefined) return;
    const wantsBoolean = kind === 'milestone';
    if (wantsBoolean !== (typeof update.value === 'boolean')) {
      const expected = wantsBoolean ? 'true or false (it is a milestone: done or not)' : `a number (it is a ${kind} key result)`;
      found.push({ path: ['updates', index, 'value'], field: `updates[${index}].value`, code: 'update-kind', message: `expected ${expected}, got ${String(update.value)}` });
    }
  });
  checkIn.actions.forEach((action, index) => {
    if (action.kr !== undefined && !knownKr(action.kr)) {
      found.push({ path: ['actions', index, 'kr'], field: `actions[${index}].kr`, code: 'unknown-reference', message: unknownKr(action.kr) });
    }
  });
  return found;
}
