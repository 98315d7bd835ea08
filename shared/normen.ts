// The Normen checklist: fills in "Ivaretatt / Kommentar" of Normen's "Databehandleravtale – Bilag 1a"
// from a reviewed DPA. Each requirement (clauses/normen-bilag-1a.json) has aspects: the first finds
// the clauses a requirement is about, the others must also be said (in the clause, near it, or
// anywhere, as the aspect's scope says) for the requirement to be met. Look-alike phrases
// ("integritet og konfidensialitet", "skriftlig avtale med underleverandør") do not count, wording
// such as a general authorisation makes a requirement only partly met, and krav 26 (incidents
// reported "uten opphold") is checked sentence by sentence: a qualifier or a deadline over 24 hours
// is not "uten opphold".

import normenData from '../clauses/normen-bilag-1a.json';
import { detectLanguage } from './language';
import { messageLangFor } from './library';
import { KeywordIndex, anyPattern, findAll, findFirst, matchText, pattern, type Match } from './match';
import { segmentText, sentenceSpans, type Segment } from './segment';
import { findDurations, findQualifiers, CONTROLLER_SOURCE } from './values';
import type { Localized, MessageLang, Span } from './types';

export interface NormenAspect {
  id: string;
  name: Localized;
  patterns: string[];
  /** Where the aspect must be said: in the clause (default), near it, or anywhere in the document. */
  scope?: 'clause' | 'near' | 'document';
  /** Look-alike phrases: a match of the aspect that overlaps one of these does not count. */
  exclude?: string[];
  /** The clause's own heading counts too (a clause under «Taushetsplikt» is about confidentiality). */
  headings?: boolean;
}

export interface NormenWeakener {
  patterns: string[];
  note: Localized;
}

export interface NormenRequirement {
  number: number;
  group: Localized;
  text: string;
  aspects: NormenAspect[];
  /** Wording that makes a covered requirement only partly met. */
  weakenedBy?: NormenWeakener[];
  /** A requirement with its own check on top of the aspects. */
  check?: 'incident-notice';
}

export type NormenStatus = 'met' | 'partly' | 'not-found';

export interface NormenCovering {
  clauseIndex: number;
  /** The clause's offsets in the document text. */
  start: number;
  end: number;
  /** The sentence that says it, whitespace collapsed (shortened when long). */
  quote: string;
  number?: string;
  /** Where it stands, as a lawyer would cite it: "punkt 5.2", "Vedlegg B nr. 6", "punktet «Taushetsplikt»". */
  label?: string;
}

export interface NormenRow {
  number: number;
  group: string;
  requirement: string;
  status: NormenStatus;
  /** The clauses that cover the requirement, best first (offsets into the document text). */
  covering: NormenCovering[];
  found: string[];
  missing: string[];
  comment: string;
}

export interface NormenChecklist {
  source: string;
  lang: MessageLang;
  document: { text: string };
  rows: NormenRow[];
  summary: Record<NormenStatus, number>;
}

export const normenRequirements: readonly NormenRequirement[] = normenData.requirements as NormenRequirement[];

const statusLabel: Record<MessageLang, Record<NormenStatus, string>> = {
  nb: { met: 'Ja', partly: 'Delvis', 'not-found': 'Ikke funnet' },
  en: { met: 'Yes', partly: 'Partly', 'not-found': 'Not found' },
};

/** The form's word for a status: `normenStatusLabel('partly', 'nb')` → 'Delvis'. */
export function normenStatusLabel(status: NormenStatus, lang: MessageLang): string {
  return statusLabel[lang][status];
}

// ---------------------------------------------------------------------------------------------
// One keyword index over every aspect's patterns, look-alikes and weakeners, built on first use.

const aspectKey = (requirement: number, aspect: string) => `${requirement}:${aspect}`;
const excludeKey = (requirement: number, aspect: string) => `${requirement}:${aspect}:exclude`;
const weakenerKey = (requirement: number, i: number) => `${requirement}:weakener:${i}`;

let keywordIndex: KeywordIndex | undefined;
function index(): KeywordIndex {
  if (keywordIndex) return keywordIndex;
  const lists = new Map<string, readonly string[]>();
  for (const r of normenRequirements) {
    for (const a of r.aspects) {
      lists.set(aspectKey(r.number, a.id), a.patterns);
      if (a.exclude) lists.set(excludeKey(r.number, a.id), a.exclude);
    }
    r.weakenedBy?.forEach((w, i) => lists.set(weakenerKey(r.number, i), w.patterns));
  }
  keywordIndex = new KeywordIndex(lists);
  return keywordIndex;
}

// Krav 26: who is told. A sentence that tells the authority or the data subjects (and not the
// controller first) is the controller's own duty, not the processor's notice.
const NOTIFY_SOURCE =
  '\\b(?:varsl\\p{L}*|melde\\p{L}*|meld\\p{L}*|underrett?\\p{L}*|informer\\p{L}*|orienter\\p{L}*|gi beskjed|notif\\p{L}*|inform\\p{L}*|report\\p{L}*|alert\\p{L}*|rapporter\\p{L}*)';
const OTHER_RECIPIENT_SOURCE =
  '\\b(?:datatilsynet|tilsynsmyndighet\\p{L}*|(?:relevante |kompetente |offentlige )?myndighet(?:er|ene|en)?|supervisory authorit\\p{L}*|(?:the |relevant |competent )?authorit(?:y|ies)|(?:den|de) registrerte|data subjects?)\\b';
const MAX_NOTICE_HOURS = 24;

interface Unit {
  index: number;
  start: number;
  end: number;
  kind: Segment['kind'];
  number?: string;
  headings: string[];
  match: string;
}

const headingOf = (unit: Unit) => unit.headings[unit.headings.length - 1] ?? '';
// the segmenter sometimes takes a wrapped sentence for a heading; eight words or more read as a clause
const isTitle = (unit: Unit) => unit.kind === 'heading' && unit.match.trim().split(/\s+/).length < 8;
const OBLIGATION = /(?<![\p{L}])(?:skal|plikter|forplikter|må|shall|must|will|agrees?|undertakes?)(?![\p{L}])/u;
const sameSection = (a: Unit, b: Unit) => headingOf(a) === headingOf(b);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The Bilag 1a checklist filled in from a DPA's text.
 * @example normenChecklist(text).rows.find((r) => r.number === 26)?.status // 'met' | 'partly' | 'not-found'
 */
export function normenChecklist(text: string, options: { lang?: MessageLang } = {}): NormenChecklist {
  const lang = options.lang ?? messageLangFor(detectLanguage(text.slice(0, 20000)));
  const match = matchText(text);
  const units: Unit[] = segmentText(text).map((s, i) => ({
    index: i,
    start: s.start,
    end: s.end,
    kind: s.kind,
    ...(s.number ? { number: s.number } : {}),
    headings: s.headings,
    match: match.slice(s.start, s.end),
  }));
  const keywords = index();
  const hits = units.map((u) => keywords.hits(u.match));
  const headingHits = new Map<string, Map<string, Set<string>>>();
  const hitsOfHeading = (u: Unit) => {
    const heading = headingOf(u);
    let h = headingHits.get(heading);
    if (!h) headingHits.set(heading, (h = keywords.hits(matchText(heading))));
    return h;
  };

  // whether a text (a clause or a heading) says an aspect, look-alikes discounted
  const says = (found: Map<string, Set<string>>, target: string, r: NormenRequirement, a: NormenAspect) => {
    if (!found.has(aspectKey(r.number, a.id))) return false;
    if (!a.exclude || !found.has(excludeKey(r.number, a.id))) return true;
    const lookAlikes = findAll(anyPattern(a.exclude), target);
    return findAll(anyPattern(a.patterns), target).some((m) => !lookAlikes.some((x) => overlaps(m, x)));
  };
  const sayCache = new Map<string, boolean>();
  const has = (u: Unit, r: NormenRequirement, a: NormenAspect) => {
    const key = `${u.index}:${r.number}:${a.id}`;
    let value = sayCache.get(key);
    if (value === undefined) sayCache.set(key, (value = !isTitle(u) && says(hits[u.index], u.match, r, a)));
    return value;
  };
  const hasByHeading = (u: Unit, r: NormenRequirement, a: NormenAspect) =>
    Boolean(a.headings) && !isTitle(u) && headingOf(u).length > 0 && headingOf(u).length < 90 && says(hitsOfHeading(u), matchText(headingOf(u)), r, a);

  const nearCache = new Map<number, Unit[]>();
  const near = (u: Unit) => {
    let list = nearCache.get(u.index);
    if (!list) nearCache.set(u.index, (list = nearUnits(units, u)));
    return list;
  };

  const rows = normenRequirements.map<NormenRow>((requirement) => {
    const [about, ...rest] = requirement.aspects;
    const candidates = units.filter((u) => has(u, requirement, about) || hasByHeading(u, requirement, about));
    let best: { unit: Unit; found: Map<string, Unit>; rank: number[] } | undefined;
    for (const unit of candidates) {
      const found = new Map<string, Unit>([[about.id, unit]]);
      let own = 0;
      for (const aspect of rest) {
        if (has(unit, requirement, aspect)) {
          found.set(aspect.id, unit);
          own++;
          continue;
        }
        const scope = aspect.scope ?? 'clause';
        const where = scope === 'near' ? near(unit) : scope === 'document' ? units : [];
        const supplier = where.find((other) => has(other, requirement, aspect));
        if (supplier) found.set(aspect.id, supplier);
      }
      // most aspects, then most said in the clause itself, said rather than only headed so, a duty
      // ("skal", "shall") rather than a description, then the first in the document
      const rank = [found.size, own, has(unit, requirement, about) ? 1 : 0, OBLIGATION.test(unit.match) ? 1 : 0];
      if (!best || isBetter(rank, best.rank)) best = { unit, found, rank };
    }

    const weak: { unit: Unit; note: string }[] = [];
    requirement.weakenedBy?.forEach((w, i) => {
      const unit = candidates.find((u) => hits[u.index].has(weakenerKey(requirement.number, i)));
      if (unit) weak.push({ unit, note: w.note[lang] });
    });

    let found = best ? requirement.aspects.filter((a) => best.found.has(a.id)) : [];
    let missing = requirement.aspects.filter((a) => !found.includes(a));
    let coveringUnits = best ? [best.unit, ...[...best.found.values()].filter((u) => u !== best.unit)] : [];
    let focus = (u: Unit) => quoteSpan(text, u, requirement);

    if (requirement.check === 'incident-notice') {
      const notice = incidentNotice(text, units, requirement, (u, a) => has(u, requirement, a), near);
      if (notice.notices.length > 0) {
        const [incidents, withoutDelay] = requirement.aspects;
        found = notice.good.length > 0 || notice.weak.length > 0 ? [incidents, withoutDelay] : [incidents];
        missing = requirement.aspects.filter((a) => !found.includes(a));
        if (notice.weak.length > 0) weak.push({ unit: notice.weak[0].unit, note: notice.weak[0].note[lang] });
        const shown = notice.weak.length > 0 ? [...notice.weak, ...notice.good] : notice.good.length > 0 ? notice.good : notice.notices;
        coveringUnits = [...new Set(shown.map((n) => n.unit))];
        const sentenceOf = new Map<number, Span>();
        for (const n of shown) if (!sentenceOf.has(n.unit.index)) sentenceOf.set(n.unit.index, n.sentence);
        focus = (u: Unit) => sentenceOf.get(u.index) ?? quoteSpan(text, u, requirement);
      } else if (best) {
        // incidents are handled, but nothing tells the controller: "korrigere avvik uten opphold" is not notice
        found = [requirement.aspects[0]];
        missing = requirement.aspects.slice(1);
        coveringUnits = [best.unit];
      }
    }

    const status: NormenStatus = found.length === 0 ? 'not-found' : missing.length === 0 && weak.length === 0 ? 'met' : 'partly';
    if (weak.length > 0 && status === 'partly') {
      const first = weak[0].unit;
      coveringUnits = [first, ...coveringUnits.filter((u) => u !== first)];
    }
    const covering = coveringUnits.slice(0, 3).map<NormenCovering>((unit) => {
      const span = focus(unit);
      return {
        clauseIndex: unit.index,
        start: unit.start,
        end: unit.end,
        quote: quoteOf(text, span, /^\s*\(?([0-9a-z]{1,3}(?:\.\d{1,2}){0,3})[.)]?[ \t]/i.exec(text.slice(span.start, span.start + 14))?.[1]),
        ...(unit.number ? { number: unit.number } : {}),
        label: locate(text, units, unit, lang),
      };
    });
    return {
      number: requirement.number,
      group: requirement.group[lang],
      requirement: requirement.text,
      status,
      covering,
      found: found.map((a) => a.name[lang]),
      missing: missing.map((a) => a.name[lang]),
      comment: comment(status, missing.map((a) => a.name[lang]), weak.map((w) => w.note), covering, lang),
    };
  });
  const summary: Record<NormenStatus, number> = { met: 0, partly: 0, 'not-found': 0 };
  for (const row of rows) summary[row.status]++;
  return { source: normenData.source, lang, document: { text }, rows, summary };
}

/** Whether one ranking beats another, position by position. */
function isBetter(rank: number[], than: number[]): boolean {
  for (let i = 0; i < rank.length; i++) if (rank[i] !== than[i]) return rank[i] > than[i];
  return false;
}

/**
 * The clauses near a clause: its lead-in ("Databehandler skal:") and the list after a lead-in, and
 * for an unnumbered paragraph the paragraphs right before and after it in the same section.
 * Numbered clauses and table rows stand alone.
 */
function nearUnits(units: Unit[], unit: Unit): Unit[] {
  const list: Unit[] = [unit];
  const endsWithColon = (u: Unit) => /:\s*$/.test(u.match);
  if (endsWithColon(unit)) {
    for (let i = unit.index + 1; i < units.length && i <= unit.index + 15 && units[i].kind === 'list-item' && sameSection(units[i], unit); i++) list.push(units[i]);
  }
  if (unit.kind === 'list-item') {
    let i = unit.index - 1;
    while (i >= 0 && units[i].kind === 'list-item' && unit.index - i < 15) i--;
    if (i >= 0 && endsWithColon(units[i]) && sameSection(units[i], unit)) list.push(units[i]);
  }
  if (unit.kind === 'paragraph' && unit.number === undefined) {
    for (const other of [units[unit.index - 1], units[unit.index + 1]]) {
      if (other && other.kind === 'paragraph' && other.number === undefined && sameSection(other, unit)) list.push(other);
    }
  }
  return list;
}

interface Notice {
  unit: Unit;
  sentence: Span;
  note: Localized;
}

/**
 * Krav 26, sentence by sentence: the sentences in which the processor tells the controller of an
 * incident; `good` say "uten opphold" (or "omgående", "without undue delay") unconditionally,
 * `weak` qualify it ("om mulig") or give a deadline over 24 hours.
 */
function incidentNotice(
  text: string,
  units: Unit[],
  requirement: NormenRequirement,
  has: (u: Unit, a: NormenAspect) => boolean,
  near: (u: Unit) => Unit[],
): { notices: Notice[]; good: Notice[]; weak: Notice[] } {
  const [incidents, withoutDelay] = requirement.aspects;
  const notices: Notice[] = [];
  const good: Notice[] = [];
  const weak: Notice[] = [];
  const notifyRe = pattern(NOTIFY_SOURCE);
  const incidentRe = anyPattern(incidents.patterns);
  const delayRe = anyPattern(withoutDelay.patterns);
  for (const unit of units) {
    if (isTitle(unit) || !findFirst(notifyRe, unit.match)) continue;
    const leadIn = /:\s*$/.test(unit.match) && near(unit).some((u) => u !== unit && has(u, incidents));
    if (!has(unit, incidents) && !leadIn) continue;
    const sentences = sentenceSpans(text, unit.start, unit.end);
    sentences.forEach((sentence, i) => {
      const said = match(unit, sentence);
      const verb = findFirst(notifyRe, said);
      if (!verb) return;
      const incident = findAll(incidentRe, said).length > 0 && has(unit, incidents);
      if (!incident && !(leadIn && i === sentences.length - 1)) return;
      const other = findFirst(pattern(OTHER_RECIPIENT_SOURCE), said);
      if (other && !(verb.start < other.start && findFirst(pattern(CONTROLLER_SOURCE), said.slice(verb.start, other.start)))) return;
      const notice: Notice = { unit, sentence, note: { nb: '', en: '' } };
      notices.push(notice);
      const qualifier = findQualifiers(said)[0];
      const deadline = findDurations(said).find(
        (d) => d.unit !== 'months' && d.unit !== 'years' && d.hours > MAX_NOTICE_HOURS && (!other || d.start < other.start),
      );
      if (qualifier || deadline) {
        const phrases = [qualifier, deadline].filter((m): m is Match => m !== undefined).map((m) => `«${text.slice(sentence.start + m.start, sentence.start + m.end).replace(/\s+/g, ' ')}»`);
        notice.note = {
          nb: `varslingen er betinget eller har en lengre frist (${phrases.join(', ')}): det er ikke «uten opphold»`,
          en: `the notice is qualified or has a longer deadline (${phrases.join(', ')}): that is not "without delay"`,
        };
        weak.push(notice);
      } else if (findFirst(delayRe, said)) {
        good.push(notice);
      }
    });
  }
  return { notices, good, weak };
}

const match = (unit: Unit, span: Span) => unit.match.slice(span.start - unit.start, span.end - unit.start);

/**
 * The sentence of a clause that says most of the requirement (its subject counting double), without
 * a table row's label cells ("6 Tilgangsstyring"), narrowed to its line when a list without full
 * stops made it long.
 */
function quoteSpan(text: string, unit: Unit, requirement: NormenRequirement): Span {
  const sentences = sentenceSpans(text, unit.start, unit.end).map((s) => withoutLabels(text, s));
  if (sentences.length === 0) return { start: unit.start, end: unit.end };
  let best = sentences[0];
  let bestScore = -1;
  for (const sentence of sentences) {
    const score = saysScore(unit, sentence, requirement);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  if (best.end - best.start <= MAX_QUOTE) return best;
  const lines = text.slice(best.start, best.end).split('\n');
  if (lines.filter((line) => BULLET_LINE.test(line)).length < 2) {
    // long prose: the stretch from a little before the requirement's subject
    const subject = findFirst(anyPattern(requirement.aspects[0].patterns), match(unit, best));
    const from = subject ? Math.max(best.start, best.start + subject.start - 60) : best.start;
    const start = from === best.start ? from : from + (/\s/.exec(text.slice(from, from + 20))?.index ?? 0) + 1;
    return { start, end: Math.min(best.end, start + MAX_QUOTE) };
  }
  // a long run of list lines without full stops: the line that says most
  let lineStart = best.start;
  let bestLine = best;
  let bestLineScore = -1;
  for (const line of lines) {
    const span = { start: lineStart, end: lineStart + line.length };
    lineStart += line.length + 1;
    const score = saysScore(unit, span, requirement);
    if (score > bestLineScore && line.trim()) {
      bestLine = span;
      bestLineScore = score;
    }
  }
  return bestLine;
}

/** How much of a requirement a part of a clause says: its subject counts double. */
function saysScore(unit: Unit, span: Span, requirement: NormenRequirement): number {
  const found = index().hits(match(unit, span));
  let score = 0;
  requirement.aspects.forEach((a, i) => {
    if (found.has(aspectKey(requirement.number, a.id))) score += i === 0 ? 2 : 1;
  });
  return score;
}

/** A sentence without the label cells a table row starts with ("6\n\tTilgangsstyring\n\t…", "Autentisering\t…"). */
function withoutLabels(text: string, span: Span): Span {
  let start = span.start;
  for (;;) {
    const rest = text.slice(start, span.end);
    const cell = /^[ \t]*([^\n\t.]{1,60})[ \t]*(?:\n[ \t]*|\t+)(?=\S)/.exec(rest);
    if (!cell || !/\t/.test(text.slice(Math.max(span.start - 2, 0), start + cell[0].length))) break;
    start += cell[0].length;
  }
  return { start, end: span.end };
}

const MAX_QUOTE = 200;
const BULLET_LINE = /^\s*(?:[-–—•▪◦·*●]|\(?[a-z0-9]{1,3}[.)])\s/u;

/** The quoted words, whitespace collapsed; "…" where the quote starts or ends inside a sentence. */
function quoteOf(text: string, span: Span, number?: string): string {
  let flat = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  // the clause's own number is in the citation already ("Punkt 3.4: «Dossier skal …»")
  if (number && (flat.startsWith(`${number} `) || flat.startsWith(`${number}. `) || flat.startsWith(`(${number}) `))) flat = flat.slice(flat.indexOf(' ') + 1);
  const startsInside = /[\p{L},] *$/u.test(text.slice(Math.max(0, span.start - 3), span.start));
  const cut = flat.length > MAX_QUOTE ? flat.slice(0, MAX_QUOTE - 1).replace(/\s\S*$/, '') + ' …' : flat;
  const endsInside = cut === flat && /[\p{L},]/u.test(flat.slice(-1)) && /^ *[\p{Ll}\d]/u.test(text.slice(span.end, span.end + 3));
  return `${startsInside ? '… ' : ''}${cut}${endsInside ? ' …' : ''}`;
}

const ANNEX = /^\s*(vedlegg|bilag|bilaga|appendix|annex|schedule)\s+([0-9A-Z]{1,3})\b/i;

/** Where a clause stands, as a lawyer cites it. */
function locate(text: string, units: Unit[], unit: Unit, lang: MessageLang): string {
  const cellNumber = (u: Unit) => u.number ?? /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\t/.exec(text.slice(u.start, u.end))?.[1];
  const annexHeading = [...unit.headings].reverse().map((h) => ANNEX.exec(h)).find((m) => m !== null);
  const annex = annexHeading ? `${annexHeading[1][0].toUpperCase()}${annexHeading[1].slice(1).toLowerCase()} ${annexHeading[2]}` : undefined;
  let number = cellNumber(unit);
  if (number && unit.kind === 'list-item' && !/\d/.test(number)) {
    // "(ii)" under 3.11 is cited "3.11 (ii)"
    for (let i = unit.index - 1; i >= 0 && sameSection(units[i], unit); i--) {
      const parent = cellNumber(units[i]);
      if (parent && /\d/.test(parent)) {
        number = `${parent} (${number})`;
        break;
      }
    }
  }
  if (number) {
    if (annex) return lang === 'nb' ? `${annex} nr. ${number}` : `${annex} no. ${number}`;
    return lang === 'nb' ? `punkt ${number}` : `clause ${number}`;
  }
  const firstCell = unit.kind === 'table-row' ? /^\s*([^\t\n]{2,60}?)\s*\t/.exec(unit.match) : null;
  if (firstCell) {
    const cell = text.slice(unit.start, unit.end).split('\t')[0].trim();
    return annex ? `${annex}, «${cell}»` : `«${cell}»`;
  }
  const heading = headingOf(unit).replace(/\s+/g, ' ').trim();
  if (heading) {
    const shown = heading.length > 60 ? heading.slice(0, 59) + '…' : heading;
    return lang === 'nb' ? `punktet «${shown}»` : `the section "${shown}"`;
  }
  return lang === 'nb' ? 'avtalen' : 'the agreement';
}

function comment(status: NormenStatus, missing: string[], notes: string[], covering: NormenCovering[], lang: MessageLang): string {
  const first = covering[0];
  const cite = (c: NormenCovering) => (lang === 'nb' ? `${capitalise(c.label ?? '')}: «${c.quote}»` : `${capitalise(c.label ?? '')}: "${c.quote}"`);
  const also = covering.slice(1).map((c) => c.label ?? '').filter((l, i, all) => l && l !== first?.label && all.indexOf(l) === i);
  if (status === 'not-found') return lang === 'nb' ? `Ikke funnet i avtalen: ${missing.join(', ')}.` : `Not found in the agreement: ${missing.join(', ')}.`;
  if (status === 'met') {
    const more = also.length ? (lang === 'nb' ? ` Se også ${also.join(', ')}.` : ` See also ${also.join(', ')}.`) : '';
    return lang === 'nb' ? `Dekket av ${first.label}: «${first.quote}»${more}` : `Covered by ${first.label}: "${first.quote}"${more}`;
  }
  const why = [...notes, ...(missing.length ? [lang === 'nb' ? `mangler ${missing.join(', ')}` : `missing ${missing.join(', ')}`] : [])].join('; ');
  return `${lang === 'nb' ? 'Delvis' : 'Partly'}: ${why}. ${cite(first)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
