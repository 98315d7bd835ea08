// What end a use of the controller's data serves, read once for any rule that asks: the processor's own ends
// (its product ends, not a place of work named by an end word), ends that serve the processing itself or the
// controller, billing the controller only, a use bound to providing the service, a use on the controller's
// instruction, and a concessive ("regardless of whether ...") that widens a sentence without permitting.
// Read by own-purpose-use; the words are lexicon concepts (purpose.*, usage.billing, instruction.on-request).

import { concept, conceptAnywhere, conceptPrefix, conceptStem } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import { samePart, textToPartStop, wordsAfter } from './sentence-parts';
import { CONTROLLER_SOURCE } from './values';

/** The vendor's own ends: its product ends and more (lexicon: purpose.product-end, purpose.own-end-more). */
export const OWN_END_SOURCE = concept('purpose.product-end', 'purpose.own-end-more');
/** The vendor's product ends: developing, improving, training on the data (lexicon: purpose.product-end). */
export const PRODUCT_END_SOURCE = concept('purpose.product-end');
/** "service improvement", "produktutvikling": improving the product named as a purpose (lexicon: purpose.improvement). */
export const IMPROVEMENT_SOURCE = concept('purpose.improvement');
/** The use on the controller's instruction or request: the controller's own purpose (lexicon: instruction.on-request). */
export const INSTRUCTED_SOURCE = conceptPrefix('instruction.on-request');
// An end word that names a place of work, not a purpose: "udviklingsmiljøer", "development environment" (lexicon: purpose.environment).
const ENVIRONMENT_SOURCE = `^[\\p{L}-]*?(?: )?${conceptAnywhere('purpose.environment')}`;
// "uanset om", "regardless of whether" (lexicon: condition.concessive).
const CONCESSIVE_SOURCE = concept('condition.concessive');
// "solely to provide the Service", "kun for å levere tjenesten": the use serves the service itself.
const SERVICE_ONLY_SOURCE = concept('purpose.service-only');
// The controller's own ends: "Kundens marknadsföring", "for the Controller's statistics".
const CONTROLLER_END_SOURCE = concept('purpose.controller-end');
// The processor's other customers: "across the provider's customer base", "på tvers av kundene".
const OTHER_CUSTOMERS_SOURCE = concept('purpose.other-customers');
// An end pursued over the processor's other customers: "to detect fraud and abuse across the Processor's customer base",
// "for å avdekke misbruk på tvers av kundene" (the marker of a purpose, a few words, the other customers).
const END_ACROSS_CUSTOMERS_SOURCE = `${concept('infinitive.purpose-marker')} (?:[\\p{L}'’-]+ ){1,5}?(?:${OTHER_CUSTOMERS_SOURCE})`;
// An end that is the controller's or the processing's own safety: "improve the security", "develop the Customer's solution" (within the four words after the end).
const SERVING_END_SOURCE = `^\\s*(?:\\p{L}+ ){0,3}${conceptPrefix('purpose.serving')}`;
// Billing the controller: counting users or volumes only to invoice is the controller's own agreement.
const BILLING_SOURCE = conceptPrefix('usage.billing');

/** Whether the word at `at` stands in a concessive of its own clause part ("uanset om ... anonymiseret", "regardless of whether it is aggregated"): it widens the sentence, never permits on its own. */
export function concessiveAt(match: string, at: number): boolean {
  const concessive = findAll(pattern(CONCESSIVE_SOURCE), match.slice(0, at)).pop();
  return concessive !== undefined && samePart(match, concessive.end, at);
}

/** The processor's own ends in a sentence ("for produktudvikling"), less the environments named by an end word ("test- og udviklingsmiljøer"). */
export function ownEndIn(match: string): Match | undefined {
  return findAll(pattern(OWN_END_SOURCE), match).find((end) => !findFirst(pattern(ENVIRONMENT_SOURCE), match.slice(end.start)));
}

/** Whether a use at `at` is made on the controller's instruction or request, said in the same clause part ("etter dennes skriftlige instruks"). */
export function onInstructionAt(match: string, at: number): boolean {
  const onInstruction = findFirst(pattern(INSTRUCTED_SOURCE), match);
  return onInstruction !== undefined && samePart(match, at, onInstruction.start);
}

/**
 * An end the use serves over the processor's other customers, whatever the end is (fraud detection, security,
 * quality): the data then serves the processor's business, not this controller's processing.
 * @example endAcrossCustomers(matchText("to detect fraud and abuse across the Processor's customer base"))?.text // "to detect fraud and abuse across the processor's customer base"
 */
export function endAcrossCustomers(text: string): Match | undefined {
  return findFirst(pattern(END_ACROSS_CUSTOMERS_SOURCE), text);
}

/**
 * Whether the end just before `at` serves the controller's processing itself ("improve the security"): not when the
 * same clause part spreads it over the processor's other customers ("security ... across its customer base").
 */
export function servingEndAt(match: string, at: number): boolean {
  if (!findFirst(pattern(SERVING_END_SOURCE), wordsAfter(match, at, 4))) return false;
  return !findFirst(pattern(OTHER_CUSTOMERS_SOURCE), textToPartStop(match.slice(at)));
}

/** Whether the end that runs from `from` to `to` is the controller's own, said in it or in the words right after it ("markedsføring for kunden"). */
export function controllersEnd(match: string, from: number, to: number): boolean {
  return findFirst(pattern(CONTROLLER_END_SOURCE), match.slice(from, to + wordsAfter(match, to, 5).length)) !== undefined;
}

/** Whether the sentence's ends are only billing the controller ("solely for invoicing the Controller"). */
export function onlyBilling(match: string): boolean {
  if (!findFirst(pattern(BILLING_SOURCE), match)) return false;
  return findAll(pattern(PRODUCT_END_SOURCE), match).every((end) => findFirst(pattern(`^${conceptStem('purpose.statistics')}`), end.text));
}

// "but only", "men utelukkende": a contrast that narrows what it follows to the restriction after it
const NARROWING_CONTRAST_SOURCE = `${concept('clause.contrast')},?\\s*$`;

/**
 * Whether the use is bound to providing the service ("aggregated statistics solely to provide the reporting features
 * of the Service to Customer", "statistikk ..., men utelukkende for å levere rapporter til Kunden") with no product end
 * after it ("solely to provide and improve" is still an own end). A "but" right before the "only" narrows the use, it
 * opens no new part.
 */
export function serviceOnlyAfter(match: string, at: number): boolean {
  const only = findFirst(pattern(SERVICE_ONLY_SOURCE), match.slice(at));
  const narrowing = only && findFirst(pattern(NARROWING_CONTRAST_SOURCE), match.slice(at, at + only.start));
  if (!only || !samePart(match, at, at + (narrowing?.start ?? only.start))) return false;
  const purpose = textToPartStop(match.slice(at + only.start));
  return !findFirst(pattern(`${PRODUCT_END_SOURCE}|${concept('service.improve')}|${IMPROVEMENT_SOURCE}`), purpose.slice(only.end - only.start));
}

/** An exception after the promise: "med undantag för", "except for", "bortsett fra" (lexicon: exception.except). */
const EXCEPT_SOURCE = concept('exception.except');

/**
 * The own end an exception adds to a use bound to the service: "enbart för att tillhandahålla tjänsten, med undantag för
 * sådan behandling som Biträdet bedömer vara nödvändig för att utveckla nya tjänster", "solely to provide the Service,
 * except for processing to improve our products". Undefined when the exception names no own end ("except where the law
 * requires").
 * @example ownEndExcepted(matchText('only to provide the Service, except to develop new products'))?.text // 'except to develop'
 */
export function ownEndExcepted(match: string): Match | undefined {
  const only = findFirst(pattern(SERVICE_ONLY_SOURCE), match);
  if (!only) return undefined;
  const except = findAll(pattern(EXCEPT_SOURCE), match).find((e) => e.start >= only.end);
  if (!except) return undefined;
  const end = findFirst(pattern(`${PRODUCT_END_SOURCE}|${concept('service.improve')}|${IMPROVEMENT_SOURCE}`), match.slice(except.end));
  if (!end) return undefined;
  // processing the controller asks for is the controller's own end ("med unntak av behandling som Kunden ber om")
  if (findFirst(pattern(`${CONTROLLER_SOURCE}|${INSTRUCTED_SOURCE}`), match.slice(except.end, except.end + end.start))) return undefined;
  return { start: except.start, end: except.end + end.end, text: match.slice(except.start, except.end + end.end), groups: [] };
}
