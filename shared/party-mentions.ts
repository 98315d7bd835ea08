// Who a phrase in a sentence is about: the processor (the vendor, its names, "we"), the controller (the
// customer, "you") or the parties as a group ("partene", "each party", "neither party"), at a given
// position of a sentence's matchText. Read by the liability, indemnity, amendment and breach rules and by
// acting-party.ts (who does what a verb says); `subjectOf` in clause-facts.ts answers for the whole sentence.

import { concept, conceptAlternatives, conceptAnywhere, conceptWords } from './lexicon';
import { CONTROLLER_SOURCE } from './values';
import { findAll, findFirst, pattern } from './match';
import { wordsAfter, wordsBefore } from './sentence-parts';
import type { Span } from './types';
import type { Parties } from './parties';

export type Actor = 'processor' | 'controller' | 'both';

export interface ActorMention {
  actor: Actor;
  start: number;
  end: number;
}

/**
 * The words that name the parties: a processor pattern source (context.parties.processorSource; the controller is then
 * the engine's words, and "we" / "you" are the vendor and the customer), or one document's parties (shared/parties.ts).
 */
export type PartyPatterns = string | Parties;

// a group of parties, or "a party" in general; never the bare English word "part" ("in part"), nor a third party
const BOTH_SOURCE = `(?<!third[- ]|tredje|tredje )${concept('party.a-party', 'party.both')}`;
// a vendor's own terms speak of the vendor as "we" and of the customer as "you"
const WE_SOURCE = concept('party.we');
const YOU_SOURCE = concept('party.addressee');
// "databehandleravtalen", "personuppgiftsbiträdesavtalet": the agreement, not the party
const AGREEMENT_WORD = conceptAnywhere('agreement.stem');

/**
 * Every mention of a party in `match` (a sentence's matchText), in order of position.
 * @example mentionsOf('databehandler skal holde kunden skadesløs', PROCESSOR_SOURCE).map((m) => m.actor) // ['processor', 'controller']
 */
export function mentionsOf(match: string, parties: PartyPatterns): ActorMention[] {
  return cachedMentions(match, parties).slice();
}

/**
 * The party named last before position `at`, or undefined. With `words`, only a party named among the last
 * `words` words before `at` in its part (`wordsBefore`): "whose liability" is the party right before the noun,
 * never one across a comma, however long the words.
 * @example actorBefore('databehandlers totale ansvar er begrenset', 22, PROCESSOR_SOURCE, 2)?.actor // 'processor'
 */
export function actorBefore(match: string, at: number, parties: PartyPatterns, words?: number): ActorMention | undefined {
  // mentions are ordered by start and (no mention lying inside another) by end too, so the last
  // mention ending by `at` is the only candidate
  const mentions = cachedMentions(match, parties);
  const last = mentions[firstIndexWhere(mentions, (m) => m.end > at) - 1];
  if (!last || words === undefined) return last;
  return last.end > wordsBefore(match, at, words).from ? last : undefined;
}

/**
 * The party named first at or after `at` (a position, or a phrase: then also inside it, as in "holde
 * Leverandøren skadesløs"), or undefined. With `words`, only a party named among the first `words` words
 * after it in its clause part (`wordsAfter` over commas): "caused by the Customer", "av Leverandøren".
 * @example actorAfter('tap som skyldes kundens instrukser', 15, PROCESSOR_SOURCE, 2)?.actor // 'controller'
 */
export function actorAfter(match: string, at: number | Span, parties: PartyPatterns, words?: number): ActorMention | undefined {
  const { start, end } = typeof at === 'number' ? { start: at, end: at } : at;
  const mentions = cachedMentions(match, parties);
  const first = mentions[firstIndexWhere(mentions, (m) => m.start >= start)];
  if (!first || words === undefined || first.start < end) return first;
  // the party may follow an enumeration of what is owed ("claims, fines and costs we incur")
  return first.start < end + wordsAfter(match, end, words, true).length ? first : undefined;
}

// "liability of the Customer", "ansvaret til kunden": the words between a noun and the party it belongs to (lexicon: liability.of-party)
const OF_PARTY = `^\\s+${concept('liability.of-party')}\\s+(?:${concept('determiner.the')}\\s+)?$`;

/**
 * The party a noun belongs to: named among the four words right before it ("the Customer's total liability",
 * "Behandlingsansvarliges ansvar"), else in the three words after it through "of" ("liability of the Customer",
 * "ansvaret til kunden"), or undefined.
 * @example ownerOf("the customer's total liability", { start: 21, end: 30 }, PROCESSOR_SOURCE)?.actor // 'controller'
 */
export function ownerOf(match: string, noun: Span, parties: PartyPatterns): ActorMention | undefined {
  const before = actorBefore(match, noun.start, parties, 4);
  if (before) return before;
  const after = actorAfter(match, noun.end, parties, 3);
  return after && findFirst(pattern(OF_PARTY), match.slice(noun.end, after.start)) ? after : undefined;
}

// The rules ask about the same sentence once per phrase they find in it; the mentions of a sentence
// are found once and kept for the next questions (the last few sentences, per processor pattern).
const CACHED_SENTENCES = 64;
const mentionCache = new Map<string, Map<string, readonly ActorMention[]>>();

function cachedMentions(match: string, parties: PartyPatterns): readonly ActorMention[] {
  const key = typeof parties === 'string' ? parties : `${parties.processor}\n${parties.controller}`;
  let bySentence = mentionCache.get(key);
  if (!bySentence) {
    if (mentionCache.size >= 4) mentionCache.clear();
    mentionCache.set(key, (bySentence = new Map()));
  }
  let mentions = bySentence.get(match);
  if (!mentions) {
    mentions = findMentions(match, parties);
    if (bySentence.size >= CACHED_SENTENCES) bySentence.delete(bySentence.keys().next().value as string);
    bySentence.set(match, mentions);
  }
  return mentions;
}

function findMentions(match: string, parties: PartyPatterns): readonly ActorMention[] {
  const [processor, controller] = typeof parties === 'string' ? [[parties, WE_SOURCE], [CONTROLLER_SOURCE, YOU_SOURCE]] : [[parties.processor], [parties.controller]];
  const found: ActorMention[] = [];
  for (const source of processor) {
    for (const m of findAll(pattern(source), match)) {
      if (!findFirst(pattern(AGREEMENT_WORD), m.text)) found.push({ actor: 'processor', start: m.start, end: m.end });
    }
  }
  for (const source of controller) for (const m of findAll(pattern(source), match)) found.push({ actor: 'controller', start: m.start, end: m.end });
  for (const m of findAll(pattern(BOTH_SOURCE), match)) found.push({ actor: 'both', start: m.start, end: m.end });
  // a longer mention wins over one inside it ("each party" over "party"). In this order a mention lies
  // inside a longer one only if an earlier mention starts before it and ends at or after its end,
  // or starts where it starts and ends later.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ActorMention[] = [];
  let furthestEndOfEarlierStarts = -1;
  let groupStart = -1;
  let groupEnd = -1;
  for (const m of found) {
    if (m.start !== groupStart) {
      furthestEndOfEarlierStarts = Math.max(furthestEndOfEarlierStarts, groupEnd);
      groupStart = m.start;
      groupEnd = m.end; // the first of a group ends furthest
    }
    if (furthestEndOfEarlierStarts >= m.end || groupEnd > m.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The first index whose element satisfies `test` (false for a prefix, true after), or the length. */
function firstIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

// opening words that are no name: determiners, pronouns, conjunctions, the agreement, the parties (lexicon: party.non-name)
const NOT_A_NAME = new Set(conceptWords('party.non-name'));
// a public customer named by its kind ("Kommunen", "Regionen", "Oppdragsgiver"): the controller, not a vendor's name
const CONTROLLER_KIND = new RegExp(`^(?:${conceptAlternatives('party.controller-public')})$`, 'u');

/**
 * Whether the text before a verb is only a proper name ("Kiterank", "Acme Ltd"): in a vendor's
 * own terms an undefined name that acts is the vendor; a public customer named by its kind is none.
 * `head` is the original (not lower-cased) text.
 * @example isBareName('14.2 Kiterank ') // true
 * @example isBareName('Kommunen ') // false
 */
export function isBareName(head: string): boolean {
  const m = /^(?:[\d.()]+\s+)?([\p{Lu}][\p{L}&.'’-]+(?:\s+[\p{Lu}][\p{L}&.'’-]+){0,2})\s*$/u.exec(head.trim());
  if (!m) return false;
  const first = m[1].split(/\s+/)[0].toLowerCase().replace(/['’]s?$/, '');
  return !NOT_A_NAME.has(first) && !CONTROLLER_KIND.test(first);
}
