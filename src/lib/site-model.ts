/**
 * The model and its figures as pages see them: loaded and computed once per
 * build and shared by every page; in dev, loaded afresh so edits show on
 * reload (errors go to the browser overlay).
 */
import { computeCoaching, type Coaching } from '../coaching/index.ts';
import { computeFigures, type Figures } from '../figures/index.ts';
import { ContentError, getModel, loadModel, optionsFromEnv, type Model } from '../model/index.ts';

const derived = new WeakMap<Model, { figures: Figures; coaching: Coaching }>();

/** The resolved model for the page being rendered. */
export function siteModel(): Model {
  if (typeof __OKRBOOK_DEV_SERVER__ === 'undefined' || !__OKRBOOK_DEV_SERVER__) return getModel();
  const { model, findings } = loadModel(optionsFromEnv());
  if (findings.some((f) => f.level === 'error')) throw new ContentError(findings);
  return model;
}

/** The model, every figure of it and its coaching hints, computed once per model. */
export function siteData(): { model: Model; figures: Figures; coaching: Coaching } {
  const model = siteModel();
  let computed = derived.get(model);
  if (!computed) {
    const figures = computeFigures(model);
    computed = { figures, coaching: computeCoaching(model, figures) };
    derived.set(model, computed);
  }
  return { model, ...computed };
}
