/**
 * The model as it stood on an earlier day, derived from the loaded model
 * without reading or validating any file again: the weekly digest compares
 * the figures at two as-of dates (scoring.md, "Weekly digest"), and building
 * them from one load keeps a build from doing the work of two.
 */
import type { Day } from '../lib/dates.ts';
import { assembleModel } from './resolve.ts';
import type { Model } from './types.ts';

/**
 * The model a load with `OKRBOOK_AS_OF` set to `day` gives: check-ins and
 * handover notes dated after `day` left out (counted as after the as-of
 * date), everything else shared with `model`. `day` must not be after the
 * model's own as-of date: what lies beyond it was never loaded.
 */
export function modelAsOf(model: Model, day: Day): Model {
  if (day > model.options.asOf) throw new RangeError(`modelAsOf: ${day} is after the model's as-of date ${model.options.asOf}`);
  if (day === model.options.asOf) return model;
  const { team, cycle, objective, objectivesOf, checkInsOf, ...parts } = model;
  const checkIns = model.checkIns.filter((c) => c.date <= day);
  const handovers = model.handovers.filter((h) => h.date <= day);
  const dropped = model.checkIns.length - checkIns.length + model.handovers.length - handovers.length;
  return assembleModel({
    ...parts,
    options: { ...model.options, asOf: day },
    checkIns,
    handovers,
    leftOut: { ...model.leftOut, afterAsOf: model.leftOut.afterAsOf + dropped },
  });
}
