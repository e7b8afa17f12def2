/**
 * Every URL of the site, in one place: pages, search records, the feed, the
 * JSON and the CSV all build their links here, so that a route can never be
 * spelled two ways.
 *
 * A **route** is a path below the site's base, without a leading slash
 * (`teams/sales/2026-q3/`); `href` puts the base in front of it.
 */

/** The site's home page. */
export const homeRoute = () => '';
/** The cycle archive. */
export const cyclesRoute = () => 'cycles/';
/** One cycle's page. */
export const cycleRoute = (cycle: string) => `cycles/${cycle}/`;
/** One cycle's CSV. */
export const cycleCsvRoute = (cycle: string) => `cycles/${cycle}.csv`;
/** Every team, nested. */
export const teamsRoute = () => 'teams/';
/** A team's page. */
export const teamRoute = (team: string) => `teams/${team}/`;
/** The scorecard of a team in a cycle. */
export const scorecardRoute = (team: string, cycle: string) => `teams/${team}/${cycle}/`;
/** The scorecard as JSON. */
export const scorecardJsonRoute = (team: string, cycle: string) => `teams/${team}/${cycle}.json`;
/** The check-in form of a team in a cycle. */
export const checkInFormRoute = (team: string, cycle: string) => `${scorecardRoute(team, cycle)}checkin/`;
/** A check-in on its scorecard: the anchor search and the feed land on. */
export const checkInRoute = (team: string, cycle: string, date: string) => `${scorecardRoute(team, cycle)}#checkin-${date}`;
/** A handover note on its team's page, in the leadership timeline. */
export const handoverRoute = (team: string, date: string) => `${teamRoute(team)}#handover-${date}`;
/** A team's handover form (writes a handover note). */
export const handoverFormRoute = (team: string) => `${teamRoute(team)}handover/`;
/** An objective's page. */
export const objectiveRoute = (id: string) => `objectives/${id}/`;
/** A guide page (`index` is the guide's front page). */
export const guideRoute = (id: string) => (id === 'index' ? 'guide/' : `guide/${id}/`);
/** The coaching report of the current cycle(s). */
export const coachIndexRoute = () => 'coach/';
/** The coaching report of a cycle. */
export const coachRoute = (cycle: string) => `coach/${cycle}/`;
/** Every coaching rule. */
export const rulesRoute = () => 'coach/rules/';
/** A coaching rule's page. */
export const ruleRoute = (id: string) => `coach/rules/${id}/`;
/** Calibration and the spread of scores. */
export const insightsRoute = () => 'insights/';
/** Full-text search. */
export const searchRoute = () => 'search/';
/** Everyone named in the content. */
export const peopleRoute = () => 'people/';
/** A person's page. */
export const personRoute = (slug: string) => `people/${slug}/`;
/** RSS of the latest check-ins. */
export const feedRoute = () => 'feed.xml';
/** The review of a cycle. */
export const reviewRoute = (cycle: string) => `cycles/${cycle}/review/`;
/** A team's check-in calendar. */
export const teamCalendarRoute = (team: string) => `teams/${team}/checkins.ics`;
/** Every team's check-in calendar. */
export const calendarRoute = () => 'calendar.ics';
/** Where each team of the active cycles stands, for bots. */
export const statusRoute = () => 'status.json';
/** The weekly digest: the list of weeks. */
export const digestIndexRoute = () => 'digest/';
/** One week's digest; the week as `2026-W49`, the route in lower case (`digest/2026-w49/`). */
export const digestRoute = (week: string) => `digest/${week.toLowerCase()}/`;
/** One week's digest as JSON. */
export const digestJsonRoute = (week: string) => `digest/${week.toLowerCase()}.json`;

/** The id of an objective's section on its scorecard. */
export const objectiveAnchor = (objective: string) => `objective-${objective.replaceAll('/', '-')}`;
/** The id of a key result's row on its scorecard. */
export const keyResultAnchor = (objective: string, keyResult: string) => `kr-${objective.replaceAll('/', '-')}-${keyResult}`;
/** The id of a check-in's heading on its scorecard. */
export const checkInAnchor = (date: string) => `checkin-${date}`;
/** A place on a scorecard: `#objectives`, `#discipline`, an objective, key result or check-in anchor. */
export const scorecardPlaceRoute = (team: string, cycle: string, anchor: string) => `${scorecardRoute(team, cycle)}#${anchor}`;

/** The base path pages are built with (Astro's `base`), always ending in `/`. */
function pageBase(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** `route` below a base path, e.g. `withBase('/okrs/', 'teams/sales/')` -> `/okrs/teams/sales/`. */
export function withBase(base: string, route: string): string {
  return base.replace(/\/?$/, '/') + route.replace(/^\/+/, '');
}

/** `route` below the site's base, e.g. `href('teams/sales/')` -> `/okrs/teams/sales/`. */
export function href(route: string): string {
  return withBase(pageBase(), route);
}

/** The route of a page's URL path: base and surrounding slashes removed (`/okrs/teams/sales/` -> `teams/sales`). */
export function routeKey(pathname: string, base: string): string {
  const normalisedBase = base.replace(/\/?$/, '/');
  const below = pathname.startsWith(normalisedBase) ? pathname.slice(normalisedBase.length) : pathname;
  return below.replace(/^\/+|\/+$/g, '');
}

/** The scorecard of a team in a cycle. */
export const scorecardHref = (team: string, cycle: string) => href(scorecardRoute(team, cycle));
/** A team's page. */
export const teamHref = (team: string) => href(teamRoute(team));
/** A team's handover form. */
export const handoverFormHref = (team: string) => href(handoverFormRoute(team));
/** A cycle's page. */
export const cycleHref = (cycle: string) => href(cycleRoute(cycle));
/** An objective's page. */
export const objectiveHref = (id: string) => href(objectiveRoute(id));
/** A guide page (`index` is the guide's front page). */
export const guideHref = (id: string) => href(guideRoute(id));
/** A coaching rule's page. */
export const ruleHref = (id: string) => href(ruleRoute(id));
/** The coaching report of a cycle. */
export const coachHref = (cycle: string) => href(coachRoute(cycle));
/** A person's page. */
export const personHref = (slug: string) => href(personRoute(slug));
