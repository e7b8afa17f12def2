/** `/teams/<team>/checkins.ics`: one team's check-ins due, to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEvents, calendarIcs } from '../../../export/calendar-ics.ts';
import { calendarSite } from '../../../lib/calendar-site.ts';
import { renderOnly } from '../../../lib/render-only.ts';
import { siteData } from '../../../lib/site-model.ts';

export const getStaticPaths = (() =>
  renderOnly(
    siteData().model.teams.map((team) => ({ params: { team: team.id } })),
    (p) => `teams/${p.params.team}/checkins.ics`,
  )) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => {
  const { model, figures } = siteData();
  const team = model.team(context.params.team!)!;
  const events = calendarEvents(model, figures, calendarSite(context.site), team.id);
  return new Response(calendarIcs(`${team.name}: check-ins`, events, model.options.asOf), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
