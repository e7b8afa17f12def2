/** The scorecard as JSON (site.md, Scorecard JSON). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { scorecardJson } from '../../../export/scorecard-json.ts';
import { scorecardJsonRoute } from '../../../lib/paths.ts';
import { scorecardContinuity } from '../../../model/lineage.ts';
import { openedSite } from '../../../site/site-data.ts';
import { english } from '../../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const site = await openedSite();
  return site.data.figures.cycles.flatMap((c) => c.scorecards.map((card) => site.path(scorecardJsonRoute(card.team.id, c.cycle.id), { team: card.team.id, cycle: c.cycle.id })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, locals }) => {
  const { model, figures, coaching } = locals.okrbook;
  const card = figures.scorecard(params.team!, params.cycle!)!;
  const hints = coaching.of(card.team.id, card.cycle.id).map((h) => ({ rule: h.rule, entry: h.file, target: h.target, message: english.say(h.text) }));
  return new Response(JSON.stringify(scorecardJson(card, model.options.asOf, hints, scorecardContinuity(model, card.team.id, card.cycle)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
