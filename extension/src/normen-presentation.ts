// Pure mapping from the engine's Normen Bilag 1a checklist to the rows of the "Normen Bilag 1a"
// tree view: groups in the form's order, one row per requirement (status icon, the form's answer
// "Ja / Delvis / Nei" or "Yes / Partly / No", the comment), and under it the clauses that cover it, each with the offsets to reveal.
// No 'vscode' import (offsets become ranges only in normen-view.ts), so it is unit-tested outside
// VS Code in test/extension-normen.test.ts.

import { NORMEN_STATUSES, normenCounts, normenStatusLabel, type NormenChecklist, type NormenRow, type NormenStatus } from '../../shared/index';
import type { MessageLang, Review } from '../../shared/types';
import { escapeMarkdown } from './presentation';

/** Where a row leads: a clause's offsets into the text the checklist was made from. */
export interface ClauseTarget {
  start: number;
  end: number;
}

/** A codicon and its theme colour, by name (VS Code's ThemeIcon / ThemeColor ids). */
export interface StatusIcon {
  icon: string;
  color: string;
}

/** One covering clause under a requirement. */
export interface NormenClauseNode {
  kind: 'clause';
  /** The requirement's number (krav nr.). */
  requirement: number;
  /** 0 for the best covering clause. */
  rank: number;
  label: string;
  description: string;
  target: ClauseTarget;
}

/** One requirement of the form: "Nr. | Krav | Ivaretatt | Kommentar". */
export interface NormenRequirementNode {
  kind: 'requirement';
  number: number;
  status: NormenStatus;
  label: string;
  /** The form's answer ("Ja" / "Delvis" / "Nei", "Yes" / "Partly" / "No"), then the first clause's number. */
  description: string;
  /** Markdown: the full requirement, the status, the comment. */
  tooltip: string;
  icon: StatusIcon;
  /** The best covering clause (a click reveals it); absent when nothing was found. */
  target?: ClauseTarget;
  clauses: NormenClauseNode[];
}

/** One group of the form (e.g. "Logging"), with its requirements in the form's order. */
export interface NormenGroupNode {
  kind: 'group';
  label: string;
  /** The group's counts in the form's answers, e.g. "3 ja, 1 delvis, 0 nei". */
  description: string;
  requirements: NormenRequirementNode[];
}

const statusIcons: Record<NormenStatus, StatusIcon> = {
  met: { icon: 'pass', color: 'testing.iconPassed' },
  partly: { icon: 'warning', color: 'list.warningForeground' },
  'not-found': { icon: 'error', color: 'list.errorForeground' },
};

/**
 * The icon of a requirement's status.
 * @example normenStatusIcon('partly') // { icon: 'warning', color: 'list.warningForeground' }
 */
export function normenStatusIcon(status: NormenStatus): StatusIcon {
  return statusIcons[status];
}

/**
 * Cuts a text to one line of at most `maxLength` characters, with an ellipsis.
 * @example shortLine('Leverandøren plikter å følge Normen og oppfylle kravene i denne.', 30) // 'Leverandøren plikter å følge…'
 */
export function shortLine(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '') + '…';
}

type Covering = NormenRow['covering'][number];

/**
 * Where a covering clause stands, as a lawyer cites it: the engine's label ("punkt 5.2",
 * "Vedlegg B nr. 6"), else its number, else undefined.
 * @example clauseCitation({ clauseIndex: 3, start: 0, end: 9, quote: '...', number: '4.2' }, 'en') // 'clause 4.2'
 */
export function clauseCitation(clause: Covering, lang: MessageLang): string | undefined {
  if (clause.label) return clause.label;
  return clause.number ? `${lang === 'nb' ? 'punkt' : 'clause'} ${clause.number}` : undefined;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withoutClauseNumber = (quote: string) => quote.replace(/^\s*\d+(\.\d+)*\.?\s+/, '');

function clauseNodes(row: NormenRow, lang: MessageLang): NormenClauseNode[] {
  return row.covering.map((clause, rank) => {
    const citation = clauseCitation(clause, lang);
    return {
      kind: 'clause',
      requirement: row.number,
      rank,
      label: citation ? capitalised(citation) : shortLine(clause.quote, 40),
      description: citation ? shortLine(withoutClauseNumber(clause.quote), 80) : '',
      target: { start: clause.start, end: clause.end },
    };
  });
}

function requirementTooltip(row: NormenRow, lang: MessageLang): string {
  const heading = lang === 'nb' ? `**Krav ${row.number}** (${escapeMarkdown(row.group)})` : `**Requirement ${row.number}** (${escapeMarkdown(row.group)})`;
  const status = `${lang === 'nb' ? 'Ivaretatt' : 'Met'}: **${normenStatusLabel(row.status, lang)}**`;
  const lines = [heading, '', escapeMarkdown(row.requirement), '', status, '', escapeMarkdown(row.comment)];
  if (row.missing.length) lines.push('', `${lang === 'nb' ? 'Mangler' : 'Missing'}: ${row.missing.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n');
}

/**
 * One requirement's row.
 * @example requirementNode(checklist.rows[10], 'nb').description // 'Ja · punkt 2.1'
 */
export function requirementNode(row: NormenRow, lang: MessageLang): NormenRequirementNode {
  const clauses = clauseNodes(row, lang);
  const best = row.covering[0];
  const citation = best ? clauseCitation(best, lang) : undefined;
  const where = citation ? ` · ${citation}` : '';
  return {
    kind: 'requirement',
    number: row.number,
    status: row.status,
    label: `${row.number}. ${shortLine(row.requirement, 90)}`,
    description: `${normenStatusLabel(row.status, lang)}${where}`,
    tooltip: requirementTooltip(row, lang),
    icon: normenStatusIcon(row.status),
    ...(best ? { target: { start: best.start, end: best.end } } : {}),
    clauses,
  };
}

/**
 * The checklist as the tree's groups, in the form's order and numbering.
 * @example normenTree(normenChecklist(text, { lang: 'en' })).flatMap((g) => g.requirements).length // 26
 */
export function normenTree(checklist: NormenChecklist): NormenGroupNode[] {
  const groups: NormenGroupNode[] = [];
  for (const row of checklist.rows) {
    let group = groups[groups.length - 1];
    if (!group || group.label !== row.group) {
      group = { kind: 'group', label: row.group, description: '', requirements: [] };
      groups.push(group);
    }
    group.requirements.push(requirementNode(row, checklist.lang));
  }
  for (const group of groups) {
    const counts = Object.fromEntries(NORMEN_STATUSES.map((status) => [status, group.requirements.filter((requirement) => requirement.status === status).length])) as Record<NormenStatus, number>;
    group.description = normenCounts(counts, checklist.lang);
  }
  return groups;
}

/**
 * The line above the tree: the counts in the form's answers, and that a lawyer must check every row.
 * @example normenSummaryLine(checklist) // '15 yes, 5 partly, 6 no — a first pass: check every row.'
 */
export function normenSummaryLine(checklist: NormenChecklist): string {
  const counts = normenCounts(checklist.summary, checklist.lang);
  return checklist.lang === 'nb' ? `${counts} — førstegangs utfylling: kontroller hver rad.` : `${counts} — a first pass: check every row.`;
}

/** What the extension keeps of a document's last review (extension/src/document-reviews.ts). */
export interface KnownReview {
  version: number;
  review: Review;
  origin: 'review' | 'comparison';
}

/**
 * The review the checklist can reuse: the document's own review of this very version and text (not
 * the new deviations of a comparison), so the document is not reviewed twice; else undefined.
 * @example reusableReview(reviews.get(uri), document.version, document.getText()) // Review | undefined
 */
export function reusableReview(known: KnownReview | undefined, version: number, text: string): Review | undefined {
  if (!known || known.origin !== 'review' || known.version !== version) return undefined;
  return known.review.document.text === text ? known.review : undefined;
}

/**
 * Where a row's clause is in a changed text: the same requirement's clause of a fresh checklist
 * (the clause at the same rank, else the best one), or undefined when it no longer covers it.
 * @example clauseTargetIn(freshChecklist, 11, 0) // { start: 10230, end: 10611 }
 */
export function clauseTargetIn(checklist: NormenChecklist, requirement: number, rank: number): ClauseTarget | undefined {
  const row = checklist.rows.find((candidate) => candidate.number === requirement);
  const clause = row?.covering[rank] ?? row?.covering[0];
  return clause ? { start: clause.start, end: clause.end } : undefined;
}
