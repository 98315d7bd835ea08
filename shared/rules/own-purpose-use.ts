// own-purpose-use: the processor using the controller's data for its own purposes (GDPR art. 28(3)(a), 28(10)).
// How it reads a clause, and why: docs/rules/reading/own-purpose-use.md.

import { findAll, findFirst, matchText, pattern, type Match } from '../match';
import { defineRule, reportOncePerMessage, type SentenceHit, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { subjectOf } from '../clause-facts';
import { deniedInPart, DENIAL_SOURCE, samePart, textToPartStop, wordsAfter, wordsBefore } from '../sentence-parts';
import { leadInOf } from '../lead-in';
import { documentParties, type Parties } from '../parties';
import { controllerMayAct, sentenceActor } from '../acting-party';
import { concept, conceptAnywhere, conceptPrefix } from '../lexicon';
import {
  concessiveAt, controllersEnd, IMPROVEMENT_SOURCE, INSTRUCTED_SOURCE, onInstructionAt, onlyBilling, OWN_END_SOURCE, ownEndExcepted, ownEndIn, PRODUCT_END_SOURCE, serviceOnlyAfter, servingEndAt,
} from '../purposes';

/** The words this rule reads, by what they mean here (lexicon concepts; words shared with other rules are in purposes.ts). */
const WORDS = {
  /** Anonymised, aggregated or de-identified data. */
  anonymised: concept('data.anonymised'),
  /** What is gathered said to hold no personal data ("telemetry ..., which contains no Customer Personal Data"). */
  notPersonal: concept('data.not-personal'),
  /** Permission words: the processor "may", "has the right to", "reserves the right". */
  permission: concept('permission.own-use'),
  /** Own purposes said outright. */
  ownPurposes: conceptPrefix('purpose.own'),
  /** Usage patterns and telemetry of the controller's users, and mapping, collecting, analysing them. */
  usage: conceptPrefix('usage.data'),
  usageVerb: conceptPrefix('usage.verb'),
  /** Handing data over; a sale of the data, whoever buys. */
  disclose: concept('data.disclose'),
  sale: concept('data.sale'),
  /** Their purposes: the receiver's own reporting, analyses, research, marketing. */
  theirPurposes: conceptPrefix('purpose.theirs'),
  /** "for marketing purposes", "til markedsføringsformål", "i marknadsföringssyfte": an end named as the purpose. */
  forOwnEnd: `${concept('purpose.for')} (?:\\p{L}+ ){0,2}${concept('purpose.own-end')}`,
  /** Receivers whose business is using the data (marketing partners, advertisers, data brokers), and those that are part of the service or the law's demand. */
  commercialReceiver: concept('receiver.commercial'),
  lawfulReceiver: conceptPrefix('receiver.lawful'),
  /** What is used or sold must be the data, not the service. */
  data: concept('data.object'),
  /** Nouns a sentence may open with that are no party ("Data may be used ...", "Marketing may ..."). */
  openerObjects: `${concept('data.object')}|${OWN_END_SOURCE}`,
  /** Using, deriving from, exploiting the data, also in the passive ("may be used", "kan brukes": the data is the subject). */
  useVerb: concept('data.use-verb', 'data.use-passive'),
  passiveUse: `^${concept('data.use-passive')}$`,
  /** Owning or keeping the derived data: "eier alle rettigheter til aggregerte data", "owns all aggregated data". */
  ownership: concept('ownership.owns'),
  /** "Dette gælder også ...", "The same applies to ...": a sentence that carries on the one before it. */
  continuation: `^\\s*${concept('continuation.subject')} (?:\\p{L}+ ){0,2}${concept('continuation.applies')}`,
  /** A cheap first look: sentences with none of these stems are skipped before the fuller patterns run. */
  trigger: conceptAnywhere('purpose.own-use-trigger'),
  /** "provide, support, maintain and improve", "tillhandahålla och förbättra": the service and its improvement as one end. */
  provideAndImprove: `${concept('service.provide')}(?:,? (?:${concept('conjunction.and')} )?(?:${concept('infinitive.marker')} )?[\\p{L}-]+){0,4}?,? (?:${concept('conjunction.and')}|&) (?:${concept('infinitive.marker', 'infinitive.purpose-marker')} )?${concept('service.improve')}`,
  /** "purpose", "formål", "ändamål": a sentence or heading that states what the processing is for; the processing itself. */
  purposeWord: concept('purpose.word'),
  processing: conceptPrefix('processing.word'),
};

function anonymisedUse(sentence: SentenceView, parties: Parties): SentenceHit | undefined {
  if (controllerMayAct(sentence.match, parties.processor) || onlyBilling(sentence.match)) return undefined;
  for (const anonymised of findAll(pattern(WORDS.anonymised), sentence.match)) {
    if (deniedInPart(sentence.match, anonymised.start) || concessiveAt(sentence.match, anonymised.start)) continue;
    const after = sentence.match.slice(anonymised.end);
    const end = ownEndIn(sentence.match);
    const permitted = findFirst(pattern(WORDS.permission), sentence.match) && subjectOf(sentence.match, parties.processor) !== 'controller';
    const onInstruction = findFirst(pattern(INSTRUCTED_SOURCE), sentence.match);
    if (onInstructionAt(sentence.match, anonymised.start)) continue;
    if (serviceOnlyAfter(sentence.match, anonymised.start)) continue;
    if (end && end.start > anonymised.start - 200 && !deniedInPart(sentence.match, end.start) && !(onInstruction && !permitted)) {
      if (controllersEnd(sentence.match, end.start, end.end)) continue;
      // the phrase runs from the anonymised data to the end it serves when that follows closely
      const phraseEnd = end.start > anonymised.start && end.start - anonymised.end < 150 ? end.end : anonymised.end;
      return { start: anonymised.start, end: phraseEnd, messageId: 'anonymised-use' };
    }
    // "Databehandler eier alle rettigheter til aggregerte og anonymiserte data"
    const owned = findAll(pattern(WORDS.ownership), sentence.match.slice(0, anonymised.start)).pop();
    if (owned && samePart(sentence.match, owned.end, anonymised.start) && subjectOf(sentence.match, parties.processor) !== 'controller' && !deniedInPart(sentence.match, anonymised.start)) {
      return { ...anonymised, messageId: 'anonymised-use' };
    }
    // "Databehandler kan imidlertid anonymisere helse- og personopplysninger ..."
    if (permitted && subjectOf(sentence.match, parties.processor) === 'processor' && !onInstruction && /^\p{L}*\s/u.test(after) === true) {
      if (findFirst(pattern(WORDS.permission), wordsBefore(sentence.match, anonymised.start, 8).text)) return { ...anonymised, messageId: 'anonymised-use' };
    }
  }
  return undefined;
}

function ownPurposes(sentence: SentenceView, parties: Parties): SentenceHit | undefined {
  const own = findFirst(pattern(WORDS.ownPurposes), sentence.match);
  if (!own || deniedInPart(sentence.match, own.start)) return undefined;
  // "Customer acknowledges that we process ... for our legitimate business purposes": whose purposes they are is said
  // right before them, whoever the sentence's subject is
  const owner = findFirst(pattern(`(?:${parties.processor})(?:'s|’s|s)?\\s+$`), wordsBefore(sentence.match, own.start, 4).text);
  if (owner) return { ...own, messageId: 'own-purposes' };
  // "The Controller may use the statistics for its own purposes" is the controller's business
  if (sentenceActor(sentence, parties, WORDS.openerObjects) !== 'processor' && subjectOf(sentence.match.slice(0, own.start), parties.processor) === 'controller') return undefined;
  return { ...own, messageId: 'own-purposes' };
}

function usagePatterns(sentence: SentenceView, parties: Parties): SentenceHit | undefined {
  // usage data gathered for the controller on its instruction is the controller's own ("etter dennes skriftlige instruks"):
  // the first usage that is neither denied nor instructed in its clause part
  const usage = findAll(pattern(WORDS.usage), sentence.match).find((u) => !deniedInPart(sentence.match, u.start) && !onInstructionAt(sentence.match, u.start));
  if (!usage) return undefined;
  if (controllerMayAct(sentence.match, parties.processor) || onlyBilling(sentence.match)) return undefined;
  // what is gathered is said to hold no personal data: no use of the controller's data
  if (findFirst(pattern(WORDS.notPersonal), sentence.match.slice(usage.end))) return undefined;
  const verb = findFirst(pattern(WORDS.usageVerb), sentence.match);
  const ownEnd = ownEndIn(sentence.match);
  // for its own ends ("for produktforbedring"), or a right to map them ("har rett til å kartlegge bruksmønstre")
  const permitted = verb !== undefined && findFirst(pattern(WORDS.permission), sentence.match) !== undefined;
  if (!ownEnd && !permitted) return undefined;
  const start = verb && verb.start < usage.start && usage.start - verb.end < 40 ? verb.start : usage.start;
  return { start, end: usage.end, messageId: 'usage-patterns' };
}

/**
 * The processor may use the data itself for its product ends: "may use Customer Data to provide, maintain and
 * improve the Services", "kan bruke personopplysningene til egen forskning", "may use Customer Content to train
 * its models". The phrase runs from the use verb to the end.
 */
function dataForProductEnds(sentence: SentenceView, parties: Parties, anonymisedAllowed: boolean): SentenceHit | undefined {
  // the processor, or a vendor named by its brand that the document never ties to the role ("Acme may use ...")
  if (sentenceActor(sentence, parties, WORDS.openerObjects) === 'controller' || onlyBilling(sentence.match)) return undefined;
  if (findFirst(pattern(INSTRUCTED_SOURCE), sentence.match)) return undefined;
  const permission = findFirst(pattern(WORDS.permission), sentence.match);
  if (!permission || deniedInPart(sentence.match, permission.end)) return undefined;
  for (const verb of findAll(pattern(WORDS.useVerb), sentence.match)) {
    if (verb.start < permission.start || verb.start - permission.end > 60 || deniedInPart(sentence.match, verb.start)) continue;
    // the end may follow a long object ("Service Data, including data that relates to Users, to provide and improve"),
    // but not past a new clause part or a new duty
    const window = textToPartStop(sentence.match.slice(verb.end));
    const end = findFirst(pattern(PRODUCT_END_SOURCE), window);
    if (!end) continue;
    const between = window.slice(0, end.start);
    const anonymised = findFirst(pattern(WORDS.anonymised), between);
    // in the passive with no agent ("Personal data ... may be used to enhance"), the data is named before the permission
    const passiveData = findFirst(pattern(WORDS.passiveUse), verb.text) !== undefined && findFirst(pattern(WORDS.data), sentence.match.slice(0, permission.start)) !== undefined;
    if (anonymised ? anonymisedAllowed : !passiveData && !findFirst(pattern(WORDS.data), between)) continue;
    const endStart = verb.end + end.start;
    const endEnd = verb.end + end.end;
    if (deniedInPart(sentence.match, endStart)) continue;
    if (servingEndAt(sentence.match, endEnd)) continue;
    if (controllersEnd(sentence.match, endEnd, endEnd)) continue;
    return { start: verb.start, end: endEnd, messageId: 'own-purposes' };
  }
  return undefined;
}

/**
 * The stated purposes of the processing include improving the vendor's service: "Personal Data is transferred so
 * that the Data Importer may provide, support, maintain and improve the Services", "de personuppgifter som krävs
 * för att tillhandahålla och förbättra tjänsten", or a row "– Service improvement" under "Purpose of Processing".
 * What the processing is for is a use of the data, with or without a "may".
 */
function improvementPurpose(sentence: SentenceView, parties: Parties, purposeContext: boolean): SentenceHit | undefined {
  if (sentenceActor(sentence, parties, WORDS.openerObjects) === 'controller' || onlyBilling(sentence.match)) return undefined;
  const aboutProcessing =
    purposeContext ||
    findFirst(pattern(WORDS.purposeWord), sentence.match) !== undefined ||
    findFirst(pattern(WORDS.processing), sentence.match) !== undefined ||
    findFirst(pattern(WORDS.data), sentence.match) !== undefined;
  if (!aboutProcessing) return undefined;
  const candidates: Match[] = [...findAll(pattern(WORDS.provideAndImprove), sentence.match)];
  // a named improvement purpose needs the purpose said: in the sentence before it, or in the heading or lead-in
  for (const named of findAll(pattern(IMPROVEMENT_SOURCE), sentence.match)) {
    const purposeBefore = findFirst(pattern(WORDS.purposeWord), sentence.match.slice(0, named.start));
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

/** An own end excepted from a use bound to the service: "solely to provide the Service, except ... to develop new services". */
function exceptedOwnEnd(sentence: SentenceView): SentenceHit | undefined {
  const end = ownEndExcepted(sentence.match);
  if (!end || deniedInPart(sentence.match, end.start) || controllersEnd(sentence.match, end.start, end.end)) return undefined;
  return { ...end, messageId: 'own-purposes' };
}

function thirdPartyUse(sentence: SentenceView, parties: Parties): SentenceHit | undefined {
  const sale = findFirst(pattern(WORDS.sale), sentence.match);
  const theirs = findFirst(pattern(WORDS.theirPurposes), sentence.match);
  if (!sale && !theirs && !findFirst(pattern(WORDS.forOwnEnd), sentence.match) && !findFirst(pattern(WORDS.commercialReceiver), sentence.match)) return undefined;
  if (findFirst(pattern(WORDS.lawfulReceiver), sentence.match)) return undefined;
  // a quoted word is a term being defined ("the terms \"Sell\" and \"Share\" have the meanings ..."), not a sale
  const quoted = sale !== undefined && /["'“”‘’«]$/u.test(sentence.text.slice(Math.max(0, sale.start - 1), sale.start));
  const saleDenied = sale && (quoted || deniedInPart(sentence.match, sale.start) || findFirst(pattern(DENIAL_SOURCE), wordsAfter(sentence.match, sale.end, 4)));
  if (sale && !saleDenied && findFirst(pattern(WORDS.data), sentence.match)) return { ...sale, messageId: 'third-party-disclosure' };
  const disclose = findFirst(pattern(WORDS.disclose), sentence.match);
  if (!disclose || deniedInPart(sentence.match, disclose.start)) return undefined;
  // "may share Customer Personal Data with our affiliates and selected marketing partners": receivers whose business is
  // the use itself, whatever end the sentence names (lexicon: receiver.commercial)
  const receiver = findFirst(pattern(WORDS.commercialReceiver), textToPartStop(sentence.match.slice(disclose.end)));
  if (receiver && !controllerMayAct(sentence.match, parties.processor) && samePart(sentence.match, disclose.end, disclose.end + receiver.start) && findFirst(pattern(WORDS.permission), sentence.match.slice(0, disclose.start))) {
    const end = disclose.end + receiver.end;
    return { start: disclose.start, end, messageId: 'third-party-disclosure' };
  }
  if (!theirs) {
    // "may disclose Personal Data to its affiliates for marketing purposes": handed over for an end that is no
    // part of the service, whoever's end it is
    const forEnd = findFirst(pattern(WORDS.forOwnEnd), textToPartStop(sentence.match.slice(disclose.end)));
    if (!forEnd || !samePart(sentence.match, disclose.end, disclose.end + forEnd.start) || !findFirst(pattern(WORDS.permission), sentence.match.slice(0, disclose.start))) return undefined;
    const end = disclose.end + forEnd.end;
    if (controllersEnd(sentence.match, disclose.end, end)) return undefined;
    return { start: disclose.start, end, messageId: 'third-party-disclosure' };
  }
  if (theirs.start < disclose.start) return undefined;
  return { start: disclose.start, end: theirs.end, messageId: 'third-party-disclosure' };
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
      if (!findFirst(pattern(WORDS.trigger), sentence.match) && !findFirst(pattern(WORDS.commercialReceiver), sentence.match)) continue;
      // "RevenueHunt shall not: – (a) sell Customer Personal Data": the item is read with its lead-in's "not"
      const leadIn = leadInMatch(sentence);
      if (leadIn !== undefined && findFirst(pattern(DENIAL_SOURCE), leadIn)) continue;
      // "Databehandleren må ikke ... til egne formål. Dette gælder også statistik ...": the prohibition carries on
      const previous = sentences[index - 1];
      if (previous && previous.clause === sentence.clause && findFirst(pattern(WORDS.continuation), sentence.match) && findFirst(pattern(DENIAL_SOURCE), previous.match)) continue;
      const uses = [
        anonymisedAllowed ? undefined : anonymisedUse(sentence, parties),
        ownPurposes(sentence, parties),
        anonymisedAllowed ? undefined : usagePatterns(sentence, parties),
        thirdPartyUse(sentence, parties),
        exceptedOwnEnd(sentence),
      ];
      // the plain "may use the data to improve the service" only when no other own use is found in the sentence
      if (!uses.some(Boolean)) uses.push(dataForProductEnds(sentence, parties, anonymisedAllowed));
      if (!uses.some(Boolean)) {
        const heading = sentence.clause.headings[sentence.clause.headings.length - 1];
        const around = `${heading ?? ''} ${leadIn ?? ''}`;
        const purposeContext = findFirst(pattern(WORDS.purposeWord), matchText(around)) !== undefined;
        uses.push(improvementPurpose(sentence, parties, purposeContext));
      }
      reportOncePerMessage(context, sentence, uses.filter((use): use is SentenceHit => use !== undefined));
    }
  },
});
