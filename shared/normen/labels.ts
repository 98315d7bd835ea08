// The form's answers in the «Ivaretatt» column (Ja / Delvis / Nei, Yes / Partly / No), kept as data
// in clauses/normen-bilag-1a.json: one set of labels for every front end.

import normenData from '../../clauses/normen-bilag-1a.json';
import type { Localized, MessageLang } from '../types';

/** A requirement's answer: met («Ja»), partly («Delvis»), not met («Nei»; the key is kept for the JSON's readers). */
export type NormenStatus = 'met' | 'partly' | 'not-found';

/** The statuses in the form's order: Ja, Delvis, Nei. */
export const NORMEN_STATUSES: readonly NormenStatus[] = ['met', 'partly', 'not-found'];

const statusLabels = (normenData as unknown as { statuses: Record<NormenStatus, Localized> }).statuses;

/**
 * The form's answer for a status, the one label every front end shows (data: the checklist's `statuses`).
 * @example normenStatusLabel('partly', 'nb') // 'Delvis'
 * @example normenStatusLabel('not-found', 'en') // 'No'
 */
export function normenStatusLabel(status: NormenStatus, lang: MessageLang): string {
  return statusLabels[status][lang];
}

/**
 * The counts of a checklist (or of a group of its rows) in the form's answers.
 * @example normenCounts({ met: 12, partly: 5, 'not-found': 9 }, 'nb') // '12 ja, 5 delvis, 9 nei'
 */
export function normenCounts(counts: Record<NormenStatus, number>, lang: MessageLang): string {
  return NORMEN_STATUSES.map((status) => `${counts[status]} ${normenStatusLabel(status, lang).toLowerCase()}`).join(', ');
}
