// Adaptive Cards for Normen's Bilag 1a checklist: a summary card (the form's answers Ja / Delvis /
// Nei, and per group), then the 26 rows in the form's order and numbering, grouped as in the form, split over as
// many cards as Teams' size limit needs. Pure: the engine's NormenChecklist in, cards out.

import { normenCounts } from '../shared/normen';
import type { MessageLang } from '../shared/types';
import { card, escapeMarkdown, jsonBytes, CARD_BUDGET_BYTES, type AdaptiveCard, type CardElement } from './cards';
import { normenStatusLabel, type NormenChecklist, type NormenRow, type NormenStatus } from './engine';
import { textsFor } from './texts';

const STATUS_COLOR: Record<NormenStatus, string> = { met: 'good', partly: 'warning', 'not-found': 'attention' };
const STATUS_ORDER: readonly NormenStatus[] = ['met', 'partly', 'not-found'];
/** The requirement is shown in short; the form holds its full wording. */
const MAX_REQUIREMENT_CHARS = 160;
const MAX_COMMENT_CHARS = 600;

function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

function shorten(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length <= max ? folded : `${folded.slice(0, max - 1).trimEnd()}…`;
}

/** The rows of each group, in the form's order (a group's rows are contiguous in the form). */
function groupsOf(rows: readonly NormenRow[]): Array<{ group: string; rows: NormenRow[] }> {
  const groups: Array<{ group: string; rows: NormenRow[] }> = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.group === row.group) last.rows.push(row);
    else groups.push({ group: row.group, rows: [row] });
  }
  return groups;
}

function numberRange(rows: readonly NormenRow[]): string {
  const first = rows[0].number;
  const last = rows[rows.length - 1].number;
  return first === last ? `${first}` : `${first}–${last}`;
}

/**
 * One requirement as a card container: its number, the requirement in short, the status in the
 * form's words and colour, the engine's comment, and the numbers of the covering clauses.
 *
 * @example normenRowContainer(checklist.rows[25], 'nb') // → { type: 'Container', items: [ColumnSet, comment, …] }
 */
export function normenRowContainer(row: NormenRow, lang: MessageLang): CardElement {
  const t = textsFor(lang);
  const items: CardElement[] = [
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'auto', items: [textBlock(`${row.number}.`, { weight: 'Bolder' })] },
        { type: 'Column', width: 'stretch', items: [textBlock(escapeMarkdown(shorten(row.requirement, MAX_REQUIREMENT_CHARS)))] },
        {
          type: 'Column',
          width: 'auto',
          items: [textBlock(normenStatusLabel(row.status, lang), { weight: 'Bolder', color: STATUS_COLOR[row.status], horizontalAlignment: 'Right' })],
        },
      ],
    },
    textBlock(escapeMarkdown(shorten(row.comment, MAX_COMMENT_CHARS)), { size: 'Small', isSubtle: row.status === 'not-found', spacing: 'Small' }),
  ];
  const numbers = [...new Set(row.covering.map((clause) => clause.number).filter((n): n is string => Boolean(n)))];
  if (numbers.length > 0) {
    items.push(textBlock(`${t.normenWhere} ${escapeMarkdown(numbers.join(', '))}`, { size: 'Small', isSubtle: true, spacing: 'None' }));
  }
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

function groupHeading(group: string, rows: readonly NormenRow[]): CardElement {
  return textBlock(`${escapeMarkdown(group)} (${numberRange(rows)})`, { size: 'Medium', weight: 'Bolder', color: 'accent', spacing: 'Large' });
}

/**
 * The summary card: the document, the counts in the form's answers (Ja / Delvis / Nei), and per group.
 *
 * @example normenSummaryCard(checklist, 'dossier-dpa.docx', 'nb')
 */
export function normenSummaryCard(checklist: NormenChecklist, name: string, lang: MessageLang): AdaptiveCard {
  const t = textsFor(lang);
  const title = escapeMarkdown(t.normenTitle(name));
  const count = (rows: readonly NormenRow[], status: NormenStatus) => rows.filter((r) => r.status === status).length;
  const statusColumns: CardElement = {
    type: 'ColumnSet',
    columns: STATUS_ORDER.map((status) => ({
      type: 'Column',
      width: 'stretch',
      items: [
        textBlock(String(checklist.summary[status]), { size: 'ExtraLarge', weight: 'Bolder', color: STATUS_COLOR[status], horizontalAlignment: 'Center' }),
        textBlock(normenStatusLabel(status, lang), { horizontalAlignment: 'Center', spacing: 'None' }),
      ],
    })),
  };
  const groups = groupsOf(checklist.rows);
  return card(
    [
      textBlock(title, { size: 'Large', weight: 'Bolder' }),
      textBlock(t.normenIntro, { isSubtle: true, spacing: 'None' }),
      statusColumns,
      textBlock(t.normenByGroup, { weight: 'Bolder' }),
      {
        type: 'FactSet',
        facts: groups.map(({ group, rows }) => ({
          title: `${escapeMarkdown(group)} (${numberRange(rows)})`,
          value: normenCounts({ met: count(rows, 'met'), partly: count(rows, 'partly'), 'not-found': count(rows, 'not-found') }, lang),
        })),
      },
    ],
    { fallbackText: `${t.normenTitle(name)}: ${normenCounts(checklist.summary, lang)}` },
  );
}

/**
 * The answer to `normen`: the summary card, then the rows grouped as in the form, over as many cards
 * as the byte budget needs. A group's heading always travels with its first row, and a card that
 * starts inside a group repeats the group's heading.
 *
 * @example normenCards(engine.normen(text, {}), 'dossier-dpa.docx', 'nb') // → [summary, rows 1/2, rows 2/2]
 */
export function normenCards(checklist: NormenChecklist, name: string, lang: MessageLang, budgetBytes: number = CARD_BUDGET_BYTES): AdaptiveCard[] {
  const t = textsFor(lang);
  const header = (part: number, parts: number) => textBlock(t.normenRowsPart(part, parts), { weight: 'Bolder', size: 'Medium' });
  const headerBytes = jsonBytes(card([header(99, 99)]));
  const pages: CardElement[][] = [];
  let page: CardElement[] = [];
  let pageBytes = headerBytes;
  const add = (elements: CardElement[]) => {
    const size = elements.reduce((sum, element) => sum + jsonBytes(element) + 1, 0);
    if (page.length > 0 && pageBytes + size > budgetBytes) {
      pages.push(page);
      page = [];
      pageBytes = headerBytes;
    }
    page.push(...elements);
    pageBytes += size;
  };
  for (const { group, rows } of groupsOf(checklist.rows)) {
    rows.forEach((row, index) => {
      const heading = groupHeading(group, rows);
      const container = normenRowContainer(row, lang);
      const pagesBefore = pages.length;
      add(index === 0 ? [heading, container] : [container]);
      // a row that opened a new card inside its group: the group's heading goes before it
      if (index > 0 && pages.length > pagesBefore) {
        page.unshift(heading);
        pageBytes += jsonBytes(heading) + 1;
      }
    });
  }
  if (page.length > 0) pages.push(page);
  const rowCards = pages.map((elements, index) => card([header(index + 1, pages.length), ...elements]));
  return [normenSummaryCard(checklist, name, lang), ...rowCards];
}
