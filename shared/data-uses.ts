// Uses of the controller's data a sentence grants the processor beyond the service: usage data of the
// controller's users gathered for its own ends, the data handed to others (sold, shared with receivers whose
// business is the use, disclosed for a named end), and improving the service stated as what the processing is
// for. Each returns the span that says it (relative to the sentence); own-purpose-use reports them, and any rule
// that asks what the data may be used for can read the same. The ends themselves are read in purposes.ts.

import { controllerMayAct, sentenceActor } from './acting-party';
import { subjectOf } from './clause-facts';
import { concept, conceptPrefix } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import type { Parties } from './parties';
import { concessiveAt, controllersEnd, IMPROVEMENT_SOURCE, INSTRUCTED_SOURCE, onInstructionAt, onlyBilling, OWN_END_SOURCE, ownEndIn, serviceOnlyAfter, servingEndAt } from './purposes';
import type { SentenceView } from './rule';
import { deniedInPart, DENIAL_SOURCE, samePart, textToPartStop, wordsAfter, wordsBefore } from './sentence-parts';

interface Span {
  start: number;
  end: number;
}

/** The words the readings of a use of the data read, by what they mean (lexicon concepts); own-purpose-use reads them too. */
export const USE_WORDS = {
  /** Anonymised, aggregated or de-identified data. */
  anonymised: concept('data.anonymised'),
  /** Owning or keeping the derived data: "eier alle rettigheter til aggregerte data", "owns all aggregated data". */
  ownership: concept('ownership.owns'),
  /** What is gathered said to hold no personal data ("telemetry ..., which contains no Customer Personal Data"). */
  notPersonal: concept('data.not-personal'),
  /** Permission words: the processor "may", "has the right to", "reserves the right". */
  permission: concept('permission.own-use'),
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
  /** "provide, support, maintain and improve", "tillhandahålla och förbättra": the service and its improvement as one end. */
  provideAndImprove: `${concept('service.provide')}(?:,? (?:${concept('conjunction.and')} )?(?:${concept('infinitive.marker')} )?[\\p{L}-]+){0,4}?,? (?:${concept('conjunction.and')}|&) (?:${concept('infinitive.marker', 'infinitive.purpose-marker')} )?${concept('service.improve')}`,
  /** "purpose", "formål", "ändamål": a sentence or heading that states what the processing is for; the processing itself. */
  purposeWord: concept('purpose.word'),
  processing: conceptPrefix('processing.word'),
  /** Using the data freely, for any purpose, as it sees fit: "kan bruke dem fritt", "may use Customer Data for any purpose". */
  freeUse: concept('data.use-freely'),
};

/**
 * Anonymised, aggregated or de-identified data the processor may use for its own ends, own ("eier alle rettigheter
 * til aggregerte data"), or may make ("Databehandler kan imidlertid anonymisere ..."); not in a concessive, on the
 * controller's instruction, bound to providing the service, or for the controller's own ends. The span runs from
 * the anonymised data to the end it serves when that follows closely.
 * @example anonymisedDataUse(sentence, context.parties) // the span "aggregerte data ... produktutvikling"
 */
export function anonymisedDataUse(sentence: SentenceView, parties: Parties): Span | undefined {
  if (controllerMayAct(sentence.match, parties.processor) || onlyBilling(sentence.match)) return undefined;
  for (const anonymised of findAll(pattern(USE_WORDS.anonymised), sentence.match)) {
    if (deniedInPart(sentence.match, anonymised.start) || concessiveAt(sentence.match, anonymised.start)) continue;
    const after = sentence.match.slice(anonymised.end);
    const end = ownEndIn(sentence.match);
    const permitted = findFirst(pattern(USE_WORDS.permission), sentence.match) && subjectOf(sentence.match, parties.processor) !== 'controller';
    const onInstruction = findFirst(pattern(INSTRUCTED_SOURCE), sentence.match);
    if (onInstructionAt(sentence.match, anonymised.start)) continue;
    if (serviceOnlyAfter(sentence.match, anonymised.start)) continue;
    if (end && end.start > anonymised.start - 200 && !deniedInPart(sentence.match, end.start) && !(onInstruction && !permitted)) {
      if (controllersEnd(sentence.match, end.start, end.end)) continue;
      // the phrase runs from the anonymised data to the end it serves when that follows closely
      const phraseEnd = end.start > anonymised.start && end.start - anonymised.end < 150 ? end.end : anonymised.end;
      return { start: anonymised.start, end: phraseEnd };
    }
    // "Databehandler eier alle rettigheter til aggregerte og anonymiserte data"
    const owned = findAll(pattern(USE_WORDS.ownership), sentence.match.slice(0, anonymised.start)).pop();
    if (owned && samePart(sentence.match, owned.end, anonymised.start) && subjectOf(sentence.match, parties.processor) !== 'controller' && !deniedInPart(sentence.match, anonymised.start)) {
      return { start: anonymised.start, end: anonymised.end };
    }
    // "Databehandler kan imidlertid anonymisere helse- og personopplysninger ..."
    if (permitted && subjectOf(sentence.match, parties.processor) === 'processor' && !onInstruction && /^\p{L}*\s/u.test(after) === true) {
      if (findFirst(pattern(USE_WORDS.permission), wordsBefore(sentence.match, anonymised.start, 8).text)) return { start: anonymised.start, end: anonymised.end };
    }
  }
  return undefined;
}

/**
 * The data the processor may use freely, for any purpose or as it sees fit ("Leverandøren eier Tjenestedata og kan bruke
 * dem fritt", "may use Customer Data for any purpose"): no end is bound, so its own ends are in. Not when the
 * controller may act, the use is denied, or no data is named in or right after the phrase ("kan fritt velge" is no use);
 * `dataTerms` are the terms the document defines as data (shared/definitions.ts).
 * @example freeDataUse(sentence, context.parties) // the span "bruke dem fritt"
 */
export function freeDataUse(sentence: SentenceView, parties: Parties, dataTerms?: string): Span | undefined {
  const free = findFirst(pattern(USE_WORDS.freeUse), sentence.match);
  if (!free || deniedInPart(sentence.match, free.start) || controllerMayAct(sentence.match, parties.processor)) return undefined;
  if (!findFirst(pattern(USE_WORDS.permission), sentence.match.slice(0, free.start))) return undefined;
  // the data named, or a term the document defines as data ("Leverandøren kan bruke Tjenestedata fritt")
  const object = dataTerms ? `${USE_WORDS.data}|${dataTerms}` : USE_WORDS.data;
  if (!findFirst(pattern(object), free.text + wordsAfter(sentence.match, free.end, 4))) return undefined;
  return { start: free.start, end: free.end };
}

/**
 * Usage data of the controller's users (usage patterns, telemetry) gathered for the processor's own ends ("for
 * produktforbedring") or under a right to map them ("har rett til å kartlegge bruksmønstre"); not on the controller's
 * instruction, nor data said to hold no personal data. The span runs from the verb (when close before) to the usage.
 * @example usageDataUse(sentence, context.parties) // the span "kartlegge bruksmønstre" for "Leverandøren har rett til å kartlegge bruksmønstre"
 */
export function usageDataUse(sentence: SentenceView, parties: Parties): Span | undefined {
  // usage data gathered for the controller on its instruction is the controller's own ("etter dennes skriftlige instruks"):
  // the first usage that is neither denied nor instructed in its clause part
  const usage = findAll(pattern(USE_WORDS.usage), sentence.match).find((u) => !deniedInPart(sentence.match, u.start) && !onInstructionAt(sentence.match, u.start));
  if (!usage) return undefined;
  if (controllerMayAct(sentence.match, parties.processor) || onlyBilling(sentence.match) || serviceOnlyAfter(sentence.match, usage.end)) return undefined;
  // what is gathered is said to hold no personal data: no use of the controller's data
  if (findFirst(pattern(USE_WORDS.notPersonal), sentence.match.slice(usage.end))) return undefined;
  const verb = findFirst(pattern(USE_WORDS.usageVerb), sentence.match);
  const ownEnd = ownEndIn(sentence.match);
  // for its own ends ("for produktforbedring"), or a right to map them ("har rett til å kartlegge bruksmønstre")
  const permitted = verb !== undefined && findFirst(pattern(USE_WORDS.permission), sentence.match) !== undefined;
  if (!ownEnd && !permitted) return undefined;
  const start = verb && verb.start < usage.start && usage.start - verb.end < 40 ? verb.start : usage.start;
  return { start, end: usage.end };
}

/**
 * The stated purposes of the processing include improving the vendor's service: "Personal Data is transferred so
 * that the Data Importer may provide, support, maintain and improve the Services", "de personuppgifter som krävs
 * för att tillhandahålla och förbättra tjänsten", or a row "– Service improvement" under "Purpose of Processing".
 * What the processing is for is a use of the data, with or without a "may". `purposeContext`: the heading or lead-in
 * states a purpose.
 * @example improvementPurpose(sentence, context.parties, false) // the span "provide, support, maintain and improve"
 */
export function improvementPurpose(sentence: SentenceView, parties: Parties, purposeContext: boolean): Span | undefined {
  if (sentenceActor(sentence, parties, USE_WORDS.openerObjects) === 'controller' || onlyBilling(sentence.match)) return undefined;
  const aboutProcessing =
    purposeContext ||
    findFirst(pattern(USE_WORDS.purposeWord), sentence.match) !== undefined ||
    findFirst(pattern(USE_WORDS.processing), sentence.match) !== undefined ||
    findFirst(pattern(USE_WORDS.data), sentence.match) !== undefined;
  if (!aboutProcessing) return undefined;
  const candidates: Match[] = [...findAll(pattern(USE_WORDS.provideAndImprove), sentence.match)];
  // a named improvement purpose needs the purpose said: in the sentence before it, or in the heading or lead-in
  for (const named of findAll(pattern(IMPROVEMENT_SOURCE), sentence.match)) {
    const purposeBefore = findFirst(pattern(USE_WORDS.purposeWord), sentence.match.slice(0, named.start));
    if (purposeContext || purposeBefore) candidates.push(named);
  }
  for (const hit of candidates.sort((a, b) => a.start - b.start)) {
    if (deniedInPart(sentence.match, hit.start)) continue;
    if (onInstructionAt(sentence.match, hit.start)) continue;
    if (servingEndAt(sentence.match, hit.end)) continue;
    if (controllersEnd(sentence.match, hit.end, hit.end)) continue;
    return { start: hit.start, end: hit.end };
  }
  return undefined;
}

/**
 * The controller's data handed to others for ends that are not the service's: sold ("sell Customer Personal Data";
 * a quoted term being defined is no sale), shared with receivers whose business is the use itself ("marketing
 * partners"), disclosed for a named end ("for marketing purposes"), or for the receivers' own purposes. The span
 * runs from the disclosure (or sale) to the receiver or end.
 * @example disclosureToOthers(sentence, context.parties) // the span "share ... marketing partners" for "may share Customer Personal Data with selected marketing partners"
 */
export function disclosureToOthers(sentence: SentenceView, parties: Parties): Span | undefined {
  const sale = findFirst(pattern(USE_WORDS.sale), sentence.match);
  const theirs = findFirst(pattern(USE_WORDS.theirPurposes), sentence.match);
  if (!sale && !theirs && !findFirst(pattern(USE_WORDS.forOwnEnd), sentence.match) && !findFirst(pattern(USE_WORDS.commercialReceiver), sentence.match)) return undefined;
  if (findFirst(pattern(USE_WORDS.lawfulReceiver), sentence.match)) return undefined;
  // a quoted word is a term being defined ("the terms \"Sell\" and \"Share\" have the meanings ..."), not a sale
  const quoted = sale !== undefined && /["'“”‘’«]$/u.test(sentence.text.slice(Math.max(0, sale.start - 1), sale.start));
  const saleDenied = sale && (quoted || deniedInPart(sentence.match, sale.start) || findFirst(pattern(DENIAL_SOURCE), wordsAfter(sentence.match, sale.end, 4)));
  if (sale && !saleDenied && findFirst(pattern(USE_WORDS.data), sentence.match)) return { start: sale.start, end: sale.end };
  const disclose = findFirst(pattern(USE_WORDS.disclose), sentence.match);
  if (!disclose || deniedInPart(sentence.match, disclose.start)) return undefined;
  // "may share Customer Personal Data with our affiliates and selected marketing partners": receivers whose business is
  // the use itself, whatever end the sentence names (lexicon: receiver.commercial)
  const receiver = findFirst(pattern(USE_WORDS.commercialReceiver), textToPartStop(sentence.match.slice(disclose.end)));
  if (receiver && !controllerMayAct(sentence.match, parties.processor) && samePart(sentence.match, disclose.end, disclose.end + receiver.start) && findFirst(pattern(USE_WORDS.permission), sentence.match.slice(0, disclose.start))) {
    const end = disclose.end + receiver.end;
    return { start: disclose.start, end };
  }
  if (!theirs) {
    // "may disclose Personal Data to its affiliates for marketing purposes": handed over for an end that is no
    // part of the service, whoever's end it is
    const forEnd = findFirst(pattern(USE_WORDS.forOwnEnd), textToPartStop(sentence.match.slice(disclose.end)));
    if (!forEnd || !samePart(sentence.match, disclose.end, disclose.end + forEnd.start) || !findFirst(pattern(USE_WORDS.permission), sentence.match.slice(0, disclose.start))) return undefined;
    const end = disclose.end + forEnd.end;
    if (controllersEnd(sentence.match, disclose.end, end)) return undefined;
    return { start: disclose.start, end };
  }
  if (theirs.start < disclose.start) return undefined;
  return { start: disclose.start, end: theirs.end };
}
