// own-purpose-use: the processor using the controller's data for its own purposes (GDPR art. 28(3)(a), 28(10)).
// How it reads a clause, and why: docs/rules/reading/own-purpose-use.md.

import { findAll, findFirst, matchText, pattern, type Match } from '../match';
import { defineRule, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { subjectOf } from '../clause-facts';
import { deniedInPart, DENIAL_SOURCE, samePart, textToPartStop, wordsAfter, wordsBefore } from '../sentence-parts';
import { leadInOf } from '../lead-in';
import { documentParties, type Parties } from '../parties';
import { controllerMayAct, sentenceActor } from '../acting-party';
import { concept, conceptAnywhere, conceptPrefix, conceptStem } from '../lexicon';

/** Anonymised, aggregated or de-identified data (lexicon: data.anonymised). */
const ANONYMISED_SOURCE = concept('data.anonymised');
/** The vendor's own ends: its product ends and more (lexicon: purpose.product-end, purpose.own-end-more). */
const OWN_END_SOURCE = concept('purpose.product-end', 'purpose.own-end-more');
// An end word that names a place of work, not a purpose: "udviklingsmiljøer", "development environment" (lexicon: purpose.environment).
const ENVIRONMENT_SOURCE = `^[\\p{L}-]*?(?: )?${conceptAnywhere('purpose.environment')}`;
// What is gathered said to hold no personal data ("telemetry ..., which contains no Customer Personal Data"; lexicon: data.not-personal).
const NOT_PERSONAL_SOURCE = concept('data.not-personal');
/** Permission words: the processor "may", "has the right to", "reserves the right". */
const PERMISSION_SOURCE = concept('permission.own-use');
/** Own purposes said outright. */
const OWN_PURPOSES_SOURCE = conceptPrefix('purpose.own');
/** Usage patterns and telemetry of the controller's users. */
const USAGE_SOURCE = conceptPrefix('usage.data');
/** Mapping, collecting, analysing them. */
const USAGE_VERB_SOURCE = conceptPrefix('usage.verb');
/** Handing data over (lexicon: data.disclose). */
const DISCLOSE_SOURCE = concept('data.disclose');
/** Their purposes: the receiver's own reporting, analyses, research, marketing. */
const THEIR_PURPOSES_SOURCE = conceptPrefix('purpose.theirs');
/** "for marketing purposes", "til markedsføringsformål", "i marknadsföringssyfte": an end named as the purpose. */
const FOR_OWN_END_SOURCE = `${concept('purpose.for')} (?:\\p{L}+ ){0,2}${concept('purpose.own-end')}`;
/** "solely to provide the Service", "kun for å levere tjenesten": the use serves the service itself. */
const SERVICE_ONLY_SOURCE = concept('purpose.service-only');
/** Receivers whose business is using the data: marketing partners, advertisers, data brokers. */
const RECEIVER_COMMERCIAL = concept('receiver.commercial');
/** A sale of the data, whoever buys (lexicon: data.sale). */
const SALE_SOURCE = concept('data.sale');
/** Receivers that are part of the service or the law's own demand: no deviation. */
const LAWFUL_RECEIVER_SOURCE = conceptPrefix('receiver.lawful');
/** Anonymising on the controller's instruction or request is the controller's own purpose. */
const INSTRUCTED_SOURCE = conceptPrefix('instruction.on-request');
/** What is used or sold must be the data, not the service (lexicon: data.object). */
const DATA_SOURCE = concept('data.object');
/** The controller's own ends: "Kundens marknadsföring", "for the Controller's statistics". */
const CONTROLLER_END_SOURCE = concept('purpose.controller-end');
/** Nouns a sentence may open with that are no party ("Data may be used ...", "Marketing may ..."). */
const OPENER_OBJECTS_SOURCE = `${DATA_SOURCE}|${OWN_END_SOURCE}`;
/** Using, deriving from, exploiting the data, also in the passive (lexicon: data.use-verb, data.use-passive). */
const USE_VERB_SOURCE = concept('data.use-verb', 'data.use-passive');
/** "may be used", "kan brukes": the data is the subject, named before the permission. */
const PASSIVE_USE_SOURCE = `^${concept('data.use-passive')}$`;
/** The processor's other customers: "across the provider's customer base", "på tvers av kundene" (lexicon: purpose.other-customers). */
const OTHER_CUSTOMERS_SOURCE = concept('purpose.other-customers');
/** The vendor's product ends: developing, improving, training on the data (lexicon: purpose.product-end). */
const PRODUCT_END_SOURCE = concept('purpose.product-end');
/** An end that is the controller's or the processing's own safety: "improve the security", "develop the Customer's solution" (within the four words after the end). */
const SERVING_END_SOURCE = `^\\s*(?:\\p{L}+ ){0,3}${conceptPrefix('purpose.serving')}`;
/** Billing the controller: counting users or volumes only to invoice is the controller's own agreement. */
const BILLING_SOURCE = conceptPrefix('usage.billing');
/** Owning or keeping the derived data: "eier alle rettigheter til aggregerte data", "owns all aggregated data". */
const OWNERSHIP_SOURCE = concept('ownership.owns');

/** "uanset om ... anonymiseret", "regardless of whether it is aggregated": anonymising that widens the sentence, never a permission of its own (lexicon: condition.concessive). */
const CONCESSIVE_SOURCE = concept('condition.concessive');
/** "Dette gælder også ...", "The same applies to ...": a sentence that carries on the one before it. */
const CONTINUATION_SOURCE = `^\\s*${concept('continuation.subject')} (?:\\p{L}+ ){0,2}${concept('continuation.applies')}`;

/** A cheap first look: sentences with none of these stems are skipped before the fuller patterns run. */
const TRIGGER_SOURCE = conceptAnywhere('purpose.own-use-trigger');

/** "provide, support, maintain and improve", "tillhandahålla och förbättra": the service and its improvement as one end. */
const AND_SOURCE = concept('conjunction.and');
const TO_SOURCE = concept('infinitive.marker');
const PROVIDE_AND_IMPROVE_SOURCE = `${concept('service.provide')}(?:,? (?:${AND_SOURCE} )?(?:${TO_SOURCE} )?[\\p{L}-]+){0,4}?,? (?:${AND_SOURCE}|&) (?:${concept('infinitive.marker', 'infinitive.purpose-marker')} )?${concept('service.improve')}`;
/** "service improvement", "produktutvikling": improving the product named as a purpose. */
const IMPROVEMENT_SOURCE = concept('purpose.improvement');
/** "purpose", "formål", "ändamål": a sentence or heading that states what the processing is for. */
const PURPOSE_WORD_SOURCE = concept('purpose.word');
/** The processing itself: processing, "behandling", the data. */
const PROCESSING_SOURCE = conceptPrefix('processing.word');

interface OwnUse extends Match {
  messageId: string;
}

/** Whether an anonymised-data word stands in a concessive ("uanset om ... anonymiseret") of its own clause part. */
function concessiveAt(match: string, at: number): boolean {
  const concessive = findAll(pattern(CONCESSIVE_SOURCE), match.slice(0, at)).pop();
  return concessive !== undefined && samePart(match, concessive.end, at);
}

/** The processor's own ends in a sentence ("for produktudvikling"), less the environments named by an end word ("test- og udviklingsmiljøer"). */
function ownEndIn(match: string): Match | undefined {
  return findAll(pattern(OWN_END_SOURCE), match).find((end) => !findFirst(pattern(ENVIRONMENT_SOURCE), match.slice(end.start)));
}

/** Whether a use at `at` is made on the controller's instruction or request, said in the same clause part ("etter dennes skriftlige instruks"). */
function onInstructionAt(match: string, at: number): boolean {
  const onInstruction = findFirst(pattern(INSTRUCTED_SOURCE), match);
  return onInstruction !== undefined && samePart(match, at, onInstruction.start);
}

/**
 * Whether the end just before `at` serves the controller's processing itself ("improve the security"): not when the
 * same clause part spreads it over the processor's other customers ("security ... across its customer base").
 */
function servingEndAt(match: string, at: number): boolean {
  if (!findFirst(pattern(SERVING_END_SOURCE), wordsAfter(match, at, 4))) return false;
  return !findFirst(pattern(OTHER_CUSTOMERS_SOURCE), textToPartStop(match.slice(at)));
}

/** Whether the end that runs from `from` to `to` is the controller's own, said in it or in the words right after it ("markedsføring for kunden"). */
function controllersEnd(match: string, from: number, to: number): boolean {
  return findFirst(pattern(CONTROLLER_END_SOURCE), match.slice(from, to + wordsAfter(match, to, 5).length)) !== undefined;
}

/** Whether the sentence's ends are only billing the controller ("solely for invoicing the Controller"). */
function onlyBilling(match: string): boolean {
  if (!findFirst(pattern(BILLING_SOURCE), match)) return false;
  return findAll(pattern(PRODUCT_END_SOURCE), match).every((end) => findFirst(pattern(`^${conceptStem('purpose.statistics')}`), end.text));
}

/**
 * Whether the use is bound to providing the service ("aggregated statistics solely to provide the reporting features
 * of the Service to Customer") with no product end after it ("solely to provide and improve" is still an own end).
 */
function serviceOnlyAfter(match: string, at: number): boolean {
  const only = findFirst(pattern(SERVICE_ONLY_SOURCE), match.slice(at));
  if (!only || !samePart(match, at, at + only.start)) return false;
  const purpose = textToPartStop(match.slice(at + only.start));
  return !findFirst(pattern(`${PRODUCT_END_SOURCE}|${concept('service.improve')}|${IMPROVEMENT_SOURCE}`), purpose.slice(only.end - only.start));
}

function anonymisedUse(sentence: SentenceView, parties: Parties): OwnUse | undefined {
  if (controllerMayAct(sentence.match, parties.processor) || onlyBilling(sentence.match)) return undefined;
  for (const anonymised of findAll(pattern(ANONYMISED_SOURCE), sentence.match)) {
    if (deniedInPart(sentence.match, anonymised.start) || concessiveAt(sentence.match, anonymised.start)) continue;
    const after = sentence.match.slice(anonymised.end);
    const end = ownEndIn(sentence.match);
    const permitted = findFirst(pattern(PERMISSION_SOURCE), sentence.match) && subjectOf(sentence.match, parties.processor) !== 'controller';
    const onInstruction = findFirst(pattern(INSTRUCTED_SOURCE), sentence.match);
    if (onInstructionAt(sentence.match, anonymised.start)) continue;
    if (serviceOnlyAfter(sentence.match, anonymised.start)) continue;
    if (end && end.start > anonymised.start - 200 && !deniedInPart(sentence.match, end.start) && !(onInstruction && !permitted)) {
      if (controllersEnd(sentence.match, end.start, end.end)) continue;
      // the phrase runs from the anonymised data to the end it serves when that follows closely
      const phraseEnd = end.start > anonymised.start && end.start - anonymised.end < 150 ? end.end : anonymised.end;
      return { start: anonymised.start, end: phraseEnd, text: sentence.match.slice(anonymised.start, phraseEnd), groups: [], messageId: 'anonymised-use' };
    }
    // "Databehandler eier alle rettigheter til aggregerte og anonymiserte data"
    const owned = findAll(pattern(OWNERSHIP_SOURCE), sentence.match.slice(0, anonymised.start)).pop();
    if (owned && samePart(sentence.match, owned.end, anonymised.start) && subjectOf(sentence.match, parties.processor) !== 'controller' && !deniedInPart(sentence.match, anonymised.start)) {
      return { ...anonymised, messageId: 'anonymised-use' };
    }
    // "Databehandler kan imidlertid anonymisere helse- og personopplysninger ..."
    if (permitted && subjectOf(sentence.match, parties.processor) === 'processor' && !onInstruction && /^\p{L}*\s/u.test(after) === true) {
      if (findFirst(pattern(PERMISSION_SOURCE), wordsBefore(sentence.match, anonymised.start, 8).text)) return { ...anonymised, messageId: 'anonymised-use' };
    }
  }
  return undefined;
}

function ownPurposes(sentence: SentenceView, parties: Parties): OwnUse | undefined {
  const own = findFirst(pattern(OWN_PURPOSES_SOURCE), sentence.match);
  if (!own || deniedInPart(sentence.match, own.start)) return undefined;
  // "Customer acknowledges that we process ... for our legitimate business purposes": whose purposes they are is said
  // right before them, whoever the sentence's subject is
  const owner = findFirst(pattern(`(?:${parties.processor})(?:'s|’s|s)?\\s+$`), wordsBefore(sentence.match, own.start, 4).text);
  if (owner) return { ...own, messageId: 'own-purposes' };
  // "The Controller may use the statistics for its own purposes" is the controller's business
  if (sentenceActor(sentence, parties, OPENER_OBJECTS_SOURCE) !== 'processor' && subjectOf(sentence.match.slice(0, own.start), parties.processor) === 'controller') return undefined;
  return { ...own, messageId: 'own-purposes' };
}

function usagePatterns(sentence: SentenceView, parties: Parties): OwnUse | undefined {
  // usage data gathered for the controller on its instruction is the controller's own ("etter dennes skriftlige instruks"):
  // the first usage that is neither denied nor instructed in its clause part
  const usage = findAll(pattern(USAGE_SOURCE), sentence.match).find((u) => !deniedInPart(sentence.match, u.start) && !onInstructionAt(sentence.match, u.start));
  if (!usage) return undefined;
  if (controllerMayAct(sentence.match, parties.processor) || onlyBilling(sentence.match)) return undefined;
  // what is gathered is said to hold no personal data: no use of the controller's data
  if (findFirst(pattern(NOT_PERSONAL_SOURCE), sentence.match.slice(usage.end))) return undefined;
  const verb = findFirst(pattern(USAGE_VERB_SOURCE), sentence.match);
  const ownEnd = ownEndIn(sentence.match);
  // for its own ends ("for produktforbedring"), or a right to map them ("har rett til å kartlegge bruksmønstre")
  const permitted = verb !== undefined && findFirst(pattern(PERMISSION_SOURCE), sentence.match) !== undefined;
  if (!ownEnd && !permitted) return undefined;
  const start = verb && verb.start < usage.start && usage.start - verb.end < 40 ? verb.start : usage.start;
  return { start, end: usage.end, text: sentence.match.slice(start, usage.end), groups: [], messageId: 'usage-patterns' };
}

/**
 * The processor may use the data itself for its product ends: "may use Customer Data to provide, maintain and
 * improve the Services", "kan bruke personopplysningene til egen forskning", "may use Customer Content to train
 * its models". The phrase runs from the use verb to the end.
 */
function dataForProductEnds(sentence: SentenceView, parties: Parties, anonymisedAllowed: boolean): OwnUse | undefined {
  // the processor, or a vendor named by its brand that the document never ties to the role ("Acme may use ...")
  if (sentenceActor(sentence, parties, OPENER_OBJECTS_SOURCE) === 'controller' || onlyBilling(sentence.match)) return undefined;
  if (findFirst(pattern(INSTRUCTED_SOURCE), sentence.match)) return undefined;
  const permission = findFirst(pattern(PERMISSION_SOURCE), sentence.match);
  if (!permission || deniedInPart(sentence.match, permission.end)) return undefined;
  for (const verb of findAll(pattern(USE_VERB_SOURCE), sentence.match)) {
    if (verb.start < permission.start || verb.start - permission.end > 60 || deniedInPart(sentence.match, verb.start)) continue;
    // the end may follow a long object ("Service Data, including data that relates to Users, to provide and improve"),
    // but not past a new clause part or a new duty
    const window = textToPartStop(sentence.match.slice(verb.end));
    const end = findFirst(pattern(PRODUCT_END_SOURCE), window);
    if (!end) continue;
    const between = window.slice(0, end.start);
    const anonymised = findFirst(pattern(ANONYMISED_SOURCE), between);
    // in the passive with no agent ("Personal data ... may be used to enhance"), the data is named before the permission
    const passiveData = findFirst(pattern(PASSIVE_USE_SOURCE), verb.text) !== undefined && findFirst(pattern(DATA_SOURCE), sentence.match.slice(0, permission.start)) !== undefined;
    if (anonymised ? anonymisedAllowed : !passiveData && !findFirst(pattern(DATA_SOURCE), between)) continue;
    const endStart = verb.end + end.start;
    const endEnd = verb.end + end.end;
    if (deniedInPart(sentence.match, endStart)) continue;
    if (servingEndAt(sentence.match, endEnd)) continue;
    if (controllersEnd(sentence.match, endEnd, endEnd)) continue;
    return { start: verb.start, end: endEnd, text: sentence.match.slice(verb.start, endEnd), groups: [], messageId: 'own-purposes' };
  }
  return undefined;
}

/**
 * The stated purposes of the processing include improving the vendor's service: "Personal Data is transferred so
 * that the Data Importer may provide, support, maintain and improve the Services", "de personuppgifter som krävs
 * för att tillhandahålla och förbättra tjänsten", or a row "– Service improvement" under "Purpose of Processing".
 * What the processing is for is a use of the data, with or without a "may".
 */
function improvementPurpose(sentence: SentenceView, parties: Parties, purposeContext: boolean): OwnUse | undefined {
  if (sentenceActor(sentence, parties, OPENER_OBJECTS_SOURCE) === 'controller' || onlyBilling(sentence.match)) return undefined;
  const aboutProcessing =
    purposeContext ||
    findFirst(pattern(PURPOSE_WORD_SOURCE), sentence.match) !== undefined ||
    findFirst(pattern(PROCESSING_SOURCE), sentence.match) !== undefined ||
    findFirst(pattern(DATA_SOURCE), sentence.match) !== undefined;
  if (!aboutProcessing) return undefined;
  const candidates: Match[] = [...findAll(pattern(PROVIDE_AND_IMPROVE_SOURCE), sentence.match)];
  // a named improvement purpose needs the purpose said: in the sentence before it, or in the heading or lead-in
  for (const named of findAll(pattern(IMPROVEMENT_SOURCE), sentence.match)) {
    const purposeBefore = findFirst(pattern(PURPOSE_WORD_SOURCE), sentence.match.slice(0, named.start));
    if (purposeContext || purposeBefore) candidates.push(named);
  }
  for (const hit of candidates.sort((a, b) => a.start - b.start)) {
    if (deniedInPart(sentence.match, hit.start)) continue;
    if (onInstructionAt(sentence.match, hit.start)) continue;
    if (servingEndAt(sentence.match, hit.end)) continue;
    if (controllersEnd(sentence.match, hit.end, hit.end)) continue;
    return { ...hit, messageId: 'improvement-purpose' };
  }
  return undefined;
}

function thirdPartyUse(sentence: SentenceView, parties: Parties): OwnUse | undefined {
  const sale = findFirst(pattern(SALE_SOURCE), sentence.match);
  const theirs = findFirst(pattern(THEIR_PURPOSES_SOURCE), sentence.match);
  if (!sale && !theirs && !findFirst(pattern(FOR_OWN_END_SOURCE), sentence.match) && !findFirst(pattern(RECEIVER_COMMERCIAL), sentence.match)) return undefined;
  if (findFirst(pattern(LAWFUL_RECEIVER_SOURCE), sentence.match)) return undefined;
  // a quoted word is a term being defined ("the terms \"Sell\" and \"Share\" have the meanings ..."), not a sale
  const quoted = sale !== undefined && /["'“”‘’«]$/u.test(sentence.text.slice(Math.max(0, sale.start - 1), sale.start));
  const saleDenied = sale && (quoted || deniedInPart(sentence.match, sale.start) || findFirst(pattern(DENIAL_SOURCE), wordsAfter(sentence.match, sale.end, 4)));
  if (sale && !saleDenied && findFirst(pattern(DATA_SOURCE), sentence.match)) return { ...sale, messageId: 'third-party-disclosure' };
  const disclose = findFirst(pattern(DISCLOSE_SOURCE), sentence.match);
  if (!disclose || deniedInPart(sentence.match, disclose.start)) return undefined;
  // "may share Customer Personal Data with our affiliates and selected marketing partners": receivers whose business is
  // the use itself, whatever end the sentence names (lexicon: receiver.commercial)
  const receiver = findFirst(pattern(RECEIVER_COMMERCIAL), textToPartStop(sentence.match.slice(disclose.end)));
  if (receiver && !controllerMayAct(sentence.match, parties.processor) && samePart(sentence.match, disclose.end, disclose.end + receiver.start) && findFirst(pattern(PERMISSION_SOURCE), sentence.match.slice(0, disclose.start))) {
    const end = disclose.end + receiver.end;
    return { start: disclose.start, end, text: sentence.match.slice(disclose.start, end), groups: [], messageId: 'third-party-disclosure' };
  }
  if (!theirs) {
    // "may disclose Personal Data to its affiliates for marketing purposes": handed over for an end that is no
    // part of the service, whoever's end it is
    const forEnd = findFirst(pattern(FOR_OWN_END_SOURCE), textToPartStop(sentence.match.slice(disclose.end)));
    if (!forEnd || !samePart(sentence.match, disclose.end, disclose.end + forEnd.start) || !findFirst(pattern(PERMISSION_SOURCE), sentence.match.slice(0, disclose.start))) return undefined;
    const end = disclose.end + forEnd.end;
    if (controllersEnd(sentence.match, disclose.end, end)) return undefined;
    return { start: disclose.start, end, text: sentence.match.slice(disclose.start, end), groups: [], messageId: 'third-party-disclosure' };
  }
  if (theirs.start < disclose.start) return undefined;
  return { start: disclose.start, end: theirs.end, text: sentence.match.slice(disclose.start, theirs.end), groups: [], messageId: 'third-party-disclosure' };
}

export default defineRule({
  meta: {
    category: 'own-purpose-use',
    defaultSeverity: 'high',
    topic: 'purpose-limitation',
    messages: ruleMessages('own-purpose-use'),
    playbookSettings: ['anonymisedUseAllowed'],
    reportsAbsence: false,
  },
  check(context) {
    const anonymisedAllowed = context.playbook.anonymisedUseAllowed;
    // the vendor's names and "we" in its own terms (`("Acme", "we", "us")`) name the processor too
    const parties = documentParties(context.text, context.processorSource);
    const sentences = context.sentences();
    const leadIns = new Map<number, string | undefined>();
    const leadInMatch = (sentence: SentenceView) => {
      if (!leadIns.has(sentence.clause.index)) {
        const leadIn = leadInOf(context.clauses, sentence.clause);
        leadIns.set(sentence.clause.index, leadIn === undefined ? undefined : matchText(leadIn));
      }
      return leadIns.get(sentence.clause.index);
    };
    for (let index = 0; index < sentences.length; index++) {
      const sentence = sentences[index];
      if (!findFirst(pattern(TRIGGER_SOURCE), sentence.match) && !findFirst(pattern(RECEIVER_COMMERCIAL), sentence.match)) continue;
      // "RevenueHunt shall not: – (a) sell Customer Personal Data": the item is read with its lead-in's "not"
      const leadIn = leadInMatch(sentence);
      if (leadIn !== undefined && findFirst(pattern(DENIAL_SOURCE), leadIn)) continue;
      // "Databehandleren må ikke ... til egne formål. Dette gælder også statistik ...": the prohibition carries on
      const previous = sentences[index - 1];
      if (previous && previous.clause === sentence.clause && findFirst(pattern(CONTINUATION_SOURCE), sentence.match) && findFirst(pattern(DENIAL_SOURCE), previous.match)) continue;
      const uses = [
        anonymisedAllowed ? undefined : anonymisedUse(sentence, parties),
        ownPurposes(sentence, parties),
        anonymisedAllowed ? undefined : usagePatterns(sentence, parties),
        thirdPartyUse(sentence, parties),
      ];
      // the plain "may use the data to improve the service" only when no other own use is found in the sentence
      if (!uses.some(Boolean)) uses.push(dataForProductEnds(sentence, parties, anonymisedAllowed));
      if (!uses.some(Boolean)) {
        const heading = sentence.clause.headings[sentence.clause.headings.length - 1];
        const around = `${heading ?? ''} ${leadIn ?? ''}`;
        const purposeContext = findFirst(pattern(PURPOSE_WORD_SOURCE), matchText(around)) !== undefined;
        uses.push(improvementPurpose(sentence, parties, purposeContext));
      }
      for (const use of uses) {
        if (!use) continue;
        const start = sentence.start + use.start;
        const end = sentence.start + use.end;
        context.report({ messageId: use.messageId, start, end, data: { phrase: context.text.slice(start, end).replace(/\s+/g, ' ') } });
      }
    }
  },
});
