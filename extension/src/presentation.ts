// Pure mapping from the engine's findings to what the editor shows: diagnostic specs, hover
// Markdown, edits, the status-bar text, and the workspace file of accepted deviations.
// It never imports 'vscode' (offsets become positions only at the edge, in extension.ts), so the
// unit tests run it outside VS Code.

import { getCategory } from '../../shared/library';
import type { AcceptedFinding, Category, CategoryId, DiffPart, Finding, MessageLang, Playbook, ReferenceClause, Review, Severity } from '../../shared/types';

/** The four severities of a VS Code diagnostic, by name. */
export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint';

/** The extension's settings, read once per review (see package.json "contributes.configuration"). */
export interface PresentationSettings {
  lang: MessageLang | 'auto';
  minimumSeverity: Severity;
  highSeverityAs: 'error' | 'warning';
  mediumSeverityAs: 'error' | 'warning';
  /** Categories turned off are false; categories not listed are on. */
  categories: Partial<Record<string, boolean>>;
}

export const defaultPresentationSettings: PresentationSettings = {
  lang: 'auto',
  minimumSeverity: 'low',
  highSeverityAs: 'error',
  mediumSeverityAs: 'warning',
  categories: {},
};

/** What one diagnostic shows, with offsets still into the reviewed text. */
export interface DiagnosticSpec {
  start: number;
  end: number;
  level: DiagnosticLevel;
  message: string;
  /** The category id. */
  code: CategoryId;
  /** Where the category is explained (a URI string the extension serves). */
  codeHref: string;
  source: 'dpa-review';
  /** Index into `review.findings`, so code actions find the finding again. */
  findingIndex: number;
  /** Where the reference wording stands: a range of a read-only `dpa-review:` document. */
  related?: RelatedReference;
}

/** The diagnostic's related information: the reference wording in its read-only document. */
export interface RelatedReference {
  /** A `dpa-review:` URI string (see referenceDocument). */
  uri: string;
  /** The wording's range in that document, as lines and characters (the document need not be open). */
  start: TextPosition;
  end: TextPosition;
  message: string;
}

/** A 0-based line and character, as VS Code counts them. */
export interface TextPosition {
  line: number;
  character: number;
}

/**
 * The line and character of an offset into a text (`\r\n` and `\n` end lines).
 * @example positionAt('ab\ncd', 4) // { line: 1, character: 1 }
 */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, character: before.length - lineStart };
}

/** Severity names in the message languages (hovers, status bar). */
export const severityNames: Record<MessageLang, Record<Severity, string>> = {
  nb: { high: 'høy', medium: 'middels', low: 'lav', info: 'observasjon' },
  en: { high: 'high', medium: 'medium', low: 'low', info: 'observation' },
};

const severityRank: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

/** The URI scheme of the extension's read-only documents (explanations, references, extracted text). */
export const virtualScheme = 'dpa-review';

/**
 * The URI of a category's explanation, used as the diagnostic's `codeDescription`.
 * @example categoryExplanationUri('liability-cap', 'en') // 'dpa-review:/explain/liability-cap.en.md'
 */
export function categoryExplanationUri(category: CategoryId, lang: MessageLang): string {
  return `${virtualScheme}:/explain/${category}.${lang}.md`;
}

/**
 * The diagnostic level of a severity: high and medium as configured, low as information, info as hint.
 * @example diagnosticLevel('low', defaultPresentationSettings) // 'information'
 */
export function diagnosticLevel(severity: Severity, settings: PresentationSettings): DiagnosticLevel {
  switch (severity) {
    case 'high':
      return settings.highSeverityAs;
    case 'medium':
      return settings.mediumSeverityAs;
    case 'low':
      return 'information';
    case 'info':
      return 'hint';
  }
}

/**
 * Whether the settings let a finding through (minimum severity, categories on/off).
 * @example isShown({ ...finding, severity: 'low' }, { ...defaultPresentationSettings, minimumSeverity: 'medium' }) // false
 */
export function isShown(finding: Finding, settings: PresentationSettings): boolean {
  if (settings.categories[finding.category] === false) return false;
  return severityRank[finding.severity] >= severityRank[settings.minimumSeverity];
}

/** The message language of a review shown with these settings. */
export function messageLanguage(review: Review, settings: PresentationSettings): MessageLang {
  return settings.lang === 'auto' ? review.lang : settings.lang;
}

/**
 * One diagnostic spec per shown finding, in the configured language. A finding with no location
 * (a missing term) is put on the document's first line.
 * @example findingsToDiagnostics(review, defaultPresentationSettings)[0].code // 'liability-cap'
 */
export function findingsToDiagnostics(review: Review, settings: PresentationSettings): DiagnosticSpec[] {
  const lang = messageLanguage(review, settings);
  const textLength = review.document.text.length;
  const specs: DiagnosticSpec[] = [];
  review.findings.forEach((finding, findingIndex) => {
    if (!isShown(finding, settings)) return;
    const { start, end } = diagnosticRange(finding, review.document.text);
    specs.push({
      start: Math.min(start, textLength),
      end: Math.min(end, textLength),
      level: diagnosticLevel(finding.severity, settings),
      message: diagnosticMessage(finding, lang, getCategory(finding.category)?.name[lang]),
      code: finding.category,
      codeHref: categoryExplanationUri(finding.category, lang),
      source: 'dpa-review',
      findingIndex,
      ...(finding.reference ? { related: relatedReference(finding.reference, lang) } : {}),
    });
  });
  return specs;
}

const quoteMarks: Record<MessageLang, [string, string]> = { nb: ['«', '»'], en: ['“', '”'] };

/**
 * The quote a diagnostic starts with: the finding's quote on one line; a long one is shortened
 * around the value the verdict rests on (e.g. the country of a sub-processor's table row) when the
 * quote contains it, else to its first and last words, so that what differs stays in sight.
 * @example quoteExcerpt({ ...finding, quote: '48 timer' }) // '48 timer'
 */
export function quoteExcerpt(finding: Pick<Finding, 'quote' | 'data'>, maxLength = 80): string {
  const quote = foldWhitespace(finding.quote);
  if (quote.length <= maxLength) return quote;
  const values = Object.values(finding.data ?? {}).filter((value): value is string | number => typeof value !== 'boolean').map(String).filter((value) => value.length < maxLength / 2);
  const focus = values.map((value) => quote.indexOf(value)).find((index) => index >= 0);
  if (focus !== undefined) {
    const from = Math.max(0, Math.min(focus - Math.floor(maxLength / 3), quote.length - maxLength));
    const to = Math.min(quote.length, from + maxLength);
    const start = from === 0 ? 0 : quote.indexOf(' ', from) + 1 || from;
    const end = to === quote.length ? to : quote.lastIndexOf(' ', to) > start ? quote.lastIndexOf(' ', to) : to;
    return `${start > 0 ? '…' : ''}${quote.slice(start, end)}${end < quote.length ? '…' : ''}`;
  }
  const half = Math.floor((maxLength - 3) / 2);
  const headEnd = quote.lastIndexOf(' ', half) > 0 ? quote.lastIndexOf(' ', half) : half;
  const tailStart = quote.indexOf(' ', quote.length - half) > 0 ? quote.indexOf(' ', quote.length - half) + 1 : quote.length - half;
  return `${quote.slice(0, headEnd)} … ${quote.slice(tailStart)}`;
}

/**
 * A diagnostic's message, starting with what differs: the quote and the clause as a lawyer cites
 * it, then the rule's message (without the quote it repeats). A missing term starts with its
 * category's name instead.
 * @example diagnosticMessage(finding, 'nb') // '«48 timer» — 10.2 Varsling: Fristen for å varsle … er 48 timer; …'
 */
export function diagnosticMessage(finding: Finding, lang: MessageLang, categoryName?: string): string {
  const message = finding.messages[lang] ?? finding.message;
  const label = finding.clause?.label;
  if (finding.missing || !finding.quote.trim()) {
    const lead = categoryName ?? finding.category;
    return label ? `${lead} — ${label}: ${message}` : `${lead}: ${message}`;
  }
  const [open, close] = quoteMarks[lang];
  const quote = foldWhitespace(finding.quote);
  // The rule's message quotes the phrase again ("… («phrase»); …"): the diagnostic already starts with it.
  const body = message.replace(/ ?\((?:«([^»]*)»|"([^"]*)"|“([^”]*)”)\)/g, (whole, a?: string, b?: string, c?: string) => (foldWhitespace(a ?? b ?? c ?? '') === quote ? '' : whole));
  return `${open}${quoteExcerpt(finding)}${close} — ${label ? `${label}: ` : ''}${body}`;
}

/**
 * The read-only document that shows a reference clause: a heading with its source, then the
 * wording; `start`/`end` is the wording's range (what a diagnostic's related information points at).
 * @example referenceDocument(reference).path // '/reference/breach-notice.standard-24h.nb.txt'
 */
export function referenceDocument(reference: ReferenceClause): { path: string; text: string; start: number; end: number } {
  const heading = reference.lang === 'nb' ? `Referansetekst — ${reference.source}` : `Reference wording — ${reference.source}`;
  const prefix = `${heading}\n\n`;
  const wording = reference.text.trim();
  return { path: `/reference/${reference.id}.txt`, text: `${prefix}${wording}\n`, start: prefix.length, end: prefix.length + wording.length };
}

/**
 * The related information of a finding's diagnostic: the reference wording it departs from.
 * @example relatedReference(reference, 'nb').message // 'Referansetekst (Dossier DBA 7.1)'
 */
export function relatedReference(reference: ReferenceClause, lang: MessageLang): RelatedReference {
  const { path, text, start, end } = referenceDocument(reference);
  const message = lang === 'nb' ? `Referansetekst (${reference.source})` : `Reference wording (${reference.source})`;
  return { uri: `${virtualScheme}:${path}`, start: positionAt(text, start), end: positionAt(text, end), message };
}

/** The range a diagnostic marks: the finding's own, or the first line for a term with no location. */
function diagnosticRange(finding: Finding, text: string): { start: number; end: number } {
  if (!finding.missing && finding.end > finding.start) return { start: finding.start, end: finding.end };
  if (finding.missing) {
    const firstLineEnd = text.indexOf('\n');
    return { start: 0, end: firstLineEnd < 0 ? text.length : firstLineEnd };
  }
  return { start: finding.start, end: finding.end };
}

const hoverLabels: Record<MessageLang, { wrong: string; why: string; reference: string; diff: string; source: string; accepted: string }> = {
  nb: { wrong: 'Avvik', why: 'Hvorfor det betyr noe', reference: 'Referansetekst', diff: 'Ordforskjeller mot referansen', source: 'Kilde', accepted: 'Godta avviket med hurtigreparasjonen «Godta dette avviket».' },
  en: { wrong: 'Deviation', why: 'Why it matters', reference: 'Reference wording', diff: 'Word diff against the reference', source: 'Source', accepted: 'Accept the deviation with the quick fix "Accept this deviation".' },
};

/**
 * Escapes text so that VS Code's Markdown renders it literally.
 * @example escapeMarkdown('a*b') // 'a\\*b'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (character) => `\\${character}`);
}

/**
 * A word diff as Markdown: removed words struck through, added words in bold.
 * @example diffToMarkdown([{ op: 'equal', text: 'innen ' }, { op: 'delete', text: '48' }, { op: 'insert', text: '24' }]) // 'innen ~~48~~**24**'
 */
export function diffToMarkdown(diff: DiffPart[]): string {
  return diff
    .map((part) => {
      const text = escapeMarkdown(part.text.replace(/\s+/g, ' '));
      if (!text.trim()) return text;
      // Markdown emphasis must not start or end with a space: keep the spaces outside.
      const [, lead, body, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? ['', '', text, ''];
      if (part.op === 'delete') return `${lead}~~${body}~~${trail}`;
      if (part.op === 'insert') return `${lead}**${body}**${trail}`;
      return text;
    })
    .join('');
}

/**
 * The hover of a deviation: what is wrong, why it matters, the reference wording with its source,
 * and a word diff against it.
 * @example findingHoverMarkdown(finding, getCategory(finding.category), 'en') // '**Deviation** — Liability cap ...'
 */
export function findingHoverMarkdown(finding: Finding, category: Category | undefined, lang: MessageLang): string {
  const labels = hoverLabels[lang];
  const lines: string[] = [];
  const name = category ? category.name[lang] : finding.category;
  lines.push(`**${labels.wrong}: ${escapeMarkdown(name)}** \`${finding.category}\` (${severityNames[lang][finding.severity]})`, '');
  if (finding.clause?.label) lines.push(`*${escapeMarkdown(finding.clause.label)}*`, '');
  lines.push(escapeMarkdown(finding.messages[lang] ?? finding.message), '');
  if (category) {
    lines.push(`**${labels.why}:** ${escapeMarkdown(category.why[lang])}`, '');
  }
  if (finding.reference) {
    lines.push(`**${labels.reference}** (${labels.source}: ${escapeMarkdown(finding.reference.source)}):`, '');
    lines.push(`> ${escapeMarkdown(finding.reference.text).replace(/\n+/g, ' ')}`, '');
  } else if (category) {
    lines.push(`**${labels.reference}:** ${escapeMarkdown(category.reference[lang])}`, '');
  }
  if (finding.diff && finding.diff.some((part) => part.op !== 'equal')) {
    lines.push(`**${labels.diff}:**`, '', diffToMarkdown(finding.diff), '');
  }
  lines.push(`*${labels.accepted}*`);
  return lines.join('\n');
}

/**
 * A category's explanation as a Markdown document (served at `categoryExplanationUri`).
 * @example categoryExplanationMarkdown(getCategory('liability-cap'), 'nb').startsWith('# ') // true
 */
export function categoryExplanationMarkdown(category: Category, lang: MessageLang): string {
  const headings = lang === 'nb'
    ? { deviation: 'Avviket', reference: 'Slik bør det være', why: 'Hvorfor det betyr noe' }
    : { deviation: 'The deviation', reference: 'What good looks like', why: 'Why it matters' };
  return [
    `# ${category.name[lang]} (\`${category.id}\`)`,
    '',
    `## ${headings.deviation}`,
    '',
    category.deviation[lang],
    '',
    `## ${headings.reference}`,
    '',
    category.reference[lang],
    '',
    `## ${headings.why}`,
    '',
    category.why[lang],
    '',
  ].join('\n');
}

/** A replacement of `[start, end)` of the reviewed text. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit of the preferred quick fix: the finding's fix (the reference wording), if it has one
 * and it still fits the text it was computed on.
 * @example referenceReplacement(finding, review.document.text) // { start: 120, end: 188, text: 'Endringer ...' }
 */
export function referenceReplacement(finding: Finding, reviewedText: string): TextReplacement | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  if (fix.start < 0 || fix.end < fix.start || fix.end > reviewedText.length) return undefined;
  return { start: fix.start, end: fix.end, text: fix.text };
}

/**
 * Whether a quick fix computed on one version of a document may be applied to another: only to
 * the very version that was reviewed.
 * @example isFixApplicable(7, 7) // true
 */
export function isFixApplicable(reviewedVersion: number, currentVersion: number): boolean {
  return reviewedVersion === currentVersion;
}

/** The status-bar text: deviations by severity. */
export interface StatusSummary {
  text: string;
  tooltip: string;
}

/**
 * Counts the shown findings by severity for the status bar (info findings are never counted).
 * @example statusBarSummary(review, defaultPresentationSettings).text // '$(law) 2 high · 1 medium · 0 low'
 */
export function statusBarSummary(review: Review | undefined, settings: PresentationSettings): StatusSummary {
  if (!review) return { text: '$(law) DPA', tooltip: 'DPA Review: no review for this document' };
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of review.findings) if (isShown(finding, settings)) counts[finding.severity] += 1;
  const total = counts.high + counts.medium + counts.low;
  const lang = messageLanguage(review, settings);
  const names = severityNames[lang];
  const text = `$(law) ${counts.high} ${names.high} · ${counts.medium} ${names.medium} · ${counts.low} ${names.low}`;
  const tooltip = lang === 'nb'
    ? `DPA Review: ${total} avvik. Klikk for å åpne Problemer.`
    : `DPA Review: ${total} deviations. Click to open the Problems view.`;
  return { text, tooltip };
}

/** The workspace file `.dpa-review.json` that a team commits: accepted deviations and a partial playbook. */
export interface WorkspaceReviewFile {
  accepted: AcceptedFinding[];
  playbook?: Partial<Playbook>;
}

/** The name of the workspace file, at the root of the workspace folder. */
export const workspaceReviewFileName = '.dpa-review.json';

/**
 * Folds runs of whitespace to one space and trims, the form in which quotes are stored.
 * @example foldWhitespace(' a \n b ') // 'a b'
 */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Reads `.dpa-review.json`; throws an Error naming the problem (never the file's quotes) when the
 * shape is wrong. An empty or absent file is `{ accepted: [] }`.
 * @example parseWorkspaceReviewFile('{"accepted":[{"category":"liability-cap"}]}').accepted.length // 1
 */
export function parseWorkspaceReviewFile(json: string | undefined): WorkspaceReviewFile {
  if (json === undefined || !json.trim()) return { accepted: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`${workspaceReviewFileName} is not valid JSON`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${workspaceReviewFileName} must hold a JSON object`);
  const record = parsed as Record<string, unknown>;
  const acceptedRaw = record.accepted ?? [];
  if (!Array.isArray(acceptedRaw)) throw new Error(`${workspaceReviewFileName}: "accepted" must be an array`);
  const accepted: AcceptedFinding[] = acceptedRaw.map((entry, index) => {
    if (!entry || typeof entry !== 'object' || typeof (entry as { category?: unknown }).category !== 'string') {
      throw new Error(`${workspaceReviewFileName}: accepted[${index}] needs a "category"`);
    }
    const { category, quote, note } = entry as { category: CategoryId; quote?: unknown; note?: unknown };
    const accepted: AcceptedFinding = { category };
    if (typeof quote === 'string') accepted.quote = quote;
    if (typeof note === 'string') accepted.note = note;
    return accepted;
  });
  const result: WorkspaceReviewFile = { ...record, accepted } as WorkspaceReviewFile;
  if (record.playbook !== undefined) {
    if (!record.playbook || typeof record.playbook !== 'object' || Array.isArray(record.playbook)) {
      throw new Error(`${workspaceReviewFileName}: "playbook" must be an object`);
    }
    result.playbook = record.playbook as Partial<Playbook>;
  }
  return result;
}

/**
 * Adds a finding to the accepted deviations (by category and whitespace-folded quote), once.
 * @example withAcceptedFinding({ accepted: [] }, finding, 'agreed in negotiation').accepted[0].category // 'liability-cap'
 */
export function withAcceptedFinding(file: WorkspaceReviewFile, finding: Finding, note?: string): WorkspaceReviewFile {
  const quote = foldWhitespace(finding.quote);
  const already = file.accepted.some((entry) => entry.category === finding.category && (entry.quote === undefined || foldWhitespace(entry.quote) === quote));
  if (already) return file;
  const entry: AcceptedFinding = quote ? { category: finding.category, quote } : { category: finding.category };
  if (note) entry.note = note;
  return { ...file, accepted: [...file.accepted, entry] };
}

/**
 * Turns a whole category off in the workspace file (an accepted entry without a quote, which the
 * engine, the CLI and the extension all honour), once.
 * @example withCategoryTurnedOff({ accepted: [] }, 'governing-law').accepted // [{ category: 'governing-law' }]
 */
export function withCategoryTurnedOff(file: WorkspaceReviewFile, category: CategoryId, note?: string): WorkspaceReviewFile {
  if (file.accepted.some((entry) => entry.category === category && entry.quote === undefined)) return file;
  const entry: AcceptedFinding = note ? { category, note } : { category };
  return { ...file, accepted: [...file.accepted, entry] };
}

/**
 * Serialises the workspace file the way a team would commit it (two-space JSON, final newline).
 * @example serialiseWorkspaceReviewFile({ accepted: [] }) // '{\n  "accepted": []\n}\n'
 */
export function serialiseWorkspaceReviewFile(file: WorkspaceReviewFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Whether a text looks like a data processing agreement, so that live review is worth running on
 * it: it names the agreement or both parties' roles, in Norwegian or English.
 * @example looksLikeDpa('Databehandleravtale mellom ...') // true
 */
export function looksLikeDpa(text: string): boolean {
  const head = text.slice(0, 200_000).toLowerCase();
  if (/databehandleravtal|databehandleraftal|personuppgiftsbiträdesavtal|data processing agreement|data processing addendum|\bdpa\b/.test(head)) return true;
  const namesProcessor = /databehandler|personuppgiftsbiträde|\bprocessor\b/.test(head);
  const namesController = /behandlingsansvarlig|personuppgiftsansvarig|dataansvarlig|\bcontroller\b/.test(head);
  return namesProcessor && namesController;
}

/**
 * A short notification text for the review of a selected clause: the count and the categories.
 * @example selectionReviewSummary(review, defaultPresentationSettings) // '2 deviations in the selection: liability-cap, unilateral-amendment'
 */
export function selectionReviewSummary(review: Review, settings: PresentationSettings): string {
  const shown = review.findings.filter((finding) => isShown(finding, settings) && finding.severity !== 'info');
  const categories = [...new Set(shown.map((finding) => finding.category))];
  const lang = messageLanguage(review, settings);
  if (!shown.length) return lang === 'nb' ? 'Ingen avvik i utvalget.' : 'No deviations in the selection.';
  return lang === 'nb'
    ? `${shown.length} avvik i utvalget: ${categories.join(', ')}`
    : `${shown.length} deviation${shown.length === 1 ? '' : 's'} in the selection: ${categories.join(', ')}`;
}

/**
 * The default of `dpaReview.debounceMilliseconds`: short enough that the quiet time plus a review of
 * a 50 KB DPA stays within 100 ms of an edit (issue 4; `npm run bench:extension` measures it), long
 * enough to merge the edits that arrive together (a paste, an undo, several cursors).
 */
export const defaultDebounceMilliseconds = 20;

/**
 * A document over this many characters is not reviewed as you type, only on request: the engine
 * thread would spend about half a second of a core on a review of 1 MB at every pause.
 */
export const LIVE_REVIEW_MAX_CHARS = 1_000_000;
/** Nor on request over this (the limit the CLI and the bot put on extracted text). */
export const REVIEW_MAX_CHARS = 5 * 1024 * 1024;

/**
 * Whether a text of this length is reviewed live, on request only, or not at all.
 * @example reviewScopeForLength(2_000_000) // 'on-request'
 */
export function reviewScopeForLength(chars: number): 'live' | 'on-request' | 'too-large' {
  return chars > REVIEW_MAX_CHARS ? 'too-large' : chars > LIVE_REVIEW_MAX_CHARS ? 'on-request' : 'live';
}

/**
 * How long to wait after an edit before reviewing again: the configured quiet time, whatever the
 * last review took. A long review no longer needs a longer wait: it runs in the engine thread, which
 * reviews one version at a time and only a document's newest (review-queue.ts).
 * @example quietTimeMilliseconds(20) // 20
 * @example quietTimeMilliseconds(-5) // 0
 */
export function quietTimeMilliseconds(configured: number): number {
  return Number.isFinite(configured) && configured > 0 ? configured : 0;
}
