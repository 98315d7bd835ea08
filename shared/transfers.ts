// How a sentence speaks of a transfer of personal data: the acts (transfer, process, store, access, copy — not
// the role nouns those stems also match), the controller's control over it (a documented or specific
// instruction, prior written consent), a ban on it, the processing it allows outside the EU/EEA (in a named
// country, "any country", a country code a location title lists), the transfer basis (SCC) it makes the only
// condition, who ensures that basis, and whether its section requires the controller's instruction. Offsets
// relative to the matchText given.

import { concept, conceptPrefix, hasConcept } from './lexicon';
import { findAll, findFirst, matchText, pattern, type Match } from './match';
import { negates, type SentenceFrame } from './frame';
import { isDefinition, negatedInWords } from './clause-facts';
import { isCompanySeat, isOriginCountry, isVenuePlace, NAMED_NON_EEA_SOURCE, nonEeaIsoCodeIn, onlyNationality, THIRD_COUNTRY_SOURCE } from './places';
import type { RuleContext, SentenceView } from './rule';
import { clausesNearInSection, runInTitle } from './sections';
import type { Clause } from './types';
import { CONTROLLER_SOURCE } from './values';
import { clausePartStart, samePart, textToPartStop, WITHIN_RUN, wordsAfter, wordsBefore, wordsBetween, wordsOfRun } from './sentence-parts';

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

/** A conditional ("if data is transferred ...", "if the controller approves"; lexicon: condition.hypothetical). */
export const CONDITIONAL_SOURCE = concept('condition.hypothetical');
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

/** How many words may stand between a place noun and the relative clause that names its places ("any region listed there, which"), and from that clause to the country ("which currently includes regions in the"). */
const PLACE_TO_RELATIVE_WORDS = 8;
const RELATIVE_TO_COUNTRY_WORDS = 6;
/** The places a verb's destination stands for, named in a relative clause after it: "move data to any region listed there, which currently includes …". */
const PLACES_NAMED_LATER_SOURCE = `^(?: [\\p{L}\\p{N}'’-]+){0,5} ${concept('transfer.place-noun')}\\b${wordsOfRun(PLACE_TO_RELATIVE_WORDS)}${concept('transfer.which-includes')}\\b(?:\\s+[^\\s.;]+){0,${RELATIVE_TO_COUNTRY_WORDS}}\\s*$`;

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

/** The controller approves transfers generally (lexicon: transfer.approves). */
const APPROVAL_SOURCE = concept('transfer.approves');
/** "may", "can occur": a possibility the controller has not instructed (lexicon: modal.possible, transfer.occur). */
export const MAY_SOURCE = concept('modal.possible', 'transfer.occur');
/** How many words from the controller's approval (or a general instruction) the place it approves may stand. */
export const APPROVED_WORDS = 20;

/** Words of a sub-processor list (lexicon: subprocessor, subprocessor.provider). */
const SUBPROCESSOR_SOURCE = concept('subprocessor', 'subprocessor.provider');

/**
 * The run-in title of the sentence's clause when it names where the data is ("Data location:", "Lagringssted:"), within the sentence.
 * @example locationTitle(sentenceOf('Data location: EU/US'))?.text // 'data location'
 */
export function locationTitle(sentence: SentenceView): Match | undefined {
  const title = runInTitle(sentence.clause);
  if (title === undefined || !hasConcept('place.location-title', matchText(title))) return undefined;
  const at = findFirst(pattern(concept('place.location-title')), sentence.match);
  return at && at.end <= sentence.match.indexOf(':') ? at : undefined;
}

/**
 * How many words from a named country the act that goes there may stand, in its clause part ("data may be processed in
 * the United States", "personnel located in the Philippines"), and how many before it when none stands that near.
 */
const COUNTRY_ACT_WORDS = 8;
const COUNTRY_ACT_BEFORE_WORDS = 12;
/** How many words before "any country" the act that goes there may stand ("transfer ... to, and access it from, any country"). */
const ACT_WORDS = 9;

/**
 * A transfer to any country at all: "you instruct us to transfer personal data to any country" (lexicon: transfer.unbounded),
 * the act a few words before it in its clause part, no condition before it. The span runs from the act to "any country".
 * @example transferToAnyCountry(matchText('You instruct us to transfer personal data to any country')) // the span "transfer personal data to any country"
 */
export function transferToAnyCountry(m: string): { start: number; end: number } | undefined {
  const unbounded = findFirst(pattern(concept('transfer.unbounded')), m);
  if (!unbounded || findFirst(pattern(CONDITIONAL_SOURCE), m.slice(0, unbounded.start))) return undefined;
  const verb = findAll(pattern(TRANSFER_SOURCE), m).find((v) => v.end <= unbounded.start && wordsBetween(m, v, unbounded) <= ACT_WORDS && samePart(m, v.end, unbounded.start) && !isPartyWord(v));
  return verb && { start: verb.start, end: unbounded.end };
}

/**
 * A country code outside the EU/EEA in the places a location title lists ("Data location: EU/US"): the data is there,
 * unless the sentence denies it ("EU; never the US"; Norway's code "NO" in the list is a place, not a denial). The span
 * (relative) runs from the title to the code.
 * @example codeUnderLocationTitle(sentenceOf('Data location: EU/US'), frame)?.code // 'US'
 */
export function codeUnderLocationTitle(sentence: SentenceView, frame: SentenceFrame): { start: number; end: number; code: string } | undefined {
  const title = locationTitle(sentence);
  if (!title || frame.negations.some((n) => sentence.text.slice(n.start - sentence.start, n.end - sentence.start) !== 'NO')) return undefined;
  const listStart = sentence.match.indexOf(':', title.end) + 1;
  const code = nonEeaIsoCodeIn(sentence.text.slice(listStart));
  return code && { start: title.start, end: listStart + code.end, code: code.text };
}

/**
 * Processing, storage or access in a named non-EEA country: "data may be processed in the United States", or, where
 * the sentence says no more, the controller's approval of a transfer there ("Den dataansvarlige godkender, at
 * personoplysninger overføres til de underdatabehandlere i USA"): an approval given in advance lets the data go, as
 * one for "third countries" does. Not a ban, a company's seat, a nationality, or the country the data comes from.
 * The span (relative) runs from the act or the approval to the country.
 * @example transferToNamedCountry(sentence, frame)?.country.text // 'united states' for "data may be processed in the United States"
 */
export function transferToNamedCountry(sentence: SentenceView, frame: SentenceFrame): { start: number; end: number; country: Match } | undefined {
  const m = sentence.match;
  const country = findFirst(pattern(NAMED_NON_EEA_SOURCE), m);
  if (!country) return undefined;
  // a ban or the controller's consent in an earlier clause part does not reach a proviso after "likevel slik at", "however"
  const partStart = clausePartStart(m, country.start);
  if (findAll(pattern(CONTROLLER_CONTROL_SOURCE), m).some((c) => c.start >= partStart)) return undefined;
  const acts = findAll(pattern(`${TRANSFER_SOURCE}|${concept('transfer.support', 'place.located')}|${SUBPROCESSOR_SOURCE}`), m).filter((v) => !isPartyWord(v) && !isVenuePlace(m, v));
  const inReach = (v: Match, words: number) => wordsBetween(m, v, country) <= words && samePart(m, v.start, country.start);
  const near = acts.filter((v) => inReach(v, COUNTRY_ACT_WORDS));
  // else an act a little further before it ("Support ytes fra vårt team i Oslo og fra vår partner i Manila"),
  // or one whose destination a relative clause names ("move data to any region listed there, which currently includes the US")
  // or a run-in title that says where the data is ("Data location: EU/US"), which states the places it lists
  const titled = locationTitle(sentence);
  const verb = near[0] ?? acts.find((v) => v.end <= country.start && (inReach(v, COUNTRY_ACT_BEFORE_WORDS) || placesNamedLater(m.slice(v.end, country.start)))) ?? titled;
  if (!verb || isOriginCountry(m, verb, country)) return undefined;
  const stated = findFirst(pattern(MAY_SOURCE), m) ?? findFirst(pattern(concept('place.fact-verb')), m) ?? titled;
  const approval = stated ? undefined : controllerApprovesTransfer(m, country);
  if (!stated && !approval) return undefined;
  // "data is never stored in the US", "the US team has no access"; a negation after the act ("without prior notice") negates something else
  const negatedInPart = (at: number) => negates(frame, sentence.start + at) && frame.negations.some((n) => n.end - sentence.start <= at && n.start - sentence.start >= partStart);
  if (negatedInPart(country.start) || (near.length ? near : [verb]).some((v) => negatedInPart(v.start))) return undefined;
  // a company's seat is not a place of processing: "the Processor is incorporated in the United States"
  if (isCompanySeat(m, country.start)) return undefined;
  // "Microsoft Ireland Operations Ltd (Microsoft Corporation, USA) stores the data in Ireland"
  if (onlyNationality(m, country.start, [])) return undefined;
  const from = Math.min((approval ?? verb).start, country.start);
  const to = Math.max(verb.end, country.end);
  return { start: from, end: to, country };
}

/**
 * The controller's approval, given outright, of a transfer to a place: "the controller has approved that data may be
 * transferred to <place>", or of sub-processors one of which is there (the controller named before the approval word,
 * a transfer or a sub-processor between it and the place; not
 * "if the controller approves" or "Om den personuppgiftsansvarige godkänner", not "does not approve").
 * @example controllerApprovesTransfer(matchText('Den dataansvarlige godkender, at personoplysninger overføres til USA'), usa)?.text // 'godkender'
 */
export function controllerApprovesTransfer(m: string, place: Match): Match | undefined {
  return findAll(pattern(APPROVAL_SOURCE), m).find((approval) => {
    const between = m.slice(approval.end, Math.max(approval.end, place.start));
    // the controller by name or role, or the vendor's "you" it addresses ("By entering into this DPA you authorise the transfers ...")
    if (!findFirst(pattern(`${CONTROLLER_SOURCE}|${concept('party.addressee')}`), wordsBefore(m, approval.start, 8).text)) return false;
    // a transfer there, or the use of sub-processors among which one is there ("godkender ... brugen af de underdatabehandlere ..., herunder Support Inc. (USA)")
    if (place.start < approval.start || wordsBetween(m, approval, place) > APPROVED_WORDS || !findFirst(pattern(`${TRANSFER_SOURCE}|${concept('subprocessor')}`), between)) return false;
    if (findFirst(pattern(CONDITIONAL_SOURCE), m.slice(0, approval.start)) || findFirst(pattern(CONDITIONAL_SOURCE), wordsAfter(m, approval.end, 4, true)) || opensWithIf(m)) return false;
    // a denial right before the approval ("does not approve"), not the frame: a "not" earlier in the sentence denies something else
    return !negatedInWords(m, approval.start, 4);
  });
}

/** The processor's own choice of basis: "the processor ensures a valid transfer basis / SCC". */
const OWN_BASIS_SOURCE = `${concept('transfer.ensure')}${WITHIN_RUN}(?:${conceptPrefix('transfer.basis-named')}|${concept('transfer.basis')})`;
/** The processor assists the controller (then the controller chooses; lexicon: assist). */
const ASSIST_SOURCE = concept('assist');

/**
 * The processor choosing the transfer basis itself: "the processor ensures a valid transfer basis / SCC", or a basis
 * made the only condition of processing outside the EU/EEA; not when the processor assists the controller or the
 * controller is the one who ensures it. Returns the words that say it.
 * @example processorChoosesBasis(matchText('Where processing takes place outside the EEA, the Processor ensures a valid transfer basis'))?.text // 'ensures a valid transfer basis'
 */
export function processorChoosesBasis(match: string): Match | undefined {
  const ownBasis = findFirst(pattern(OWN_BASIS_SOURCE), match) ?? basisOnlyCondition(match);
  if (!ownBasis || findFirst(pattern(ASSIST_SOURCE), match) || controllerEnsures(match, ownBasis)) return undefined;
  return ownBasis;
}

/**
 * "will not transfer ... outside the EEA, except to the Sub-processors listed in Annex 3": an exception after the
 * third country (`third`, relative) that pre-approves transfers to the vendor's sub-processors or group (lexicon:
 * subprocessor.named); not when the controller approves each one ("except to Sub-processors that the Controller has
 * approved in writing"). The span runs from the third country to the sub-processors.
 * @example exceptionForListedSubprocessors(m, third) // the span "outside the eea, except to the sub-processors"
 */
export function exceptionForListedSubprocessors(m: string, third: Match): { start: number; end: number } | undefined {
  const exceptFor = exceptionLeadingTo(m.slice(third.end), `${TRANSFER_EXCEPTION_SOURCE}|${concept('exception.except')}`, concept('subprocessor.named'));
  if (!exceptFor || findFirst(pattern(CONTROLLER_SOURCE), textToPartStop(m.slice(third.end + exceptFor.end)))) return undefined;
  const named = findFirst(pattern(concept('subprocessor.named')), m.slice(third.end + exceptFor.end)) as Match;
  return { start: third.start, end: third.end + exceptFor.end + named.end };
}
