/**
 * One week's digest as an e-mail (`digest --format html`): what mail
 * clients show as it was meant. Every style inline (clients drop `<style>`
 * and never load a stylesheet), layout in tables, no script, no image, and
 * every link absolute (a mail has no address of its own to resolve a
 * relative one against). Written by hand rather than with a CSS inliner
 * (juice): each element is written once with its style, so there is no
 * stylesheet to inline.
 */
import { escapeHtml } from '../lib/html.ts';
import type { DigestView } from '../site/digest.ts';
import type { DigestPrintContext } from './digest-markdown.ts';

// Colours with AA contrast on white; status is told in words, never by colour alone.
const STYLE = {
  body: 'margin:0;padding:0;background:#f4f4f5;',
  outer: 'width:100%;background:#f4f4f5;',
  card: 'width:100%;max-width:640px;background:#ffffff;border:1px solid #d4d4d8;border-radius:6px;',
  cell: 'padding:20px 24px;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#18181b;',
  h1: 'margin:0 0 4px 0;font-size:22px;line-height:1.3;color:#18181b;',
  h2: 'margin:20px 0 6px 0;font-size:17px;line-height:1.3;color:#18181b;',
  lede: 'margin:0 0 12px 0;color:#3f3f46;',
  list: 'margin:0;padding:0 0 0 20px;',
  item: 'margin:0 0 4px 0;',
  link: 'color:#1d4ed8;text-decoration:underline;',
  footer: 'margin:20px 0 0 0;font-size:13px;color:#52525b;',
} as const;

/** The digest as a complete HTML document for an e-mail body. */
export function digestEmail(view: DigestView, { t, date, link, site }: DigestPrintContext): string {
  const a = (route: string, html: string) => `<a href="${escapeHtml(link(route))}" style="${STYLE.link}">${html}</a>`;
  const say = (text: { key: Parameters<typeof t>[0]; values: Parameters<typeof t>[1] }) => escapeHtml(t(text.key, text.values));
  const list = (items: string[]) => `<ul style="${STYLE.list}">${items.map((i) => `<li style="${STYLE.item}">${i}</li>`).join('')}</ul>`;
  const title = `${escapeHtml(site)}: ${say(view.title)}`;
  const parts: string[] = [
    `<h1 style="${STYLE.h1}">${a(view.route, title)}</h1>`,
    `<p style="${STYLE.lede}">${escapeHtml(t('digest.weekLede', { start: date(view.first), end: date(view.last) }))}${view.partial ? ` ${escapeHtml(t('digest.partial'))}` : ''}</p>`,
  ];
  if (view.quiet) {
    parts.push(`<p style="${STYLE.lede}">${say(view.quiet)}</p>`);
  } else {
    parts.push(`<h2 style="${STYLE.h2}">${escapeHtml(t('digest.summaryHeading'))}</h2>`, list(view.summary.map(say)));
    if (view.cycles.length > 0) parts.push(`<h2 style="${STYLE.h2}">${escapeHtml(t('digest.cyclesHeading'))}</h2>`, list(view.cycles.map((c) => (c.route ? a(c.route, say(c.text)) : say(c.text)))));
    for (const team of view.teams) {
      parts.push(`<h2 style="${STYLE.h2}">${a(team.route, escapeHtml(team.name))}</h2>`, list(team.lines.map((l) => (l.route ? a(l.route, say(l.text)) : say(l.text)))));
    }
  }
  parts.push(`<p style="${STYLE.footer}">${escapeHtml(t('digest.emailFooter', { site }))} ${a('digest/', escapeHtml(t('digest.all')))}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(t.lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${STYLE.outer}"><tr><td align="center" style="padding:16px 8px;">`,
    `<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="${STYLE.card}"><tr><td style="${STYLE.cell}">`,
    ...parts,
    '</td></tr></table>',
    '</td></tr></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
