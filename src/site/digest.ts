/**
 * The weekly digest as readers see it (`/digest/<week>/`, the `digest`
 * command's Markdown and e-mail): one week's figures (src/figures/digest.ts)
 * turned into lines of Text, each with the route of the place it happened
 * (the check-in's anchor, the key result's row on its scorecard). The page,
 * the Markdown and the e-mail print these lines; none of them counts or sorts.
 */
import type { WeekDigest } from '../figures/digest.ts';
import type { Status } from '../figures/pace.ts';
import type { Text, UiKey, Values } from '../i18n/index.ts';
import type { Day, IsoWeek } from '../lib/dates.ts';
import { checkInRoute, cycleRoute, digestJsonRoute, digestRoute, handoverRoute, keyResultAnchor, objectiveAnchor, scorecardPlaceRoute, scorecardRoute, teamRoute } from '../lib/paths.ts';
import type { Model } from '../model/types.ts';

/** One line of news and where it happened (a route below the base path; null when it happened nowhere one can link to). */
export interface DigestLine {
  text: Text;
  route: string | null;
}

/** One team's part of the week. */
export interface DigestTeamView {
  team: string;
  name: string;
  route: string;
  lines: DigestLine[];
}

/** One week's digest, ready to print. */
export interface DigestView {
  week: IsoWeek;
  /** "Week 47, 2026" */
  title: Text;
  /** The days the week covers: Monday to D1. */
  first: Day;
  last: Day;
  /** True while the week is not over (D1 is the as-of date, before Sunday). */
  partial: boolean;
  /** The organisation summary, first. */
  summary: Text[];
  /** Cycles that started or ended. */
  cycles: DigestLine[];
  teams: DigestTeamView[];
  /** The one line a week with nothing says; null otherwise. */
  quiet: Text | null;
  route: string;
  jsonRoute: string;
  previous: { week: IsoWeek; title: Text; route: string } | null;
  next: { week: IsoWeek; title: Text; route: string } | null;
}

/** What the view reads besides the digest: names and titles, values in the site's words, the published weeks. */
export interface DigestContext {
  model: Pick<Model, 'team' | 'cycle' | 'objective'>;
  /** A key result's value with its unit, in the site's language (`Translate.value`). */
  value: (value: number | boolean | null, unit?: string) => string;
  /** A day as the site writes it. */
  date: (day: Day) => string;
  /** A share as a percentage (confidences). */
  percent: (value: number) => string;
  /** The published weeks before and after this one. */
  around: { previous: IsoWeek | null; next: IsoWeek | null };
}

const text = (key: UiKey, values: Values = {}): Text => ({ key, values });

/** "Week 47, 2026" for `2026-W47`. */
export function weekTitle(week: IsoWeek): Text {
  return text('digest.week', { number: Number(week.slice(6)), year: week.slice(0, 4) });
}

/** The view of one week's digest. */
export function digestView(digest: WeekDigest, context: DigestContext): DigestView {
  const { model } = context;
  const cycleName = (id: string) => model.cycle(id)?.name ?? id;
  const status = (s: Status): Text => text(`status.${s}`);
  const summary: Text[] = [
    text('digest.summary.checkIns', { count: digest.summary.checkIns }),
    text('digest.summary.teams', { checkedIn: digest.summary.teamsCheckedIn, expected: digest.summary.teamsExpected }),
    text('digest.summary.keyResults', { count: digest.summary.keyResultsUpdated }),
    text('digest.summary.statusChanges', { count: digest.summary.statusChanges }),
    text('digest.summary.confidenceDrops', { count: digest.summary.confidenceDrops }),
    text('digest.summary.overdue', { count: digest.summary.overdue }),
    ...(digest.summary.breaches > 0 ? [text('digest.summary.breaches', { count: digest.summary.breaches })] : []),
  ];
  const cycles: DigestLine[] = [
    ...digest.cyclesStarted.map((id) => ({ text: text('digest.cycleStarted', { cycle: cycleName(id) }), route: cycleRoute(id) })),
    ...digest.cyclesEnded.map((id) => ({ text: text('digest.cycleEnded', { cycle: cycleName(id) }), route: cycleRoute(id) })),
  ];
  const teams = digest.teams.map((t): DigestTeamView => {
    const lines: DigestLine[] = [];
    if (t.overdue) {
      lines.push({ text: text('digest.overdue', { date: context.date(t.overdue.since), cycle: cycleName(t.overdue.cycle) }), route: scorecardRoute(t.team, t.overdue.cycle) });
    }
    for (const c of t.checkIns) {
      lines.push({ text: text('digest.checkIn', { date: context.date(c.date), cycle: cycleName(c.cycle) }), route: checkInRoute(t.team, c.cycle, c.date) });
    }
    for (const k of t.keyResults) {
      const keyResult = model.objective(k.objective)?.keyResults.find((r) => r.id === k.kr);
      const points = Math.round(k.points);
      lines.push({
        text: text('digest.keyResult', {
          kr: keyResult?.title ?? k.kr,
          before: context.value(k.before, keyResult?.unit),
          after: context.value(k.after, keyResult?.unit),
          points: points > 0 ? text('digest.pointsUp', { count: points }) : points < 0 ? text('digest.pointsDown', { count: -points }) : text('digest.pointsNone'),
        }),
        route: scorecardPlaceRoute(t.team, k.cycle, keyResultAnchor(k.objective, k.kr)),
      });
    }
    for (const s of t.statusChanges) {
      const subject = s.objective === null ? text('digest.teamIn', { cycle: cycleName(s.cycle) }) : (model.objective(s.objective)?.title ?? s.objective);
      const route = s.objective === null ? scorecardRoute(t.team, s.cycle) : scorecardPlaceRoute(t.team, s.cycle, objectiveAnchor(s.objective));
      lines.push({ text: text('digest.status', { subject, before: status(s.before), after: status(s.after) }), route });
    }
    for (const d of t.confidenceDrops) {
      const keyResult = model.objective(d.objective)?.keyResults.find((r) => r.id === d.kr);
      lines.push({
        text: text('digest.confidenceDrop', { kr: keyResult?.title ?? d.kr, before: context.percent(d.before), after: context.percent(d.after) }),
        route: scorecardPlaceRoute(t.team, d.cycle, keyResultAnchor(d.objective, d.kr)),
      });
    }
    for (const a of t.actionsDone) lines.push({ text: text('digest.actionDone', { title: a.title }), route: checkInRoute(t.team, a.cycle, a.date) });
    for (const a of t.actionsNew) {
      lines.push({ text: a.owner ? text('digest.actionNewBy', { title: a.title, owner: a.owner }) : text('digest.actionNew', { title: a.title }), route: checkInRoute(t.team, a.cycle, a.date) });
    }
    for (const h of t.health) {
      const metric = model.team(t.team)?.health.find((m) => m.id === h.metric);
      lines.push({
        text: text('digest.health', {
          metric: metric?.title ?? h.metric,
          before: text(`digest.healthState.${h.before}`),
          after: text(`digest.healthState.${h.after}`),
          value: context.value(h.value, metric?.unit),
        }),
        route: teamRoute(t.team),
      });
    }
    for (const h of t.handovers) {
      lines.push({
        text: h.from.length > 0 ? text('digest.handoverFrom', { date: context.date(h.date), from: h.from.join(', '), to: h.to.join(', ') }) : text('digest.handover', { date: context.date(h.date), to: h.to.join(', ') }),
        route: handoverRoute(t.team, h.date),
      });
    }
    return { team: t.team, name: model.team(t.team)?.name ?? t.team, route: teamRoute(t.team), lines };
  });
  const neighbour = (week: IsoWeek | null) => (week === null ? null : { week, title: weekTitle(week), route: digestRoute(week) });
  return {
    week: digest.week,
    title: weekTitle(digest.week),
    first: digest.monday,
    last: digest.to,
    partial: digest.to < digest.sunday,
    summary,
    cycles,
    teams,
    quiet: digest.quiet ? text('digest.quiet') : null,
    route: digestRoute(digest.week),
    jsonRoute: digestJsonRoute(digest.week),
    previous: neighbour(context.around.previous),
    next: neighbour(context.around.next),
  };
}

/** One row of the list of weeks (`/digest/`), newest first. */
export interface DigestIndexRow {
  week: IsoWeek;
  title: Text;
  first: Day;
  last: Day;
  route: string;
  /** The week in one line: check-ins held and key results updated, or that it was quiet. */
  line: Text;
}

/** The list of weeks, newest first. */
export function digestIndex(digests: readonly WeekDigest[]): DigestIndexRow[] {
  return [...digests].reverse().map((d) => ({
    week: d.week,
    title: weekTitle(d.week),
    first: d.monday,
    last: d.to,
    route: digestRoute(d.week),
    line: d.quiet
      ? text('digest.quietShort')
      : text('digest.indexLine', { checkIns: text('digest.summary.checkIns', { count: d.summary.checkIns }), keyResults: text('digest.summary.keyResults', { count: d.summary.keyResultsUpdated }) }),
  }));
}
