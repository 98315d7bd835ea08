// What an end-of-contract sentence offers and asks of the controller's data (GDPR art. 28(3)(g)): the return refused
// outright, a charge for the return or deletion, a confirmation of the deletion (written or not), copies or backups
// named, data kept for a time after the end, a deletion put off to "a reasonable time", and which of the parts a clause
// should hold (return, confirmation, copies) it leaves out. The deletion-return rule judges these; end-of-contract.ts
// reads which clauses stand at the end and when data is deleted.

import { chargeWaived } from './cost-bearer';
import { speaksOfEnd } from './end-of-contract';
import { concept, conceptPrefix } from './lexicon';
import { findFirst, pattern, type Match } from './match';

// Copies of any kind: backups, copies, archives (lexicon: deletion.backup, deletion.copy).
const COPIES_SOURCE = concept('deletion.backup', 'deletion.copy');
// Keeping data (after the end, when the sentence itself says so).
const RETAIN_SOURCE = concept('deletion.retain');
const CONFIDENTIALITY_SOURCE = concept('confidentiality');
// Deletion put off to "a reasonable time".
const VAGUE_SOURCE = concept('deletion.vague');
// Charging for return or deletion.
const COST_SOURCE = concept('deletion.charge');
// What the transfer or deletion that is charged for is about.
const HANDOVER_SOURCE = concept('deletion.return', 'deletion.delete', 'deletion.handover');
// A written confirmation or certificate of deletion.
const CONFIRM_SOURCE = conceptPrefix('deletion.confirmation');
// Written by nature (a certificate) or said to be in writing.
const WRITTEN_SOURCE = concept('written', 'deletion.written-proof');
// The return refused outright: "Vendor has no obligation to return Customer Data".
const RETURN_DENIED_SOURCE = concept('deletion.return-denied');

function has(source: string, text: string): boolean {
  return findFirst(pattern(source), text) !== undefined;
}

/**
 * The words that refuse the return outright (lexicon: deletion.return-denied).
 * @example returnRefused(matchText('Vendor has no obligation to return Customer Data'))?.text // 'has no obligation to return'
 */
export function returnRefused(match: string): Match | undefined {
  return findFirst(pattern(RETURN_DENIED_SOURCE), match);
}

/**
 * Whether a text names a confirmation or certificate of the deletion; with `written`, only one in writing (a certificate, or "skriftlig").
 * @example confirmsDeletion(matchText('Leverandøren skal bekrefte slettingen skriftlig'), true) // true
 */
export function confirmsDeletion(match: string, written = false): boolean {
  return has(CONFIRM_SOURCE, match) && (!written || has(WRITTEN_SOURCE, match));
}

/**
 * Whether a text names copies of any kind: backups, copies, archives.
 * @example namesCopies(matchText('all copies, including backups')) // true
 */
export function namesCopies(text: string): boolean {
  return has(COPIES_SOURCE, text);
}

/**
 * Whether a sentence keeps data for a time after the end ("retained for 90 days after termination"); keeping
 * information confidential is no retention.
 * @example keptAfterEnd(matchText('Data is retained for 90 days after termination')) // true
 */
export function keptAfterEnd(match: string): boolean {
  return has(RETAIN_SOURCE, match) && speaksOfEnd(match) && !has(CONFIDENTIALITY_SOURCE, match);
}

/**
 * A deletion put off to a time with no measure: "within a reasonable time", "innen rimelig tid".
 * @example vagueDeletion(matchText('deleted within a reasonable time'))?.text // 'within a reasonable time'
 */
export function vagueDeletion(match: string): Match | undefined {
  return findFirst(pattern(VAGUE_SOURCE), match);
}

/**
 * The charge for the return or the deletion in a sentence, unless it is free or each party's own cost (`chargeWaived`).
 * @example returnCharge(matchText('Leverandøren kan kreve dekket kostnader ved slik tilbakelevering'), processorSource)?.text // 'kostnader'
 */
export function returnCharge(match: string, processorSource: string): Match | undefined {
  const cost = findFirst(pattern(COST_SOURCE), match);
  return cost && has(HANDOVER_SOURCE, match) && !chargeWaived(match, processorSource) ? cost : undefined;
}

/** What an end-of-contract clause may leave out. */
export type ClausePart = 'return' | 'confirmation' | 'copies';
/** Which of those parts a document holds: a return option, a confirmation of the deletion, copies or backups named. */
export interface ClauseParts {
  returnFound: boolean;
  confirmationFound: boolean;
  copiesNamed: boolean;
}

/**
 * The parts an end-of-contract clause should hold that the document leaves out, in the order a message names them.
 * @example partsLeftOut({ returnFound: true, confirmationFound: false, copiesNamed: false }) // ['confirmation', 'copies']
 */
export function partsLeftOut(found: ClauseParts): ClausePart[] {
  return [...(found.returnFound ? [] : ['return' as const]), ...(found.confirmationFound ? [] : ['confirmation' as const]), ...(found.copiesNamed ? [] : ['copies' as const])];
}
