// own-purpose-use: the processor using the controller's data for its own purposes (GDPR art. 28(3)(a), 28(10)).
// How it reads a clause, and why: docs/rules/reading/own-purpose-use.md.

import { findAll, findFirst, matchText, pattern, type Match } from '../match';
import { defineRule, reportOncePerMessage, type SentenceHit, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { subjectOf } from '../clause-facts';
import { deniedInPart, DENIAL_SOURCE, samePart, textToPartStop, wordsBefore, wordsBetween } from '../sentence-parts';
import { leadInOf } from '../lead-in';
import type { Parties } from '../parties';
import { sentenceActor } from '../acting-party';
import { concept, conceptAnywhere, conceptPrefix } from '../lexicon';
import { controllersEnd, endAcrossCustomers, INSTRUCTED_SOURCE, onlyBilling, ownEndExcepted, PRODUCT_END_SOURCE, servingEndAt } from '../purposes';
import { definedTerms, termsDefinedAs } from '../definitions';
import { anonymisedDataUse, disclosureToOthers, freeDataUse, improvementPurpose, usageDataUse, USE_WORDS } from '../data-uses';

/** The words this rule reads, by what they mean here (lexicon concepts; words shared with other rules are in purposes.ts and data-uses.ts). */
const WORDS = {
  ...USE_WORDS,
  /** Own purposes said outright. */
  ownPurposes: conceptPrefix('purpose.own'),
  /** Using, deriving from, exploiting the data, also in the passive ("may be used", "kan brukes": the data is the subject). */
  useVerb: concept('data.use-verb', 'data.use-passive'),
  passiveUse: `^${concept('data.use-passive')}$`,
  /** "Dette gælder også ...", "The same applies to ...": a sentence that carries on the one before it. */
  continuation: `^\\s*${concept('continuation.subject')} (?:\\p{L}+ ){0,2}${concept('continuation.applies')}`,
  /** A cheap first look: sentences with none of these stems are skipped before the fuller patterns run. */
  trigger: conceptAnywhere('purpose.own-use-trigger'),
};

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

/** How many words after a permission ("may", "is entitled to") the use verb it allows may stand ("may collect, analyse and use"). */
const PERMISSION_VERB_WORDS = 8;
/** Whether a use verb is the one a permission allows: a few words after it, in its clause part. */
const governedBy = (match: string, permission: Match, verb: Match) => wordsBetween(match, permission, verb) <= PERMISSION_VERB_WORDS && samePart(match, permission.end, verb.start);

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
    if (verb.start < permission.start || !governedBy(sentence.match, permission, verb) || deniedInPart(sentence.match, verb.start)) continue;
    // the end may follow a long object ("Service Data, including data that relates to Users, to provide and improve"),
    // but not past a new clause part or a new duty
    const window = textToPartStop(sentence.match.slice(verb.end));
    // (or any end pursued over the processor's other customers: "to detect fraud across its customer base")
    const end = findFirst(pattern(PRODUCT_END_SOURCE), window) ?? endAcrossCustomers(window);
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

/** An own end excepted from a use bound to the service: "solely to provide the Service, except ... to develop new services". */
function exceptedOwnEnd(sentence: SentenceView): SentenceHit | undefined {
  const end = ownEndExcepted(sentence.match);
  if (!end || deniedInPart(sentence.match, end.start) || controllersEnd(sentence.match, end.start, end.end)) return undefined;
  return { ...end, messageId: 'own-purposes' };
}

/** A reading's span as this rule's hit. */
function hitAt(messageId: string, span: { start: number; end: number } | undefined): SentenceHit | undefined {
  return span && { ...span, messageId };
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
    const parties = context.parties;
    const sentences = context.sentences();
    // terms the document defines as data or usage data ("Med «Tjenestedata» menes logg- og bruksdata ..."): they name the data where used
    const dataTerms = termsDefinedAs(definedTerms(sentences), `${WORDS.data}|${WORDS.usage}`);
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
        anonymisedAllowed ? undefined : hitAt('anonymised-use', anonymisedDataUse(sentence, parties)),
        ownPurposes(sentence, parties),
        anonymisedAllowed ? undefined : hitAt('usage-patterns', usageDataUse(sentence, parties)),
        hitAt('third-party-disclosure', disclosureToOthers(sentence, parties)),
        exceptedOwnEnd(sentence),
        hitAt('own-purposes', freeDataUse(sentence, parties, dataTerms)),
      ];
      // the plain "may use the data to improve the service" only when no other own use is found in the sentence
      if (!uses.some(Boolean)) uses.push(dataForProductEnds(sentence, parties, anonymisedAllowed));
      if (!uses.some(Boolean)) {
        const heading = sentence.clause.headings[sentence.clause.headings.length - 1];
        const around = `${heading ?? ''} ${leadIn ?? ''}`;
        const purposeContext = findFirst(pattern(WORDS.purposeWord), matchText(around)) !== undefined;
        uses.push(hitAt('improvement-purpose', improvementPurpose(sentence, parties, purposeContext)));
      }
      reportOncePerMessage(context, sentence, uses.filter((use): use is SentenceHit => use !== undefined));
    }
  },
});
