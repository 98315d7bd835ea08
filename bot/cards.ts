// Adaptive Cards (schema 1.5) for the bot's answers: findings, review summaries, help, explanations.
// The bot's counterpart of the CLI's report formatters: pure functions from engine results to card
// JSON, with long reviews split into several cards that each stay well under Teams' ~80 KB limit.

import type { Category, CategoryId, Finding, MessageLang, Review, Severity } from '../shared/types';
import { submitAction } from './card-actions';
import { textsFor } from './texts';

/** An Adaptive Card element or action, as plain JSON. */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  msteams?: { width: 'Full' };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Bytes of card JSON per message: a third of Teams' limit, leaving room for the activity around it. */
export const CARD_BUDGET_BYTES = 24 * 1024;
const MAX_QUOTE_CHARS = 700;
const MAX_REFERENCE_CHARS = 1200;

/** Looks up a category's explanation; the engine's `getCategory`. */
export type CategoryLookup = (id: CategoryId) => Category | undefined;

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];
const SEVERITY_COLOR: Record<Severity, string> = { high: 'attention', medium: 'warning', low: 'accent', info: 'good' };

/**
 * Wraps elements in a schema 1.5 card.
 *
 * @example card([textBlock('Hello')]) // → { type: 'AdaptiveCard', version: '1.5', body: [...] }
 */
export function card(body: CardElement[], options: { actions?: CardElement[]; fallbackText?: string } = {}): AdaptiveCard {
  const result: AdaptiveCard = { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, msteams: { width: 'Full' } };
  if (options.actions?.length) result.actions = options.actions;
  if (options.fallbackText) result.fallbackText = options.fallbackText;
  return result;
}

function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

function heading(text: string): CardElement {
  return textBlock(text, { size: 'Large', weight: 'Bolder' });
}

function factSet(facts: Array<[string, string]>): CardElement {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) };
}

/**
 * Escapes the little Markdown that Adaptive Card TextBlocks interpret (emphasis, links, code), so
 * quoted contract text shows as written.
 *
 * @example escapeMarkdown('*only* [a](b)') // → '\\*only\\* \\[a\\](b)'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_[\]`])/g, '\\$1');
}

function truncate(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length <= max ? folded : `${folded.slice(0, max - 1).trimEnd()}…`;
}

/** How a finding is shown on a card. */
export interface FindingView {
  /** The finding's place among the review's findings: makes its card element ids unique. */
  index: number;
  /** Show the category's "why it matters" (once per category in a review). */
  showWhy: boolean;
  /** Offer the Explain and Accept buttons (not on cards that are answers to a button). */
  buttons: boolean;
}

/**
 * One finding as a card container: severity and category name, the category id, the clause (and
 * the paragraph in the Word file), the message, the quoted sentence, then buttons: "why it matters"
 * and the reference wording folded behind Action.ToggleVisibility (so 28 findings are no wall of
 * text), Explain the category and Accept it for this conversation (Action.Submit).
 *
 * @example findingContainer(review.findings[0], getCategory, 'en', { index: 0, showWhy: true, buttons: true })
 */
export function findingContainer(finding: Finding, lookup: CategoryLookup, lang: MessageLang, view: FindingView = { index: 0, showWhy: true, buttons: true }): CardElement {
  const t = textsFor(lang);
  const category = lookup(finding.category);
  const name = category ? category.name[lang] : finding.category;
  const items: CardElement[] = [
    textBlock(`${t.severity[finding.severity]} · ${escapeMarkdown(name)}`, { weight: 'Bolder', color: SEVERITY_COLOR[finding.severity] }),
    textBlock(finding.category, { fontType: 'Monospace', isSubtle: true, spacing: 'None', size: 'Small' }),
  ];
  const where = whereLine(finding, lang);
  if (where) items.push(textBlock(escapeMarkdown(where), { isSubtle: true, spacing: 'None', size: 'Small' }));
  items.push(textBlock(escapeMarkdown(finding.messages?.[lang] ?? finding.message)));
  if (finding.missing) {
    items.push(textBlock(t.missingTerm, { isSubtle: true, size: 'Small' }));
  } else if (finding.quote) {
    items.push({
      type: 'Container',
      style: 'emphasis',
      items: [textBlock(`“${escapeMarkdown(truncate(finding.quote, MAX_QUOTE_CHARS))}”`, { isSubtle: true })],
    });
  }
  const toggles: CardElement[] = [];
  const folded: CardElement[] = [];
  if (category && view.showWhy) {
    const id = `why-${view.index}`;
    toggles.push(toggleAction(t.whyButton, id));
    folded.push(hidden(id, [textBlock(`**${t.why}:** ${escapeMarkdown(category.why[lang])}`, { size: 'Small' })]));
  }
  if (finding.reference) {
    const id = `ref-${view.index}`;
    toggles.push(toggleAction(t.showReference, id));
    folded.push(hidden(id, [
      textBlock(`**${t.referenceWording}:** ${escapeMarkdown(truncate(finding.reference.text, MAX_REFERENCE_CHARS))}`, { size: 'Small' }),
      textBlock(`${t.source}: ${escapeMarkdown(finding.reference.source)}`, { size: 'Small', isSubtle: true, spacing: 'None' }),
    ]));
  }
  const buttons = view.buttons && category
    ? [submitAction(t.explainButton, { kind: 'explain', category: finding.category }), submitAction(t.acceptButton, { kind: 'accept', category: finding.category })]
    : [];
  if (toggles.length + buttons.length > 0) items.push({ type: 'ActionSet', actions: [...toggles, ...buttons] });
  items.push(...folded);
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

/**
 * Where a finding stands, in a lawyer's words: the clause ("VEDLEGG 2, 10.1 Ansvar") and, for a Word
 * file, the paragraph ("avsnitt 57"), so a Word user can find it; undefined when neither is known.
 *
 * @example whereLine(finding, 'nb') // → '10.1 Mislighold og erstatning · avsnitt 57'
 */
export function whereLine(finding: Finding, lang: MessageLang): string | undefined {
  const t = textsFor(lang);
  const paragraph = finding.clause?.paragraph;
  const parts = [finding.clause?.label ?? undefined, paragraph !== undefined ? t.paragraph(paragraph) : undefined].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function toggleAction(title: string, target: string): CardElement {
  return { type: 'Action.ToggleVisibility', title, targetElements: [target] };
}

function hidden(id: string, items: CardElement[]): CardElement {
  return { type: 'Container', id, isVisible: false, spacing: 'Small', items };
}

/**
 * The findings of a review as card containers, in reading order, with "why it matters" on the first
 * finding of each category only.
 *
 * @example findingContainers(review.findings, getCategory, 'nb')
 */
export function findingContainers(findings: readonly Finding[], lookup: CategoryLookup, lang: MessageLang, buttons = true): CardElement[] {
  const seen = new Set<CategoryId>();
  return orderedFindings(findings).map((finding, index) => {
    const showWhy = !seen.has(finding.category);
    seen.add(finding.category);
    return findingContainer(finding, lookup, lang, { index, showWhy, buttons });
  });
}

/** Findings ordered for reading: by severity, then position in the document. */
function orderedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.start - b.start,
  );
}

/**
 * Packs elements into as few cards as fit the byte budget, each card starting with its header.
 *
 * @example splitIntoCards((part, parts) => [heading(`Part ${part}/${parts}`)], containers)
 */
export function splitIntoCards(
  header: (part: number, parts: number) => CardElement[],
  elements: readonly CardElement[],
  budgetBytes: number = CARD_BUDGET_BYTES,
): AdaptiveCard[] {
  const headerBytes = jsonBytes(card(header(99, 99)));
  const groups: CardElement[][] = [];
  let current: CardElement[] = [];
  let currentBytes = headerBytes;
  for (const element of elements) {
    const size = jsonBytes(element) + 1;
    if (current.length > 0 && currentBytes + size > budgetBytes) {
      groups.push(current);
      current = [];
      currentBytes = headerBytes;
    }
    current.push(element);
    currentBytes += size;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups.map((group, index) => card([...header(index + 1, groups.length), ...group]));
}

/** The size of a card or element as sent. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function checkedList(review: Review, lookup: CategoryLookup, lang: MessageLang): string {
  return review.checked.map((id) => lookup(id)?.name[lang] ?? id).join(', ');
}

/**
 * The answer to pasted clause text: the findings (split if long), or a card saying nothing was found
 * and what was checked.
 *
 * @example clauseReviewCards(review(text, { scope: 'clause' }), getCategory, 'nb')
 */
export function clauseReviewCards(review: Review, lookup: CategoryLookup, lang: MessageLang, options: { hidden?: readonly CategoryId[] } = {}): AdaptiveCard[] {
  const t = textsFor(lang);
  const findings = review.findings.filter((f) => f.severity !== 'info');
  const hiddenNote = hiddenLine(options.hidden, lookup, lang);
  if (findings.length === 0) {
    return [card([heading(t.title), textBlock(escapeMarkdown(t.checkedNothingFound(checkedList(review, lookup, lang)))), ...hiddenNote], { fallbackText: t.checkedNothingFound('') })];
  }
  const title = t.clauseResultTitle(findings.length);
  return splitIntoCards(
    (part, parts) => [heading(parts > 1 ? `${title} (${part}/${parts})` : title), ...(part === 1 ? hiddenNote : [])],
    findingContainers(findings, lookup, lang),
  );
}

/** The categories accepted in this conversation that had findings, said once (empty when none). */
function hiddenLine(hidden: readonly CategoryId[] | undefined, lookup: CategoryLookup, lang: MessageLang): CardElement[] {
  if (!hidden?.length) return [];
  const names = hidden.map((id) => `${lookup(id)?.name[lang] ?? id} (${id})`).join(', ');
  return [textBlock(escapeMarkdown(textsFor(lang).acceptedNotShown(names)), { size: 'Small', isSubtle: true })];
}

/** What a file review's summary card says beside the counts. */
export interface FileCardOptions {
  /** The line about the Word file with comments (offered, or how to get it). */
  wordFileLine?: string;
  /** The id of the Word file kept for this conversation: the summary card gets a button for it. */
  wordFileId?: string;
  /** Categories accepted in this conversation whose findings are not shown. */
  hidden?: readonly CategoryId[];
}

/**
 * A file review: a summary card by severity and category, then the findings over as many cards as
 * the size limit needs.
 *
 * @example fileReviewCards(review, 'opus-dpa-2025.docx', getCategory, 'en') // → [summary, findings 1/2, findings 2/2]
 */
export function fileReviewCards(review: Review, fileName: string, lookup: CategoryLookup, lang: MessageLang, options: FileCardOptions = {}): AdaptiveCard[] {
  const t = textsFor(lang);
  const findings = review.findings.filter((f) => f.severity !== 'info');
  const bySeverity = SEVERITY_ORDER.filter((s) => s !== 'info')
    .map((s): [string, string] => [t.severity[s], String(findings.filter((f) => f.severity === s).length)]);
  const categoryCounts = new Map<CategoryId, number>();
  for (const finding of findings) categoryCounts.set(finding.category, (categoryCounts.get(finding.category) ?? 0) + 1);
  const byCategory = [...categoryCounts.entries()].map(([id, count]): [string, string] => [
    escapeMarkdown(lookup(id)?.name[lang] ?? id),
    `${count} · ${id}`,
  ]);
  const title = t.fileResultTitle(escapeMarkdown(fileName), findings.length);
  const summaryBody: CardElement[] = [heading(title)];
  const hiddenNote = hiddenLine(options.hidden, lookup, lang);
  if (findings.length === 0) {
    summaryBody.push(textBlock(escapeMarkdown(t.checkedNothingFound(checkedList(review, lookup, lang)))), ...hiddenNote);
    return [card(summaryBody, { fallbackText: title })];
  }
  summaryBody.push(textBlock(t.summaryBySeverity, { weight: 'Bolder' }), factSet(bySeverity));
  summaryBody.push(textBlock(t.summaryByCategory, { weight: 'Bolder' }), factSet(byCategory), ...hiddenNote);
  if (options.wordFileLine) summaryBody.push(textBlock(options.wordFileLine, { size: 'Small' }));
  const actions = options.wordFileId ? [submitAction(t.wordFileButton, { kind: 'word-file', fileId: options.wordFileId })] : [];
  const summary = card(summaryBody, { fallbackText: title, actions });
  const findingCards = splitIntoCards(
    (part, parts) => [textBlock(t.findingsPart(part, parts), { weight: 'Bolder', size: 'Medium' })],
    findingContainers(findings, lookup, lang),
  );
  return [summary, ...findingCards];
}

/** One file of a message with several: its review, or why it could not be read. */
export interface PortfolioEntry {
  name: string;
  review?: Review;
}

/**
 * The portfolio card for several files sent in one message: a row per file with its number of
 * deviations and the highest severity, then the total. Each file's own cards follow it.
 *
 * @example portfolioCard([{ name: 'a.docx', review }, { name: 'b.pdf' }], 'nb')
 */
export function portfolioCard(entries: readonly PortfolioEntry[], lang: MessageLang): AdaptiveCard {
  const t = textsFor(lang);
  const rows = entries.map((entry) => {
    const deviations = entry.review?.findings.filter((f) => f.severity !== 'info') ?? [];
    const highest = SEVERITY_ORDER.find((s) => deviations.some((f) => f.severity === s));
    return {
      name: entry.name,
      count: entry.review ? String(deviations.length) : '–',
      highest: entry.review ? (highest ? t.severity[highest] : '–') : t.portfolioNotRead,
      deviations: deviations.length,
    };
  });
  const total = rows.reduce((sum, row) => sum + row.deviations, 0);
  const title = t.portfolioTitle(entries.length, total);
  const cell = (text: string, bold = false) => ({ type: 'TableCell', items: [textBlock(text, bold ? { weight: 'Bolder' } : {})] });
  const table: CardElement = {
    type: 'Table',
    firstRowAsHeader: true,
    columns: [{ width: 3 }, { width: 1 }, { width: 1 }],
    rows: [
      { type: 'TableRow', cells: t.portfolioColumns.map((column) => cell(column, true)) },
      ...rows.map((row) => ({ type: 'TableRow', cells: [cell(escapeMarkdown(row.name)), cell(row.count), cell(row.highest)] })),
    ],
  };
  return card([heading(title), table], { fallbackText: title });
}

/**
 * The help card: what the bot does and its commands.
 *
 * @example helpCard('en')
 */
export function helpCard(lang: MessageLang): AdaptiveCard {
  const t = textsFor(lang);
  return card(
    [heading(t.title), textBlock(t.helpIntro), factSet(t.helpCommands.map(([c, what]) => [c, what]))],
    { fallbackText: t.helpIntro },
  );
}

/**
 * The card shown when the bot is added to a chat or team.
 *
 * @example welcomeCard('nb')
 */
export function welcomeCard(lang: MessageLang): AdaptiveCard {
  const t = textsFor(lang);
  return card(
    [heading(t.title), textBlock(t.welcome), textBlock(t.helpIntro, { weight: 'Bolder' }), factSet(t.helpCommands.map(([c, what]) => [c, what]))],
    { fallbackText: t.welcome },
  );
}

/**
 * One category explained: the deviation, what good looks like, and why it matters.
 *
 * @example explainCard(getCategory('liability-cap')!, 'en')
 */
export function explainCard(category: Category, lang: MessageLang): AdaptiveCard {
  const t = textsFor(lang);
  return card(
    [
      heading(escapeMarkdown(category.name[lang])),
      textBlock(category.id, { fontType: 'Monospace', isSubtle: true, spacing: 'None' }),
      textBlock(t.deviation, { weight: 'Bolder' }),
      textBlock(escapeMarkdown(category.deviation[lang])),
      textBlock(t.goodLooksLike, { weight: 'Bolder' }),
      textBlock(escapeMarkdown(category.reference[lang])),
      textBlock(t.why, { weight: 'Bolder' }),
      textBlock(escapeMarkdown(category.why[lang])),
    ],
    { fallbackText: category.name[lang] },
  );
}

/**
 * The list of categories (for `explain` without or with an unknown category), led by a sentence.
 *
 * @example categoryListCard(categories, 'en', 'The categories:')
 */
export function categoryListCard(categories: readonly Category[], lang: MessageLang, lead: string): AdaptiveCard {
  return card(
    [textBlock(escapeMarkdown(lead)), factSet(categories.map((c) => [c.id, c.name[lang]]))],
    { fallbackText: lead },
  );
}

/**
 * The answer to Accept for this conversation (with an Undo button), or to Undo.
 *
 * @example acceptedCard(getCategory('liability-cap')!, 'nb', true) // → "Greit: «Ansvarsbegrensning» … rapporteres ikke mer …" [Angre]
 */
export function acceptedCard(category: Category, lang: MessageLang, accepted: boolean): AdaptiveCard {
  const t = textsFor(lang);
  const text = accepted ? t.accepted(category.name[lang], category.id) : t.unaccepted(category.name[lang], category.id);
  const actions = accepted ? [submitAction(t.undoButton, { kind: 'unaccept', category: category.id })] : [];
  return card([textBlock(escapeMarkdown(text))], { fallbackText: text, actions });
}
