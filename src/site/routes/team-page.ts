/** A team page's data: its place in the team tree, its names linked, its scorecards, and its leaders over time. */
import { leadersDuring, type Scorecard } from '../../figures/index.ts';
import { htmlLink } from '../../i18n/index.ts';
import { escapeHtml } from '../../lib/html.ts';
import { checkInFormRoute, handoverFormHref, personHref, teamHref } from '../../lib/paths.ts';
import type { Team } from '../../model/types.ts';
import type { Leader } from '../../schemas/index.ts';
import { leadershipTimeline, type TimelineDay } from '../people/leadership-timeline.ts';
import type { PageContext } from './context.ts';
import { editTarget, type EditTarget } from '../edit-link.ts';
import { teamHealthRows, type HealthRow } from '../health.ts';

/** What a team page prints besides its charter. */
export interface TeamPage {
  readonly team: Team;
  /** The parent team, as an HTML link for `t.html`. */
  readonly parentLink: { html: string } | undefined;
  /** The lead and the members as HTML for `t.html`: linked to their pages when people pages are published. */
  readonly leadHtml: { html: string } | undefined;
  readonly membersHtml: { html: string } | undefined;
  /** Teams whose parent this team is. */
  readonly children: readonly Team[];
  /** Every scorecard of the team, in cycle order. */
  readonly cards: readonly Scorecard[];
  /** Scorecards newest first, each with the names of the leaders backing the team during its cycle. */
  readonly rows: ReadonlyArray<{ card: Scorecard; leaders: string[] }>;
  /** More than one cycle has started: the page draws the score chart. */
  readonly chart: boolean;
  /** A cycle is in progress: the chart's caption says so. */
  readonly inProgress: boolean;
  /** Leadership entries by start (an entry without `from` first). */
  readonly leadership: readonly Leader[];
  readonly timeline: readonly TimelineDay[];
  /** The page shows the leadership timeline: there are leaders or handover notes. */
  readonly showTimeline: boolean;
  /** The team's health metrics, as rows to print. */
  readonly health: readonly HealthRow[];
  /** The team's file in the host's web editor; none without site.yaml `repository`. */
  readonly edit: EditTarget | undefined;
  /** The team's handover form; none when the site leaves the forms out. */
  readonly handoverForm: string | undefined;
  /** The check-in form of each active cycle of the team: its route and the cycle's name. */
  readonly checkInForms: ReadonlyArray<{ route: string; cycle: string }>;
}

/** The team `teamId` (one of the model's). */
export function teamPage({ model, figures, people, fmt, t }: Pick<PageContext, 'model' | 'figures' | 'people' | 'fmt' | 't'>, teamId: string): TeamPage {
  const team = model.team(teamId)!;
  const parent = team.parent ? model.team(team.parent) : undefined;
  const published = model.settings.people ? people : undefined;
  // A name as HTML: linked to the person's page when people pages are published (as PersonName.astro does).
  const personHtml = (name: string): { html: string } => {
    const person = published?.byName(name);
    return person ? htmlLink(personHref(person.slug), name) : { html: escapeHtml(name) };
  };
  const cards = figures.scorecardsOf(team.id);
  const timeline = leadershipTimeline(model, team);
  const leadership = [...team.leadership].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0));
  return {
    team,
    parentLink: parent ? htmlLink(teamHref(parent.id), parent.name) : undefined,
    leadHtml: team.lead ? personHtml(team.lead) : undefined,
    membersHtml: team.members.length > 0 ? { html: team.members.map((m) => personHtml(m).html).join(', ') } : undefined,
    children: model.teams.filter((t) => t.parent === team.id),
    cards,
    rows: [...cards].reverse().map((card) => ({ card, leaders: leadersDuring(team.leadership, card.cycle).map((l) => l.name) })),
    chart: cards.filter((c) => c.pace.state !== 'upcoming').length > 1,
    inProgress: cards.some((c) => c.pace.state === 'active'),
    leadership,
    timeline,
    health: teamHealthRows(team.id, { figures, fmt, t }),
    showTimeline: leadership.length > 0 || timeline.some((day) => day.handovers.length > 0),
    edit: editTarget(model.settings, team),
    handoverForm: model.settings.forms ? handoverFormHref(team.id) : undefined,
    checkInForms: !model.settings.forms ? [] : cards.filter((c) => c.pace.state === 'active').map((c) => ({ route: checkInFormRoute(team.id, c.cycle.id), cycle: c.cycle.name })),
  };
}
