/**
 * Coaching hints: the rule catalogue applied to the model and its figures,
 * once per build. Each hint names its rule, the file and line it is about,
 * the team and cycle, and what inside the file it concerns.
 */
import { expectedOn, atLeast, leadersDuring, scoreAt, type Figures, type Scorecard } from '../figures/index.ts';
import type { Finding } from '../model/findings.ts';
import type { Model, Objective } from '../model/types.ts';
import { counted } from '../lib/words.ts';
import { RULES, ruleById } from './rules.ts';
import { continuityHints } from './continuity.ts';
import { keyResultOutputMessage, keyResultTaskShape, objectiveOutputMessage, outputVerbOf } from './task-shaped.ts';

export interface Hint {
  rule: string;
  /** File relative to the content root. */
  file: string;
  line: number;
  team: string;
  cycle: string;
  /** What in the file: a key-result id, a field, or null for the team as a whole. */
  target: string | null;
  /** The objective or check-in id the hint sits next to, when there is one. */
  entry: string | null;
  message: string;
}

export interface Coaching {
  hints: Hint[];
  /** Hints of one team in one cycle. */
  of(team: string, cycle: string): Hint[];
  /** Rule ids switched on. */
  enabled: Set<string>;
}

/** True when a title starts with an output verb (`Launch the portal`, `Roll out SSO`). */
export function startsWithOutputVerb(title: string, extraVerbs: readonly string[] = []): boolean {
  return outputVerbOf(title, extraVerbs) !== null;
}

/**
 * True when a title holds a number that is not a four-digit year. `2026` is
 * a year (1900-2199); `Q3` and `H1` are labels, not numbers; `5000` and
 * `99%` are numbers.
 */
export function hasNumberOtherThanYear(title: string): boolean {
  for (const match of title.matchAll(/(?<![\p{L}\p{N}_])\d+(?:[.,]\d+)*/gu)) {
    const text = match[0];
    const year = /^(19|20|21)\d{2}$/.test(text) && !/^\s*%/.test(title.slice((match.index ?? 0) + text.length));
    if (!year) return true;
  }
  return false;
}

/** Computes every hint of the model. */
export function computeCoaching(model: Model, figures: Figures): Coaching {
  const { coaching } = model.settings;
  const enabled = new Set(RULES.map((r) => r.id).filter((id) => !coaching.disable.includes(id)));
  const hints: Hint[] = [];
  const add = (hint: Hint) => {
    if (enabled.has(hint.rule)) hints.push(hint);
  };

  for (const cycleResult of figures.cycles) {
    for (const card of cycleResult.scorecards) teamCycleHints(model, card, add);
  }
  // (v2) Rules that look across cycles: leaders changing, the first cycle's follow-up, carry-over.
  continuityHints(model, add);
  const byTeamCycle = new Map<string, Hint[]>();
  for (const hint of hints) {
    const key = `${hint.team}/${hint.cycle}`;
    const list = byTeamCycle.get(key);
    if (list) list.push(hint);
    else byTeamCycle.set(key, [hint]);
  }
  return { hints, of: (team, cycle) => byTeamCycle.get(`${team}/${cycle}`) ?? [], enabled };
}

function teamCycleHints(model: Model, card: Scorecard, add: (hint: Hint) => void) {
  const { team, cycle, discipline } = card;
  const { coaching } = model.settings;
  const teamHint = (rule: string, message: string) =>
    add({ rule, file: team.file, line: 1, team: team.id, cycle: cycle.id, target: null, entry: null, message });

  if (card.objectives.length > coaching.max_objectives) {
    teamHint('objective-count', `${team.name} has ${card.objectives.length} objectives in ${cycle.name}, more than ${coaching.max_objectives}. Is this the team's most important work?`);
  }
  if (discipline.missed.length > 0) {
    teamHint('checkin-missed', `${team.name} missed ${counted(discipline.missed.length, { one: 'check-in period', other: 'check-in periods' })} in ${cycle.name} (starting ${discipline.missed.join(', ')}). Is there a fixed day and time for the check-in?`);
  }
  // Windows that count are due or covered, so the uncovered ones are due: ended without a leader.
  // The window in progress is never blamed before it ends (scoring.md v2).
  const gaps = discipline.leadership.due - discipline.leadership.covered;
  if (gaps > 0) {
    const window = model.settings.leadership.every_months === 1 ? { one: 'month', other: 'months' } : { one: 'leadership window', other: 'leadership windows' };
    teamHint('leadership-absent', `No leader joined a check-in of ${team.name} in ${counted(gaps, window)} of ${cycle.name} that ${gaps === 1 ? 'has' : 'have'} ended. Has leadership joined a check-in this month?`);
  }
  const backed = leadersDuring(team.leadership, cycle).length > 0;
  if (!backed) {
    teamHint('team-no-leadership', `${team.name} has no leadership entry valid during ${cycle.name}. Who motivates, supports and mentors this team?`);
  }

  for (const result of card.objectives) {
    objectiveHints(model, result.objective, card, add);
    for (const k of result.keyResults) {
      const kr = k.keyResult;
      const krHint = (rule: string, message: string) =>
        add({ rule, file: result.objective.file, line: kr.line, team: team.id, cycle: cycle.id, target: kr.id, entry: result.objective.id, message });
      const taskShape = keyResultTaskShape(kr, coaching);
      if (taskShape) krHint('kr-output', keyResultOutputMessage(kr.title, taskShape));
      if (k.stale) {
        krHint('kr-stale', `Key result "${kr.title}" ${k.lastUpdate ? `was last updated on ${k.lastUpdate}` : 'has never been updated'}. When was this last looked at?`);
      }
      if (k.history.length > 0 && k.history.every((h) => h.confidence === null)) {
        krHint('kr-no-confidence', `Key result "${kr.title}" has ${k.history.length} update${k.history.length === 1 ? '' : 's'} but no confidence. How likely is the target now?`);
      }
      if (result.objective.type === 'aspirational') {
        const early = k.history.find((h) => atLeast(scoreAt(kr, h.value).score, 1) && expectedOn(cycle, h.date) < 0.5);
        const firstConfidence = k.history.find((h) => h.confidence !== null)?.confidence ?? null;
        if (early) {
          krHint('kr-too-easy', `Key result "${kr.title}" reached its target on ${early.date}, in the first half of ${cycle.name}. Is the target ambitious enough?`);
        } else if (firstConfidence !== null && firstConfidence >= 0.9) {
          krHint('kr-too-easy', `The first confidence given for "${kr.title}" was ${firstConfidence}. Is the target ambitious enough?`);
        }
      }
    }
  }

  for (const checkIn of card.checkIns) {
    const unlinked = checkIn.actions.flatMap((a, i) => (a.kr === undefined ? [i] : []));
    if (unlinked.length === 0) continue;
    const first = unlinked[0]!;
    add({
      rule: 'action-unlinked',
      file: checkIn.file,
      line: checkIn.lines.actions ?? 1,
      team: team.id,
      cycle: cycle.id,
      target: `actions[${first}]`,
      entry: checkIn.id,
      message: `${unlinked.length} action${unlinked.length === 1 ? '' : 's'} of the ${checkIn.date} check-in ${unlinked.length === 1 ? 'is' : 'are'} not tied to a key result ("${checkIn.actions[first]!.title}"${unlinked.length > 1 ? ', ...' : ''}). Which key result does this action move?`,
    });
  }
}

function objectiveHints(model: Model, objective: Objective, card: Scorecard, add: (hint: Hint) => void) {
  const { coaching } = model.settings;
  const at = (rule: string, field: string, message: string) =>
    add({ rule, file: objective.file, line: objective.lines[field] ?? objective.lines.title ?? 1, team: card.team.id, cycle: card.cycle.id, target: field, entry: objective.id, message });
  const count = objective.keyResults.length;
  if (count < coaching.min_key_results || count > coaching.max_key_results) {
    at('kr-count', 'key_results', `"${objective.title}" has ${count} key result${count === 1 ? '' : 's'}; between ${coaching.min_key_results} and ${coaching.max_key_results} work best. Does each key result prove the objective from a different angle?`);
  }
  if (!objective.whyNow) at('objective-why-now', 'why_now', `"${objective.title}" does not say why now. Why now?`);
  if (objective.behaviors.length === 0) at('objective-behaviors', 'behaviors', `"${objective.title}" names no behaviours. Do these OKRs drive the behaviours and results the team wants?`);
  const verb = outputVerbOf(objective.title, coaching.output_verbs);
  if (verb !== null) at('objective-output', 'title', objectiveOutputMessage(objective.title, verb));
  if (hasNumberOtherThanYear(objective.title)) at('objective-numbers', 'title', `"${objective.title}" holds a number. Keep the objective qualitative; numbers belong in key results.`);
  if (!objective.owner) at('objective-owner', 'owner', `"${objective.title}" has no owner. Who reports on it?`);
}

/** Hints as `check` prints them (warnings with the rule id as code). */
export function hintFindings(hints: readonly Hint[]): Finding[] {
  return hints.map((h) => ({ file: h.file, line: h.line, level: 'warning', code: h.rule, message: h.message }));
}

/** Settings and guide pages that name a rule that does not exist: said as warnings, never ignored. */
export function unknownRuleFindings(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const id of model.settings.coaching.disable) {
    if (!ruleById(id)) findings.push({ file: 'site.yaml', line: 1, level: 'warning', code: 'unknown-rule', field: 'coaching.disable', message: `there is no coaching rule \`${id}\`; rule ids are: ${RULES.map((r) => r.id).join(', ')}` });
  }
  for (const page of model.guide) {
    for (const id of page.rules) {
      if (!ruleById(id)) findings.push({ file: page.file, line: page.lines.rules ?? 1, level: 'warning', code: 'unknown-rule', field: 'rules', message: `there is no coaching rule \`${id}\`; rule ids are: ${RULES.map((r) => r.id).join(', ')}` });
    }
  }
  return findings;
}
