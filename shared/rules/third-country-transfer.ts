// third-country-transfer: personal data may leave the EU/EEA only on the controller's documented instruction (GDPR art. 28(3)(a), chapter V).
// How it reads a clause, and why: docs/rules/reading/third-country-transfer.md.

import { findAll, findFirst, pattern, spanHolds, type Match } from '../match';
import { samePart, wordsBetween, wordsOfRun } from '../sentence-parts';
import { concept } from '../lexicon';
import { negates, type SentenceFrame } from '../frame';
import { defineRule, firstReport, type Report, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { hasNonEeaIsoCell, nonEeaIsoCodeIn, NON_EEA_COUNTRY_SOURCE, THIRD_COUNTRY_OR_GLOBAL_SOURCE, THIRD_COUNTRY_SOURCE, UK_SHORT_ONLY_SOURCE } from '../places';
import { listedOutsideEea } from '../subprocessor-list';
import type { Clause } from '../types';
import { APPROVED_WORDS, codeUnderLocationTitle, CONDITIONAL_SOURCE, controlIn, controllerApprovesTransfer, exceptionForListedSubprocessors, MAY_SOURCE, processingAllowedOutside, processorChoosesBasis, prohibitsTransfer, sectionRequiresInstruction, TRANSFER_SOURCE, transferToAnyCountry, transferToNamedCountry } from '../transfers';

/** How many words from the third country the access or support that reaches it may stand ("Support kan ytes fra India, og tilgang ... fra land utenfor EØS"). */
const ACCESS_WORDS = 11;

/** Processing, storage or access in a named non-EEA country (transfers.transferToNamedCountry), as a report. */
function namedCountryReport(context: RuleContext, sentence: SentenceView): Report | undefined {
  const found = transferToNamedCountry(sentence, context.frame(sentence));
  return found && { messageId: 'processing-in-third-country', start: sentence.start + found.start, end: sentence.start + found.end, data: { country: sentence.text.slice(found.country.start, found.country.end) } };
}

/** A country code outside the EU/EEA in the places a location title lists ("Data location: EU/US"; transfers.codeUnderLocationTitle). */
function codeUnderTitleReport(context: RuleContext, sentence: SentenceView): Report | undefined {
  const code = codeUnderLocationTitle(sentence, context.frame(sentence));
  return code && { messageId: 'processing-in-third-country', start: sentence.start + code.start, end: sentence.start + code.end, data: { country: code.code } };
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

/** "you instruct us to transfer personal data to any country" (transfers.transferToAnyCountry): an instruction without a place is a general approval. */
function instructionToAnyCountry(t: TransferSentence): Report | undefined {
  const unbounded = t.prohibition ? undefined : transferToAnyCountry(t.m);
  return unbounded && { messageId: 'general-approval', ...absolute(t, unbounded) };
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

/** A general approval: "the controller has approved that data may be transferred to third countries". */
function generalApproval({ m, third, control, sentence }: TransferSentence): Report | undefined {
  const approval = control ? undefined : controllerApprovesTransfer(m, third);
  return approval && { messageId: 'general-approval', start: sentence.start + approval.start, end: sentence.start + third.end };
}

/** "access from outside the EEA may occur". */
function accessMayOccur(t: TransferSentence): Report | undefined {
  const access = findFirst(pattern(concept('transfer.access', 'transfer.support')), t.m);
  if (!access || t.prohibition || t.control || wordsBetween(t.m, access, t.third) > ACCESS_WORDS || !findFirst(pattern(MAY_SOURCE), t.m)) return undefined;
  return { messageId: 'access-from-outside', ...absolute(t, access.start < t.third.start ? { ...access, end: t.third.end } : { ...t.third, end: access.end }) };
}

/** "will not transfer ... outside the EEA, except to the Sub-processors listed in Annex 3" (transfers.exceptionForListedSubprocessors). */
function exceptionForSubprocessors(t: TransferSentence): Report | undefined {
  const excepted = t.control ? undefined : exceptionForListedSubprocessors(t.m, t.third);
  return excepted && { messageId: 'processor-may-transfer', ...absolute(t, excepted) };
}

/** "the processor may transfer personal data outside the EEA (provided that ...)". */
function processorMayTransfer(t: TransferSentence): Report | undefined {
  const may = findFirst(pattern(`${t.context.parties.processorSource}${wordsOfRun(6)}${concept('permission.may', 'permission.right')}${wordsOfRun(4)}${concept('transfer.use-verb')}`), t.m);
  if (!may || (may.start > t.third.end && !samePart(t.m, t.third.end, may.start))) return undefined;
  return { messageId: 'processor-may-transfer', ...absolute(t, may.start < t.third.start ? { ...may, end: t.third.end } : may) };
}

/** "personal data may be processed / is stored outside the EEA", "may involve processing outside the UK". */
function processingOutside(t: TransferSentence): Report | undefined {
  const possible = processingAllowedOutside(t.m, t.third);
  return possible && { messageId: 'processing-in-third-country', ...absolute(t, possible), data: { country: t.sentence.text.slice(t.third.start, t.third.end) } };
}

/** "where processing takes place outside the EU/EEA, the processor ensures a valid basis", unless its section requires the controller's instruction. */
function ownTransferBasis({ context, sentence, m }: TransferSentence): Report | undefined {
  const ownBasis = processorChoosesBasis(m);
  if (!ownBasis || sectionRequiresInstruction(context, sentence.clause)) return undefined;
  return { messageId: 'own-transfer-basis', start: sentence.start, end: sentence.end, data: { phrase: context.text.slice(sentence.start + ownBasis.start, sentence.start + ownBasis.end).replace(/\s+/g, ' ').trim() } };
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
      const place = third ? judgeSentence(context, sentence, third) : holdsNamed(sentence) ? namedCountryReport(context, sentence) : codeUnderTitleReport(context, sentence);
      if (place) found.push(place);
    }

    // rows of the sub-processor list that place the processing outside the EU/EEA, and the sentence that pre-approves the list
    for (const { start, end, country } of listedOutsideEea(context, holdsPlace)) found.push({ messageId: 'subprocessor-outside-eea', start, end, data: { country } });
    for (const report of found) context.report(report);
  },
});
