// Who does what a verb at a given place in a sentence says: the party named last before it or, in a
// vendor's own terms, a bare name standing as the subject ("Acme shall indemnify", "Acme er til enhver
// tid berettiget til"): an undefined name that acts is the vendor. For the rules that find a verb and
// ask who acts (controller-indemnity, unilateral-amendment).

import { concept } from './lexicon';
import { findFirst, pattern } from './match';
import type { SentenceView } from './rule';
import { actorBefore, isBareName, type Actor } from './party-mentions';

/** The verbs that may stand between a bare name and the place asked about: a lexicon concept, and where they stand. */
export interface NameVerbs {
  concept: string;
  /** Only right before the place ("Acme shall "), or (false) anywhere after the name ("Acme er til enhver tid "). */
  trailing: boolean;
}

/**
 * The party acting at `at` (an offset in the sentence): the party named last before it, else the
 * processor when the text before it is a bare name, perhaps followed by one of `verbs`.
 * @example actingParty(sentence, indemnify.start, processorSource, { concept: 'modal.undertakes', trailing: true }) // 'processor' for "Acme shall indemnify"
 */
export function actingParty(sentence: SentenceView, at: number, processorSource: string, verbs: NameVerbs): Actor | undefined {
  const before = actorBefore(sentence.match, at, processorSource);
  if (before) return before.actor;
  const head = sentence.text.slice(0, at);
  if (isBareName(head)) return 'processor';
  const verbSource = verbs.trailing ? `${concept(verbs.concept)}\\s*$` : `\\s${concept(verbs.concept)}\\s`;
  const verb = findFirst(pattern(verbSource), sentence.match.slice(0, at));
  return verb && isBareName(head.slice(0, verb.start)) ? 'processor' : undefined;
}
