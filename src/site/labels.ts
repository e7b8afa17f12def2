/** Words and shapes for statuses, grades and states: never colour alone. */
import type { CycleState, Grade, Status } from '../figures/index.ts';

export const STATUS_LABELS: Record<Status, { word: string; icon: string; explain: string }> = {
  done: { word: 'Done', icon: '✔', explain: 'reached its target' },
  'on-track': { word: 'On track', icon: '●', explain: 'keeping pace with the calendar' },
  'at-risk': { word: 'At risk', icon: '▲', explain: 'behind the calendar, within reach' },
  'off-track': { word: 'Off track', icon: '■', explain: 'well behind the calendar' },
  // A stale number is a warning; `ended` and `upcoming` are neutral words, never a warning.
  stale: { word: 'Stale', icon: '!', explain: 'no update for longer than the check-in rhythm allows' },
  ended: { word: 'Ended', icon: '◼', explain: 'the cycle is over: the grade is the verdict' },
  upcoming: { word: 'Not started', icon: '○', explain: 'the cycle has not started yet' },
};

export const GRADE_LABELS: Record<Grade, { word: string; icon: string }> = {
  green: { word: 'Green', icon: '●' },
  yellow: { word: 'Yellow', icon: '◆' },
  red: { word: 'Red', icon: '▼' },
};

export const STATE_LABELS: Record<CycleState, string> = {
  upcoming: 'Upcoming',
  active: 'Active',
  closed: 'Closed',
};

export const KIND_LABELS = {
  metric: 'Metric',
  milestone: 'Milestone',
  'stay-above': 'Stay above',
  'stay-below': 'Stay below',
} as const;
