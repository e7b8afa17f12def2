/** `/calendar.ics`: the check-ins due of every team, to subscribe to. */
import type { APIRoute } from 'astro';
import { calendarEvents, calendarIcs } from '../export/calendar-ics.ts';
import { calendarSite } from '../site/calendar-site.ts';

export const GET: APIRoute = (context) => {
  const { model, figures, t } = context.locals.okrbook;
  const events = calendarEvents(model, figures, calendarSite(model), undefined, t);
  return new Response(calendarIcs(t('calendar.name', { name: model.settings.title }), events, model.options.asOf), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
