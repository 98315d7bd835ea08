// Facts about a sentence that several rules need: who it gives a right or duty to, whether it is
// negated, and where a phrase stands. Pure functions over a sentence's matchText.

import { concept } from './lexicon';
import { CONTROLLER_OR_PUBLIC_SOURCE, CONTROLLER_SOURCE } from './values';
import { findAll, findFirst, pattern, type Match } from './match';
import { wordsBefore } from './sentence-parts';
import type { SentenceView } from './rule';

export type Party = 'processor' | 'controller';

const MODAL_SOURCE = concept('modal');

/**
 * The party a sentence gives its right or duty to: the party named closest before the first modal
 * verb ("Databehandler har rett til ...", "The Processor may ..."), or undefined.
 * @example subjectOf(sentence, processorSource) // 'processor'
 */
export function subjectOf(match: string, processorSource: string): Party | undefined {
  const modal = findFirst(pattern(MODAL_SOURCE), match);
  const head = modal ? match.slice(0, modal.start) : match.slice(0, 80);
  const processorAt = lastActorIndex(head, pattern(processorSource));
  const controllerAt = lastActorIndex(head, pattern(CONTROLLER_OR_PUBLIC_SOURCE));
  if (processorAt < 0 && controllerAt < 0) {
    // passive or later subject ("Det er Databehandlers plikt ...", "Hereby the Processor may ...")
    const anyProcessor = findFirst(pattern(processorSource), match);
    const anyController = findFirst(pattern(CONTROLLER_OR_PUBLIC_SOURCE), match);
    if (anyProcessor && (!anyController || anyProcessor.start < anyController.start)) return 'processor';
    if (anyController) return 'controller';
    return undefined;
  }
  return processorAt > controllerAt ? 'processor' : 'controller';
}

/**
 * The party named first in the part of a sentence (after its last comma, semicolon or colon) that leads up
 * to `at`: the subject of the word at `at` ("..., Customer must notify"; "Leverandøren gir kunden melding",
 * where the one told comes after the subject), or undefined when the part names neither.
 * @example firstPartyLeadingTo('if customer objects, customer must notify the supplier', 35, src) // 'controller'
 */
export function firstPartyLeadingTo(match: string, at: number, processorSource: string): Party | undefined {
  const lead = match.slice(0, at);
  const part = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
  const controller = findFirst(pattern(CONTROLLER_SOURCE), part);
  const processor = findFirst(pattern(processorSource), part);
  if (controller && (!processor || controller.start < processor.start)) return 'controller';
  return processor ? 'processor' : undefined;
}

/**
 * A party named in the genitive owns the noun after it and is no actor: "Kundens bruk av Tjenesten", "the Customer's
 * use", "Leverantörens policy". English marks it with an apostrophe; Scandinavian with -s on the definite form (-ens,
 * -ets, -ns), which no plural of a role word ends in ("Databehandlers", an indefinite genitive, is left: it is also an
 * English plural's shape).
 */
const GENITIVE_AFTER = /^(?:'s|s')(?!\p{L})/u;
const GENITIVE_WORD = /(?:n|et)s$/u;

/** Where the last party mention of `re` in `text` that is no genitive starts, or -1. */
function lastActorIndex(text: string, re: RegExp): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!GENITIVE_WORD.test(m[0]) && !GENITIVE_AFTER.test(text.slice(m.index + m[0].length))) at = m.index;
  }
  re.lastIndex = 0;
  return at;
}

/** Whether a sentence mentions the processor, the controller. */
export function mentions(match: string, source: string): boolean {
  return findFirst(pattern(source), match) !== undefined;
}

export const NEGATION_SOURCE = concept('negation');

/**
 * Whether a negation stands among the last `words` words before `at`, in its clause part (commas crossed,
 * not ";" or "however"): "right before" read in words, not in characters.
 * @example negatedInWords(matchText('the customer may not, however, object'), 31, 4) // false: "however" starts a new part
 */
export function negatedInWords(match: string, at: number, words: number): boolean {
  return findFirst(pattern(NEGATION_SOURCE), wordsBefore(match, at, words, true).text) !== undefined;
}

/** A definition: a quoted term, then "means", "betyr", ":" or "(" ("“Standard Contractual Clauses” means ..."; lexicon: definition.means). */
const DEFINITION_SOURCE = `^\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?["“”«'‘]([^"“”»'’]{1,80})["“”»'’]\\s*(?:\\(|:|${concept('definition.means')})`;

/**
 * Whether a sentence (matchText) is a definition of a term: it names a thing and allows or binds nothing.
 * @example isDefinition(matchText('1.2 “SCC” means the standard contractual clauses')) // true
 */
export function isDefinition(match: string): boolean {
  return findFirst(pattern(DEFINITION_SOURCE), match) !== undefined;
}

/**
 * The term a definition sentence defines (its words as written, and as a pattern source) and where its definition
 * starts (relative): `«Sikkerhetsbrudd» betyr et brudd ... som Leverandøren har bekreftet` → the term and the offset
 * after "betyr"; undefined when the sentence is no definition.
 * @example definitionOf(matchText('“Business Day” means a day ...'))?.bodyStart // 16
 * @example definitionOf(matchText('“Instructions” means the documented instructions'))?.text // 'instructions'
 */
export function definitionOf(match: string): { text: string; term: string; bodyStart: number } | undefined {
  const definition = findFirst(pattern(DEFINITION_SOURCE), match);
  const text = definition?.groups[0]?.trim();
  if (!definition || !text) return undefined;
  return { text, term: `\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, bodyStart: definition.end };
}

/** A sentence's span trimmed to the phrase [start, end) inside it, in absolute offsets. */
export function phraseIn(sentence: SentenceView, relStart: number, relEnd: number): { start: number; end: number } {
  return { start: sentence.start + relStart, end: sentence.start + relEnd };
}

/**
 * The party a sentence gives its right to, reading the vendor's "you" as the controller it addresses
 * ("You shall be entitled to, once per year, conduct an audit ..." → 'controller').
 * @example addressedSubjectOf(matchText('You may audit us'), processorSource) // 'controller'
 */
export function addressedSubjectOf(match: string, processorSource: string): Party | undefined {
  const modal = findFirst(pattern(concept('modal')), match);
  if (modal) {
    const addressee = findAll(pattern(concept('party.addressee')), match.slice(0, modal.start)).pop();
    const partyAfter = addressee && findFirst(pattern(`${processorSource}|${concept('party.controller')}`), match.slice(addressee.end, modal.start));
    if (addressee && !partyAfter) return 'controller';
  }
  return subjectOf(match, processorSource);
}

/** An exception to what the sentence said before it: "unless", "except where", "this does not apply where/to". */
const LATER_EXCEPTION_SOURCE = concept('exception.unless', 'exception.not-apply');
/** The processor judging: "considers", "deems", "anser", "finner", or "at its discretion" (lexicon: security.deems, security.discretion). */
const JUDGES_SOURCE = concept('security.deems', 'security.discretion');

/**
 * An exception the processor's own judgement decides: "...; this does not apply where the Processor considers, acting
 * reasonably, that the breach is unlikely to result in a risk", "med mindre Leverandøren anser ...". The exception then
 * empties the duty before it. Returns the span from the exception word to the judgement, relative to the sentence.
 * @example exceptionAtProcessorsJudgement(matchText('... unless the Processor considers it minor'), processorSource)?.text // 'unless the processor considers'
 */
export function exceptionAtProcessorsJudgement(match: string, processorSource: string): Match | undefined {
  for (const exception of findAll(pattern(LATER_EXCEPTION_SOURCE), match)) {
    const run = match.slice(exception.end).split(/[;.](?=\s|$)/u)[0];
    const lead = run.length - run.replace(/^[\s,]+/u, '').length;
    const judged = findFirst(pattern(`^(?:[\\p{L}']+ ){0,3}?(?:(?:${processorSource}|${concept('party.it')})(?:,? [\\p{L}']+){0,2}?,? )?${JUDGES_SOURCE}`), run.slice(lead));
    if (!judged) continue;
    // a judgement with no party named is the processor's only as "at its discretion"
    const end = exception.end + lead + judged.end;
    if (!findFirst(pattern(`${processorSource}|${concept('security.discretion')}`), match.slice(exception.end, end))) continue;
    return { start: exception.start, end, text: match.slice(exception.start, end), groups: [] };
  }
  return undefined;
}

// A duty said not to bind: "has no obligation to", "er ikke bundet av", "ansvarar inte för", "kan ikke kræves".
const DISCLAIMED_SOURCE = concept('duty.disclaimed');
const EXCEPTION_SOURCE = concept('exception.unless', 'exception.except');
// A disclaimer of only some instances keeps the duty: unlawful instructions, more than one audit a year.
const DISCLAIMER_LIMITED_SOURCE = concept('duty.disclaimer-limited');

/**
 * A sentence's disclaimer of a duty of the processor's (not the controller's): "has no obligation to", "revision kan
 * ikke kræves", with nothing after it that keeps the duty ("unless", "instructions that infringe the law", "more than
 * one audit"); undefined when there is none. The controller freed of a duty of its own ("Customer has no obligation
 * to audit") disclaims nothing of the processor's.
 * @example disclaimedDuty(matchText('The Processor has no obligation to return the data'), processorSource)?.text // 'has no obligation'
 */
export function disclaimedDuty(match: string, processorSource: string): Match | undefined {
  const disclaimer = findFirst(pattern(DISCLAIMED_SOURCE), match);
  if (!disclaimer) return undefined;
  const rest = match.slice(disclaimer.end);
  if (findFirst(pattern(EXCEPTION_SOURCE), rest) || findFirst(pattern(DISCLAIMER_LIMITED_SOURCE), rest)) return undefined;
  return firstPartyLeadingTo(match, disclaimer.start, processorSource) === 'controller' ? undefined : disclaimer;
}
