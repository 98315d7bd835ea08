// The help GDPR art. 28(3)(e)-(f) requires of the processor, as a text names it: assistance words, whether the help
// a sentence speaks of is that assistance (not consulting work, not audits only), the requests charged for when a
// sentence names no assistance, and help named only as "this" after the sentence that gives it. assistance-fees
// judges the charges; any reader of assistance terms (the Normen checklist) can ask the same.

import { subjectOf } from './clause-facts';
import { concept, conceptStem, hasConcept } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import type { SentenceView } from './rule';
import { wordsAfter, wordsBefore } from './sentence-parts';
import { CONTROLLER_SOURCE } from './values';
import { referencedClauses } from './cross-references';
import type { Clause } from './types';

/** Assistance, help, cooperation (not "support", which is usually the service desk of the main agreement). */
export const ASSIST_SOURCE =
  // or handling the requests themselves: "charge for handling data subject requests", or a breach, the art. 33-34
  // help of art. 28(3)(f): "vederlag for arbeidet med å håndtere bruddet", "charge for handling the incident"
  `(?:${conceptStem('assistance.help')}|${concept('assistance.handling')} (?:of )?${conceptStem('request.from-data-subject')}|${concept('assistance.handling')} (?:\\p{L}+ ){0,2}${concept('breach.event')})`;
/**
 * A charge for it; not the cost art. 32 weighs in choosing measures ("taking into account ... the costs of
 * implementation", lexicon assistance.weighed-cost).
 */
export const CHARGE_SOURCE = `(?!${concept('assistance.weighed-cost')})${concept('assistance.charge')}`;
/** The assistance GDPR requires: what makes a charge for "assistance" a charge for art. 28(3)(e)-(f) help. */
const GDPR_CONTEXT_SOURCE = conceptStem('assistance.gdpr-topic', 'assistance.gdpr-context');
/** Audit words: a charge only for help with audits belongs to audit-restriction. */
const AUDIT_SOURCE = conceptStem('assistance.audit-word');
/** Help GDPR art. 28(3)(e)-(f) names, besides audits. */
const ART28_EF_SOURCE = conceptStem('assistance.gdpr-topic', 'assistance.art28-ef');
/** Help that is a service of its own (consulting, technical or implementation work), not GDPR assistance. */
const OTHER_HELP_SOURCE = concept('assistance.other-service');

/** A price that names a kind of work: "timepriser for konsulentbistand", "consulting rates" only say what the charge costs. */
const RATE_SOURCE = concept('assistance.rate');
const RATE_BEFORE_SOURCE = `\\b${RATE_SOURCE} (?:\\p{L}+ )?${concept('assistance.rate-of')} (?:\\p{L}+ )?$`;
const RATE_AFTER_SOURCE = `^ (?:\\p{L}+ )?${RATE_SOURCE}\\b`;

/** A request the controller or a data subject makes: the thing charged for when a sentence names no "assistance". */
const REQUEST_SOURCE = concept('request');
/** GDPR art. 12(5)'s words for a request one may charge for: "manifestly unfounded or excessive". */
export const EXCESSIVE_SOURCE = concept('request.excessive');

/** Whether a kind of work only names a price ("timepriser for konsulentbistand", "consulting rates"). */
function priceOfWork(match: string, work: Match): boolean {
  return (
    findFirst(pattern(RATE_BEFORE_SOURCE), wordsBefore(match, work.start, 5).text) !== undefined ||
    findFirst(pattern(RATE_AFTER_SOURCE), wordsAfter(match, work.end, 3)) !== undefined
  );
}

/**
 * Whether the help a sentence speaks of is the GDPR assistance: the sentence, its clause or its heading says so, or
 * the sentence speaks of plain "assistance" and of no other kind of service (consulting, implementation work; a
 * price of such work, "consulting rates", only says what a charge costs); help with audits only is an audit term
 * (an audit word in the sentence or its heading) unless it names art. 28(3)(e)-(f) help too.
 * @example isGdprAssistance(sentence, () => clauseContext) // false for "Consulting services are charged at hourly rates"
 */
export function isGdprAssistance(sentence: SentenceView, clauseContextOf: () => string): boolean {
  const gdprContext = findFirst(pattern(GDPR_CONTEXT_SOURCE), sentence.match) ?? findFirst(pattern(GDPR_CONTEXT_SOURCE), clauseContextOf());
  const otherHelp = findAll(pattern(OTHER_HELP_SOURCE), sentence.match).filter((other) => !priceOfWork(sentence.match, other));
  if (!gdprContext && otherHelp.length) return false;
  const heading = sentence.clause.headings[sentence.clause.headings.length - 1]?.toLowerCase() ?? '';
  const aboutAudit = findFirst(pattern(AUDIT_SOURCE), sentence.match) ?? findFirst(pattern(AUDIT_SOURCE), heading);
  return !(aboutAudit && !findFirst(pattern(ART28_EF_SOURCE), sentence.match));
}

/**
 * The requests charged for when a sentence names no assistance: "Where a request is manifestly excessive we may charge",
 * or a charge for requests in a clause about assistance ("This assistance is included. Where a request ... we may charge").
 * @example requestsCharged(sentence, () => clauseContext, context.parties.processorSource)[0]?.text // 'request'
 */
export function requestsCharged(sentence: SentenceView, clauseContextOf: () => string, processorSource: string): Match[] {
  const request = findFirst(pattern(REQUEST_SOURCE), sentence.match);
  if (!request) return [];
  const excessive = findFirst(pattern(EXCESSIVE_SOURCE), sentence.match);
  const clauseContext = clauseContextOf();
  // (or a clause about data-subject requests: "Exports for access and portability requests are free ... it's EUR 95 per request")
  const assistClause = (findFirst(pattern(ASSIST_SOURCE), clauseContext) && findFirst(pattern(GDPR_CONTEXT_SOURCE), clauseContext)) || hasConcept('request.data-subject', clauseContext);
  if (!excessive && !assistClause) return [];
  // "The Controller may charge the data subject a reasonable fee": the controller's own right under art. 12(5)
  const charge = findFirst(pattern(CHARGE_SOURCE), sentence.match);
  if (charge && subjectOf(sentence.match.slice(0, charge.end), processorSource) === 'controller' && findFirst(pattern(CONTROLLER_SOURCE), sentence.match.slice(0, charge.start))) {
    return [];
  }
  return [request];
}

/**
 * The help a sentence charges for when it names it only as "this" and the sentence before it in the same
 * clause gives the help: "Vendor shall assist the Customer ... . Vendor is entitled to compensation for the
 * costs this entails", "Databehandler bistår ... . Kostnader dette medfører dekkes av Kunden".
 * @example helpBefore(sentence, previous)[0]?.text // 'dette medfører'
 */
export function helpBefore(sentence: SentenceView, previous: SentenceView | undefined): Match[] {
  if (!previous || previous.clause !== sentence.clause || !findFirst(pattern(ASSIST_SOURCE), previous.match)) return [];
  // "this entails …", and "thereafter" after help included up to a limit ("included up to two hours a year. Thereafter we charge …")
  return findAll(pattern(concept('reference.consequence', 'reference.beyond-that')), sentence.match);
}

/**
 * The help a sentence names only by the number of the clause that gives it: "Arbeid som Tjenesteyter utfører etter punkt
 * 6 og punkt 8, faktureres …" where clause 6 is "Bistand: Tjenesteyter bistår … de registrertes rettigheter". Each
 * match is the reference ("punkt 6 og punkt 8"); a referenced clause must name the GDPR help, not just any work.
 * @example helpReferenced(sentence, context.clauses, context.match)[0]?.text // 'punkt 6 og punkt 8'
 */
export function helpReferenced(sentence: SentenceView, clauses: readonly Clause[], match: string): Match[] {
  if (!/\d/.test(sentence.match)) return [];
  return referencedClauses(sentence.match, clauses, sentence.clause).filter((reference) =>
    reference.clauses.some((body) => {
      const text = match.slice(body[0].start, body[body.length - 1].end);
      return findFirst(pattern(ASSIST_SOURCE), text) !== undefined && findFirst(pattern(ART28_EF_SOURCE), text) !== undefined;
    }),
  );
}
