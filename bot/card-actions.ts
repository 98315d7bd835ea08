// The buttons on the bot's cards and what a press sends back: the data of an Action.Submit (a
// `message` activity whose `value` is the data) or of an Action.Execute (an `adaptiveCard/action`
// invoke whose `value.action.data` is the data), read into one typed action. Pure, no botbuilder.

import type { CategoryId } from '../shared/types';

/** What a button asks for. */
export type CardAction =
  | { kind: 'explain'; category: CategoryId }
  /** Do not report this category again in this conversation (kept in conversation state). */
  | { kind: 'accept'; category: CategoryId }
  /** Report the category again (the undo of accept). */
  | { kind: 'unaccept'; category: CategoryId }
  /** Offer the reviewed document as a Word file with comments again (a file kept for the conversation). */
  | { kind: 'word-file'; fileId: string };

/** Marks the data as the bot's own, so that other cards' submits are not taken for commands. */
const MARK = 'dpaReview';
const KINDS: ReadonlySet<string> = new Set(['explain', 'accept', 'unaccept', 'word-file']);
const CATEGORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE_ID = /^[a-z0-9-]{1,40}$/;

/**
 * The data a button sends back.
 *
 * @example cardActionData({ kind: 'explain', category: 'liability-cap' }) // → { dpaReview: 'explain', category: 'liability-cap' }
 */
export function cardActionData(action: CardAction): Record<string, string> {
  return action.kind === 'word-file' ? { [MARK]: action.kind, fileId: action.fileId } : { [MARK]: action.kind, category: action.category };
}

/**
 * An Action.Submit button.
 *
 * @example submitAction('Forklar', { kind: 'explain', category: 'liability-cap' })
 */
export function submitAction(title: string, action: CardAction): Record<string, unknown> {
  return { type: 'Action.Submit', title, data: cardActionData(action) };
}

/**
 * Reads a button press: the `value` of a message activity (Action.Submit), or of an
 * `adaptiveCard/action` invoke (Action.Execute, `{ action: { verb, data } }`). Anything else,
 * including other cards' data and malformed ids, is undefined.
 *
 * @example
 * parseCardAction({ dpaReview: 'accept', category: 'liability-cap' }) // → { kind: 'accept', category: 'liability-cap' }
 * parseCardAction({ action: { type: 'Action.Execute', verb: 'explain', data: { dpaReview: 'explain', category: 'governing-law' } } })
 * // → { kind: 'explain', category: 'governing-law' }
 */
export function parseCardAction(value: unknown): CardAction | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const action = record.action as Record<string, unknown> | undefined;
  const data = (action && typeof action === 'object' ? action.data : record) as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') return undefined;
  const kind = data[MARK] ?? (action && typeof action.verb === 'string' ? action.verb : undefined);
  if (typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  if (kind === 'word-file') {
    return typeof data.fileId === 'string' && FILE_ID.test(data.fileId) ? { kind, fileId: data.fileId } : undefined;
  }
  const category = data.category;
  if (typeof category !== 'string' || !CATEGORY_ID.test(category)) return undefined;
  // only the shape is checked here; the bot looks the id up among the engine's categories
  return { kind: kind as 'explain' | 'accept' | 'unaccept', category: category as CategoryId };
}
