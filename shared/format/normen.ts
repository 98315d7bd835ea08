// Renders the Normen Bilag 1a checklist: as the form's own table (Nr. | Krav | Ivaretatt |
// Kommentar) in Markdown a lawyer can paste into the form, as a self-contained HTML page, or as
// terminal text. Every format shows the form's answers from one set of labels (normenStatusLabel:
// Ja / Delvis / Nei, Yes / Partly / No). The Kommentar cell leaves out the answer the Ivaretatt cell
// already gives ("Ja." / "Delvis." / "Nei.").

import { NORMEN_STATUSES, normenCounts, normenStatusLabel, type NormenChecklist, type NormenRow } from '../normen';
import type { MessageLang } from '../types';
import { escapeHtml, htmlPage } from './html';
import { painter } from './labels';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The comment without the answer it opens with ("Delvis. Punkt 3.2: …" → "Punkt 3.2: …"). */
function withoutAnswer(row: NormenRow, lang: MessageLang): string {
  const answer = `${normenStatusLabel(row.status, lang)}. `;
  return row.comment.startsWith(answer) ? row.comment.slice(answer.length) : row.comment;
}

const heading = {
  nb: { title: 'Normen – Databehandleravtale Bilag 1a', columns: ['Nr.', 'Krav', 'Ivaretatt', 'Kommentar'], firstPass: 'Førstegangs utfylling fra avtaleteksten', check: 'Kontroller hver rad.' },
  en: { title: 'Normen – DPA Annex 1a', columns: ['No.', 'Requirement', 'Met', 'Comment'], firstPass: 'First pass from the agreement text', check: 'Check every row.' },
} as const;

/** "Førstegangs utfylling fra avtaleteksten: 12 ja, 5 delvis, 9 nei. Kontroller hver rad." */
function summaryLine(checklist: NormenChecklist): string {
  const words = heading[checklist.lang];
  return `${words.firstPass}: ${normenCounts(checklist.summary, checklist.lang)}. ${words.check}`;
}

/** The rows of each group of the form, in the form's order. */
function groupsOf(rows: readonly NormenRow[]): { group: string; rows: NormenRow[] }[] {
  const groups: { group: string; rows: NormenRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.group === row.group) last.rows.push(row);
    else groups.push({ group: row.group, rows: [row] });
  }
  return groups;
}

/**
 * The form's table in Markdown, ready to paste into «Ivaretatt / Kommentar».
 * @example formatNormenMarkdown(normenChecklist(text), 'avtale.docx') // '# Normen – Databehandleravtale Bilag 1a: avtale.docx\n…| 1 | Leverandøren plikter … | Ja | Vedlegg B nr. 1: «…» |'
 */
export function formatNormenMarkdown(checklist: NormenChecklist, name?: string): string {
  const words = heading[checklist.lang];
  const out = [`# ${words.title}${name ? `: ${name}` : ''}`, '', summaryLine(checklist), ''];
  for (const { group, rows } of groupsOf(checklist.rows)) {
    out.push('', `## ${group}`, '', `| ${words.columns.join(' | ')} |`, '|---|---|---|---|');
    for (const row of rows) out.push(`| ${row.number} | ${cell(row.requirement)} | ${normenStatusLabel(row.status, checklist.lang)} | ${cell(withoutAnswer(row, checklist.lang))} |`);
  }
  return out.join('\n') + '\n';
}

/**
 * The checklist as terminal text: a line per requirement with its answer (coloured when asked) and comment.
 * @example formatNormenText(checklist) // 'Generelle krav\n   1. Ja          Vedlegg B nr. 1: …'
 */
export function formatNormenText(checklist: NormenChecklist, color = false): string {
  const paint = painter(color);
  const colour = { met: 'green', partly: 'yellow', 'not-found': 'red' } as const;
  const width = Math.max(...NORMEN_STATUSES.map((s) => normenStatusLabel(s, checklist.lang).length)) + 1;
  const out: string[] = [];
  for (const { group, rows } of groupsOf(checklist.rows)) {
    out.push('', paint('bold', group));
    for (const row of rows) out.push(`  ${String(row.number).padStart(2)}. ${paint(colour[row.status], normenStatusLabel(row.status, checklist.lang).padEnd(width))} ${withoutAnswer(row, checklist.lang)}`);
  }
  out.push('', normenCounts(checklist.summary, checklist.lang));
  return out.join('\n').replace(/^\n/, '') + '\n';
}

const STYLE = `
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.45; }
body { margin: 0 auto; padding: 1rem 1.5rem 2rem; max-width: 72rem; }
h1 { font-size: 1.4rem; overflow-wrap: anywhere; } h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
table { border-collapse: collapse; font-size: .9rem; width: 100%; }
th, td { border: 1px solid #d0d0d0; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f6f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.answer { font-weight: 600; white-space: nowrap; }
.met { color: #17521f; } .partly { color: #8a4b00; } .not-found { color: #b3261e; }
@media print { body { padding: 0; } tr { break-inside: avoid; } }
`;

/**
 * The checklist as a self-contained HTML page (no script, no external request): the form's table per group.
 * @example formatNormenHtml(checklist, 'avtale.docx') // '<!doctype html>…<td class="answer partly">Delvis</td>…'
 */
export function formatNormenHtml(checklist: NormenChecklist, name?: string): string {
  const lang = checklist.lang;
  const words = heading[lang];
  const title = `${words.title}${name ? `: ${name}` : ''}`;
  const groups = groupsOf(checklist.rows).map(({ group, rows }) => {
    const body = rows
      .map(
        (row) =>
          `<tr><td class="num">${row.number}</td><td>${escapeHtml(row.requirement)}</td><td class="answer ${row.status}">${escapeHtml(normenStatusLabel(row.status, lang))}</td><td>${escapeHtml(withoutAnswer(row, lang))}</td></tr>`,
      )
      .join('\n');
    const head = words.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
    return `<h2>${escapeHtml(group)}</h2>\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  });
  return htmlPage(lang, title, `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(summaryLine(checklist))}</p>
${groups.join('\n')}`, STYLE);
}
