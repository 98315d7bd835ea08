// assistance-fees: the processor charging for the help GDPR art. 28(3)(e)-(f) requires.
// How it reads a clause, and why: docs/rules/reading/assistance-fees.md.

import { concept, conceptAnywhere } from '../lexicon';
import { findAll, findFirst, matchText, pattern, type Match } from '../match';
import { defineRule, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { subjectOf } from '../clause-facts';
import { negatedAround } from '../frame';
import { findAmounts } from '../values';
import { listAfter } from '../sections';
import { titleLineLength } from '../segment';
import { orListed, wordsAfter, wordsBefore } from '../sentence-parts';
import { paidTierRequired, pointerToTerms, processorPays } from '../cost-bearer';
import { ASSIST_SOURCE, CHARGE_SOURCE, EXCESSIVE_SOURCE, helpBefore, helpReferenced, isGdprAssistance, requestsCharged } from '../assistance';
import type { Clause } from '../types';

/** A lead-in sentence read together with the list items it opens (same offsets as the text). */
function leadInWithItems(sentence: SentenceView, items: readonly Clause[], match: string, text: string): SentenceView {
  const end = items[items.length - 1].end;
  return { ...sentence, end, text: text.slice(sentence.start, end), match: match.slice(sentence.start, end) };
}

/**
 * Help left out of the price is help charged for: "ikke med i abonnementsprisen", "inngår ikke i prisen",
 * "not included in the subscription fee", "ingår inte i priset".
 */
const NOT_INCLUDED_SOURCE = `(?:${concept('negation')} (?:\\p{L}+ )?${concept('price.included', 'price.included-also')}|${concept('price.included')} ${concept('negation')}) ${concept('price.within')} (?:\\p{L}+ ){0,2}${concept('price.word')}`;
/** Free help: the customer-friendly wording. */
const FREE_SOURCE = concept('charge.free');
/** A charge that bites only beyond some scope is still a charge. */
const BEYOND_SOURCE = concept('scope.beyond');
/** A cheap first look: sentences without any help word are skipped before the fuller patterns run. */
const ASSIST_TRIGGER_SOURCE = conceptAnywhere('assistance.trigger');

/** A claim to money: "entitled to", "rett til", "krav på", "rätt till", "ret til" (before the charge word). */
const ENTITLED_SOURCE = `${concept('claim.entitled')}(?: \\p{L}+)? `;

function chargeFor(sentence: SentenceView, context: RuleContext, clauseContextOf: () => string, previous?: SentenceView): { assist: Match; charge: Match } | undefined {
  const processorSource = context.parties.processorSource;
  const consequence = helpBefore(sentence, previous);
  // help named by its clause ("work under punkt 6 is invoiced"): that clause says it is the GDPR help
  const named = consequence.length > 0 || findFirst(pattern(ASSIST_TRIGGER_SOURCE), sentence.match) !== undefined;
  const referenced = named ? [] : helpReferenced(sentence, context.clauses, context.match);
  if (!named && !referenced.length) return undefined;
  let assists = referenced.length ? referenced : findAll(pattern(ASSIST_SOURCE), sentence.match);
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
    // help only for customers who buy a paid tier ("available to customers with a Premier Support subscription")
    ...[paidTierRequired(sentence.match)].filter((tier) => tier !== undefined),
    // a price: "EUR 95 per request", "kr 950 per henvendelse" (an amount with no unit may be a cap)
    ...findAmounts(sentence.match).filter((amount) => findFirst(pattern(`^ ${concept('price.per-unit')}`), wordsAfter(sentence.match, amount.end, 2))),
  ]
    .filter((c) => !pointerToTerms(sentence.match, c))
    .sort((a, b) => a.start - b.start);
  if (!charges.length) return undefined;
  if (!referenced.length && !isGdprAssistance(sentence, clauseContextOf)) return undefined;
  // "som ikke inngår i tjenesten" is no promise of free help
  // ("Bistanden inngår ikke i prisen": a denial right after it too)
  // (lexicon: assistance.included, "bistanden er indeholdt i vederlaget")
  const free = findAll(pattern(`${FREE_SOURCE}|${concept('assistance.included')}`), sentence.match).filter(
    (f) => !negatedAround(context.frame(sentence), sentence, f, 2),
  );
  // "free, but where a request is manifestly excessive we may charge": a charge after art. 12(5)'s words is past the promise
  const excessive = findFirst(pattern(EXCESSIVE_SOURCE), sentence.match);
  const pastExcessive = excessive && charges.some((c) => c.start > excessive.start) ? excessive : undefined;
  const beyond = free.length ? (findFirst(pattern(BEYOND_SOURCE), sentence.match) ?? pastExcessive) : undefined;
  if (free.length && !beyond) return undefined;
  // the first charge that is neither part of a "free of charge" nor denied; after a free promise, the one past its exception
  const candidates = beyond && charges.some((c) => c.start > beyond.start) ? charges.filter((c) => c.start > beyond.start) : charges;
  const deniedCharges = charges.filter((c) => negatedAround(context.frame(sentence), sentence, c, 5));
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
