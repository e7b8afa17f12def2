/**
 * Cross-file rules and resolution: references checked, cycles inferred,
 * left-out entries (draft, confidential, after the as-of date) removed
 * together with everything that hangs on them. Pure: no file access.
 */
import type { CheckInData, CycleData, ObjectiveData, TeamData } from '../schemas/index.ts';
import type { Finding } from './findings.ts';
import type { Entry, LoadedContent } from './load.ts';
import type { ModelOptions } from './options.ts';
import type { CheckIn, Cycle, GuidePage, KeyResult, LeftOut, Model, ModelLookups, Objective, Team } from './types.ts';
import { reportLoops } from './loops.ts';
import { checkContinuity, innermostNested, visibleHandovers } from './continuity.ts';
import { suggest } from '../lib/edit-distance.ts';
import { checkInRules, duplicateCheckIn, unknownHealthMetric, type CheckInRulesContext } from '../forms/checkin-rules.ts';

/** The model and every error found while resolving it. */
export interface Resolution {
  model: Model;
  findings: Finding[];
}

/** Reports an error about an entry: its file, line, code, message and field. */
type ReportError = (entry: { file: string }, line: number, code: string, message: string, field?: string) => void;

/** What the checks of one resolution share: the content, where errors go, and the entries by id. */
interface Resolving {
  content: LoadedContent;
  error: ReportError;
  teamEntries: Map<string, Entry<TeamData>>;
  cycleEntries: Map<string, Entry<CycleData>>;
  objectiveEntries: Map<string, Entry<ObjectiveData>>;
}

/** Resolves loaded content into the model. Findings from loading are kept. */
export function resolveModel(content: LoadedContent, options: ModelOptions): Resolution {
  const findings: Finding[] = [...content.findings];
  const resolving: Resolving = {
    content,
    error: (entry, line, code, message, field) => findings.push({ file: entry.file, line, level: 'error', code, message, ...(field ? { field } : {}) }),
    teamEntries: new Map(content.teams.map((t) => [t.id, t])),
    cycleEntries: new Map(content.cycles.map((c) => [c.id, c])),
    objectiveEntries: new Map(content.objectives.map((o) => [o.id, o])),
  };
  checkTeamTree(resolving);
  const warning: ReportError = (entry, line, code, message, field) => findings.push({ file: entry.file, line, level: 'warning', code, message, ...(field ? { field } : {}) });
  for (const checkIn of content.checkIns) authorWarnings(checkIn, options, warning);
  const health = healthMetricsOf(resolving);
  const keyResults = checkObjectives(resolving, health);
  const checkInCycle = checkCheckIns(resolving, health, keyResults);
  // Handover notes, `parent` across containing cycles, `carried_from`.
  checkContinuity(content, resolving.error, suggest);
  return { model: buildModel(content, options, checkInCycle), findings };
}

/** Team tree: parents exist, no loops. */
function checkTeamTree({ content, error, teamEntries }: Resolving): void {
  for (const team of content.teams) {
    const parent = team.data.parent;
    if (parent && !content.known.teams.has(parent)) {
      error(team, team.lineOf(['parent']), 'unknown-reference', `there is no team \`${parent}\`${suggest(parent, content.known.teams)}; expected the id of a file in teams/`, 'parent');
    }
  }
  reportLoops(content.teams, (t) => t.data.parent, teamEntries, (team, loop) =>
    error(team, team.lineOf(['parent']), 'parent-loop', `the team tree loops: ${loop.join(' -> ')}; a team cannot be its own ancestor, remove one \`parent\``, 'parent'),
  );
}

/** Health metrics by team, and what to say about an id a team does not keep. */
interface HealthMetrics {
  /** Each team's metrics by id (a broken team file names none we can check). */
  ofTeam: Map<string, Map<string, unknown>>;
  /** The message for a metric id `team` does not keep. */
  unknown(team: string, id: string, metrics: Map<string, unknown>): string;
  /** The other teams that keep a metric of this id. */
  owners(team: string, id: string): string[];
}

/** What readings and `addresses` may name. */
function healthMetricsOf({ content, teamEntries }: Resolving): HealthMetrics {
  return {
    ofTeam: new Map(content.teams.map((t) => [t.id, new Map(t.data.health.map((m) => [m.id, m]))])),
    unknown(team, id, metrics) {
      return unknownHealthMetric(team, id, [...metrics.keys()], this.owners(team, id), teamEntries.get(team)?.file);
    },
    owners: (team, id) => content.teams.filter((t) => t.id !== team && t.data.health.some((m) => m.id === id)).map((t) => t.id),
  };
}

/** The key results of each team and cycle (`team/cycle`), by id: where each is defined. */
type KeyResultsByTeamCycle = Map<string, Map<string, { objective: Entry<ObjectiveData>; index: number }>>;

/** Objectives: team, cycle and parent exist; no alignment loops; key-result ids unique per team and cycle. */
function checkObjectives({ content, error, objectiveEntries }: Resolving, health: HealthMetrics): KeyResultsByTeamCycle {
  const keyResultsByTeamCycle: KeyResultsByTeamCycle = new Map();
  for (const objective of content.objectives) {
    const { team, cycle, parent } = objective.data;
    if (!content.known.teams.has(team)) {
      error(objective, objective.lineOf(['team']), 'unknown-reference', `there is no team \`${team}\`${suggest(team, content.known.teams)}; expected the id of a file in teams/`, 'team');
    }
    if (!content.known.cycles.has(cycle)) {
      error(objective, objective.lineOf(['cycle']), 'unknown-reference', `there is no cycle \`${cycle}\`${suggest(cycle, content.known.cycles)}; expected the id of a file in cycles/`, 'cycle');
    }
    if (parent !== undefined && !content.known.objectives.has(parent)) {
      error(objective, objective.lineOf(['parent']), 'unknown-reference', `there is no objective \`${parent}\`${suggest(parent, content.known.objectives)}; expected the path of an objective below okrs/ without extension`, 'parent');
    }
    const metrics = health.ofTeam.get(team);
    objective.data.addresses.forEach((id, index) => {
      if (metrics && !metrics.has(id)) error(objective, objective.lineOf(['addresses', index]), 'unknown-reference', health.unknown(team, id, metrics), `addresses[${index}]`);
    });
    const key = `${team}/${cycle}`;
    const ids = keyResultsByTeamCycle.get(key) ?? new Map();
    keyResultsByTeamCycle.set(key, ids);
    objective.data.key_results.forEach((kr, index) => {
      const previous = ids.get(kr.id);
      if (previous) {
        const where = previous.objective === objective ? `key_results[${previous.index}] of this objective` : `\`${previous.objective.file}\``;
        error(objective, objective.lineOf(['key_results', index, 'id']), 'duplicate-kr', `the key-result id \`${kr.id}\` is already used by ${where} for team ${team} in ${cycle}; ids are unique within a team and cycle, rename one`, `key_results[${index}].id`);
      } else {
        ids.set(kr.id, { objective, index });
      }
    });
  }
  reportLoops(content.objectives, (o) => o.data.parent, objectiveEntries, (objective, loop) =>
    error(objective, objective.lineOf(['parent']), 'parent-loop', `the alignment loops: ${loop.join(' -> ')}; an objective cannot contribute to itself, remove one \`parent\``, 'parent'),
  );
  return keyResultsByTeamCycle;
}

/**
 * Check-ins: team exists, cycle given or inferred, date inside it, one per
 * team and day, readings name the team's metrics, updates and actions name
 * real key results. Returns the cycle of each check-in that has one.
 */
function checkCheckIns(resolving: Resolving, health: HealthMetrics, keyResultsByTeamCycle: KeyResultsByTeamCycle): Map<Entry<CheckInData>, string> {
  const { content, error, cycleEntries, teamEntries } = resolving;
  const teamCycles = new Map<string, Set<string>>();
  for (const objective of content.objectives) {
    const set = teamCycles.get(objective.data.team) ?? new Set();
    set.add(objective.data.cycle);
    teamCycles.set(objective.data.team, set);
  }
  // The key results each team and cycle's check-ins may name, as the rules read them (once per team and cycle).
  const ruleKeyResults = new Map<string, CheckInRulesContext['keyResults']>();
  const keyResultsOf = (key: string) => {
    let found = ruleKeyResults.get(key);
    if (!found) {
      found = [...(keyResultsByTeamCycle.get(key) ?? [])].map(([id, { objective, index }]) => ({ id, kind: objective.data.key_results[index]!.kind, file: objective.file }));
      ruleKeyResults.set(key, found);
    }
    return found;
  };
  const checkInCycle = new Map<Entry<CheckInData>, string>();
  const byTeamDate = new Map<string, Entry<CheckInData>>();
  for (const checkIn of content.checkIns) {
    const { team, date } = checkIn.data;
    if (!content.known.teams.has(team)) {
      error(checkIn, checkIn.lineOf(['team']), 'unknown-reference', `there is no team \`${team}\`${suggest(team, content.known.teams)}; expected the id of a file in teams/`, 'team');
      continue;
    }
    const sameDay = byTeamDate.get(`${team}/${date}`);
    if (sameDay) {
      error(checkIn, checkIn.lineOf(['date']), 'duplicate-checkin', duplicateCheckIn(team, date, sameDay.file), 'date');
    } else {
      byTeamDate.set(`${team}/${date}`, checkIn);
    }
    const cycleId = checkIn.data.cycle ?? inferCycle(checkIn, content, teamCycles, error);
    let cycle: Entry<CycleData> | undefined;
    if (cycleId !== undefined && checkIn.data.cycle !== undefined && !content.known.cycles.has(cycleId)) {
      error(checkIn, checkIn.lineOf(['cycle']), 'unknown-reference', `there is no cycle \`${cycleId}\`${suggest(cycleId, content.known.cycles)}; expected the id of a file in cycles/`, 'cycle');
    } else if (cycleId !== undefined) {
      cycle = cycleEntries.get(cycleId); // undefined when the cycle file itself is broken (and reported)
    }
    // The rules of one check-in, the same code the check-in form runs in the browser.
    const metrics = health.ofTeam.get(team);
    const broken = checkInRules(checkIn.data, {
      ...(cycle ? { cycle: { id: cycle.id, start: cycle.data.start, end: cycle.data.end, file: cycle.file } } : {}),
      keyResults: cycle ? keyResultsOf(`${team}/${cycle.id}`) : [],
      alsoKnown: (kr) => content.known.keyResults.has(`${team}/${cycle?.id}/${kr}`),
      ...(metrics ? { healthMetrics: [...metrics.keys()] } : {}),
      ...(teamEntries.get(team) ? { teamFile: teamEntries.get(team)!.file } : {}),
      metricOwners: (id) => health.owners(team, id),
    });
    for (const finding of broken) error(checkIn, checkIn.lineOf(finding.path), finding.code, finding.message, finding.field);
    if (cycle && !broken.some((finding) => finding.code === 'outside-cycle')) checkInCycle.set(checkIn, cycle.id);
  }
  return checkInCycle;
}

/**
 * Warnings for authors, never errors (content.md, What is an error): a
 * check-in dated after today, which the site leaves out without a word
 * until that day (`checkin-future`, only when the as-of date is today's);
 * a file named by a date other than its `date` (`checkin-date-mismatch`).
 */
function authorWarnings(checkIn: Entry<CheckInData>, options: ModelOptions, warning: ReportError) {
  const { date } = checkIn.data;
  // Read off the text: asking the full YAML parser for every check-in would be slow.
  const line = () => checkIn.lines.date ?? checkIn.lineOf(['date']);
  if (options.asOfIsToday && date > options.asOf) {
    warning(checkIn, line(), 'checkin-future', `this check-in is dated ${date}, after today (${options.asOf}), so the site leaves it out until then; correct the date if it is a typo`, 'date');
  }
  const named = /^(\d{4}-\d{2}-\d{2})\.mdx?$/.exec(checkIn.file.split('/').at(-1) ?? '')?.[1];
  if (named !== undefined && named !== date) {
    warning(checkIn, line(), 'checkin-date-mismatch', `the file is named ${named} but \`date\` says ${date}; correct the date, or rename the file to ${date}${checkIn.file.endsWith('.mdx') ? '.mdx' : '.md'}, so that the two agree`, 'date');
  }
}

/** The one cycle that contains the check-in's date and in which its team has objectives (the innermost, where they are nested). */
function inferCycle(
  checkIn: Entry<CheckInData>,
  content: LoadedContent,
  teamCycles: Map<string, Set<string>>,
  error: ReportError,
): string | undefined {
  const { team, date } = checkIn.data;
  const containing = content.cycles.filter((c) => c.data.start <= date && date <= c.data.end);
  const candidates = containing.filter((c) => teamCycles.get(team)?.has(c.id));
  if (candidates.length === 1) return candidates[0]!.id;
  // Nested cycles (a quarter inside its year): the innermost one; the year counts it as well (scoring.md, Check-in discipline).
  const innermost = innermostNested(candidates.map((c) => ({ id: c.id, start: c.data.start, end: c.data.end })));
  if (innermost) return innermost.id;
  // A broken cycle or objective file, or an objective naming an unknown cycle, is reported already.
  if (content.known.brokenCycles || [...(teamCycles.get(team) ?? [])].some((c) => !content.known.cycles.has(c))) return undefined;
  const line = checkIn.lineOf(['date']);
  if (candidates.length === 0) {
    const why = containing.length === 0
      ? `no cycle contains ${date}`
      : `team ${team} has no objectives in ${containing.map((c) => c.id).join(' or ')}, the cycle${containing.length === 1 ? '' : 's'} containing ${date}`;
    error(checkIn, line, 'no-cycle', `cannot tell which cycle this check-in belongs to: ${why}; add \`cycle:\` with the cycle's id, or correct the date`, 'cycle');
  } else {
    error(checkIn, line, 'ambiguous-cycle', `${date} falls in ${candidates.length} cycles in which team ${team} has objectives (${candidates.map((c) => c.id).join(', ')}), not nested one inside another; add \`cycle:\` to say which one`, 'cycle');
  }
  return undefined;
}

/** What deciding visibility counts: the run's options, what was left out and why, and how many confidential entries were published. */
interface Visibility {
  options: ModelOptions;
  leftOut: LeftOut;
  confidentialPublished: number;
}

/** Applies visibility and the as-of cut, and builds the lookups. */
function buildModel(content: LoadedContent, options: ModelOptions, checkInCycle: Map<Entry<CheckInData>, string>): Model {
  const visibility: Visibility = { options, leftOut: { draft: 0, confidential: 0, afterAsOf: 0, dependent: 0 }, confidentialPublished: 0 };
  const cycles = visibleCycles(content, visibility);
  const cycleIds = new Set(cycles.map((c) => c.id));
  const teams = visibleTeams(content, visibility);
  const teamIds = new Set(teams.map((t) => t.id));
  const objectives = visibleObjectives(content, visibility, teamIds, cycleIds);
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const checkIns = visibleCheckIns(content, visibility, checkInCycle, teamIds, cycleIds, objectives);
  const guide = visibleGuide(content, visibility);
  const continuity = visibleHandovers(content, options, teamIds, objectiveIds, visibility.leftOut);
  const { leftOut } = visibility;
  const confidentialPublished = visibility.confidentialPublished + continuity.confidentialPublished;
  return assembleModel({ options, settings: content.settings, teams, cycles, objectives, checkIns, guide, handovers: continuity.handovers, leftOut, confidentialPublished });
}

/** Cycles that are not drafts, by start then id. */
function visibleCycles(content: LoadedContent, { leftOut }: Visibility): Cycle[] {
  const cycles: Cycle[] = [];
  for (const entry of content.cycles) {
    if (entry.data.draft) { leftOut.draft++; continue; }
    const { checkins, leadership } = entry.data;
    cycles.push({
      id: entry.id, file: entry.file, lines: entry.lines, body: entry.body, name: entry.data.name, start: entry.data.start, end: entry.data.end,
      ...(checkins ? { checkins: { ...(checkins.every_days !== undefined ? { everyDays: checkins.every_days } : {}), ...(checkins.stale_after_days !== undefined ? { staleAfterDays: checkins.stale_after_days } : {}) } } : {}),
      ...(leadership?.every_months !== undefined ? { leadership: { everyMonths: leadership.every_months } } : {}),
    });
  }
  return cycles.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

/** Teams that are not drafts; a parent that is not visible reads as none. */
function visibleTeams(content: LoadedContent, { leftOut }: Visibility): Team[] {
  const visible = content.teams.filter((t) => {
    if (t.data.draft) leftOut.draft++;
    return !t.data.draft;
  });
  const teamIds = new Set(visible.map((t) => t.id));
  return visible.map(({ id, file, lines, lineOf, itemLines, body, data }) => ({
    id, file, lines, body,
    name: data.name,
    ...(data.description !== undefined ? { description: data.description } : {}),
    parent: data.parent && teamIds.has(data.parent) ? data.parent : null,
    ...(data.lead !== undefined ? { lead: data.lead } : {}),
    members: data.members,
    leadership: data.leadership,
    leadershipLines: itemLines('leadership').length === data.leadership.length ? itemLines('leadership') : data.leadership.map((_, i) => lineOf(['leadership', i])),
    health: data.health.map((metric, index) => {
      const scanned = itemLines('health');
      return { ...metric, team: id, line: scanned.length === data.health.length ? scanned[index]! : lineOf(['health', index]) };
    }),
  }));
}

/** Objectives that are visible: not drafts, published, and their team and cycle visible. */
function visibleObjectives(content: LoadedContent, visibility: Visibility, teamIds: Set<string>, cycleIds: Set<string>): Objective[] {
  const { leftOut, options } = visibility;
  const visible = content.objectives.filter((o) => {
    if (o.data.draft) { leftOut.draft++; return false; }
    if (o.data.confidential && !options.includeConfidential) { leftOut.confidential++; return false; }
    if (!teamIds.has(o.data.team) || !cycleIds.has(o.data.cycle)) { leftOut.dependent++; return false; }
    if (o.data.confidential) visibility.confidentialPublished++;
    return true;
  });
  const objectiveIds = new Set(visible.map((o) => o.id));
  return visible.map(({ id, file, lines, lineOf, itemLines, body, data }) => {
    const scanned = itemLines('key_results');
    const keyResults: KeyResult[] = data.key_results.map((kr, index) => {
      // A block list's item lines are read off the text; anything else asks the full parser.
      const line = scanned.length === data.key_results.length ? scanned[index]! : lineOf(['key_results', index]);
      return { ...kr, objective: id, line };
    });
    return {
      id, file, lines, body,
      title: data.title,
      team: data.team,
      cycle: data.cycle,
      ...(data.owner !== undefined ? { owner: data.owner } : {}),
      type: data.type,
      parent: data.parent && objectiveIds.has(data.parent) ? data.parent : null,
      ...(data.why_now !== undefined ? { whyNow: data.why_now } : {}),
      behaviors: data.behaviors,
      weight: data.weight,
      keyResults,
      confidential: data.confidential,
      carriedFrom: data.carried_from && objectiveIds.has(data.carried_from) ? data.carried_from : null,
      addresses: data.addresses,
    };
  });
}

/**
 * Check-ins that are visible (not drafts, published, dated by the as-of
 * date, their team and cycle visible), keeping only the updates and actions
 * about visible key results; by date, then team.
 */
function visibleCheckIns(
  content: LoadedContent,
  visibility: Visibility,
  checkInCycle: Map<Entry<CheckInData>, string>,
  teamIds: Set<string>,
  cycleIds: Set<string>,
  objectives: readonly Objective[],
): CheckIn[] {
  const { leftOut, options } = visibility;
  const visibleKeyResults = new Set(objectives.flatMap((o) => o.keyResults.map((kr) => `${o.team}/${o.cycle}/${kr.id}`)));
  const checkIns: CheckIn[] = [];
  for (const entry of content.checkIns) {
    const cycle = checkInCycle.get(entry);
    if (cycle === undefined) continue; // broken: reported
    const { data } = entry;
    if (data.draft) { leftOut.draft++; continue; }
    if (data.confidential && !options.includeConfidential) { leftOut.confidential++; continue; }
    if (data.date > options.asOf) { leftOut.afterAsOf++; continue; }
    if (!teamIds.has(data.team) || !cycleIds.has(cycle)) { leftOut.dependent++; continue; }
    if (data.confidential) visibility.confidentialPublished++;
    const visible = (kr: string) => visibleKeyResults.has(`${data.team}/${cycle}/${kr}`);
    const updates = data.updates.filter((u) => visible(u.kr));
    const actions = data.actions.filter((a) => a.kr === undefined || visible(a.kr));
    leftOut.dependent += data.updates.length - updates.length + data.actions.length - actions.length;
    checkIns.push({
      id: entry.id, file: entry.file, lines: entry.lines, body: entry.body,
      team: data.team, cycle, date: data.date,
      attendees: data.attendees,
      leadersPresent: data.leaders_present,
      updates,
      actions,
      blockers: data.blockers,
      confidential: data.confidential,
      health: data.health,
    });
  }
  return checkIns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
}

/** Guide pages that are not drafts, by `order`, then title, then id. */
function visibleGuide(content: LoadedContent, { leftOut }: Visibility): GuidePage[] {
  const guide: GuidePage[] = [];
  for (const entry of content.guide) {
    if (entry.data.draft) { leftOut.draft++; continue; }
    guide.push({
      id: entry.id, file: entry.file, lines: entry.lines, body: entry.body,
      title: entry.data.title,
      ...(entry.data.description !== undefined ? { description: entry.data.description } : {}),
      ...(entry.data.order !== undefined ? { order: entry.data.order } : {}),
      rules: entry.data.rules,
    });
  }
  return guide.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1));
}

/** Adds the lookups to the resolved lists. */
export function assembleModel(parts: Omit<Model, ModelLookups>): Model {
  const teams = new Map(parts.teams.map((t) => [t.id, t]));
  const cycles = new Map(parts.cycles.map((c) => [c.id, c]));
  const objectives = new Map(parts.objectives.map((o) => [o.id, o]));
  const objectivesByTeamCycle = groupBy(parts.objectives, (o) => `${o.team}/${o.cycle}`);
  const checkInsByTeamCycle = groupBy(parts.checkIns, (c) => `${c.team}/${c.cycle}`);
  const cycleOrder = new Map(parts.cycles.map((c, i) => [c.id, i]));
  const carried = groupBy(
    parts.objectives.filter((o) => o.carriedFrom !== null),
    (o) => o.carriedFrom!,
  );
  for (const list of carried.values()) list.sort((a, b) => (cycleOrder.get(a.cycle) ?? 0) - (cycleOrder.get(b.cycle) ?? 0) || (a.id < b.id ? -1 : 1));
  return {
    ...parts,
    team: (id) => teams.get(id),
    cycle: (id) => cycles.get(id),
    objective: (id) => objectives.get(id),
    objectivesOf: (team, cycle) => objectivesByTeamCycle.get(`${team}/${cycle}`) ?? [],
    checkInsOf: (team, cycle) => checkInsByTeamCycle.get(`${team}/${cycle}`) ?? [],
    carriedTo: (id) => carried.get(id) ?? [],
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

