/**
 * Coaching hints: the rule catalogue applied to the model and its figures,
 * once per build. Each hint names its rule, the file and line it is about,
 * the team and cycle, and what inside the file it concerns.
 */
import { expectedOn, atLeast, leadersDuring, scoreAt, type Figures, type Scorecard } from '../figures/index.ts';
import type { Finding } from '../model/findings.ts';
import type { Model, Objective } from '../model/types.ts';
import { RULES, ruleById } from './rules.ts';
import { continuityHints } from './continuity.ts';
import { healthHints } from './health.ts';
import { keyResultOutputText, keyResultTaskShape, metricMovementOf, objectiveMetricText, objectiveOutputText, outputVerbOf } from './task-shaped.ts';
import type { Text } from '../i18n/index.ts';
import { hintText, type Hint } from './hint.ts';

export type { Hint } from './hint.ts';

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
  // Rules that look across cycles: leaders changing, the first cycle's follow-up, carry-over.
  continuityHints(model, add);
  // (v3) Health metrics beside OKRs.
  healthHints(model, figures, add);
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
  const teamHint = (rule: string, text: Text) =>
    add({ rule, file: team.file, line: 1, team: team.id, cycle: cycle.id, target: null, entry: null, text });

  if (card.objectives.length > coaching.max_objectives) {
    teamHint('objective-count', hintText('hint.objective-count', { team: team.name, count: card.objectives.length, cycle: cycle.name, max: coaching.max_objectives }));
  }
  if (discipline.missed.length > 0) {
    teamHint('checkin-missed', hintText('hint.checkin-missed', { team: team.name, count: discipline.missed.length, cycle: cycle.name, days: discipline.missed.join(', ') }));
  }
  // Windows that count are due or covered, so the uncovered ones are due: ended without a leader.
  // The window in progress is never blamed before it ends (scoring.md).
  const gaps = discipline.leadership.due - discipline.leadership.covered;
  if (gaps > 0) {
    teamHint('leadership-absent', hintText(model.settings.leadership.every_months === 1 ? 'hint.leadership-absent.months' : 'hint.leadership-absent.windows', { team: team.name, count: gaps, cycle: cycle.name }));
  }
  const backed = leadersDuring(team.leadership, cycle).length > 0;
  if (!backed) {
    teamHint('team-no-leadership', hintText('hint.team-no-leadership', { team: team.name, cycle: cycle.name }));
  }

  for (const result of card.objectives) {
    objectiveHints(model, result.objective, card, add);
    for (const k of result.keyResults) {
      const kr = k.keyResult;
      const krHint = (rule: string, text: Text) =>
        add({ rule, file: result.objective.file, line: kr.line, team: team.id, cycle: cycle.id, target: kr.id, entry: result.objective.id, text });
      const taskShape = keyResultTaskShape(kr, coaching);
      if (taskShape) krHint('kr-output', (keyResultOutputText(kr.title, taskShape)));
      if (k.stale) {
        krHint('kr-stale', k.lastUpdate ? hintText('hint.kr-stale.updated', { kr: kr.title, date: k.lastUpdate }) : hintText('hint.kr-stale.never', { kr: kr.title }));
      }
      if (k.history.length > 0 && k.history.every((h) => h.confidence === null)) {
        krHint('kr-no-confidence', hintText('hint.kr-no-confidence', { kr: kr.title, count: k.history.length }));
      }
      if (result.objective.type === 'aspirational') {
        const early = k.history.find((h) => atLeast(scoreAt(kr, h.value).score, 1) && expectedOn(cycle, h.date) < 0.5);
        const firstConfidence = k.history.find((h) => h.confidence !== null)?.confidence ?? null;
        if (early) {
          krHint('kr-too-easy', hintText('hint.kr-too-easy.early', { kr: kr.title, date: early.date, cycle: cycle.name }));
        } else if (firstConfidence !== null && firstConfidence >= 0.9) {
          krHint('kr-too-easy', hintText('hint.kr-too-easy.confident', { kr: kr.title, confidence: String(firstConfidence) }));
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
      text: hintText('hint.action-unlinked', { count: unlinked.length, date: checkIn.date, action: checkIn.actions[first]!.title }),
    });
  }
}

function objectiveHints(model: Model, objective: Objective, card: Scorecard, add: (hint: Hint) => void) {
  const { coaching } = model.settings;
  const at = (rule: string, field: string, text: Text) =>
    add({ rule, file: objective.file, line: objective.lines[field] ?? objective.lines.title ?? 1, team: card.team.id, cycle: card.cycle.id, target: field, entry: objective.id, text });
  const count = objective.keyResults.length;
  if (count < coaching.min_key_results || count > coaching.max_key_results) {
    at('kr-count', 'key_results', hintText('hint.kr-count', { objective: objective.title, count, min: coaching.min_key_results, max: coaching.max_key_results }));
  }
  if (!objective.whyNow) at('objective-why-now', 'why_now', hintText('hint.objective-why-now', { objective: objective.title }));
  if (objective.behaviors.length === 0) at('objective-behaviors', 'behaviors', hintText('hint.objective-behaviors', { objective: objective.title }));
  const verb = outputVerbOf(objective.title, coaching.output_verbs);
  const movement = verb === null ? metricMovementOf(objective.title) : null;
  if (verb !== null) at('objective-output', 'title', objectiveOutputText(objective.title, verb));
  else if (movement !== null) at('objective-output', 'title', objectiveMetricText(objective.title, movement));
  if (hasNumberOtherThanYear(objective.title)) at('objective-numbers', 'title', hintText('hint.objective-numbers', { objective: objective.title }));
  if (!objective.owner) at('objective-owner', 'owner', hintText('hint.objective-owner', { objective: objective.title }));
}

/** Hints as `check` prints them (warnings with the rule id as code), their words said by `say` (English, for `check`). */
export function hintFindings(hints: readonly Hint[], say: (text: Text) => string): Finding[] {
  return hints.map((h) => ({ file: h.file, line: h.line, level: 'warning', code: h.rule, message: say(h.text) }));
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
