// HTML report: one self-contained page per document (no scripts, no external styles, fonts or
// images; a Content-Security-Policy that allows nothing else). The document text with each deviation
// highlighted where it stands (colour by severity, plus a numbered link that says the severity and
// category in words, for keyboards and screen readers), a list of findings beside it linking back and
// forth, a summary by category, and a print stylesheet. For a batch, an index page with the
// portfolio table linking to each document's page. Every piece of document text is escaped: it is
// untrusted input.

import { categories, getCategory } from '../library';
import type { CategoryId, DiffPart, Finding, MessageLang, Review, Severity } from '../types';
import { portfolioRow, type PortfolioEntry } from './csv';
import type { FormatOptions } from './index';
import { severityLabel, words } from './labels';

const html = {
  nb: {
    skip: 'Hopp til funnene',
    back: 'Til oversikten',
    text: 'Avtaleteksten',
    findings: 'Funn',
    summary: 'Sammendrag per kategori',
    count: 'Antall avvik',
    highest: 'Høyeste alvorlighet',
    showInText: 'Vis i teksten',
    toFinding: 'Gå til funnet',
    finding: 'Funn',
    referenceWording: 'Referanseformulering',
    diff: 'Ordforskjell mot referansen',
    diffLegend: 'Gjennomstreket: står i avtalen, ikke i referansen. Understreket: står i referansen, ikke i avtalen.',
    inDocument: 'i avtalen:',
    inReference: 'i referansen:',
    quote: 'Sitat',
    language: 'Språk',
    scope: 'Omfang',
    scopes: { document: 'hel avtale', clause: 'utdrag' },
    severityWord: 'alvorlighet',
    legend: 'Farger etter alvorlighet',
    portfolio: 'Porteføljeoversikt',
    documents: 'Dokumenter',
    document: 'Dokument',
    total: 'Sum',
    error: 'Feil',
    notReviewed: 'ikke gjennomgått',
    info: 'merknad (ikke avvik)',
    none: '–',
  },
  en: {
    skip: 'Skip to the findings',
    back: 'Back to the overview',
    text: 'The agreement',
    findings: 'Findings',
    summary: 'Summary by category',
    count: 'Deviations',
    highest: 'Highest severity',
    showInText: 'Show in the text',
    toFinding: 'Go to the finding',
    finding: 'Finding',
    referenceWording: 'Reference wording',
    diff: 'Word diff against the reference',
    diffLegend: 'Struck through: in the agreement, not in the reference. Underlined: in the reference, not in the agreement.',
    inDocument: 'in the agreement:',
    inReference: 'in the reference:',
    quote: 'Quote',
    language: 'Language',
    scope: 'Scope',
    scopes: { document: 'whole agreement', clause: 'excerpt' },
    severityWord: 'severity',
    legend: 'Colours by severity',
    portfolio: 'Portfolio overview',
    documents: 'Documents',
    document: 'Document',
    total: 'Total',
    error: 'Error',
    notReviewed: 'not reviewed',
    info: 'note (not a deviation)',
    none: '–',
  },
} as const;

/** Text for HTML content and attribute values (quoted with "). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const SEVERITIES: Severity[] = ['high', 'medium', 'low', 'info'];
const rank = (s: Severity) => SEVERITIES.indexOf(s);

const STYLE = `
:root { --text: #1a1a1a; --muted: #555; --line: #d0d0d0; --bg: #fff; --panel: #f6f6f4; --focus: #0b57d0;
  --high: #b3261e; --high-bg: #fde2de; --medium: #8a4b00; --medium-bg: #ffe8c2; --low: #5f5400; --low-bg: #fff4b0; --info: #1f5fbf; --info-bg: #e1ecfb; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: var(--bg); line-height: 1.45; }
body { margin: 0; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: 1rem; top: -3rem; background: var(--bg); padding: .4rem .8rem; border: 2px solid var(--focus); z-index: 10; }
.skip:focus { top: .5rem; }
header { padding: 1rem 1.5rem .5rem; border-bottom: 1px solid var(--line); }
header h1 { margin: .2rem 0; font-size: 1.4rem; overflow-wrap: anywhere; }
.meta { margin: .2rem 0; color: var(--muted); }
.back { margin: 0; font-size: .9rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 0 1.5rem; padding: 0 1.5rem 2rem; }
.layout > .summary { grid-column: 1 / -1; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 .6rem; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: .6rem 0 0; padding: 0; list-style: none; font-size: .85rem; }
.doc { font-family: ui-serif, Georgia, "Times New Roman", serif; white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line); padding: 1rem 1.2rem; font-size: .95rem; }
mark { color: inherit; padding: 0 .05em; border-bottom: 2px solid; }
mark.sev-high { background: var(--high-bg); border-color: var(--high); }
mark.sev-medium { background: var(--medium-bg); border-color: var(--medium); }
mark.sev-low { background: var(--low-bg); border-color: var(--low); }
mark.sev-info { background: var(--info-bg); border-color: var(--info); border-bottom-style: dotted; }
.pin { display: inline-block; min-width: 1.5em; margin: 0 .15em; padding: 0 .3em; border-radius: .7em; font: 600 .72rem/1.5 system-ui, sans-serif; text-align: center; text-decoration: none; color: #fff; vertical-align: .15em; scroll-margin-top: 40vh; }
.badge { display: inline-block; padding: 0 .45em; border-radius: .3em; font-size: .8rem; font-weight: 600; color: #fff; }
.pin.sev-high, .badge.sev-high { background: var(--high); }
.pin.sev-medium, .badge.sev-medium { background: var(--medium); }
.pin.sev-low, .badge.sev-low { background: var(--low); }
.pin.sev-info, .badge.sev-info { background: var(--info); }
.pin:target { outline: 3px solid var(--focus); outline-offset: 2px; }
.findings ol { list-style: none; margin: 0; padding: 0; }
@media screen and (min-width: 60.01rem) {
  /* the findings keep to the side while the text scrolls; a link to a finding scrolls only this list */
  .layout > .findings { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 0 .4rem 1rem .2rem; }
}
.finding { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px; padding: .6rem .8rem; margin: 0 0 .8rem; scroll-margin-top: 1rem; background: var(--bg); }
.finding.sev-high { border-left-color: var(--high); }
.finding.sev-medium { border-left-color: var(--medium); }
.finding.sev-low { border-left-color: var(--low); }
.finding.sev-info { border-left-color: var(--info); }
.finding:target { box-shadow: 0 0 0 3px var(--focus); }
.finding h3 { font-size: 1rem; margin: 0 0 .3rem; }
.finding h4 { font-size: .85rem; margin: .6rem 0 .2rem; color: var(--muted); }
.finding p { margin: .25rem 0; }
.where { color: var(--muted); font-size: .9rem; }
.quote, .reference { margin: .3rem 0; padding: .3rem .6rem; border-left: 3px solid var(--line); font-family: ui-serif, Georgia, serif; font-size: .9rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.diff { font-family: ui-serif, Georgia, serif; font-size: .9rem; white-space: pre-wrap; overflow-wrap: anywhere; margin: .2rem 0; }
.diff del { background: var(--high-bg); color: #7a1a14; }
.diff ins { background: #dcf1de; color: #17521f; text-decoration: underline; }
.diff-legend { font-size: .8rem; color: var(--muted); }
.error { color: var(--high); }
.portfolio th[scope="row"], .portfolio td { white-space: nowrap; }
.portfolio td.error { white-space: normal; min-width: 12rem; }
.portfolio th.cat { vertical-align: bottom; padding: .4rem .2rem; }
.portfolio th.cat span { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; max-height: 18rem; font-weight: 600; white-space: normal; }
@media (max-width: 60rem) { .layout { display: block; } }
@media print {
  .layout > .findings { position: static; max-height: none; overflow: visible; }
  html { font-size: 10.5pt; }
  .skip, .back, .jump { display: none; }
  header { padding: 0 0 .4rem; }
  .layout { display: block; padding: 0; }
  .doc { background: none; border: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  mark, .pin, .badge, .diff del, .diff ins, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .finding { break-inside: avoid; box-shadow: none; }
  .findings { break-before: page; }
  tr { break-inside: avoid; }
}
`;

/**
 * A self-contained HTML page: no scripts, no outside resources (a Content-Security-Policy says so), the
 * given style inline.
 * @example htmlPage('nb', 'Vurdering', '<h1>Vurdering</h1>')
 */
export function htmlPage(lang: MessageLang, title: string, body: string, style: string = STYLE): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="dpa-review">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function legend(lang: MessageLang): string {
  const t = html[lang];
  const items = SEVERITIES.map((s) => `<li><mark class="sev-${s}">${escapeHtml(s === 'info' ? t.info : severityLabel[lang][s])}</mark></li>`).join('');
  return `<ul class="legend" aria-label="${escapeHtml(t.legend)}">${items}</ul>`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The document text, each finding's range in a <mark> and a numbered link at its start. */
function markedText(review: Review, lang: MessageLang): string {
  const text = review.document.text;
  const t = html[lang];
  const located = review.findings
    .map((f, i) => ({ f, n: i + 1, start: Math.max(0, Math.min(f.start, text.length)), end: Math.max(0, Math.min(f.end, text.length)) }))
    .filter((x) => !x.f.missing);
  const cuts = new Set<number>([0, text.length]);
  for (const x of located) cuts.add(x.start), cuts.add(Math.max(x.start, x.end));
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    for (const x of located.filter((y) => y.start === at)) {
      const name = getCategory(x.f.category)?.name[lang] ?? x.f.category;
      const label = `${t.finding} ${x.n}, ${x.f.severity === 'info' ? t.info : `${severityLabel[lang][x.f.severity]} ${t.severityWord}`}: ${name}. ${t.toFinding}.`;
      out.push(`<a class="pin sev-${x.f.severity}" id="at-${x.n}" href="#finding-${x.n}"><span class="sr">${escapeHtml(label)}</span><span aria-hidden="true">${x.n}</span></a>`);
    }
    const next = points[i + 1];
    if (next === undefined || next <= at) continue;
    const segment = escapeHtml(text.slice(at, next));
    const covering = located.filter((x) => x.start <= at && x.end >= next);
    if (!covering.length) out.push(segment);
    else {
      const worst = covering.reduce((w, x) => (rank(x.f.severity) < rank(w) ? x.f.severity : w), 'info' as Severity);
      out.push(`<mark class="sev-${worst}">${segment}</mark>`);
    }
  }
  return out.join('');
}

function diffHtml(parts: readonly DiffPart[], lang: MessageLang): string {
  const t = html[lang];
  return parts
    .map((p) =>
      p.op === 'equal'
        ? escapeHtml(p.text)
        : p.op === 'delete'
          ? `<del><span class="sr">[${escapeHtml(t.inDocument)} </span>${escapeHtml(p.text)}<span class="sr">]</span></del>`
          : `<ins><span class="sr">[${escapeHtml(t.inReference)} </span>${escapeHtml(p.text)}<span class="sr">]</span></ins>`,
    )
    .join('');
}

const shorten = (s: string, max = 600) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

function findingItem(f: Finding, n: number, lang: MessageLang): string {
  const t = html[lang];
  const w = words[lang];
  const name = getCategory(f.category)?.name[lang] ?? f.category;
  const sev = f.severity === 'info' ? t.info : severityLabel[lang][f.severity];
  const where = f.missing ? w.missing : f.clause?.label ?? w.noClause;
  const parts = [
    `<li class="finding sev-${f.severity}" id="finding-${n}" tabindex="-1">`,
    `<h3><span class="badge sev-${f.severity}">${escapeHtml(capitalise(sev))}</span> <span class="n">${n}.</span> ${escapeHtml(name)} <code>${escapeHtml(f.category)}</code></h3>`,
    `<p class="where">${escapeHtml(w.clause)}: ${escapeHtml(where)}${f.clause?.paragraph !== undefined ? ` · ${escapeHtml(w.wordParagraph)}: ${f.clause.paragraph}` : ''}</p>`,
    `<p class="message">${escapeHtml(f.message)}</p>`,
  ];
  if (!f.missing && f.quote.trim()) parts.push(`<h4>${escapeHtml(t.quote)}</h4><blockquote class="quote">${escapeHtml(shorten(f.quote.trim()))}</blockquote>`);
  if (f.reference) {
    parts.push(`<h4>${escapeHtml(t.referenceWording)} (${escapeHtml(f.reference.source)})</h4><blockquote class="reference">${escapeHtml(f.reference.text)}</blockquote>`);
    const diff = f.diff;
    if (diff?.length) parts.push(`<h4>${escapeHtml(t.diff)}</h4><p class="diff">${diffHtml(diff, lang)}</p>`);
  }
  if (!f.missing) parts.push(`<p class="jump"><a href="#at-${n}">${escapeHtml(t.showInText)}<span class="sr"> (${escapeHtml(t.finding)} ${n})</span></a></p>`);
  parts.push('</li>');
  return parts.join('\n');
}

function summaryTable(review: Review, lang: MessageLang): string {
  const t = html[lang];
  const w = words[lang];
  const rows = new Map<CategoryId, { count: number; info: number; worst: Severity; first: number }>();
  review.findings.forEach((f, i) => {
    const row = rows.get(f.category) ?? { count: 0, info: 0, worst: 'info' as Severity, first: i + 1 };
    if (f.severity === 'info') row.info++;
    else row.count++;
    if (rank(f.severity) < rank(row.worst)) row.worst = f.severity;
    rows.set(f.category, row);
  });
  if (!rows.size) return `<p>${escapeHtml(w.noDeviations)}</p>`;
  const body = [...rows]
    .map(([id, r]) => {
      const name = getCategory(id)?.name[lang] ?? id;
      const worst = r.worst === 'info' ? t.info : severityLabel[lang][r.worst];
      return `<tr><td><a href="#finding-${r.first}">${escapeHtml(name)}</a> <code>${escapeHtml(id)}</code></td><td class="num">${r.count}</td><td><span class="badge sev-${r.worst}">${escapeHtml(capitalise(worst))}</span></td></tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table>
<thead><tr><th scope="col">${escapeHtml(w.category)}</th><th scope="col" class="num">${escapeHtml(t.count)}</th><th scope="col">${escapeHtml(t.highest)}</th></tr></thead>
<tbody>
${body}
</tbody>
<tfoot><tr><th scope="row">${escapeHtml(t.total)}</th><td class="num">${review.summary.total}</td><td></td></tr></tfoot>
</table></div>`;
}

export interface HtmlOptions extends FormatOptions {
  /** A link back to the portfolio index (for a page of a batch). */
  indexHref?: string;
}

/**
 * One self-contained HTML page for a review.
 * @example writeFileSync('review.html', formatHtml(review(text), { uri: 'opus-dpa-2025.docx' }))
 */
export function formatHtml(review: Review, options: HtmlOptions = {}): string {
  const lang = review.lang;
  const t = html[lang];
  const w = words[lang];
  const name = options.uri ?? review.document.name ?? '';
  const title = `${w.title}${name ? `: ${name}` : ''}`;
  const s = review.summary.bySeverity;
  const counts = (['high', 'medium', 'low'] as const).map((k) => `${s[k]} ${severityLabel[lang][k]}`).join(', ');
  const meta = [
    `${t.language}: ${review.document.lang}`,
    `${t.scope}: ${t.scopes[review.document.scope]}`,
    `${review.summary.total} ${w.deviations} (${counts})`,
  ];
  const body = `<a class="skip" href="#findings">${escapeHtml(t.skip)}</a>
<header>
${options.indexHref ? `<p class="back"><a href="${escapeHtml(options.indexHref)}">← ${escapeHtml(t.back)}</a></p>\n` : ''}<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
${review.document.scope === 'clause' ? `<p class="meta">${escapeHtml(w.excerpt)}</p>\n` : ''}</header>
<main class="layout">
<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">${escapeHtml(t.summary)}</h2>
${summaryTable(review, lang)}
${legend(lang)}
</section>
<section class="document" aria-labelledby="text-title">
<h2 id="text-title">${escapeHtml(t.text)}</h2>
<div class="doc">${markedText(review, lang)}</div>
</section>
<section class="findings" id="findings" aria-labelledby="findings-title" tabindex="-1">
<h2 id="findings-title">${escapeHtml(t.findings)} (${review.findings.length})</h2>
${review.findings.length ? `<p class="diff-legend">${escapeHtml(t.diffLegend)}</p>\n<ol>\n${review.findings.map((f, i) => findingItem(f, i + 1, lang)).join('\n')}\n</ol>` : `<p>${escapeHtml(w.noDeviations)}</p>`}
</section>
</main>`;
  return htmlPage(lang, title, body);
}

/** A document of the index page: its entry and the page it links to (absent for an error). */
export interface HtmlIndexEntry extends PortfolioEntry {
  href?: string;
}

/**
 * The index page of a batch: the portfolio table (a row per document, a column per category)
 * linking to each document's page.
 * @example formatHtmlIndex([{ file: 'a.docx', review, href: '001-a.docx.html' }], 'nb')
 */
export function formatHtmlIndex(entries: readonly HtmlIndexEntry[], lang: MessageLang = 'nb'): string {
  const t = html[lang];
  const w = words[lang];
  const rows = entries.map((e) => ({ e, row: portfolioRow(e) }));
  const used = categories.filter((c) => rows.some(({ row }) => row.byCategory[c.id] > 0));
  const reviewed = rows.filter(({ row }) => !row.error).length;
  const total = rows.reduce((n, { row }) => n + row.total, 0);
  const head = [
    `<th scope="col">${escapeHtml(t.document)}</th>`,
    `<th scope="col">${escapeHtml(t.language)}</th>`,
    `<th scope="col">${escapeHtml(t.scope)}</th>`,
    `<th scope="col" class="num">${escapeHtml(t.total)}</th>`,
    `<th scope="col">${escapeHtml(t.highest)}</th>`,
    ...used.map((c) => `<th scope="col" class="cat"><span>${escapeHtml(c.name[lang])}</span></th>`),
    `<th scope="col">${escapeHtml(t.error)}</th>`,
  ].join('');
  const body = rows
    .map(({ e, row }) => {
      const name = e.href ? `<a href="${escapeHtml(e.href)}">${escapeHtml(row.file)}</a>` : escapeHtml(row.file);
      const cells = [
        `<th scope="row">${name}</th>`,
        `<td>${escapeHtml(row.lang ?? t.none)}</td>`,
        `<td>${escapeHtml(row.scope ? t.scopes[row.scope] : t.none)}</td>`,
        `<td class="num">${row.error ? '' : row.total}</td>`,
        `<td>${row.highest ? `<span class="badge sev-${row.highest}">${escapeHtml(capitalise(severityLabel[lang][row.highest]))}</span>` : escapeHtml(t.none)}</td>`,
        ...used.map((c) => `<td class="num">${row.error ? '' : row.byCategory[c.id] || ''}</td>`),
        `<td class="error">${row.error ? escapeHtml(row.error) : ''}</td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const totals = used.map((c) => `<td class="num">${rows.reduce((n, { row }) => n + row.byCategory[c.id], 0)}</td>`).join('');
  const title = `${w.title}: ${t.portfolio}`;
  const summary = `${entries.length} ${t.documents.toLowerCase()}, ${reviewed} ${lang === 'nb' ? 'gjennomgått' : 'reviewed'}, ${entries.length - reviewed} ${t.notReviewed}; ${total} ${w.deviations}`;
  return htmlPage(
    lang,
    title,
    `<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(summary)}</p>
</header>
<main class="layout">
<section class="summary" aria-labelledby="portfolio-title">
<h2 id="portfolio-title">${escapeHtml(t.documents)}</h2>
<div class="table-wrap"><table class="portfolio">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
<tfoot><tr><th scope="row">${escapeHtml(t.total)}</th><td></td><td></td><td class="num">${total}</td><td></td>${totals}<td></td></tr></tfoot>
</table></div>
</section>
</main>`,
  );
}
