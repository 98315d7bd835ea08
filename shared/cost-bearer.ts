// Who bears a cost: "borne by the Processor", "dekkes av Leverandøren". Read one way by every rule
// that asks whether the processor pays (audit-restriction, assistance-fees); the paying verbs are
// lexicon concepts (cost.pays, cost.paid, cost.pay-infinitive).

import { concept } from './lexicon';
import { findFirst, pattern } from './match';

/** A passive paying verb and its agent marker, up to the party: "borne by the ", "dekkes av ". */
const PAID_BY_SOURCE = `${concept('cost.paid')} (?:\\p{L}+ ){0,2}(?:by|av|af) (?:the |den )?`;
const PASSIVE_ONLY_SOURCE = `^${concept('cost.paid')}$`;

/**
 * Whether a matchText says the processor bears a cost in the passive.
 * @example paidByProcessor(matchText('costs are borne by the processor'), processorSource) // true
 */
export function paidByProcessor(match: string, processorSource: string): boolean {
  return findFirst(pattern(`${PAID_BY_SOURCE}${processorSource}`), match) !== undefined;
}

/**
 * Whether a paying verb is passive ("borne", "dekkes"): its subject is what is paid, not who pays.
 * @example isPassivePayVerb('betales') // true
 */
export function isPassivePayVerb(verb: string): boolean {
  return findFirst(pattern(PASSIVE_ONLY_SOURCE), verb) !== undefined;
}
