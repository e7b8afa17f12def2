/**
 * The resolved model: every visible entry with its references checked and
 * resolved, left-out entries and what hangs on them removed, and the as-of
 * cut applied. Pages, exports, figures and the command line all read this.
 */
import type { Day } from '../lib/dates.ts';
import type { ActionData, KeyResultKind, Leader, SiteSettings } from '../schemas/index.ts';
import type { ModelOptions } from './options.ts';
import type { Message } from '../i18n/catalogue.ts';

/** Where an entry came from, for findings and links back to the source. */
export interface Located {
  /** File relative to the content root. */
  file: string;
  /** Lines of the top-level front-matter keys that were written. */
  lines: Readonly<Record<string, number>>;
  /** The Markdown or MDX body as written (Astro renders it; the search index reads its text). */
  body: string;
}

/** A number a team keeps healthy beside its OKRs (content.md, Teams `health`). */
export interface HealthMetric {
  id: string;
  title: string;
  unit?: string;
  /** Healthy while the reading is at least this. */
  above?: number;
  /** Healthy while the reading is at most this. */
  below?: number;
  /** The team it belongs to (a metric belongs to the team, not to a cycle). */
  team: string;
  /** Line of its `- id:` item in the team's file. */
  line: number;
}

/** One reading of a health metric, in a check-in. */
export interface HealthReading {
  /** The metric's id. */
  id: string;
  value: number;
  note?: string;
}

export interface Team extends Located {
  id: string;
  name: string;
  description?: string;
  /** The visible parent team, if any. */
  parent: string | null;
  lead?: string;
  members: string[];
  leadership: Leader[];
  /** Line of each `leadership` item in the team's file, for hints about one leader. */
  leadershipLines?: number[];
  /** Health metrics, in the order written. */
  health: HealthMetric[];
}

export interface Cycle extends Located {
  id: string;
  name: string;
  start: Day;
  end: Day;
  /** The cycle's own check-in rhythm where its front matter sets one (figures/cadence.ts fills in site.yaml's). */
  checkins?: { everyDays?: number; staleAfterDays?: number };
  /** The cycle's own leadership rhythm where its front matter sets one. */
  leadership?: { everyMonths?: number };
}

export interface KeyResult {
  id: string;
  title: string;
  kind: KeyResultKind;
  baseline?: number;
  target?: number;
  unit?: string;
  owner?: string;
  weight: number;
  due?: Day;
  /** The objective it belongs to. */
  objective: string;
  /** Line of its `- id:` item in the objective's file. */
  line: number;
}

export interface Objective extends Located {
  id: string;
  title: string;
  team: string;
  cycle: string;
  owner?: string;
  type: 'aspirational' | 'committed';
  /** The visible parent objective, if any (a left-out parent reads as none). */
  parent: string | null;
  whyNow?: string;
  behaviors: string[];
  weight: number;
  keyResults: KeyResult[];
  confidential: boolean;
  /** The visible objective of an earlier cycle this one continues (a left-out one reads as none). */
  carriedFrom: string | null;
  /** Ids of the team's health metrics this objective sets out to bring back into range. */
  addresses: string[];
}

export interface Update {
  kr: string;
  value: number | boolean;
  confidence?: number;
  note?: string;
}

export type Action = ActionData;

export interface CheckIn extends Located {
  id: string;
  team: string;
  /** Given or inferred. */
  cycle: string;
  date: Day;
  attendees: string[];
  leadersPresent: string[];
  /** Updates of visible key results only. */
  updates: Update[];
  /** Actions, those tied to a left-out key result dropped. */
  actions: Action[];
  blockers: string[];
  confidential: boolean;
  /** Readings of the team's health metrics, one per metric. */
  health: HealthReading[];
}

export interface GuidePage extends Located {
  /** Path below `guide/`; `index` is the folder itself (`index` for the guide's front page). */
  id: string;
  title: string;
  description?: string;
  order?: number;
  rules: string[];
}

/** A handover note: what the outgoing leaders of a team left for the incoming ones. */
export interface Handover extends Located {
  /** Path below `handovers/` without extension. */
  id: string;
  team: string;
  /** The day the new leaders took over. */
  date: Day;
  /** Outgoing leaders. */
  from: string[];
  /** Incoming leaders. */
  to: string[];
  /** The visible objectives handed over (left-out ones dropped). */
  objectives: string[];
  confidential: boolean;
}

/** How many entries were left out, and why: said in the build log, never silently. */
export interface LeftOut {
  draft: number;
  confidential: number;
  afterAsOf: number;
  /** Updates and actions dropped because their key result was left out. */
  dependent: number;
}

export interface Model {
  options: ModelOptions;
  settings: SiteSettings;
  /** Sorted by id. */
  teams: readonly Team[];
  /** Sorted by start, then id. */
  cycles: readonly Cycle[];
  /** Sorted by id. */
  objectives: readonly Objective[];
  /** Sorted by date, then team. */
  checkIns: readonly CheckIn[];
  /** Sorted by order, then title. */
  guide: readonly GuidePage[];
  /** Handover notes, sorted by date, then team. */
  handovers: readonly Handover[];
  leftOut: LeftOut;
  /** Confidential entries published (with OKRBOOK_INCLUDE_CONFIDENTIAL=1). */
  confidentialPublished: number;
  /** Interface strings the content root overrides (`i18n/<lang>.yaml`), by key. */
  interfaceStrings?: Readonly<Record<string, Message>>;
  team(id: string): Team | undefined;
  cycle(id: string): Cycle | undefined;
  objective(id: string): Objective | undefined;
  /** Objectives of one team in one cycle, by id. */
  objectivesOf(team: string, cycle: string): readonly Objective[];
  /** Check-ins of one team in one cycle, oldest first. */
  checkInsOf(team: string, cycle: string): readonly CheckIn[];
  /**
   * The visible objectives that continue `id` (`carried_from: id`), by cycle then id.
   * A lookup of the model (not a cache beside it), so that a page's warm-build key notes it.
   */
  carriedTo(id: string): readonly Objective[];
}

/** The lookups `assembleModel` adds to the model's lists. */
export type ModelLookups = 'team' | 'cycle' | 'objective' | 'objectivesOf' | 'checkInsOf' | 'carriedTo';
