/** What every page's frame prints: the title and the header's navigation (site.md: Home, Cycles, Teams, People, Guide, Coach, Insights; search is the box, not a link). */
import { coachIndexRoute, cyclesRoute, guideRoute, homeRoute, insightsRoute, peopleRoute, teamsRoute } from '../../lib/paths.ts';
import type { PageContext } from './context.ts';

/** A section of the site, as the header names it. */
export type Section = 'home' | 'cycles' | 'teams' | 'people' | 'guide' | 'coach' | 'insights' | 'search';

/** One link of the header's navigation. */
export interface NavItem {
  readonly id: Section;
  readonly label: string;
  /** The route, for `href`. */
  readonly path: string;
}

/** The frame of a page titled `title` (none for the home page) in `section`. */
export interface Layout {
  /** The page's title, then the site's. */
  readonly title: string;
  readonly nav: ReadonlyArray<NavItem>;
  /** The navigation item of the current section, which the phone menu names. */
  readonly current: NavItem | undefined;
}

export function layout({ model, t }: Pick<PageContext, 'model' | 't'>, title: string | undefined, section: Section | undefined): Layout {
  const { settings } = model;
  const nav: NavItem[] = [
    { id: 'home', label: t('nav.home'), path: homeRoute() },
    { id: 'cycles', label: t('nav.cycles'), path: cyclesRoute() },
    { id: 'teams', label: t('nav.teams'), path: teamsRoute() },
    ...(settings.people ? [{ id: 'people', label: t('nav.people'), path: peopleRoute() } as const] : []),
    { id: 'guide', label: t('nav.guide'), path: guideRoute('index') },
    { id: 'coach', label: t('nav.coach'), path: coachIndexRoute() },
    { id: 'insights', label: t('nav.insights'), path: insightsRoute() },
  ];
  return {
    title: title ? `${title} · ${settings.title}` : settings.title,
    nav,
    current: nav.find((item) => item.id === section),
  };
}
