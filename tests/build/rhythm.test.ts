/**
 * The v2 rhythm outputs of the built example: calendars, status.json, cycle
 * reviews and score explanations agree with the figures engine to the digit.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { computeCoaching } from '../../src/coaching/index.ts';
import { statusJson } from '../../src/export/status-json.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { reviewVerdict } from '../../src/site/routes/review-page.ts';
import { publicLink, publicRoot } from '../../src/site/site-address.ts';
import { formatter } from '../../src/lib/format.ts';
import { loadModel } from '../../src/model/index.ts';
import { distOf, SITES } from '../sites.ts';
import { english } from '../../src/i18n/index.ts';

const dist = distOf('example');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const site = SITES.find((s) => s.name === 'example')!;
const { model } = loadModel({ contentRoot: site.content, asOf: site.asOf, includeConfidential: false });
const figures = computeFigures(model);
const coaching = computeCoaching(model, figures);
const fmt = formatter(model.settings.locale);
const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');

describe('status.json', () => {
  it('is the figures of every team of the active cycles', () => {
    // Links below the example's address (site.yaml url), as the route makes them (src/site/site-address.ts).
    const expected = statusJson(figures, site.asOf, (team, cycle) => coaching.of(team, cycle).length, (p) => publicLink(publicRoot(model, '/'), '/', p));
    expect(JSON.parse(read('status.json'))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.teams.length).toBeGreaterThan(0);
  });
});

describe('calendars', () => {
  it('exist for the site and every team, and parse back', () => {
    const all = new ICAL.Component(ICAL.parse(read('calendar.ics'))).getAllSubcomponents('vevent');
    let sum = 0;
    for (const team of model.teams) {
      expect(existsSync(path.join(dist, `teams/${team.id}/checkins.ics`))).toBe(true);
      sum += new ICAL.Component(ICAL.parse(read(`teams/${team.id}/checkins.ics`))).getAllSubcomponents('vevent').length;
    }
    expect(all.length).toBe(sum);
    expect(all.length).toBeGreaterThan(0);
    expect(read(`teams/${model.teams[0]!.id}/index.html`)).toContain(`href="/teams/${model.teams[0]!.id}/checkins.ics"`);
  });
});

describe('cycle reviews', () => {
  it('exist for every cycle, with a verdict per team, linked from the cycle page and the archive', () => {
    for (const result of figures.cycles) {
      const page = read(`cycles/${result.cycle.id}/review/index.html`);
      for (const card of result.scorecards) {
        expect(page).toContain(html(english.say(reviewVerdict(card, fmt))));
        const json = JSON.parse(read(`teams/${card.team.id}/${result.cycle.id}.json`));
        expect(json.review).toEqual({ diagnosis: card.review.diagnosis, committed: card.review.committed, grades: card.review.grades });
        expect(json.overdue).toBe(card.overdue.overdue);
      }
      expect(read(`cycles/${result.cycle.id}/index.html`)).toContain(`href="/cycles/${result.cycle.id}/review/"`);
      expect(read('cycles/index.html')).toContain(`href="/cycles/${result.cycle.id}/review/"`);
    }
  });
});

describe('explanations', () => {
  it('unfold every score of every scorecard and objective page with the engine text', () => {
    for (const result of figures.cycles) {
      for (const card of result.scorecards) {
        const page = read(`teams/${card.team.id}/${result.cycle.id}/index.html`);
        const explained = figures.explain(card.team.id, result.cycle.id)!;
        expect(page).toContain(html(english.say(explained.team.score.text)));
        expect(explained.team.score.value).toBe(JSON.parse(read(`teams/${card.team.id}/${result.cycle.id}.json`)).score);
        for (const o of card.objectives) {
          const e = explained.objectives.get(o.objective.id)!;
          const objectivePage = read(`objectives/${o.objective.id}/index.html`);
          // (v3) A grade, and its explanation, only once the cycle has closed.
          for (const text of [e.score.text, e.status.text, ...(e.grade.value !== null ? [e.grade.text] : []), ...[...e.keyResults.values()].map((k) => k.score.text)]) {
            expect(page).toContain(html(english.say(text)));
            expect(objectivePage).toContain(html(english.say(text)));
          }
        }
      }
    }
  });
});
