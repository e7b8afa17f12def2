import { z } from 'astro/zod';
import { day, draft, slug, text, textList } from './common.ts';

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
  /** Leave the team and everything of it out. */
  draft,
});

export type TeamData = z.output<typeof teamSchema>;
export type Leader = z.output<typeof leaderSchema>;
