// Who does what a verb at a given place in a sentence says: the party named last before it that acts
// there, passing over mentions that only own or receive something ("on behalf of the Customer", "Customer
// Data"); with no party named before it, in a vendor's own terms, a bare name standing as the subject
// ("Acme shall indemnify", "Acme er til enhver tid berettiget til"): an undefined name that acts is the
// vendor. The one reading of "who acts here" for the rules that find a verb and ask (controller-indemnity,
// unilateral-amendment, security-unilateral).

import { concept, conceptAlternatives } from './lexicon';
import { findFirst, pattern } from './match';
import { isBareName, mentionsOf, type ActorMention, type Actor, type PartyPatterns } from './party-mentions';
import { wordsAfter, wordsBefore } from './sentence-parts';

/** The verbs that may stand between a bare name and the place asked about: a lexicon concept, and where they stand. */
export interface NameVerbs {
  concept: string;
  /** Only right before the place ("Acme shall "), or (false) anywhere after the name ("Acme er til enhver tid "). */
  trailing: boolean;
}

/** A sentence as the rules see it: its matchText and, for names, its original text. */
interface SentenceTexts {
  match: string;
  text: string;
}

/** Mentions that name a party without making it act: "on your behalf", "Customer Data", "på vegne av Kunden". */
const NOT_ACTING_BEFORE = new RegExp(`(?:${conceptAlternatives('party.non-actor-before')})\\s+(?:the\\s+)?$`, 'u');
const NOT_ACTING_AFTER = new RegExp(`^(?:'s|s)?\\s+(?:${conceptAlternatives('party.non-actor-after')})\\b`, 'u');

/** Whether a mention only owns or receives something: the words right before or after it say so ("på vegne av", "'s personal data"). */
function onlyOwnsOrReceives(match: string, mention: ActorMention): boolean {
  return NOT_ACTING_BEFORE.test(wordsBefore(match, mention.start, 4).text) || NOT_ACTING_AFTER.test(wordsAfter(match, mention.end, 3));
}

/**
 * The party acting at `at` (an offset in the sentence): the party named last before it that acts there
 * ("both" for the parties together or each of them), else, when no party is named before it, the
 * processor if the text before it is a bare name, perhaps followed by one of `nameVerbs`.
 * @example actingParty(sentence, indemnify.start, processorSource, { concept: 'modal.undertakes', trailing: true }) // 'processor' for "Acme shall indemnify"
 * @example actingParty(sentence, 28, documentParties(text, processorSource)) // 'controller' for "The Customer shall implement appropriate measures"
 */
export function actingParty(sentence: SentenceTexts, at: number, parties: PartyPatterns, nameVerbs?: NameVerbs): Actor | undefined {
  const named = mentionsOf(sentence.match, parties).filter((m) => m.end <= at);
  if (named.length) return named.reverse().find((m) => !onlyOwnsOrReceives(sentence.match, m))?.actor;
  const head = sentence.text.slice(0, at);
  if (isBareName(head)) return 'processor';
  if (!nameVerbs) return undefined;
  const verbSource = nameVerbs.trailing ? `${concept(nameVerbs.concept)}\\s*$` : `\\s${concept(nameVerbs.concept)}\\s`;
  const verb = findFirst(pattern(verbSource), sentence.match.slice(0, at));
  return verb && isBareName(head.slice(0, verb.start)) ? 'processor' : undefined;
}
