/**
 * (v3) The health rules of scoring.md (tip 3: OKRs for the most important
 * change, everything else kept healthy): `kr-business-as-usual`, a
 * stay-above/stay-below key result that repeats an earlier cycle's or names
 * a health metric, and `health-breached`, a metric out of range at its last
 * two readings that no objective of an active cycle addresses.
 */
import { breachedTwice, type Figures } from '../figures/index.ts';
import type { Cycle, Model } from '../model/types.ts';
import { hintText, type Hint } from './hint.ts';

const STAY = new Set(['stay-above', 'stay-below']);

/** Titles compare trimmed and case-insensitively (scoring.md). */
const same = (title: string) => title.trim().toLocaleLowerCase('en');

/** Every health hint of the model. */
export function healthHints(model: Model, figures: Figures, add: (hint: Hint) => void) {
  businessAsUsual(model, figures, add);
  breached(model, figures, add);
}

function businessAsUsual(model: Model, figures: Figures, add: (hint: Hint) => void) {
  // Per team: each stay key result's title with the cycles it appears in (few per title).
  const stayTitles = new Map<string, Map<string, Cycle[]>>();
  for (const objective of model.objectives) {
    const cycle = model.cycle(objective.cycle);
    if (!cycle) continue;
    for (const kr of objective.keyResults) {
      if (!STAY.has(kr.kind)) continue;
      const titles = stayTitles.get(objective.team) ?? new Map<string, Cycle[]>();
      stayTitles.set(objective.team, titles);
      const cycles = titles.get(same(kr.title)) ?? [];
      titles.set(same(kr.title), cycles);
      if (!cycles.includes(cycle)) cycles.push(cycle);
    }
  }
  for (const cycleResult of figures.cycles) {
    const { cycle } = cycleResult;
    for (const card of cycleResult.scorecards) {
      const { team } = card;
      const metrics = new Map(team.health.map((m) => [same(m.title), m]));
      for (const { objective, keyResults } of card.objectives) {
        for (const { keyResult: kr } of keyResults) {
          if (!STAY.has(kr.kind)) continue;
          // The latest cycle that ended before this one started, among those with the same title.
          const previous = (stayTitles.get(team.id)?.get(same(kr.title)) ?? [])
            .filter((c) => c.end < cycle.start)
            .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0))[0];
          const metric = metrics.get(same(kr.title));
          if (!previous && !metric) continue;
          add({
            rule: 'kr-business-as-usual',
            file: objective.file,
            line: kr.line,
            team: team.id,
            cycle: cycle.id,
            target: kr.id,
            entry: objective.id,
            text: previous
              ? hintText('hint.kr-business-as-usual.repeated', { kr: kr.title, kind: kr.kind, team: team.name, previous: previous.name })
              : hintText('hint.kr-business-as-usual.metric', { kr: kr.title, metric: metric!.title }),
          });
        }
      }
    }
  }
}

function breached(model: Model, figures: Figures, add: (hint: Hint) => void) {
  for (const team of model.teams) {
    if (team.health.length === 0) continue;
    const active = figures.scorecardsOf(team.id).filter((card) => card.pace.state === 'active');
    if (active.length === 0) continue;
    const addressed = new Set(active.flatMap((card) => card.objectives.flatMap((o) => o.objective.addresses)));
    for (const health of figures.health(team.id)) {
      if (!breachedTwice(health) || addressed.has(health.metric.id)) continue;
      for (const card of active) {
        add({
          rule: 'health-breached',
          file: team.file,
          line: health.metric.line,
          team: team.id,
          cycle: card.cycle.id,
          target: `health.${health.metric.id}`,
          entry: null,
          text: hintText('hint.health-breached', { metric: health.metric.title, value: valueWithUnit(health.value!, health.metric.unit), date: health.lastReading!, cycle: card.cycle.name }),
        });
      }
    }
  }
}

/** A reading as the hint quotes it: `66%`, `4.5 months`. */
function valueWithUnit(value: number, unit: string | undefined): string {
  return unit === '%' ? `${value}%` : unit ? `${value} ${unit}` : String(value);
}
