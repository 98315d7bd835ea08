// assistance-fees: the processor charging for the help GDPR art. 28(3)(e)-(f) requires.
// How it reads a clause, and why: docs/rules/reading/assistance-fees.md.

import { concept, conceptAnywhere, conceptStem, hasConcept } from '../lexicon';
import { findAll, findFirst, matchText, pattern, type Match } from '../match';
import { defineRule, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { subjectOf } from '../clause-facts';
import { negationBefore } from '../frame';
import { CONTROLLER_SOURCE, findAmounts } from '../values';
import { listAfter } from '../sections';
import { titleLineLength } from '../segment';
import { samePart, wordsAfter, wordsBefore, wordsBetween } from '../sentence-parts';
import { paidByProcessor } from '../cost-bearer';
import type { Clause } from '../types';

/** A lead-in sentence read together with the list items it opens (same offsets as the text). */
function leadInWithItems(sentence: SentenceView, items: readonly Clause[], match: string, text: string): SentenceView {
  const end = items[items.length - 1].end;
  return { ...sentence, end, text: text.slice(sentence.start, end), match: match.slice(sentence.start, end) };
}

/** Assistance, help, cooperation (not "support", which is usually the service desk of the main agreement). */
const ASSIST_SOURCE =
  // or handling the requests themselves: "charge for handling data subject requests", or a breach, the art. 33-34
  // help of art. 28(3)(f): "vederlag for arbeidet med å håndtere bruddet", "charge for handling the incident"
  `(?:${conceptStem('assistance.help')}|${concept('assistance.handling')} (?:of )?${conceptStem('request.from-data-subject')}|${concept('assistance.handling')} (?:\\p{L}+ ){0,2}${concept('breach.event')})`;
/** A charge for it. */
const CHARGE_SOURCE = concept('assistance.charge');
/**
 * Help left out of the price is help charged for: "ikke med i abonnementsprisen", "inngår ikke i prisen",
 * "not included in the subscription fee", "ingår inte i priset".
 */
const NOT_INCLUDED_SOURCE = `(?:${concept('negation')} (?:\\p{L}+ )?${concept('price.included', 'price.included-also')}|${concept('price.included')} ${concept('negation')}) ${concept('price.within')} (?:\\p{L}+ ){0,2}${concept('price.word')}`;
/** The assistance GDPR requires: what makes a charge for "assistance" a charge for art. 28(3)(e)-(f) help. */
const GDPR_CONTEXT_SOURCE = conceptStem('assistance.gdpr-topic', 'assistance.gdpr-context');
/** Audit words: a charge only for help with audits belongs to audit-restriction. */
const AUDIT_SOURCE = conceptStem('assistance.audit-word');
/** Help GDPR art. 28(3)(e)-(f) names, besides audits. */
const ART28_EF_SOURCE = conceptStem('assistance.gdpr-topic', 'assistance.art28-ef');
/** Free help: the customer-friendly wording. */
const FREE_SOURCE = concept('charge.free');
/** A charge that bites only beyond some scope is still a charge. */
const BEYOND_SOURCE = concept('scope.beyond');
/**
 * Whether the sentence denies the words at `at` (offsets relative to the sentence): a negation among the last
 * `words` words before them in their clause part ("may not charge", "Leverandøren kan ikke kreve vederlag")
 * or right after them ("inngår ikke").
 */
function denied(sentence: SentenceView, context: RuleContext, at: Match, words: number): boolean {
  const frame = context.frame(sentence);
  if (negationBefore(frame, sentence, at.start, words)) return true;
  return frame.negations.some((n) => n.end <= sentence.start + at.end + 10 && /^\s+$/.test(sentence.match.slice(at.end, n.start - sentence.start)));
}

const OR_SOURCE = concept('conjunction.or');
const HYPOTHETICAL_SOURCE = `${concept('charge.hypothetical')} $`;
const APPEARS_IN_SOURCE = concept('reference.appears-in');

/**
 * Whether a charge is only named as a subject the terms elsewhere settle: "Parternes regulering af bistanden, herunder
 * eventuel betaling, fremgår af Bilag C.3", "any fees are set out in the Order Form" — no right to charge is stated.
 */
function pointerToTerms(match: string, charge: Match): boolean {
  return findFirst(pattern(HYPOTHETICAL_SOURCE), wordsBefore(match, charge.start, 1).text) !== undefined && findFirst(pattern(APPEARS_IN_SOURCE), match.slice(charge.end)) !== undefined;
}

/** Whether two phrases stand in one list joined by "or", a few words apart in one clause part ("vederlag etter prisliste eller timepris"). */
function orListed(match: string, first: Match, second: Match): boolean {
  return wordsBetween(match, first, second) <= 4 && samePart(match, first.start, second.start) && findFirst(pattern(OR_SOURCE), match.slice(first.end, second.start)) !== undefined;
}

/** Help that is a service of its own (consulting, technical or implementation work), not GDPR assistance. */
const OTHER_HELP_SOURCE = concept('assistance.other-service');

/** A price that names a kind of work: "timepriser for konsulentbistand", "consulting rates" only say what the charge costs. */
const RATE_SOURCE = concept('assistance.rate');
const RATE_BEFORE_SOURCE = `\\b${RATE_SOURCE} (?:\\p{L}+ )?${concept('assistance.rate-of')} (?:\\p{L}+ )?$`;
const RATE_AFTER_SOURCE = `^ (?:\\p{L}+ )?${RATE_SOURCE}\\b`;

/** A request the controller or a data subject makes: the thing charged for when a sentence names no "assistance". */
const REQUEST_SOURCE = concept('request');
/** GDPR art. 12(5)'s words for a request one may charge for: "manifestly unfounded or excessive". */
const EXCESSIVE_SOURCE = concept('request.excessive');

/** A cheap first look: sentences without any help word are skipped before the fuller patterns run. */
const ASSIST_TRIGGER_SOURCE = conceptAnywhere('assistance.trigger');

/** Whether a kind of work only names a price ("timepriser for konsulentbistand", "consulting rates"). */
function priceOfWork(match: string, work: Match): boolean {
  return (
    findFirst(pattern(RATE_BEFORE_SOURCE), wordsBefore(match, work.start, 5).text) !== undefined ||
    findFirst(pattern(RATE_AFTER_SOURCE), wordsAfter(match, work.end, 3)) !== undefined
  );
}

/**
 * The requests charged for when a sentence names no assistance: "Where a request is manifestly excessive we may charge",
 * or a charge for requests in a clause about assistance ("This assistance is included. Where a request ... we may charge").
 */
function requestsCharged(sentence: SentenceView, clauseContextOf: () => string, processorSource: string): Match[] {
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
 */
function helpBefore(sentence: SentenceView, previous: SentenceView | undefined): Match[] {
  if (!previous || previous.clause !== sentence.clause || !findFirst(pattern(ASSIST_SOURCE), previous.match)) return [];
  // "this entails …", and "thereafter" after help included up to a limit ("included up to two hours a year. Thereafter we charge …")
  return findAll(pattern(concept('reference.consequence', 'reference.beyond-that')), sentence.match);
}

/** The processor paying, active ("Leverandøren dekker", "the Processor shall bear"); the passive is in cost-bearer. */
const PAYS_SOURCE = `(?:${concept('cost.pays-modal')} )?${concept('cost.pays')}`;

/** A claim to money: "entitled to", "rett til", "krav på", "rätt till", "ret til" (before the charge word). */
const ENTITLED_SOURCE = `${concept('claim.entitled')}(?: \\p{L}+)? `;

/** Whether the sentence makes the processor the one who pays ("borne by the Processor", "Leverandøren dekker kostnadene"). */
function processorPays(match: string, processorSource: string): boolean {
  return (
    paidByProcessor(match, processorSource) ||
    findFirst(pattern(`${processorSource} ${PAYS_SOURCE}`), match) !== undefined
  );
}

function chargeFor(sentence: SentenceView, context: RuleContext, clauseContextOf: () => string, previous?: SentenceView): { assist: Match; charge: Match } | undefined {
  const processorSource = context.processorSource;
  const consequence = helpBefore(sentence, previous);
  if (!consequence.length && !findFirst(pattern(ASSIST_TRIGGER_SOURCE), sentence.match)) return undefined;
  let assists = findAll(pattern(ASSIST_SOURCE), sentence.match);
  if (!assists.length) assists = requestsCharged(sentence, clauseContextOf, processorSource);
  if (!assists.length) assists = consequence;
  if (!assists.length) return undefined;
  // help left out of the price is a charge of its own ("not included in the fee": not a denied "fee")
  const notIncluded = findAll(pattern(NOT_INCLUDED_SOURCE), sentence.match);
  const charges = [
    ...notIncluded,
    ...findAll(pattern(CHARGE_SOURCE), sentence.match).filter((c) => !notIncluded.some((n) => n.start <= c.start && c.end <= n.end)),
    // "afregnes særskilt", "billed separately", "at the then-current rates" (lexicon: assistance.charge-extra)
    ...findAll(pattern(concept('assistance.charge-extra')), sentence.match),
    // a price: "EUR 95 per request", "kr 950 per henvendelse" (an amount with no unit may be a cap)
    ...findAmounts(sentence.match).filter((amount) => findFirst(pattern(`^ ${concept('price.per-unit')}`), wordsAfter(sentence.match, amount.end, 2))),
  ]
    .filter((c) => !pointerToTerms(sentence.match, c))
    .sort((a, b) => a.start - b.start);
  if (!charges.length) return undefined;
  // the help must be the GDPR assistance: the sentence, its clause or its heading says so, or the
  // sentence speaks of plain "assistance" and of no other kind of service
  const gdprContext = findFirst(pattern(GDPR_CONTEXT_SOURCE), sentence.match) ?? findFirst(pattern(GDPR_CONTEXT_SOURCE), clauseContextOf());
  const otherHelp = findAll(pattern(OTHER_HELP_SOURCE), sentence.match).filter((other) => !priceOfWork(sentence.match, other));
  if (!gdprContext && otherHelp.length) return undefined;
  // help with audits only is audit-restriction's (an audit word in the sentence or its heading)
  const heading = sentence.clause.headings[sentence.clause.headings.length - 1]?.toLowerCase() ?? '';
  const aboutAudit = findFirst(pattern(AUDIT_SOURCE), sentence.match) ?? findFirst(pattern(AUDIT_SOURCE), heading);
  if (aboutAudit && !findFirst(pattern(ART28_EF_SOURCE), sentence.match)) return undefined;
  // "som ikke inngår i tjenesten" is no promise of free help
  // ("Bistanden inngår ikke i prisen": a denial right after it too)
  // (lexicon: assistance.included, "bistanden er indeholdt i vederlaget")
  const free = findAll(pattern(`${FREE_SOURCE}|${concept('assistance.included')}`), sentence.match).filter(
    (f) => !denied(sentence, context, f, 2),
  );
  // "free, but where a request is manifestly excessive we may charge": a charge after art. 12(5)'s words is past the promise
  const excessive = findFirst(pattern(EXCESSIVE_SOURCE), sentence.match);
  const pastExcessive = excessive && charges.some((c) => c.start > excessive.start) ? excessive : undefined;
  const beyond = free.length ? (findFirst(pattern(BEYOND_SOURCE), sentence.match) ?? pastExcessive) : undefined;
  if (free.length && !beyond) return undefined;
  // the first charge that is neither part of a "free of charge" nor denied; after a free promise, the one past its exception
  const candidates = beyond && charges.some((c) => c.start > beyond.start) ? charges.filter((c) => c.start > beyond.start) : charges;
  const deniedCharges = charges.filter((c) => denied(sentence, context, c, 5));
  const charge = candidates.find((c) => {
    if (free.some((f) => f.start <= c.start && c.end <= f.end)) return false;
    // denied before ("may not charge") or right after ("Kunden betaler ikke for ..."), or listed with a denied one
    // by "or" ("det kreves ikke vederlag etter prisliste eller timepris"): one denial reaches the whole list
    return !deniedCharges.includes(c) && !deniedCharges.some((d) => d.end <= c.start && orListed(sentence.match, d, c));
  });
  if (!charge) return undefined;
  // "Kostnadene dette medfører dekkes av Databehandler", "The Processor shall bear the costs this entails": no charge
  if (processorPays(sentence.match, processorSource)) return undefined;
  // "The Controller shall be entitled to compensation ...": the controller's claim, not a charge to it
  const entitled = findFirst(pattern(`${ENTITLED_SOURCE}$`), wordsBefore(sentence.match, charge.start, 3).text);
  if (entitled && subjectOf(sentence.match.slice(0, charge.start), processorSource) === 'controller') return undefined;
  const assist = [...assists].reverse().find((a) => a.start < charge.start) ?? assists[0];
  return { assist, charge };
}

/**
 * The sentence after a title line the segmenter ran into it ("D.3 Betaling for bistand\nBistand ... afregnes efter
 * timepris"), as a sentence of its own, or undefined: a finding found in the title anchors at the operative sentence.
 */
function bodyAfterTitle(sentence: SentenceView): SentenceView | undefined {
  const title = titleLineLength(sentence.text);
  if (!title) return undefined;
  const from = title + (sentence.text.slice(title).length - sentence.text.slice(title).trimStart().length);
  return { ...sentence, start: sentence.start + from, text: sentence.text.slice(from), match: sentence.match.slice(from) };
}

export default defineRule({
  meta: {
    category: 'assistance-fees',
    defaultSeverity: 'medium',
    topic: 'assistance',
    messages: ruleMessages('assistance-fees'),
    playbookSettings: ['assistanceFeesAllowed'],
    reportsAbsence: false,
  },
  check(context) {
    if (context.playbook.assistanceFeesAllowed) return;
    const clauseContexts = new Map<number, string>();
    let previous: SentenceView | undefined;
    for (const sentence of context.sentences()) {
      const before = previous;
      previous = sentence;
      const clause = sentence.clause;
      if (clause.kind === 'heading') continue; // a title ("Kostnader ved bistand") promises no charge by itself
      const clauseContextOf = (): string => {
        let clauseContext = clauseContexts.get(clause.index);
        if (clauseContext === undefined) {
          clauseContext = `${context.match.slice(clause.start, clause.end)}\n${matchText(clause.headings.slice(-2).join('\n'))}`;
          clauseContexts.set(clause.index, clauseContext);
        }
        return clauseContext;
      };
      // a lead-in that charges for the list it opens: "The Processor shall, at the Controller's cost: (a) assist with ...; (b) ..."
      const items = listAfter(clause, context.clauses);
      const leadIn = items.length && sentence.end >= clause.end - 2 && /:\s*$/.test(sentence.text) ? leadInWithItems(sentence, items, context.match, context.text) : undefined;
      const fromList = leadIn && chargeFor(leadIn, context, clauseContextOf);
      // (the charge must stand in the lead-in itself: an item that invoices for something else is no charge for the help)
      let found = chargeFor(sentence, context, clauseContextOf, before) ?? (fromList && fromList.charge.start < sentence.end - sentence.start ? fromList : undefined);
      if (!found) continue;
      let where: SentenceView = sentence;
      const body = bodyAfterTitle(sentence);
      const inBody = body && Math.min(found.assist.start, found.charge.start) < body.start - sentence.start ? chargeFor(body, context, clauseContextOf) : undefined;
      if (body && inBody) [where, found] = [body, inBody];
      const start = where.start + Math.min(found.assist.start, found.charge.start);
      const end = where.start + Math.max(found.assist.end, found.charge.end);
      context.report({ messageId: 'assistance-charged', start, end, data: { phrase: context.text.slice(start, end).replace(/\s+/g, ' ') } });
    }
  },
});
