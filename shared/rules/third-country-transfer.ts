// third-country-transfer: personal data may leave the EU/EEA only on the controller's documented instruction (GDPR art. 28(3)(a), chapter V).
// How it reads a clause, and why: docs/rules/reading/third-country-transfer.md.

import { findAll, findFirst, matchText, pattern, spanHolds, type Match } from '../match';
import { negatedInWords } from '../clause-facts';
import { clausePartStart, samePart, textToPartStop, WITHIN_RUN, wordsAfter, wordsBefore, wordsBetween, wordsOfRun } from '../sentence-parts';
import { concept, conceptPrefix, hasConcept } from '../lexicon';
import { runInTitle } from '../sections';
import { negates, type SentenceFrame } from '../frame';
import { defineRule, firstReport, type Report, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { hasNonEeaIsoCell, nonEeaIsoCodeIn, isCompanySeat, isOriginCountry, isVenuePlace, NAMED_NON_EEA_SOURCE, onlyNationality, NON_EEA_COUNTRY_SOURCE, THIRD_COUNTRY_OR_GLOBAL_SOURCE, THIRD_COUNTRY_SOURCE, UK_SHORT_ONLY_SOURCE } from '../places';
import { approvingLeadIn, firstPlaceOutsideEea, rowsOutsideEea } from '../subprocessor-list';
import type { Clause } from '../types';
import { exceptionLeadingTo, basisOnlyCondition, controlIn, controllerEnsures, CONTROLLER_CONTROL_SOURCE, isPartyWord, opensWithIf, placesNamedLater, processingAllowedOutside, prohibitsTransfer, sectionRequiresInstruction, TRANSFER_EXCEPTION_SOURCE, TRANSFER_SOURCE } from '../transfers';
import { CONTROLLER_SOURCE } from '../values';

/** The controller approves transfers generally (lexicon: transfer.approves). */
const APPROVAL_SOURCE = concept('transfer.approves');

/** A conditional that makes the approval hypothetical ("if the controller approves"). */
const CONDITIONAL_SOURCE = concept('condition.hypothetical');

/** The processor's own choice of basis: "the processor ensures a valid transfer basis / SCC". */
const OWN_BASIS_SOURCE = `${concept('transfer.ensure')}${WITHIN_RUN}(?:${conceptPrefix('transfer.basis-named')}|${concept('transfer.basis')})`;

/** The processor assists the controller (then the controller chooses; lexicon: assist). */
const ASSIST_SOURCE = concept('assist');

/** "may", "can occur": a possibility the controller has not instructed (lexicon: modal.possible, transfer.occur). */
const MAY_SOURCE = concept('modal.possible', 'transfer.occur');

/** How many words before "any country" the act that goes there may stand ("transfer ... to, and access it from, any country"). */
const ACT_WORDS = 9;
/** How many words from the third country the access or support that reaches it may stand ("Support kan ytes fra India, og tilgang ... fra land utenfor EØS"). */
const ACCESS_WORDS = 11;
/** How many words from the controller's approval (or a general instruction) the place it approves may stand. */
const APPROVED_WORDS = 20;

/** Words of a sub-processor list (lexicon: subprocessor, subprocessor.provider). */
const SUBPROCESSOR_SOURCE = concept('subprocessor', 'subprocessor.provider');


function phrase(context: RuleContext, start: number, end: number): string {
  return context.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/**
 * Processing, storage or access in a named non-EEA country: "data may be processed in the United States", or, where
 * the sentence says no more, the controller's approval of a transfer there ("Den dataansvarlige godkender, at
 * personoplysninger overføres til de underdatabehandlere i USA"): an approval given in advance lets the data go, as
 * one for "third countries" does.
 */
function judgeNamedCountry(context: RuleContext, sentence: SentenceView): Report | undefined {
  const m = sentence.match;
  const country = findFirst(pattern(NAMED_NON_EEA_SOURCE), m);
  if (!country) return undefined;
  // a ban or the controller's consent in an earlier clause part does not reach a proviso after "likevel slik at", "however"
  const partStart = clausePartStart(m, country.start);
  if (findAll(pattern(CONTROLLER_CONTROL_SOURCE), m).some((c) => c.start >= partStart)) return undefined;
  const acts = findAll(pattern(`${TRANSFER_SOURCE}|${concept('transfer.support', 'place.located')}|${SUBPROCESSOR_SOURCE}`), m).filter((v) => !isPartyWord(v) && !isVenuePlace(m, v));
  const near = acts.filter((v) => Math.abs(v.start - country.start) < 70);
  // else an act whose last word stands that close ("work on it from any location in that network, including the United States")
  // or one whose destination a relative clause names ("move data to any region listed there, which currently includes the US")
  // or a run-in title that says where the data is ("Data location: EU/US"), which states the places it lists
  const titled = locationTitle(sentence);
  const verb = near[0] ?? acts.find((v) => v.end <= country.start && (country.start - v.end < 70 || placesNamedLater(m.slice(v.end, country.start)))) ?? titled;
  if (!verb || isOriginCountry(m, verb, country)) return undefined;
  const stated = findFirst(pattern(MAY_SOURCE), m) ?? findFirst(pattern(concept('place.fact-verb')), m) ?? titled;
  const approval = stated ? undefined : controllerApproval(m, country);
  if (!stated && !approval) return undefined;
  // "data is never stored in the US", "the US team has no access"; a negation after the act ("without prior notice") negates something else
  const frame = context.frame(sentence);
  const negatedInPart = (at: number) => negates(frame, sentence.start + at) && frame.negations.some((n) => n.end - sentence.start <= at && n.start - sentence.start >= partStart);
  if (negatedInPart(country.start) || (near.length ? near : [verb]).some((v) => negatedInPart(v.start))) return undefined;
  // a company's seat is not a place of processing: "the Processor is incorporated in the United States"
  if (isCompanySeat(m, country.start)) return undefined;
  // "Microsoft Ireland Operations Ltd (Microsoft Corporation, USA) stores the data in Ireland"
  if (onlyNationality(m, country.start, [])) return undefined;
  const from = Math.min((approval ?? verb).start, country.start);
  const to = Math.max(verb.end, country.end);
  return { messageId: 'processing-in-third-country', start: sentence.start + from, end: sentence.start + to, data: { country: sentence.text.slice(country.start, country.end) } };
}

/** The run-in title of the sentence's clause when it names where the data is ("Data location:", "Lagringssted:"), within the sentence. */
function locationTitle(sentence: SentenceView): Match | undefined {
  const title = runInTitle(sentence.clause);
  if (title === undefined || !hasConcept('place.location-title', matchText(title))) return undefined;
  const at = findFirst(pattern(concept('place.location-title')), sentence.match);
  return at && at.end <= sentence.match.indexOf(':') ? at : undefined;
}

/**
 * A country code outside the EU/EEA in the places a location title lists ("Data location: EU/US"): the data is
 * there, unless the sentence denies it ("EU; never the US").
 */
function codeUnderLocationTitle(context: RuleContext, sentence: SentenceView): Report | undefined {
  const title = locationTitle(sentence);
  if (!title || context.frame(sentence).negations.length) return undefined;
  const listStart = sentence.match.indexOf(':', title.end) + 1;
  const code = nonEeaIsoCodeIn(sentence.text.slice(listStart));
  if (!code) return undefined;
  return { messageId: 'processing-in-third-country', start: sentence.start + title.start, end: sentence.start + listStart + code.end, data: { country: code.text } };
}

/** What the steps read of a sentence about third countries (offsets relative to the sentence). */
interface TransferSentence {
  context: RuleContext;
  sentence: SentenceView;
  m: string;
  third: Match;
  frame: SentenceFrame;
  /** The controller's instruction or consent named in the sentence. */
  control: Match | undefined;
  prohibition: boolean;
}

/** A span relative to the sentence, made absolute. */
const absolute = ({ sentence }: TransferSentence, span: { start: number; end: number }) => ({ start: sentence.start + span.start, end: sentence.start + span.end });

/** "you instruct us to transfer personal data to any country": an instruction without a place is a general approval. */
function instructionToAnyCountry(t: TransferSentence): Report | undefined {
  const unbounded = findFirst(pattern(concept('transfer.unbounded')), t.m);
  if (!unbounded || t.prohibition || findFirst(pattern(CONDITIONAL_SOURCE), t.m.slice(0, unbounded.start))) return undefined;
  const verb = findAll(pattern(TRANSFER_SOURCE), t.m).find((v) => v.end <= unbounded.start && wordsBetween(t.m, v, unbounded) <= ACT_WORDS && samePart(t.m, v.end, unbounded.start) && !isPartyWord(v));
  return verb && { messageId: 'general-approval', ...absolute(t, { ...verb, end: unbounded.end }) };
}

/**
 * A general instruction or authorisation is no specific one: "gives the processor a general instruction to transfer
 * personal data to third countries", "blanket authorisation for transfers outside the EEA" (lexicon: transfer.general-instruction).
 */
function generalInstruction({ m, third, control, prohibition, frame, sentence }: TransferSentence): Report | undefined {
  const general = findFirst(pattern(concept('transfer.general-instruction')), m);
  if (!general || prohibition || general.start >= third.start || wordsBetween(m, general, third) > APPROVED_WORDS) return undefined;
  // "general authorisation for sub-processors; transfers to third countries need a specific instruction": the specific one rules
  if (control && control.start >= general.end) return undefined;
  if (!findFirst(pattern(TRANSFER_SOURCE), m.slice(general.end, third.start)) || negates(frame, sentence.start + general.start)) return undefined;
  if (findFirst(pattern(CONDITIONAL_SOURCE), m.slice(0, general.start))) return undefined;
  return { messageId: 'general-approval', start: sentence.start + general.start, end: sentence.start + third.end };
}

/**
 * The controller's approval, given outright, of a transfer to a place: "the controller has approved that data may be
 * transferred to <place>", or of sub-processors one of which is there (the controller named before the approval word,
 * a transfer or a sub-processor between it and the place; not
 * "if the controller approves" or "Om den personuppgiftsansvarige godkänner", not "does not approve").
 */
function controllerApproval(m: string, place: Match): Match | undefined {
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

/** A general approval: "the controller has approved that data may be transferred to third countries". */
function generalApproval({ m, third, control, sentence }: TransferSentence): Report | undefined {
  const approval = control ? undefined : controllerApproval(m, third);
  return approval && { messageId: 'general-approval', start: sentence.start + approval.start, end: sentence.start + third.end };
}

/** "access from outside the EEA may occur". */
function accessMayOccur(t: TransferSentence): Report | undefined {
  const access = findFirst(pattern(concept('transfer.access', 'transfer.support')), t.m);
  if (!access || t.prohibition || t.control || wordsBetween(t.m, access, t.third) > ACCESS_WORDS || !findFirst(pattern(MAY_SOURCE), t.m)) return undefined;
  return { messageId: 'access-from-outside', ...absolute(t, access.start < t.third.start ? { ...access, end: t.third.end } : { ...t.third, end: access.end }) };
}

/**
 * "will not transfer ... outside the EEA, except to the Sub-processors listed in Annex 3": the exception pre-approves
 * transfers to the vendor's sub-processors or group (lexicon: subprocessor.named); not when the controller approves
 * each one ("except to Sub-processors that the Controller has approved in writing").
 */
function exceptionForSubprocessors({ m, third, control, sentence }: TransferSentence): Report | undefined {
  if (control) return undefined;
  const exceptFor = exceptionLeadingTo(m.slice(third.end), `${TRANSFER_EXCEPTION_SOURCE}|${concept('exception.except')}`, concept('subprocessor.named'));
  if (!exceptFor || findFirst(pattern(CONTROLLER_SOURCE), textToPartStop(m.slice(third.end + exceptFor.end)))) return undefined;
  const named = findFirst(pattern(concept('subprocessor.named')), m.slice(third.end + exceptFor.end)) as Match;
  return { messageId: 'processor-may-transfer', start: sentence.start + third.start, end: sentence.start + third.end + exceptFor.end + named.end };
}

/** "the processor may transfer personal data outside the EEA (provided that ...)". */
function processorMayTransfer(t: TransferSentence): Report | undefined {
  const may = findFirst(pattern(`${t.context.processorSource}${wordsOfRun(6)}${concept('permission.may', 'permission.right')}${wordsOfRun(4)}${concept('transfer.use-verb')}`), t.m);
  if (!may || (may.start > t.third.end && !samePart(t.m, t.third.end, may.start))) return undefined;
  return { messageId: 'processor-may-transfer', ...absolute(t, may.start < t.third.start ? { ...may, end: t.third.end } : may) };
}

/** "personal data may be processed / is stored outside the EEA", "may involve processing outside the UK". */
function processingOutside(t: TransferSentence): Report | undefined {
  const possible = processingAllowedOutside(t.m, t.third);
  return possible && { messageId: 'processing-in-third-country', ...absolute(t, possible), data: { country: t.sentence.text.slice(t.third.start, t.third.end) } };
}

/** "where processing takes place outside the EU/EEA, the processor ensures a valid basis": the processor chooses the basis. */
function ownTransferBasis({ context, sentence, m }: TransferSentence): Report | undefined {
  const ownBasis = findFirst(pattern(OWN_BASIS_SOURCE), m) ?? basisOnlyCondition(m);
  if (!ownBasis || findFirst(pattern(ASSIST_SOURCE), m) || controllerEnsures(m, ownBasis) || sectionRequiresInstruction(context, sentence.clause)) return undefined;
  return { messageId: 'own-transfer-basis', start: sentence.start, end: sentence.end, data: { phrase: phrase(context, sentence.start + ownBasis.start, sentence.start + ownBasis.end) } };
}

/**
 * The deviation a sentence about third countries holds, if any: wordings that let data go whatever the sentence
 * forbids or instructs, then, where it neither forbids nor names the controller's control, wordings that let it go.
 */
function judgeSentence(context: RuleContext, sentence: SentenceView, third: Match): Report | undefined {
  const frame = context.frame(sentence);
  const t: TransferSentence = { context, sentence, m: sentence.match, third, frame, control: controlIn(sentence.match), prohibition: prohibitsTransfer(sentence.match, frame, sentence.start) };
  const letsGo = [instructionToAnyCountry, generalInstruction, generalApproval, accessMayOccur, exceptionForSubprocessors];
  const unguarded = [processorMayTransfer, processingOutside, ownTransferBasis];
  return firstReport(letsGo, t) ?? (t.prohibition || t.control ? undefined : firstReport(unguarded, t));
}

export default defineRule({
  meta: {
    category: 'third-country-transfer',
    defaultSeverity: 'high',
    topic: 'third-country',
    messages: ruleMessages('third-country-transfer'),
    playbookSettings: [],
    reportsAbsence: false,
  },
  check(context) {
    const found: Report[] = [];
    // one scan of the document for each kind of place word; only sentences and clauses holding one are judged
    const countryHits = findAll(pattern(NON_EEA_COUNTRY_SOURCE), context.match);
    const vagueHits = findAll(pattern(THIRD_COUNTRY_OR_GLOBAL_SOURCE), context.match);
    const isoCells = hasNonEeaIsoCell(context.text);
    // (a location title's list may name a country by its code alone: "Data location: EU/US")
    if (!vagueHits.length && !countryHits.length && !isoCells && !nonEeaIsoCodeIn(context.text)) return;
    const holdsThird = spanHolds(findAll(pattern(THIRD_COUNTRY_SOURCE), context.match));
    const holdsNamed = spanHolds(countryHits.filter((h) => !findFirst(pattern(UK_SHORT_ONLY_SOURCE), h.text)));
    const [holdsCountry, holdsVague] = [spanHolds(countryHits), spanHolds(vagueHits)];
    const holdsPlace = (clause: Clause) => holdsCountry(clause) || holdsVague(clause) || (isoCells && hasNonEeaIsoCell(clause.text));
    for (const sentence of context.sentences()) {
      if (sentence.clause.kind === 'table-row') continue; // rows are judged as sub-processor rows below
      const third = holdsThird(sentence) ? findFirst(pattern(THIRD_COUNTRY_SOURCE), sentence.match) : undefined;
      const place = third ? judgeSentence(context, sentence, third) : holdsNamed(sentence) ? judgeNamedCountry(context, sentence) : codeUnderLocationTitle(context, sentence);
      if (place) found.push(place);
    }

    // rows of the sub-processor list that place the processing outside the EU/EEA, and the sentence that pre-approves
    // the list ("the controller approves the following sub-processors:")
    const leadsReported = new Set<number>();
    for (const clause of context.clauses) {
      if (clause.kind === 'heading' || !holdsPlace(clause)) continue;
      const rows = rowsOutsideEea(context, clause);
      for (const row of rows) found.push({ messageId: 'subprocessor-outside-eea', start: row.start, end: row.end, data: { country: row.place } });
      const lead = rows.length ? approvingLeadIn(context, clause) : undefined;
      if (lead && !leadsReported.has(lead.start)) {
        leadsReported.add(lead.start);
        found.push({ messageId: 'subprocessor-outside-eea', ...lead, data: { country: context.text.slice(...firstPlaceOutsideEea(context, clause)) } });
      }
    }
    for (const report of found) context.report(report);
  },
});
