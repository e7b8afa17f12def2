/**
 * One week's digest as Markdown for a team chat (`digest --format
 * markdown`): the lines of the page (src/site/digest.ts), each a link to
 * where it happened. Text from the content is escaped so that a title never
 * becomes chat markup.
 */
import type { Translate } from '../i18n/index.ts';
import type { DigestView } from '../site/digest.ts';

/** Backslash before every character chat Markdown reads as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~()!]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** What the Markdown needs besides the view. */
export interface DigestPrintContext {
  t: Translate;
  /** A day as the site writes it. */
  date: (day: string) => string;
  /** A route below the base as an absolute URL. */
  link: (route: string) => string;
  /** The site's title. */
  site: string;
}

/** The digest as Markdown, ending with a newline. */
export function digestMarkdown(view: DigestView, { t, date, link, site }: DigestPrintContext): string {
  const out: string[] = [];
  const line = (text: string, route: string | null) => `- ${route ? `[${escapeMarkdown(text)}](${link(route)})` : escapeMarkdown(text)}`;
  out.push(`## [${escapeMarkdown(`${site}: ${t(view.title.key, view.title.values)}`)}](${link(view.route)})`, '');
  out.push(escapeMarkdown(t('digest.weekLede', { start: date(view.first), end: date(view.last) })) + (view.partial ? ` ${escapeMarkdown(t('digest.partial'))}` : ''), '');
  if (view.quiet) {
    out.push(escapeMarkdown(t(view.quiet.key, view.quiet.values)), '');
    return `${out.join('\n').trimEnd()}\n`;
  }
  out.push(`**${escapeMarkdown(t('digest.summaryHeading'))}**`, ...view.summary.map((s) => `- ${escapeMarkdown(t(s.key, s.values))}`), '');
  if (view.cycles.length > 0) out.push(`**${escapeMarkdown(t('digest.cyclesHeading'))}**`, ...view.cycles.map((c) => line(t(c.text.key, c.text.values), c.route)), '');
  for (const team of view.teams) {
    out.push(`**[${escapeMarkdown(team.name)}](${link(team.route)})**`, ...team.lines.map((l) => line(t(l.text.key, l.text.values), l.route)), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
