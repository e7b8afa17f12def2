/**
 * The one handover-note generator (content.md, handovers): `new handover`
 * and the handover form (`/teams/<team>/handover/`) both write their file
 * with `handoverFile`, from a narrow context the model gives
 * (src/site/handover-context.ts) and what the person typed. Pure and free of
 * Node APIs and of the model: the form's script bundles it.
 */
import { stringify } from 'yaml';
import { frontMatterFile } from '../lib/front-matter.ts';
import { escapeMarkdown } from '../lib/escape-markdown.ts';

/** One open objective as the note lists it: titles and words, never ids (the id goes to the front matter only). */
export interface HandoverObjective {
  /** Its id, for the front matter's `objectives`. */
  id: string;
  title: string;
  /** The name of its cycle (`Q3 2026`). */
  cycleName: string;
  /** Where it stands, as the pages say it: `37%, on track` (with `, grade green` once graded), or `not started`. */
  standing: string;
  /** Its confidence as the pages round it (`60%`), or null. */
  confidence: string | null;
  owner: string | null;
}

/** One open action of the team's latest check-in. */
export interface HandoverAction {
  title: string;
  /** Owner, status in words and the key result it moves (`moves New MRR`), in that order, those that are known. */
  details: string[];
}

/** What the model knows for a handover note of a team on a day. */
export interface HandoverContext {
  /** The team's id (front matter `team`). */
  team: string;
  /** The day the note is for and on which the standings were taken. */
  date: string;
  /** The leaders whose term ends around that day. */
  outgoing: string[];
  /** Incoming leaders known in advance (`new handover --to`); the form starts with none. */
  incoming: string[];
  objectives: HandoverObjective[];
  /** The day of the team's latest check-in up to `date`, or null. */
  actionsFrom: string | null;
  actions: HandoverAction[];
}

/** What the handover form lets a person change; anything left out keeps the context's. */
export interface HandoverEdits {
  /** The day the new leaders take over (YYYY-MM-DD). */
  date?: string;
  /** Incoming leaders. */
  to?: string[];
  /** Outgoing leaders (default: the context's, less any incoming). */
  from?: string[];
  /** The three sections only the outgoing leader can write: Markdown, as typed. */
  unfinished?: string;
  promised?: string;
  contacts?: string;
}

/** The three sections the outgoing leader writes, with the prompt each starts with. */
export const HANDOVER_SECTIONS = [
  { key: 'unfinished', heading: 'What is unfinished', prompt: 'What is not done yet, and what you have been quietly holding together.' },
  { key: 'promised', heading: 'What was promised to whom', prompt: 'Commitments to donors, customers, partners, regulators or other teams.' },
  { key: 'contacts', heading: 'Who to call', prompt: 'The people outside the team who matter most right now, and why.' },
] as const;

/** A file `new` or a form writes: where (relative to the content root), and what. */
export interface PlannedFile {
  file: string;
  text: string;
}

/** A handover note: the context's standings and actions, with the person's edits. */
export function handoverFile(context: HandoverContext, edits: HandoverEdits = {}): PlannedFile {
  const date = edits.date ?? context.date;
  const to = edits.to ?? context.incoming;
  const from = edits.from ?? context.outgoing.filter((name) => !to.includes(name));
  // Front matter through the YAML writer, never by joining strings: a name with `: ` or `#` stays a name.
  const frontMatter = stringify({ team: context.team, date, from, to, objectives: context.objectives.map((o) => o.id) }, { lineWidth: 0 }).trimEnd();
  // Titles and names are the content's text, copied as text (escapeMarkdown), never as markup.
  const standing = context.objectives.map(
    (o) => `- **${escapeMarkdown(o.title)}** (${escapeMarkdown(o.cycleName)}): ${o.standing}${o.confidence !== null ? `; confidence ${o.confidence}` : ''}${o.owner ? `; owner ${escapeMarkdown(o.owner)}` : ''}.`,
  );
  const actions = context.actions.map((a) => `- ${escapeMarkdown(a.title)} (${a.details.map(escapeMarkdown).join(', ')})`);
  const body = [
    // The standings are those of the context's day, whatever date the note is given.
    `## Where the objectives stand on ${context.date}`,
    '',
    ...(standing.length > 0 ? standing : ['- (no open objectives)']),
    '',
    context.actionsFrom ? `## Open actions from the ${context.actionsFrom} check-in` : '## Open actions',
    '',
    ...(actions.length > 0 ? actions : ['- (none open)']),
    ...HANDOVER_SECTIONS.flatMap((section) => ['', `## ${section.heading}`, '', written(edits[section.key]) ?? section.prompt]),
  ].join('\n');
  return { file: `handovers/${context.team}/${fileDay(date, context.date)}.md`, text: frontMatterFile(frontMatter, body) };
}

/** What the person wrote in a section, line endings made `\n` and trimmed; undefined when nothing was. */
function written(text: string | undefined): string | undefined {
  const trimmed = text?.replace(/\r\n?/g, '\n').trim();
  return trimmed ? trimmed : undefined;
}

/** The file's day: the typed date when it is one (the schema reports it otherwise), else the context's; never a path. */
function fileDay(date: string, fallback: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : fallback;
}
