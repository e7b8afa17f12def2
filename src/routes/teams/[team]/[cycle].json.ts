import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOnly } from '../../../lib/render-only.ts';
import { scorecardJson } from '../../../export/scorecard-json.ts';
import { siteData } from '../../../lib/site-model.ts';
import { scorecardContinuity } from '../../../model/lineage.ts';

export const getStaticPaths = (() =>
  renderOnly(
    siteData().figures.cycles.flatMap((c) => c.scorecards.map((card) => ({ params: { team: card.team.id, cycle: c.cycle.id } }))),
    (p) => `teams/${p.params.team}/${p.params.cycle}.json`,
  )) satisfies GetStaticPaths;

/** The scorecard as JSON. */
export const GET: APIRoute = ({ params }) => {
  const { model, figures, coaching } = siteData();
  const card = figures.scorecard(params.team!, params.cycle!)!;
  const hints = coaching.of(card.team.id, card.cycle.id).map((h) => ({ rule: h.rule, entry: h.file, target: h.target, message: h.message }));
  return new Response(JSON.stringify(scorecardJson(card, model.options.asOf, hints, scorecardContinuity(model, card.team.id, card.cycle)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
