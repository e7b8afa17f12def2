/** Every entry kind's schema, keyed by the folder it lives in. */
export { siteSchema, type SiteSettings } from './site.ts';
export { teamSchema, type TeamData, type Leader, type HealthMetricData } from './team.ts';
export { cycleSchema, type CycleData } from './cycle.ts';
export { objectiveSchema, keyResultKinds, type ObjectiveData, type KeyResultData, type KeyResultKind } from './objective.ts';
export { checkInSchema, actionStatuses, type CheckInData, type UpdateData, type ActionData, type HealthReadingData } from './checkin.ts';
export { guideSchema, type GuideData } from './guide.ts';
export { handoverSchema, type HandoverData } from './handover.ts';
