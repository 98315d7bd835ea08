// How the Normen checklist reads a clause before it counts it: whether the text is the agreement's
// operative part at all (not the document header, a service description or a list of data
// categories), and whether a sentence binds the vendor (a duty of the processor or a passive duty,
// "skal logges"), or only lets it ("kan"), binds the customer, or says what the vendor aims at.

import { concept } from '../lexicon';
import { anyPattern, findAll, findFirst, pattern } from '../match';
import type { Span } from '../types';
import { CONTROLLER_SOURCE } from '../values';

/** How strongly a sentence binds the vendor: a duty (skal, må, plikter), a plain statement, or not at all. */
export type Binding = 'duty' | 'statement' | 'none';

const DUTY_SOURCE = concept('normen.duty');
const PERMISSION_SOURCE = concept('normen.permission');

/**
 * How a sentence (a matchText) binds the vendor. A lead-in ("Databehandleren må … gjennomføre
 * følgende tiltak:") lends its duty to the table rows and list items under it.
 * @example sentenceBinding('databehandler skal separere data som tilhører forskjellige kunder.', source) // 'duty'
 * @example sentenceBinding('behandlingsansvarlig kan stille krav til autentisering.', source) // 'none'
 */
export function sentenceBinding(match: string, processorSource: string, leadIn?: string): Binding {
  const duty = findFirst(pattern(DUTY_SOURCE), match);
  const permission = findFirst(pattern(PERMISSION_SOURCE), match);
  const modal = duty && (!permission || duty.start <= permission.start) ? duty : permission;
  // a right or duty of the customer, not of the vendor: the customer is the last party named before the modal verb
  if (modal && subjectBefore(match.slice(0, modal.start), processorSource) === 'controller') return 'none';
  if (modal === duty && duty) return 'duty';
  // "Kun autorisert personell får tilgang": a permission narrowed by "kun" is a restriction, and binds
  if (permission && RESTRICTED.test(match.slice(Math.max(0, permission.start - 60), permission.start))) return 'duty';
  if (permission) return 'none';
  if (leadIn !== undefined && sentenceBinding(leadIn, processorSource) === 'duty') return 'duty';
  return 'statement';
}

const RESTRICTED = /(?:^|[^\p{L}])(?:kun|bare|utelukkende|only|endast|enbart)(?![\p{L}])/u;

// "kundens data", "customer data": the customer's things, not the customer acting
const OWNED = /^(?:s|'s|s')?\s+(?:data|personopplysning\p{L}*|opplysning\p{L}*|informasjon\p{L}*|information|systemer|systems?|brukere|users)\b/u;

// "tilgang til loggene for kunden skal …", "access for the customer will …": the customer is who it is for, not who acts
const FOR_PARTY_SOURCE = `${concept('normen.for-party')} (?:the |den |det )?$`;
const FRONTED_CONDITION_SOURCE = `^\\W*${concept('conjunction.condition')}[^,]*,`;

/**
 * The party named last in the words before a modal verb, leaving out "kundens data" and a fronted
 * condition ("Dersom kunden ikke ber om annet, skal loggene …": the customer is not the subject).
 */
export function subjectBefore(whole: string, processorSource: string): 'processor' | 'controller' | undefined {
  const fronted = findFirst(pattern(FRONTED_CONDITION_SOURCE), whole);
  const head = fronted ? whole.slice(fronted.end) : whole;
  let processorAt = -1;
  let controllerAt = -1;
  for (const m of findAll(pattern(processorSource), head)) processorAt = m.start;
  for (const m of findAll(pattern(CONTROLLER_SOURCE), head)) {
    if (OWNED.test(head.slice(m.end)) || findFirst(pattern(FOR_PARTY_SOURCE), head.slice(Math.max(0, m.start - 16), m.start))) continue;
    controllerAt = m.start;
  }
  if (processorAt < 0 && controllerAt < 0) return undefined;
  return processorAt > controllerAt ? 'processor' : 'controller';
}

/** Headings and openings of text that only describes: a service description, data categories. */
export interface DescriptiveText {
  headings: string[];
  openings: string[];
}

/**
 * Whether a clause only describes (it sits under a descriptive heading, or opens like a list of
 * data categories): such text never counts as covering a requirement.
 * @example isDescriptive('Kategorier av personopplysninger: navn, aktivitetslogg', 'Vedlegg A', data) // true
 */
export function isDescriptive(match: string, innermostHeading: string, data: DescriptiveText): boolean {
  if (innermostHeading && findFirst(anyPattern(data.headings), innermostHeading)) return true;
  return findFirst(anyPattern(data.openings), match.slice(0, 160)) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Limited duties. A duty the text releases the vendor from ("er ikke forpliktet til å",
// "shall not be required to"), leaves to an agreement not yet made ("avtales særskilt", "to be
// agreed") or denies ("loggene gjøres ikke tilgjengelige") is not said at all; one it makes the
// vendor's to judge ("i den grad det er teknisk mulig", "to the extent commercially reasonable") or
// whose terms it leaves open ("etter nærmere avtale") is said, but only in part.

/**
 * How a sentence limits a duty: `released`, `deferred` and `negated` take the duty away; `qualified`
 * and `deferred-terms` weaken it.
 */
export type LimitKind = 'released' | 'deferred' | 'negated' | 'qualified' | 'deferred-terms';

/** A limit in a sentence: the words that say it, and the part of the sentence it governs (offsets into the sentence). */
export interface DutyLimit {
  kind: LimitKind;
  phrase: Span;
  start: number;
  end: number;
}

/** Whether a limit takes the duty away (the aspect is not said) rather than weakening it. */
export const excludes = (kind: LimitKind) => kind === 'released' || kind === 'deferred' || kind === 'negated';

const RELEASE_SOURCE = concept('normen.release');
const DEFERRED_SOURCE = concept('normen.deferred');
const DEFERRED_TERMS_SOURCE = concept('normen.deferred-terms');
const QUALIFIED_SOURCE = concept('qualifier.effort', 'normen.limit');
// words that make a negation a restriction or a bound: "ikke … med mindre", "not … except", "no later than"
const UNLESS_SOURCE = concept('normen.unless', 'exception.except');
// "uten", "without": in the lexicon's negation, but a restriction ("ikke … uten samtykke"), not a denial
const PRIVATIVE_SOURCE = concept('normen.privative');
const NEGATION_SOURCE = concept('negation');
const ENDS_SOURCE = concept('normen.ends');
// where a clause of a sentence ends: ";", "men", ", og"
const CLAUSE_BREAK_SOURCE = `(?:;|${concept('normen.clause-break')}|,\\s*${concept('normen.clause-join')})`;
/** Any word that may limit a duty: a cheap test before the closer reading. */
export const LIMIT_HINT_SOURCE = `(?:${RELEASE_SOURCE}|${DEFERRED_SOURCE}|${DEFERRED_TERMS_SOURCE}|${QUALIFIED_SOURCE}|${NEGATION_SOURCE})`;

/** The clauses of a sentence (a matchText), split at ";", "men", ", og". */
function clausesOf(sentence: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of findAll(pattern(CLAUSE_BREAK_SOURCE), sentence)) {
    if (m.start > start) spans.push({ start, end: m.start });
    start = m.start;
  }
  spans.push({ start, end: sentence.length });
  return spans;
}

const clauseAt = (clauses: Span[], at: number) => clauses.find((c) => c.start <= at && at < c.end) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };

/**
 * The limits a sentence (a matchText) puts on duties: a release governs the rest of its clause (a
 * release with "med mindre" is a conditional duty, so only `qualified`); a deferral or a qualifier
 * governs its whole clause. Denials by a plain "ikke" are read per aspect (`negationOf`).
 * @example dutyLimits('databehandler er ikke forpliktet til å logge tilgang.')[0].kind // 'released'
 * @example dutyLimits('loggene gjøres tilgjengelige i den grad det er teknisk mulig.')[0].kind // 'qualified'
 */
export function dutyLimits(sentence: string): DutyLimit[] {
  const clauses = clausesOf(sentence);
  const limits: DutyLimit[] = [];
  for (const m of findAll(pattern(RELEASE_SOURCE), sentence)) {
    const clause = clauseAt(clauses, m.start);
    const unless = findFirst(pattern(UNLESS_SOURCE), sentence.slice(m.end, clause.end));
    // "ikke forpliktet til …, med mindre det foreligger et avvik": the duty holds only on that condition
    limits.push({ kind: unless ? 'qualified' : 'released', phrase: unless ? { start: m.end + unless.start, end: clause.end } : widened(sentence, m), start: m.start, end: clause.end });
  }
  const whole = (kind: LimitKind, source: string) => {
    for (const m of findAll(pattern(source), sentence)) {
      if (limits.some((l) => l.phrase.start <= m.start && m.start < l.phrase.end)) continue;
      const clause = clauseAt(clauses, m.start);
      limits.push({ kind, phrase: m, start: clause.start, end: clause.end });
    }
  };
  // open terms first: "on terms to be agreed" is a duty with open terms, not a deferred duty
  whole('deferred-terms', DEFERRED_TERMS_SOURCE);
  whole('deferred', DEFERRED_SOURCE);
  whole('qualified', QUALIFIED_SOURCE);
  return limits;
}

/** A phrase with the short words next to it, so it reads as said: "ikke forpliktet" → "er ikke forpliktet til". */
function widened(sentence: string, phrase: Span): Span {
  const before = /(?:^|\s)(\p{L}{1,3})\s+$/u.exec(sentence.slice(Math.max(0, phrase.start - 8), phrase.start));
  const after = /^\s+(\p{L}{1,3})(?=\s|$)/u.exec(sentence.slice(phrase.end, phrase.end + 8));
  return { start: before ? phrase.start - before[0].trimStart().length : phrase.start, end: after ? phrase.end + after[0].length : phrase.end };
}

/**
 * Whether a plain negation denies what an aspect's match says ("loggene gjøres ikke tilgjengelige",
 * "taushetsplikten gjelder ikke etter opphør"): a negation just before or inside the match that
 * is not part of what the aspect says (the aspect still matches without it, unlike "ikke kan
 * omgås"), in a clause without a restriction ("ikke … uten samtykke", "not … unless") and not after
 * a verb of ending ("bortfaller ikke"). Returns the denial, or undefined.
 * @example negationOf('loggene gjøres ikke tilgjengelige for kunden.', { start: 0, end: 33 }, aspectRe) // { kind: 'negated', … }
 */
export function negationOf(sentence: string, match: Span, aspect: RegExp): DutyLimit | undefined {
  const privatives = findAll(pattern(PRIVATIVE_SOURCE), sentence);
  const releases = findAll(pattern(RELEASE_SOURCE), sentence);
  const clauses = clausesOf(sentence);
  for (const n of findAll(pattern(NEGATION_SOURCE), sentence)) {
    if (n.start < match.start - NEGATION_REACH || n.start >= match.end) continue;
    if (privatives.some((p) => p.start === n.start) || releases.some((r) => r.start <= n.start && n.start < r.end)) continue;
    // "ikke-autorisert": a prefix of a word; "Annex 2 no. 6": a number; neither denies anything
    if (/^(?:\s?-|\.|\s?\d)/.test(sentence.slice(n.end, n.end + 2))) continue;
    const clause = clauseAt(clauses, n.start);
    if (match.start < clause.start || match.start >= clause.end) continue;
    // "Dersom kunden ikke ber om det, skal loggene …": a negation in another part of the sentence
    if (sentence.slice(n.end, match.end).includes(',')) continue;
    const clauseText = sentence.slice(clause.start, clause.end);
    if (findFirst(pattern(PRIVATIVE_SOURCE), clauseText) || findFirst(pattern(UNLESS_SOURCE), clauseText)) continue;
    // "bortfaller ikke etter opphør", "shall not end after termination": the end is denied, not the aspect
    const verbAround = sentence.slice(Math.max(clause.start, n.start - 25), n.start) + ' ' + sentence.slice(n.end, Math.max(n.end, match.start));
    if (findFirst(pattern(ENDS_SOURCE), verbAround)) continue;
    // the aspect without the negation: still said there, so the negation denies it
    const without = sentence.slice(0, n.start) + ' '.repeat(n.end - n.start) + sentence.slice(n.end);
    if (!findAll(aspect, without).some((m) => m.start < match.end && match.start < m.end)) continue;
    return { kind: 'negated', phrase: { start: n.start, end: Math.max(n.end, match.end) }, start: clause.start, end: clause.end };
  }
  return undefined;
}

// how far before an aspect's words a negation still denies them ("gjøres ikke tilgjengelige")
const NEGATION_REACH = 30;
