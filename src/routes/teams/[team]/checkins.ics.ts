/** `/teams/<team>/checkins.ics`: one team's check-ins due, to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEvents, calendarIcs } from '../../../export/calendar-ics.ts';
import { teamCalendarRoute } from '../../../lib/paths.ts';
import { calendarSite } from '../../../site/calendar-site.ts';
import { openedSite } from '../../../site/site-data.ts';

export const getStaticPaths = (async () => {
  const site = await openedSite();
  return site.data.model.teams.map((team) => site.path(teamCalendarRoute(team.id), { team: team.id }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => {
  const { model, figures, t } = context.locals.okrbook;
  const team = model.team(context.params.team!)!;
  const events = calendarEvents(model, figures, calendarSite(model), team.id, t);
  return new Response(calendarIcs(t('calendar.name', { name: team.name }), events, model.options.asOf), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
