/**
 * The model as pages see it: loaded once per build and shared by every
 * page; in dev, loaded afresh so edits show on reload (errors go to the
 * browser overlay).
 */
import { ContentError, getModel, loadModel, optionsFromEnv, type Model } from '../model/index.ts';

/** The resolved model for the page being rendered. */
export function siteModel(): Model {
  if (!import.meta.env.DEV) return getModel();
  const { model, findings } = loadModel(optionsFromEnv());
  if (findings.some((f) => f.level === 'error')) throw new ContentError(findings);
  return model;
}
