// How a sentence speaks of a transfer of personal data: the acts (transfer, process, store, access, copy — not
// the role nouns those stems also match), the controller's control over it (a documented or specific
// instruction, prior written consent), a ban on it, the processing it allows outside the EU/EEA, the transfer
// basis (SCC) it makes the only condition, who ensures that basis, and whether its section requires the
// controller's instruction. Offsets relative to the matchText given.

import { concept } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import type { SentenceFrame } from './frame';
import { isDefinition } from './clause-facts';
import { THIRD_COUNTRY_SOURCE } from './places';
import type { RuleContext } from './rule';
import { clausesNearInSection } from './sections';
import type { Clause } from './types';
import { CONTROLLER_SOURCE } from './values';
import { wordsAfter, wordsBefore, wordsBetween } from './sentence-parts';

/** Moving or exposing the data, or copying it there ("replicated to a disaster recovery site outside the EEA"). */
export const TRANSFER_SOURCE = concept('transfer.copy', 'transfer.act', 'transfer.access');

/**
 * The controller's control over a transfer: a documented/specific instruction or consent, prior written consent, "on
 * the controller's instructions", "the Customer instructs" (lexicon: instruction.*; the controller: party.controller).
 */
export const CONTROLLER_CONTROL_SOURCE = [
  `${concept('instruction.qualifier')} (?:\\p{L}+ ){0,2}${concept('instruction.word', 'instruction.consent-word')}`,
  concept('instruction.prior-consent'),
  `${concept('instruction.according-to')} (?:the |den |\\p{L}+s )?(?:\\p{L}+ ){0,2}${concept('instruction.word')}`,
  `${CONTROLLER_SOURCE} (?:\\p{L}+ ){0,2}${concept('instruction.gives', 'instruction.word')}`,
].join('|');

/** "without", "unless": the exception after a ban (lexicon: transfer.exception). */
export const TRANSFER_EXCEPTION_SOURCE = concept('transfer.exception');

/** A conditional ("if data is transferred ..."; lexicon: condition.hypothetical). */
const CONDITIONAL_SOURCE = concept('condition.hypothetical');
/** A sentence that opens with "om" ("Om personopplysninger overføres ..."): a condition (lexicon: condition.opening-if). */
const OPENING_IF_SOURCE = `^\\W*(?:[\\d.]+\\s*)?${concept('condition.opening-if')}`;

/** A transfer basis, also as the head of a compound ("overføringsgrunnlag", "överföringsmekanism"). */
const BASIS_WORD_SOURCE = concept('transfer.basis', 'transfer.basis-head');

/** Role nouns that the processing verbs' stems also match ("processor", "behandlingsansvarlig"; lexicon: transfer.party-word). */
const PARTY_WORD_SOURCE = `^(?:${concept('transfer.party-word')})$`;

/**
 * Whether a word the transfer stems match names a party, not an act.
 * @example isPartyWord(findFirst(pattern(TRANSFER_SOURCE), 'the processor')!) // true
 */
export function isPartyWord(word: Match): boolean {
  return findFirst(pattern(PARTY_WORD_SOURCE), word.text) !== undefined;
}

/**
 * The words of a transfer act in a matchText, less the role nouns.
 * @example transferActs('the processor may transfer data').map((v) => v.text) // ['transfer']
 */
export function transferActs(match: string): Match[] {
  return findAll(pattern(TRANSFER_SOURCE), match).filter((v) => !isPartyWord(v));
}

/**
 * The first exception ("except", "unless", "uten") whose next words, at most four, lead to `what`: "not ... without a valid
 * transfer basis", "except to the Sub-processors listed in Annex 3". The pattern counts the words; no character limit.
 * @example exceptionLeadingTo('no transfer without a valid transfer basis', TRANSFER_EXCEPTION_SOURCE, BASIS_WORD_SOURCE)?.text // 'without'
 */
export function exceptionLeadingTo(match: string, exceptionSource: string, what: string): Match | undefined {
  return findAll(pattern(exceptionSource), match).find((e) => findFirst(pattern(`^(?:\\p{L}+ ){0,4}?${what}`), match.slice(e.end + 1)));
}

/**
 * Whether a sentence forbids the transfer: a negation that is not about the destination's protection
 * ("a country without an adequate level of protection") and not an exception on the processor's own
 * terms ("not ... without a valid transfer basis", which permits the transfer on the vendor's terms).
 * `offset` is the sentence's start (the frame's offsets are absolute).
 */
export function prohibitsTransfer(match: string, frame: SentenceFrame, offset: number): boolean {
  if (exceptionLeadingTo(match, TRANSFER_EXCEPTION_SOURCE, BASIS_WORD_SOURCE)) return false;
  const free = withoutControl(match);
  return frame.negations.some((neg) => !(free && neg.start - offset === free.without.start) && !findFirst(pattern(concept('transfer.adequacy')), wordsAfter(match, neg.end - offset, 4)));
}

const WITHOUT_SOURCE = concept('negation.without');
const DENIAL_BEFORE_SOURCE = `(?!${WITHOUT_SOURCE})${concept('negation', 'negation.denial')}`;

/**
 * The controller's control named only as what the processor may do without ("får anlita underbiträden utanför EU/EES
 * utan särskilt godkännande", "may transfer without specific instructions"): "without" at most three words before the
 * control, and no ban before it ("shall not transfer ... without prior written consent" keeps the control).
 * @example withoutControl('may transfer data to third countries without specific approval')?.control.text // 'specific approval'
 */
export function withoutControl(match: string): { without: Match; control: Match } | undefined {
  for (const control of findAll(pattern(CONTROLLER_CONTROL_SOURCE), match)) {
    const lead = wordsBefore(match, control.start, 4);
    const without = findAll(pattern(WITHOUT_SOURCE), lead.text).pop();
    if (!without) continue;
    const at = { ...without, start: lead.from + without.start, end: lead.from + without.end };
    if (!findFirst(pattern(DENIAL_BEFORE_SOURCE), match.slice(0, at.start))) return { without: at, control };
  }
  return undefined;
}

/**
 * The controller's control over a transfer that a sentence names (not one the processor may do without).
 * @example controlIn('shall not transfer without prior written consent')?.text // 'prior written consent'
 */
export function controlIn(match: string): Match | undefined {
  const free = withoutControl(match);
  return findAll(pattern(CONTROLLER_CONTROL_SOURCE), match).find((c) => !free || c.start !== free.control.start);
}

/**
 * Whether a sentence opens with a condition ("Om personopplysninger overføres ...", "Om den personuppgiftsansvarige
 * godkänner ..."): what follows is hypothetical.
 * @example opensWithIf('om kunden godkjenner overføring, skal ...') // true
 */
export function opensWithIf(match: string): boolean {
  return findFirst(pattern(OPENING_IF_SOURCE), match) !== undefined;
}

/** How many words before the place the act that goes there may stand ("may be processed by our staff in the United States"). */
const PROCESSED_WORDS = 7;

/**
 * The processing, storage or transfer a sentence allows outside the EU/EEA (`third`: where it names that) as a
 * possibility or a fact: "may be processed in the United States and other countries", "may involve processing
 * outside the UK", "stores the data outside the EEA". Not inside a condition ("if data is transferred outside
 * the EEA, ..."): that is judged by the basis it names.
 */
export function processingAllowedOutside(match: string, third: Match): { start: number; end: number } | undefined {
  const verb = transferActs(match).find((v) => v.end <= third.start && (wordsBetween(match, v, third) <= PROCESSED_WORDS || placesNamedLater(match.slice(v.end, third.start))));
  if (!verb) return undefined;
  const before = match.slice(0, verb.start);
  if (findFirst(pattern(CONDITIONAL_SOURCE), before) || opensWithIf(match)) return undefined;
  const may = findFirst(pattern(concept('modal.possible', 'transfer.stated')), wordsBefore(match, verb.start, 8).text + verb.text);
  if (!may) return undefined;
  return { start: verb.start, end: third.end };
}

/** The places a verb's destination stands for, named in a relative clause after it: "move data to any region listed there, which currently includes …". */
const PLACES_NAMED_LATER_SOURCE = `^(?: [\\p{L}\\p{N}'’-]+){0,5} ${concept('transfer.place-noun')}\\b[^.;]{0,60}?${concept('transfer.which-includes')}\\b[^.;]{0,40}$`;

/**
 * Whether the words from a verb to a country are a place noun and a relative clause that names the places:
 * "Customer Data in any region listed there, which currently includes regions in" (the United States).
 * @example placesNamedLater(' data to any region we choose, which currently includes ') // true
 */
export function placesNamedLater(between: string): boolean {
  return findFirst(pattern(PLACES_NAMED_LATER_SOURCE), between) !== undefined;
}

/**
 * The transfer basis a sentence makes the only condition of a transfer, with no word of the
 * controller's instruction: "the transfer takes place only on a valid transfer basis (e.g. SCC)",
 * "Dataöverföring sker under EU-kommissionens standardavtalsklausuler". A definition allows nothing.
 */
export function basisOnlyCondition(match: string): Match | undefined {
  const basis = findFirst(pattern(concept('transfer.basis')), match);
  if (!basis || isDefinition(match)) return undefined;
  if (!transferActs(match).some((v) => v.end <= basis.start || v.start >= basis.end)) return undefined;
  return basis;
}

/** Whether the controller is the one who ensures the basis ("the Customer shall ensure ..."): it is named in the six words before the verb or the four from it. */
export function controllerEnsures(match: string, verb: Match): boolean {
  const around = match.slice(wordsBefore(match, verb.start, 6).from, verb.start + wordsAfter(match, verb.start, 4).length);
  return findFirst(pattern(CONTROLLER_SOURCE), around) !== undefined;
}

/** Whether the clause or the few clauses of its section around it require the controller's instruction for transfers to third countries. */
export function sectionRequiresInstruction(context: RuleContext, clause: Clause): boolean {
  return clausesNearInSection(context.clauses, clause, 4).some((other) =>
    context.sentencesOf(other).some((s) => findFirst(pattern(THIRD_COUNTRY_SOURCE), s.match) && findFirst(pattern(CONTROLLER_CONTROL_SOURCE), s.match)),
  );
}
