// The Normen checklist: fills in "Ivaretatt / Kommentar" of Normen's "Databehandleravtale – Bilag 1a"
// from a DPA. Each requirement (clauses/normen-bilag-1a.json) has aspects: the first finds the
// clauses a requirement is about, the others must also be said (in the clause, near it, or anywhere,
// as the aspect's scope says) for the requirement to be met. Only the agreement's operative text
// counts (not its header, a service description or a list of data categories), and "Ja" needs a
// sentence that binds the vendor (shared/normen/reading.ts): "kan", or a duty of the customer, is
// "Delvis" at most. Look-alike phrases ("integritet og konfidensialitet") do not count; a missing
// core aspect ("etter opphør" for krav 24) makes it "Nei"; linked requirements (15 and 21, 12 and
// 19) answer alike; krav 26 needs both an incident routine and an unconditional notice. An aspect the
// text releases the vendor from, denies or leaves to a later agreement is not said (shared/normen/
// reading.ts: "Nei" when it is the subject or core, else "Delvis"); one limited to what the vendor
// finds feasible, or with open terms, makes the answer "Delvis". A front end that has reviewed the
// document passes its Review, so the document is reviewed once.

import normenData from '../clauses/normen-bilag-1a.json';
import { detectLanguage } from './language';
import { concept } from './lexicon';
import { getCategory, messageLangFor } from './library';
import { KeywordIndex, anyPattern, findAll, findFirst, matchText, pattern, type Match } from './match';
import { aspectReading, clauseLimits, limitNote, limitPhrase, shifted, type AspectReading, type ClauseLimits } from './normen/limits';
import { dutyLimits, excludes, isDescriptive, sentenceBinding, type Binding, type DescriptiveText, type DutyLimit, type LimitKind } from './normen/reading';
import { normenComment } from './normen/comment';
import { normenStatusLabel, type NormenStatus } from './normen/labels';
import { review } from './review';
import { inSection, type SectionTopic } from './sections';
import { segmentText, sentenceSpans, type Segment } from './segment';
import { findDurations, findQualifiers, CONTROLLER_SOURCE } from './values';
import { readParties } from './parties';
import type { Finding, Localized, MessageLang, Review, Span } from './types';

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
  /** Sections (by topic) where the aspect does not count: logs handed over after a breach are not access to the logs. */
  notInSection?: SectionTopic[];
  /** Wording anywhere in the agreement that also says the aspect ("underleverandøren pålegges de samme forpliktelsene"). */
  documentPatterns?: string[];
  /**
   * The aspect says when the requirement applies (krav 21: a third party has access), not what the
   * vendor must do: a text that denies it ("no routine access") makes the requirement moot, not unmet.
   */
  condition?: boolean;
}

/** A requirement answers at least like another one, up to `upTo` (only when `ifDocument` is said, if given). */
export interface NormenLink {
  requirement: number;
  upTo: NormenStatus;
  ifDocument?: string[];
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
  /** What to ask the vendor for, after «Be leverandøren» / «Ask the vendor». */
  ask: Localized;
  /** Aspects without which the answer is "Nei", whatever else is said. */
  core?: string[];
  links?: NormenLink[];
  /** The review's categories that work against the customer in the same topic. */
  deviations?: string[];
}

export { NORMEN_STATUSES, normenCounts, normenStatusLabel, type NormenStatus } from './normen/labels';
export type { LimitKind } from './normen/reading';

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
  /** Whether the quoted sentence binds the vendor: a duty, a plain statement, or not at all ("kan"). */
  binding?: Binding;
}

/** The words that took a duty away or limited it, and where they stand: «er ikke forpliktet til», punkt 8.2. */
export interface NormenLimit {
  /** released / denied / deferred take the duty away; qualified / deferred-terms weaken it. */
  kind: LimitKind;
  phrase: string;
  label: string;
}

/** A deviation the review found in the same topic as a requirement. */
export interface NormenDeviation {
  category: string;
  name: string;
  start: number;
  end: number;
  label: string;
  quote: string;
}

export interface NormenRow {
  number: number;
  group: string;
  requirement: string;
  status: NormenStatus;
  /** The form's answer for the status in the checklist's language: "Ja" / "Delvis" / "Nei", "Yes" / "Partly" / "No". */
  answer: string;
  /** The clauses that cover the requirement, best first (offsets into the document text); none when not found. */
  covering: NormenCovering[];
  /** For a "Nei": clauses on the topic that still do not meet it (cited in the comment). */
  related?: NormenCovering[];
  found: string[];
  missing: string[];
  /** Why the answer is weaker than the aspects alone would give ("«kan» binder ikke leverandøren"). */
  notes?: string[];
  /** The limit that decided the answer ("er ikke forpliktet til" made it "Nei"), if one did. */
  limit?: NormenLimit;
  /** The requirement this one answers like (krav 21 like krav 15), when the link decided it. */
  linkedTo?: number;
  /** Deviations the review found in the same topic. */
  deviations?: NormenDeviation[];
  /** What to ask the vendor for. */
  ask?: string;
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


// ---------------------------------------------------------------------------------------------
// One keyword index over every aspect's patterns, look-alikes and weakeners, built on first use.

const aspectKey = (requirement: number, aspect: string) => `${requirement}:${aspect}`;
const excludeKey = (requirement: number, aspect: string) => `${requirement}:${aspect}:exclude`;
const weakenerKey = (requirement: number, i: number) => `${requirement}:weakener:${i}`;
const documentKey = (requirement: number, aspect: string) => `${requirement}:${aspect}:document`;
const linkKey = (requirement: number, i: number) => `${requirement}:link:${i}`;
const DESCRIPTIVE = (normenData as { descriptive: DescriptiveText }).descriptive;
const DUTY_SOURCE = concept('normen.duty');

let keywordIndex: KeywordIndex | undefined;
function index(): KeywordIndex {
  if (keywordIndex) return keywordIndex;
  const lists = new Map<string, readonly string[]>();
  for (const r of normenRequirements) {
    for (const a of r.aspects) {
      lists.set(aspectKey(r.number, a.id), a.patterns);
      if (a.exclude) lists.set(excludeKey(r.number, a.id), a.exclude);
      if (a.documentPatterns) lists.set(documentKey(r.number, a.id), a.documentPatterns);
    }
    r.weakenedBy?.forEach((w, i) => lists.set(weakenerKey(r.number, i), w.patterns));
    r.links?.forEach((l, i) => l.ifDocument && lists.set(linkKey(r.number, i), l.ifDocument));
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
const sameSection = (a: Unit, b: Unit) => headingOf(a) === headingOf(b);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The Bilag 1a checklist filled in from a DPA's text, or from a review of it: a front end that has
 * reviewed the document passes that review (its text, findings and language), so the document is
 * reviewed once; from text alone, the checklist reviews it itself (once) for the deviations it mentions.
 * @example normenChecklist(text).rows.find((r) => r.number === 26)?.status // 'met' | 'partly' | 'not-found'
 * @example normenChecklist(review(text, options)).rows[25].deviations // the review's own findings on incident notice
 */
export function normenChecklist(input: string | Review, options: { lang?: MessageLang; findings?: readonly Finding[] } = {}): NormenChecklist {
  const given = typeof input === 'string' ? undefined : input;
  const text = given ? given.document.text : (input as string);
  const lang = options.lang ?? given?.lang ?? messageLangFor(detectLanguage(text.slice(0, 20000)));
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
  // the same reading of the parties as the review's
  const { processorSource } = readParties(text);
  const keywords = index();
  const hits = units.map((u) => keywords.hits(u.match));
  const headingHits = new Map<string, Map<string, Set<string>>>();
  const hitsOfHeading = (u: Unit) => {
    const heading = headingOf(u);
    let h = headingHits.get(heading);
    if (!h) headingHits.set(heading, (h = keywords.hits(matchText(heading))));
    return h;
  };

  // the document's header (the title and parties, before the first duty near the start) and text
  // that only describes (a service description, a list of data categories) never cover anything
  const dutyRe = pattern(DUTY_SOURCE);
  const firstDuty = units.findIndex((u) => !isTitle(u) && findFirst(dutyRe, u.match) !== undefined);
  const descriptive = units.map(
    (u) => (firstDuty > 0 && u.index < firstDuty && u.start < 3000) || (!isTitle(u) && isDescriptive(u.match, matchText(headingOf(u)), DESCRIPTIVE)),
  );

  // whether a text (a clause or a heading) says an aspect, look-alikes discounted
  const says = (found: Map<string, Set<string>>, target: string, r: NormenRequirement, a: NormenAspect) => {
    if (!found.has(aspectKey(r.number, a.id))) return false;
    if (!a.exclude || !found.has(excludeKey(r.number, a.id))) return true;
    const lookAlikes = findAll(anyPattern(a.exclude), target);
    return findAll(anyPattern(a.patterns), target).some((m) => !lookAlikes.some((x) => overlaps(m, x)));
  };
  const outOfSection = (u: Unit, a: NormenAspect) => a.notInSection?.some((topic) => inSection(u, topic)) ?? false;
  const sayCache = new Map<string, boolean>();
  // the clause says the aspect, whether or not a limit takes it away
  const mentions = (u: Unit, r: NormenRequirement, a: NormenAspect) => {
    const key = `${u.index}:${r.number}:${a.id}`;
    let value = sayCache.get(key);
    if (value === undefined) sayCache.set(key, (value = !isTitle(u) && !descriptive[u.index] && !outOfSection(u, a) && says(hits[u.index], u.match, r, a)));
    return value;
  };

  // the limits each sentence of a clause puts on duties (offsets into the clause's matchText), for
  // clauses with a word that may limit one
  const limitCache = new Map<number, ClauseLimits>();
  const limitsOf = (u: Unit) => {
    let value = limitCache.get(u.index);
    if (value === undefined) {
      value = clauseLimits(text, u.start, u.end, u.match);
      limitCache.set(u.index, value);
    }
    return value;
  };
  const readingCache = new Map<string, AspectReading>();
  const readingOf = (u: Unit, r: NormenRequirement, a: NormenAspect): AspectReading => {
    const key = `${u.index}:${r.number}:${a.id}`;
    let value = readingCache.get(key);
    if (value === undefined) readingCache.set(key, (value = aspectReading(u.match, a, limitsOf(u), processorSource)));
    return value;
  };
  // the clause says the aspect and nothing takes it away
  const has = (u: Unit, r: NormenRequirement, a: NormenAspect) => mentions(u, r, a) && readingOf(u, r, a).counts;
  // the first clause that says an aspect only to take it away ("er ikke forpliktet til å logge")
  const takenAway = (r: NormenRequirement, a: NormenAspect) => {
    for (const u of units) if (mentions(u, r, a) && !readingOf(u, r, a).counts) return { unit: u, limit: readingOf(u, r, a).limit as DutyLimit };
    return undefined;
  };
  const hasByHeading = (u: Unit, r: NormenRequirement, a: NormenAspect) =>
    Boolean(a.headings) && !isTitle(u) && !descriptive[u.index] && headingOf(u).length > 0 && headingOf(u).length < 90 && says(hitsOfHeading(u), matchText(headingOf(u)), r, a);
  const saidAnywhere = (key: string) => units.find((u) => !isTitle(u) && !descriptive[u.index] && hits[u.index].has(key));

  const nearCache = new Map<number, Unit[]>();
  const near = (u: Unit) => {
    let list = nearCache.get(u.index);
    if (!list) nearCache.set(u.index, (list = nearUnits(units, u)));
    return list;
  };
  const phraseOf = (u: Unit, limit: DutyLimit) => limitPhrase(text, u.start, limit);
  const bindingCache = new Map<string, Binding>();
  const bindingOf = (u: Unit, r: NormenRequirement, span?: Span) => {
    const key = `${u.index}:${r.number}:${span ? `${span.start}` : ''}`;
    let value = bindingCache.get(key);
    if (value === undefined) {
      const sentence = span ?? quoteSpan(text, u, r);
      bindingCache.set(key, (value = sentenceBinding(match.slice(sentence.start, sentence.end), processorSource, leadInOf(units, u)?.match)));
    }
    return value;
  };

  let findings: readonly Finding[] | undefined = options.findings ?? given?.findings;
  const deviationsFor = (requirement: NormenRequirement): NormenDeviation[] => {
    if (!requirement.deviations?.length) return [];
    if (!findings) findings = /\S/.test(text) ? review(text, { lang }).findings : [];
    const seen = new Set<string>();
    const out: NormenDeviation[] = [];
    for (const f of findings) {
      if (!requirement.deviations.includes(f.category) || f.severity === 'info') continue;
      const unit = units.find((u) => u.start <= f.start && f.start < u.end);
      if (!unit) continue;
      const sentence = sentenceSpans(text, unit.start, unit.end).find((s) => s.start <= f.start && f.start < s.end) ?? { start: unit.start, end: unit.end };
      const label = locate(text, units, unit, lang);
      if (seen.has(`${f.category}:${label}`)) continue;
      seen.add(`${f.category}:${label}`);
      out.push({ category: f.category, name: getCategory(f.category)?.name[lang] ?? f.category, start: f.start, end: f.end, label, quote: quoteOf(text, withoutLabels(text, sentence)) });
    }
    return out;
  };

  const rows = normenRequirements.map<NormenRow>((requirement) => {
    const [about, ...rest] = requirement.aspects;
    // a clause under «Logging» that releases the vendor from logging is no clause on logging
    const candidates = units.filter((u) => has(u, requirement, about) || (hasByHeading(u, requirement, about) && !(mentions(u, requirement, about) && !readingOf(u, requirement, about).counts)));
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
        const supplier = where.find((other) => has(other, requirement, aspect)) ?? (aspect.documentPatterns ? saidAnywhere(documentKey(requirement.number, aspect.id)) : undefined);
        if (supplier) found.set(aspect.id, supplier);
      }
      // binding text first, then most aspects, most said in the clause itself, said rather than only
      // headed so, a duty ("skal") rather than a statement, then the first in the document
      const binding = bindingOf(unit, requirement);
      const limited = [...found].some(([id, u]) => readingOf(u, requirement, aspectById(requirement, id)).limit !== undefined);
      const rank = [binding === 'none' ? 0 : 1, limited ? 0 : 1, found.size, own, has(unit, requirement, about) ? 1 : 0, binding === 'duty' ? 1 : 0];
      if (!best || isBetter(rank, best.rank)) best = { unit, found, rank };
    }

    const weak: { unit: Unit; note: string }[] = [];
    requirement.weakenedBy?.forEach((w, i) => {
      const unit = candidates.find((u) => hits[u.index].has(weakenerKey(requirement.number, i)));
      if (unit) weak.push({ unit, note: w.note[lang] });
    });
    // the limits that decided the answer, taking away first
    const limits: NormenLimit[] = [];
    const limitOf = (unit: Unit, limit: DutyLimit): NormenLimit => ({ kind: limit.kind, phrase: phraseOf(unit, limit), label: locate(text, units, unit, lang) });
    // an aspect said only with a limit ("i den grad det er teknisk mulig", "etter nærmere avtale");
    // krav 26 reads its notice sentence by sentence below
    for (const [id, unit] of requirement.check === 'incident-notice' ? [] : (best?.found ?? [])) {
      const reading = readingOf(unit, requirement, aspectById(requirement, id));
      const limit = reading.counts ? reading.limit : undefined;
      if (limit && !weak.some((w) => w.unit === unit)) {
        weak.push({ unit, note: limitNote(limit, phraseOf(unit, limit), lang) });
        limits.push(limitOf(unit, limit));
      }
    }

    let found = best ? requirement.aspects.filter((a) => best.found.has(a.id)) : [];
    let missing = requirement.aspects.filter((a) => !found.includes(a));
    let coveringUnits = best ? [best.unit, ...[...best.found.values()].filter((u) => u !== best.unit)] : [];
    let focus = (u: Unit) => quoteSpan(text, u, requirement);
    const notes: string[] = [];

    if (requirement.check === 'incident-notice') {
      const [incidents, withoutDelay, routine] = requirement.aspects;
      const notice = incidentNotice(text, units, requirement, (u, a) => has(u, requirement, a), near, (u, limit) => phraseOf(u, limit));
      const routineUnit = routine ? units.find((u) => has(u, requirement, routine)) : undefined;
      const sentenceOf = new Map<number, Span>();
      if (notice.notices.length > 0) {
        // an unconditional "uten ugrunnet opphold" or "umiddelbart" is notice without delay, whatever
        // outer limit stands next to it; only a notice that is never unconditional is weak
        found = [incidents];
        if (notice.good.length > 0 || notice.weak.length > 0) found.push(withoutDelay);
        if (notice.good.length === 0 && notice.weak.length > 0) weak.push({ unit: notice.weak[0].unit, note: notice.weak[0].note[lang] });
        const shown = notice.good.length > 0 ? notice.good : notice.weak.length > 0 ? notice.weak : notice.notices;
        coveringUnits = [...new Set(shown.map((n) => n.unit))];
        for (const n of shown) if (!sentenceOf.has(n.unit.index)) sentenceOf.set(n.unit.index, n.sentence);
      } else if (notice.released.length > 0) {
        // "er ikke forpliktet til å varsle": the incidents are there, the notice is taken away
        const released = notice.released[0];
        found = [incidents];
        coveringUnits = [released.unit];
        sentenceOf.set(released.unit.index, released.sentence);
        notes.push(released.note[lang]);
        if (released.limit) limits.unshift(limitOf(released.unit, released.limit));
      } else if (best) {
        // incidents are handled, but nothing tells the controller: "korrigere avvik uten opphold" is not notice
        found = [incidents];
        coveringUnits = [best.unit];
      }
      if (routine && routineUnit && found.length > 0) {
        found.push(routine);
        if (!coveringUnits.includes(routineUnit)) coveringUnits.push(routineUnit);
      }
      missing = requirement.aspects.filter((a) => !found.includes(a));
      focus = (u: Unit) => sentenceOf.get(u.index) ?? quoteSpan(text, u, requirement);
    }

    let status: NormenStatus = found.length === 0 ? 'not-found' : missing.length === 0 && weak.length === 0 ? 'met' : 'partly';
    // a clause that takes an aspect away: a missing aspect says why; a "Nei" cites that clause; a
    // release or deferral elsewhere of an aspect that is met makes it "Delvis"
    let takenAwayBy: Unit | undefined;
    if (requirement.check !== 'incident-notice' || found.length === 0) {
      for (const aspect of requirement.aspects) {
        const away = takenAway(requirement, aspect);
        if (!away) continue;
        const isMissing = missing.includes(aspect);
        if (!isMissing && (away.limit.kind === 'negated' || coveringUnits.includes(away.unit))) continue;
        const note = limitNote(away.limit, phraseOf(away.unit, away.limit), lang);
        limits.unshift(limitOf(away.unit, away.limit));
        if (isMissing) notes.push(note);
        else {
          const where = locate(text, units, away.unit, lang);
          notes.push(lang === 'nb' ? `men ${where} ${note.replace(/^avtalen /, '')}` : `but ${where} ${note.replace(/^the agreement /, '')}`);
          if (status === 'met') status = 'partly';
        }
        takenAwayBy ??= away.unit;
        break;
      }
    }
    if (weak.length > 0 && status === 'partly') {
      const first = weak[0].unit;
      coveringUnits = [first, ...coveringUnits.filter((u) => u !== first)];
    }
    notes.push(...weak.map((w) => w.note));
    const covering = coveringUnits.slice(0, 3).map<NormenCovering>((unit) => {
      const span = focus(unit);
      // a list item is quoted with the short lead-in that makes it a sentence ("… underrette … dersom: … forsøk på …")
      const leadIn = unit.kind === 'list-item' ? leadInOf(units, unit) : undefined;
      const lead = leadIn && leadIn.end - leadIn.start < 250 ? `${quoteOf(text, { start: leadIn.start, end: leadIn.end }, leadIn.number)} ` : '';
      return {
        clauseIndex: unit.index,
        start: unit.start,
        end: unit.end,
        quote: lead + quoteOf(text, span, unit.number ?? /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]/.exec(text.slice(span.start, span.start + 14))?.[1]),
        ...(unit.number ? { number: unit.number } : {}),
        label: locate(text, units, unit, lang),
        binding: bindingOf(unit, requirement, span),
      };
    });
    // "forpliktelser etter dette punkt 5" in clause 6.5: a cross-reference to the wrong clause
    const selfReference = covering[0] && /(?:dette|this) (?:punkt|clause|section) (\d{1,2})\b/i.exec(covering[0].quote);
    const ownNumber = covering[0]?.label && /(?:punkt|clause) (\d{1,2})\b/.exec(covering[0].label)?.[1];
    if (selfReference && ownNumber && selfReference[1] !== ownNumber) {
      notes.push(
        lang === 'nb'
          ? `bestemmelsen står i punkt ${ownNumber}, men viser til «dette punkt ${selfReference[1]}»; be leverandøren rette henvisningen`
          : `the clause stands in clause ${ownNumber} but refers to "this clause ${selfReference[1]}"; ask the vendor to correct the reference`,
      );
    }
    // "Ja" needs a sentence that binds the vendor
    if (covering[0]?.binding === 'none' && (status === 'met' || (status === 'partly' && missing.length === 0))) {
      status = 'partly';
      notes.unshift(lang === 'nb' ? 'bestemmelsen binder ikke leverandøren (den gir en rett eller er kundens plikt)' : 'the clause does not bind the vendor (it grants a right or is a duty of the customer)');
    }
    // without its core the requirement is not met at all
    const related: NormenCovering[] = [];
    if (status !== 'not-found' && requirement.core?.some((id) => missing.some((a) => a.id === id))) {
      status = 'not-found';
      related.push(...covering.splice(0));
    }
    // a "Nei" because the only clause on it takes it away: cite that clause
    if (status === 'not-found' && covering.length === 0 && related.length === 0 && takenAwayBy) {
      const unit = takenAwayBy;
      const span = quoteSpan(text, unit, requirement);
      related.push({ clauseIndex: unit.index, start: unit.start, end: unit.end, quote: quoteOf(text, span, unit.number), ...(unit.number ? { number: unit.number } : {}), label: locate(text, units, unit, lang), binding: bindingOf(unit, requirement, span) });
    }
    return {
      number: requirement.number,
      group: requirement.group[lang],
      requirement: requirement.text,
      status,
      answer: '',
      covering,
      ...(related.length ? { related } : {}),
      found: found.map((a) => a.name[lang]),
      missing: missing.map((a) => a.name[lang]),
      notes,
      ...(limits.length ? { limit: limits[0] } : {}),
      deviations: deviationsFor(requirement),
      ask: requirement.ask[lang],
      comment: '',
    };
  });

  // linked requirements answer alike: krav 21 at least like krav 15, krav 19 like krav 12
  const order: Record<NormenStatus, number> = { 'not-found': 0, partly: 1, met: 2 };
  normenRequirements.forEach((requirement, i) => {
    const row = rows[i];
    requirement.links?.forEach((link, j) => {
      const linked = rows.find((r) => r.number === link.requirement);
      if (!linked) return;
      let supplier: Unit | undefined;
      if (link.ifDocument) {
        supplier = saidAnywhere(linkKey(requirement.number, j));
        if (!supplier) return;
      }
      const status = order[linked.status] < order[link.upTo] ? linked.status : link.upTo;
      if (order[status] <= order[row.status]) return;
      row.status = status;
      row.linkedTo = linked.number;
      row.covering = [...linked.covering.slice(0, 2)];
      if (supplier && !row.covering.some((c) => c.clauseIndex === supplier.index)) {
        const span = quoteSpan(text, supplier, requirement);
        row.covering.push({ clauseIndex: supplier.index, start: supplier.start, end: supplier.end, quote: quoteOf(text, span), ...(supplier.number ? { number: supplier.number } : {}), label: locate(text, units, supplier, lang), binding: bindingOf(supplier, requirement, span) });
      }
      if (status === 'met') row.missing = [];
    });
  });

  for (const row of rows) {
    row.answer = normenStatusLabel(row.status, lang);
    row.comment = normenComment(row, lang);
  }
  const summary: Record<NormenStatus, number> = { met: 0, partly: 0, 'not-found': 0 };
  for (const row of rows) summary[row.status]++;
  return { source: normenData.source, lang, document: { text }, rows, summary };
}

const aspectById = (requirement: NormenRequirement, id: string) => requirement.aspects.find((a) => a.id === id) as NormenAspect;

/** The lead-in a table row or list item stands under ("Databehandleren må … gjennomføre følgende tiltak:"). */
function leadInOf(units: Unit[], unit: Unit): Unit | undefined {
  if (unit.kind !== 'table-row' && unit.kind !== 'list-item') return undefined;
  for (let i = unit.index - 1; i >= 0 && unit.index - i <= 20 && sameSection(units[i], unit); i--) {
    if (/:\s*$/.test(units[i].match) && !isTitle(units[i])) return units[i];
    if (units[i].kind !== unit.kind) return undefined;
  }
  return undefined;
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
  /** What took the notice away ("er ikke forpliktet til å varsle"), offsets into the clause's matchText. */
  limit?: DutyLimit;
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
  phraseOf: (u: Unit, limit: DutyLimit) => string,
): { notices: Notice[]; good: Notice[]; weak: Notice[]; released: Notice[] } {
  const [incidents, withoutDelay] = requirement.aspects;
  const notices: Notice[] = [];
  const released: Notice[] = [];
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
      // "er ikke forpliktet til å varsle", "varsling avtales særskilt": no notice; "varsle … i den grad
      // det er teknisk mulig": a qualified one
      const limit = dutyLimits(said).find((l) => l.start <= verb.start && verb.start < l.end);
      if (limit && excludes(limit.kind)) {
        notice.limit = shifted(limit, sentence.start - unit.start);
        const phrase = phraseOf(unit, notice.limit);
        notice.note = { nb: limitNote(limit, phrase, 'nb'), en: limitNote(limit, phrase, 'en') };
        released.push(notice);
        return;
      }
      notices.push(notice);
      const qualifier = (limit ? { ...limit.phrase, text: '', groups: [] } : undefined) ?? findQualifiers(said)[0];
      const deadline = findDurations(said).find(
        (d) => d.unit !== 'months' && d.unit !== 'years' && d.hours > MAX_NOTICE_HOURS && (!other || d.start < other.start),
      );
      // an unconditional "uten ugrunnet opphold" stays that with an outer limit beside it ("og senest
      // innen 48 timer"); a qualifier before it ("om mulig uten opphold") or a longer deadline alone does not
      const delay = findFirst(delayRe, said);
      if (delay && (!qualifier || qualifier.start > delay.start)) {
        good.push(notice);
        return;
      }
      if (qualifier || deadline) {
        const phrases = [qualifier, deadline].filter((m): m is Match => m !== undefined).map((m) => `«${text.slice(sentence.start + m.start, sentence.start + m.end).replace(/\s+/g, ' ')}»`);
        notice.note = {
          nb: `varslingen er betinget eller har en lengre frist (${phrases.join(', ')}): det er ikke «uten opphold»`,
          en: `the notice is qualified or has a longer deadline (${phrases.join(', ')}): that is not "without delay"`,
        };
        weak.push(notice);
      }
    });
  }
  return { notices, good, weak, released };
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

// a whole sentence is quoted up to this length; a longer one is quoted from a little before the requirement's subject
const MAX_QUOTE = 450;
const BULLET_LINE = /^\s*(?:[-–—•▪◦·*●]|\(?[a-z0-9]{1,3}[.)])\s/u;

/** The quoted words, whitespace collapsed; "…" where the quote starts or ends inside a sentence. */
function quoteOf(text: string, span: Span, number?: string): string {
  let flat = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().replace(/^[-–—•▪◦·*●] +/u, '');
  // the clause's own number is in the citation already ("Punkt 3.4: «Dossier skal …»")
  if (number && (flat.startsWith(`${number} `) || flat.startsWith(`${number}. `) || flat.startsWith(`(${number}) `))) flat = flat.slice(flat.indexOf(' ') + 1);
  const startsInside = /[\p{L},] *$/u.test(text.slice(Math.max(0, span.start - 3), span.start));
  // cut only between words: the last whole word before the limit
  const cut = flat.length > MAX_QUOTE ? flat.slice(0, flat.lastIndexOf(' ', MAX_QUOTE - 2)).replace(/[,;:]$/, '') + ' …' : flat;
  const endsInside = cut === flat && /[\p{L},]/u.test(flat.slice(-1)) && /^ *[\p{Ll}\d]/u.test(text.slice(span.end, span.end + 3));
  return `${startsInside ? '… ' : ''}${cut}${endsInside ? ' …' : ''}`;
}

const ANNEX = /^\s*(vedlegg|bilag|bilaga|appendix|annex|schedule)\s+([0-9A-Z]{1,3})\b/i;

// an annex's own title line, for annexes the segmenter did not take as a heading: "Vedlegg A: Instruks for behandling"
const ANNEX_LINE = /^[ \t]*(vedlegg|bilag|appendix|annex)[ \t]+([0-9]{1,2}[a-z]?|[A-Z])[ \t]*(?:[:–—-][ \t]*\S[^\n]{0,80})?[ \t]*$/gim;
const SECTION_NUMBER = /^\s*(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+\S/;

/** The annex a clause stands in ("Vedlegg B"), from its headings or the last annex title line above it. */
function annexOf(text: string, unit: Unit): string | undefined {
  const fromHeading = [...unit.headings].reverse().map((h) => ANNEX.exec(h)).find((m) => m !== null);
  let found: RegExpExecArray | null | undefined = fromHeading;
  if (!found) {
    ANNEX_LINE.lastIndex = 0;
    for (let m = ANNEX_LINE.exec(text); m && m.index < unit.start; m = ANNEX_LINE.exec(text)) found = m;
    // a title line counts only when it stands on its own (an annex starts there, not a list of annexes)
    if (found && !/\n[ \t]*\n|^\s*\*{3}/.test(text.slice(Math.max(0, found.index - 3), found.index) + '\n\n')) found = undefined;
  }
  return found ? `${found[1][0].toUpperCase()}${found[1].slice(1).toLowerCase()} ${found[2]}` : undefined;
}

/** Where a clause stands, as a lawyer cites it: "punkt 3.11 (ii)", "Vedlegg B nr. 6", "Vedlegg 2 nr. 2, «Logging og sporbarhet»". */
function locate(text: string, units: Unit[], unit: Unit, lang: MessageLang): string {
  const cellNumber = (u: Unit) => u.number ?? /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\t/.exec(text.slice(u.start, u.end))?.[1];
  const annex = annexOf(text, unit);
  const nr = lang === 'nb' ? 'nr.' : 'no.';
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
  if (!number && unit.kind === 'paragraph') {
    // a second paragraph of a numbered clause: cited by the clause's number
    for (let i = unit.index - 1; i >= 0 && unit.index - i <= 2 && sameSection(units[i], unit); i--) {
      const parent = cellNumber(units[i]);
      if (parent && /\d/.test(parent) && units[i].kind !== 'heading') {
        number = parent;
        break;
      }
    }
  }
  if (number) {
    if (annex) return `${annex} ${nr} ${number}`;
    return lang === 'nb' ? `punkt ${number}` : `clause ${number}`;
  }
  const heading = headingOf(unit).replace(/\s+/g, ' ').trim();
  const sectionNumber = annex && !ANNEX.test(heading) ? SECTION_NUMBER.exec(heading)?.[1] : undefined;
  const firstCell = unit.kind === 'table-row' ? /^\s*([^\t\n]{2,60}?)\s*\t/.exec(unit.match) : null;
  if (firstCell) {
    const cell = text.slice(unit.start, unit.end).split('\t')[0].trim();
    if (sectionNumber) return `${annex} ${nr} ${sectionNumber}, «${cell}»`;
    return annex ? `${annex}, «${cell}»` : `«${cell}»`;
  }
  if (sectionNumber) return `${annex} ${nr} ${sectionNumber}`;
  if (heading) {
    const shown = heading.length > 60 ? heading.slice(0, 59) + '…' : heading;
    return lang === 'nb' ? `punktet «${shown}»` : `the section "${shown}"`;
  }
  return lang === 'nb' ? 'avtalen' : 'the agreement';
}
