// Renders the Normen Bilag 1a checklist: as the form's own table (Nr. | Krav | Ivaretatt |
// Kommentar) in Markdown a lawyer can paste into the form, or as terminal text. The Kommentar cell
// leaves out the answer the Ivaretatt cell already gives ("Ja." / "Delvis." / "Nei.").

import { normenStatusLabel, type NormenChecklist } from '../normen';
import { painter } from './labels';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const withoutAnswer = (comment: string) => comment.replace(/^(?:Ja|Delvis|Nei|Yes|Partly|No)\. /, '');

export function formatNormenMarkdown(checklist: NormenChecklist, name?: string): string {
  const nb = checklist.lang === 'nb';
  const out = [
    `# ${nb ? 'Normen – Databehandleravtale Bilag 1a' : "Normen – DPA Annex 1a"}${name ? `: ${name}` : ''}`,
    '',
    nb
      ? `Førstegangs utfylling fra avtaleteksten: ${checklist.summary.met} ja, ${checklist.summary.partly} delvis, ${checklist.summary['not-found']} nei. Kontroller hver rad.`
      : `First pass from the agreement text: ${checklist.summary.met} yes, ${checklist.summary.partly} partly, ${checklist.summary['not-found']} no. Check every row.`,
    '',
  ];
  let group = '';
  for (const row of checklist.rows) {
    if (row.group !== group) {
      group = row.group;
      out.push('', `## ${group}`, '', nb ? '| Nr. | Krav | Ivaretatt | Kommentar |' : '| No. | Requirement | Met | Comment |', '|---|---|---|---|');
    }
    out.push(`| ${row.number} | ${cell(row.requirement)} | ${normenStatusLabel(row.status, checklist.lang)} | ${cell(withoutAnswer(row.comment))} |`);
  }
  return out.join('\n') + '\n';
}

export function formatNormenText(checklist: NormenChecklist, color = false): string {
  const paint = painter(color);
  const colour = { met: 'green', partly: 'yellow', 'not-found': 'red' } as const;
  const out: string[] = [];
  let group = '';
  for (const row of checklist.rows) {
    if (row.group !== group) {
      group = row.group;
      out.push('', paint('bold', group));
    }
    out.push(`  ${String(row.number).padStart(2)}. ${paint(colour[row.status], normenStatusLabel(row.status, checklist.lang).padEnd(11))} ${row.comment}`);
  }
  const s = checklist.summary;
  out.push('', checklist.lang === 'nb' ? `${s.met} ja, ${s.partly} delvis, ${s['not-found']} nei` : `${s.met} yes, ${s.partly} partly, ${s['not-found']} no`);
  return out.join('\n').replace(/^\n/, '') + '\n';
}
