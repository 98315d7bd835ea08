// Who does what a verb at a given place in a sentence says: the party named last before it that acts
// there, passing over mentions that only own or receive something ("on behalf of the Customer", "Customer
// Data"); with no party named before it, in a vendor's own terms, a bare name standing as the subject
// ("Acme shall indemnify", "Acme er til enhver tid berettiget til"): an undefined name that acts is the
// vendor. The one reading of "who acts here" for the rules that find a verb and ask (controller-indemnity,
// unilateral-amendment, security-unilateral), and of who a whole sentence lets act (`sentenceActor`,
// `actorBesides`, `controllerMayAct`: own-purpose-use, subprocessor-change).

import { subjectOf, type Party } from './clause-facts';
import { concept, conceptAlternatives } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import { vendorOpeningName, type Parties } from './parties';
import { isBareName, mentionsOf, type ActorMention, type Actor, type PartyPatterns } from './party-mentions';
import type { SentenceView } from './rule';
import { clauseRun, wordsAfter, wordsBefore } from './sentence-parts';
import { CONTROLLER_SOURCE } from './values';
import type { Span } from './types';

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

/**
 * Who a sentence lets act: `subjectOf`, except that a sentence opening with a name the document never tied to a
 * role ("Acme may use Customer Data ...", `vendorOpeningName`) is the processor's. `objects` are the nouns a rule's
 * sentences open with that are no party.
 * @example sentenceActor(sentence, documentParties(text, processorSource), 'data') // 'processor' for "Acme may use Customer Data"
 */
export function sentenceActor(sentence: SentenceTexts, parties: Parties, objects: string): Party | undefined {
  return vendorOpeningName(parties, sentence.text, objects) !== undefined ? 'processor' : subjectOf(sentence.match, parties.processor);
}

/** "agrees that", "accepts that": the actor is the subject of what follows (lexicon: consent.that). */
const CONSENT_THAT_SOURCE = concept('consent.that');

/**
 * Who acts in a sentence read without one phrase of it (`phrase` relative to the sentence): the party inside
 * "without the Client's consent" is the one asked, not the actor. After "X agrees that" the actor is the subject
 * that follows; a subject before the modal verb that is no role word ("Consultant may ...", "Acme may ...") is no
 * known party, whatever data owner is named later ("Client Personal Data"). `modal` is the sentence's modal verb
 * (absolute, as in its frame).
 * @example actorBesides(sentence, free, frame.modal, processorSource) // undefined for "Consultant may engage subcontractors without Client consent"
 */
export function actorBesides(sentence: SentenceView, phrase: Span, modal: Match | undefined, processorSource: string): Party | undefined {
  const { match } = sentence;
  const blanked = match.slice(0, phrase.start) + ' '.repeat(phrase.end - phrase.start) + match.slice(phrase.end);
  const consent = findAll(pattern(CONSENT_THAT_SOURCE), blanked).filter((c) => c.end <= phrase.start).pop();
  if (consent) {
    const actor = subjectOf(blanked.slice(consent.end), processorSource);
    if (actor) return actor;
  }
  const modalStart = modal && modal.start - sentence.start;
  const modalEnd = modal && modal.end - sentence.start;
  if (modalStart !== undefined && modalEnd !== undefined && (modalEnd <= phrase.start || modalStart >= phrase.end) && modalStart > 0) {
    const head = blanked.slice(0, modalStart);
    if (!findFirst(pattern(processorSource), head) && !findFirst(pattern(CONTROLLER_SOURCE), head) && /\p{L}{3,}\s*$/u.test(head)) return undefined;
  }
  return subjectOf(blanked, processorSource);
}

/** "authorises", "grants", "gir ... rett": the controller letting the processor act (lexicon: permission.grant). */
const GRANT_SOURCE = concept('permission.grant');
/** A permission: "may", "has the right to", "reserves the right" (lexicon: permission.own-use). */
const PERMISSION_SOURCE = concept('permission.own-use');

/**
 * Whether the controller is the one a sentence's first permission lets act ("The Controller may use the
 * statistics"): the party last named before it is the controller, and it does not grant the act to the processor
 * ("Customer authorises Acme to use ...", "Kunden gir Leverandøren rett til ..."). A sentence that names no party
 * before the permission ("Brightline may ...") is not the controller's.
 * @example controllerMayAct(matchText('The Controller may use the statistics'), processorSource) // true
 */
export function controllerMayAct(match: string, processorSource: string): boolean {
  const permission = findFirst(pattern(PERMISSION_SOURCE), match);
  const head = permission ? match.slice(0, permission.end) : match;
  if (subjectOf(head, processorSource) !== 'controller') return false;
  // the subject: the first mention ("Customer instructs X to ... as documented by Customer": the grant follows the first)
  const controller = findFirst(pattern(CONTROLLER_SOURCE), head);
  if (!controller) return false;
  const after = clauseRun(match.slice(controller.end));
  const grant = findFirst(pattern(`^[\\s,]*(?:\\p{L}+ ){0,2}?${GRANT_SOURCE}`), after);
  return !(grant && findFirst(pattern(`^\\s*(?:${concept('determiner.the', 'permission.grantee-to')}\\s+)?(?:${processorSource})`), after.slice(grant.end)));
}
