/**
 * The model and its figures as pages see them: loaded and computed once per
 * build and shared by every page; in dev, loaded afresh so edits show on
 * reload (errors go to the browser overlay).
 */
import { computeFigures, type Figures } from '../figures/index.ts';
import { ContentError, getModel, loadModel, optionsFromEnv, type Model } from '../model/index.ts';

const figuresOf = new WeakMap<Model, Figures>();

/** The resolved model for the page being rendered. */
export function siteModel(): Model {
  if (!import.meta.env.DEV) return getModel();
  const { model, findings } = loadModel(optionsFromEnv());
  if (findings.some((f) => f.level === 'error')) throw new ContentError(findings);
  return model;
}

/** The model and every figure of it, computed once per model. */
export function siteData(): { model: Model; figures: Figures } {
  const model = siteModel();
  let figures = figuresOf.get(model);
  if (!figures) {
    figures = computeFigures(model);
    figuresOf.set(model, figures);
  }
  return { model, figures };
}
