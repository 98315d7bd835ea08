// The rules' messages as data, one file per language (clauses/messages/{nb,en}.json): category →
// message id → text with {{placeholders}}. A translator edits one file; a rule names its category.

import en from '../clauses/messages/en.json';
import nb from '../clauses/messages/nb.json';
import type { Localized } from './types';

type MessageFile = Record<string, Record<string, string> | string>;

const files: Record<'nb' | 'en', MessageFile> = { nb, en };

/**
 * The messages of a category's rule by id, in nb and en. Throws when a language lacks the category
 * or one of its ids: a finding must never go out without its text.
 * @example ruleMessages('breach-notice-deadline')['deadline-too-long'].nb
 */
export function ruleMessages(category: string): Record<string, Localized> {
  const nbMessages = files.nb[category];
  const enMessages = files.en[category];
  if (typeof nbMessages !== 'object' || typeof enMessages !== 'object') throw new Error(`no messages for rule "${category}"`);
  const messages: Record<string, Localized> = {};
  for (const id of new Set([...Object.keys(nbMessages), ...Object.keys(enMessages)])) {
    const text = { nb: nbMessages[id], en: enMessages[id] };
    if (text.nb === undefined || text.en === undefined) throw new Error(`message "${category}/${id}" lacks a language`);
    messages[id] = text;
  }
  return messages;
}
