/** Internal links that honour the base path (`OKRBOOK_BASE`). */

/** `path` below the site's base, e.g. `href('teams/sales/')` -> `/okrs/teams/sales/`. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\/+/, '');
}

/** The scorecard of a team in a cycle. */
export const scorecardHref = (team: string, cycle: string) => href(`teams/${team}/${cycle}/`);
/** A team's page. */
export const teamHref = (team: string) => href(`teams/${team}/`);
/** A cycle's page. */
export const cycleHref = (cycle: string) => href(`cycles/${cycle}/`);
/** An objective's page. */
export const objectiveHref = (id: string) => href(`objectives/${id}/`);
/** A guide page (`index` is the guide's front page). */
export const guideHref = (id: string) => href(id === 'index' ? 'guide/' : `guide/${id}/`);
/** A coaching rule's page. */
export const ruleHref = (id: string) => href(`coach/rules/${id}/`);
/** The coaching report of a cycle. */
export const coachHref = (cycle: string) => href(`coach/${cycle}/`);
/** (v2) A person's page. */
export const personHref = (slug: string) => href(`people/${slug}/`);
