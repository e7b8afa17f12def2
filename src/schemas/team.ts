import { z } from 'astro/zod';
import { day, draft, finiteNumber, slug, text, textList } from './common.ts';

/** The three ways a leader backs a team (see the handbook). */
export const leadershipRoles = ['motivator', 'supporter', 'mentor'] as const;

/** One leader who backs the team, for a span of time. */
export const leaderSchema = z.strictObject({
  /** The leader's name, as written in check-ins' `leaders_present`. */
  name: text,
  /** Motivator, supporter and/or mentor. */
  roles: z
    .array(z.enum(leadershipRoles, { error: 'expected one of motivator, supporter, mentor' }), { error: 'expected a list, e.g. `[motivator, supporter]`' })
    .min(1, { error: 'expected at least one role: motivator, supporter or mentor' }),
  /** First day of backing (inclusive); none means "from the start". */
  from: day.optional(),
  /** Last day of backing (inclusive); none means "still backing". */
  until: day.optional(),
}).superRefine((leader, ctx) => {
  if (leader.from && leader.until && leader.until < leader.from) {
    ctx.addIssue({ code: 'custom', path: ['until'], message: `expected a date on or after \`from\` (${leader.from})` });
  }
});

/**
 * A number the team keeps healthy beside its OKRs (uptime, months of
 * cash, volunteer retention). Healthy while `value >= above` and
 * `value <= below`; readings come from check-ins' `health`.
 */
export const healthMetricSchema = z.strictObject({
  /** Unique in the team; check-in readings and objectives' `addresses` name it. */
  id: slug,
  /** What is measured. */
  title: text,
  /** Display unit; `%` prints as `99.17%`, anything else after the number. */
  unit: text.optional(),
  /** Healthy while the reading is at least this. */
  above: finiteNumber.optional(),
  /** Healthy while the reading is at most this. */
  below: finiteNumber.optional(),
}).superRefine((metric, ctx) => {
  if (metric.above === undefined && metric.below === undefined) {
    ctx.addIssue({ code: 'custom', path: ['id'], params: { code: 'health-no-bound' }, message: `health metric \`${metric.id}\` has neither \`above\` nor \`below\`; add \`above:\` (healthy at or above it), \`below:\` (healthy at or below it), or both` });
  }
  if (metric.above !== undefined && metric.below !== undefined && metric.above > metric.below) {
    ctx.addIssue({ code: 'custom', path: ['above'], params: { code: 'health-bounds' }, message: `\`above\` (${metric.above}) is greater than \`below\` (${metric.below}), so no reading could be healthy; healthy means at least \`above\` and at most \`below\`: swap them, or correct one` });
  }
});

/** `teams/<team-id>.md(x)`. The body is the team's charter. */
export const teamSchema = z.strictObject({
  /** Display name. */
  name: text,
  /** One line about the team. */
  description: text.optional(),
  /** The team this one belongs to (org tree). */
  parent: slug.optional(),
  /** Team lead. */
  lead: text.optional(),
  /** Team members. */
  members: textList.default([]),
  /** The leaders who back this team over time. */
  leadership: z.array(leaderSchema, { error: 'expected a list of leaders, each with `name` and `roles`' }).default([]),
  /** Health metrics the team keeps healthy beside its OKRs; ids unique in the team. */
  health: z
    .array(healthMetricSchema, { error: 'expected a list of health metrics, each with `id`, `title` and `above` and/or `below`' })
    .default([])
    .superRefine((metrics, ctx) => {
      const first = new Map<string, number>();
      metrics.forEach((metric, index) => {
        const earlier = first.get(metric.id);
        if (earlier === undefined) first.set(metric.id, index);
        else ctx.addIssue({ code: 'custom', path: [index, 'id'], params: { code: 'duplicate-health' }, message: `the health metric id \`${metric.id}\` is already used by health[${earlier}]; ids are unique in a team, rename one` });
      });
    }),
  /** Leave the team and everything of it out. */
  draft,
});

export type TeamData = z.output<typeof teamSchema>;
export type Leader = z.output<typeof leaderSchema>;
export type HealthMetricData = z.output<typeof healthMetricSchema>;
