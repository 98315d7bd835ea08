// Look-ups in the clause library (clauses/): categories, topics and their reference clauses.

import { libraryCategories, libraryTopics } from '../clauses/index';
import type { Category, CategoryId, Lang, MessageLang, ReferenceClause, Topic } from './types';

export const categories: readonly Category[] = libraryCategories;
export const topics: readonly Topic[] = libraryTopics;

const topicById = new Map(topics.map((t) => [t.id, t]));
const categoryById = new Map(categories.map((c) => [c.id, c]));

/** A category's explanation, or undefined for an unknown id. */
export function getCategory(id: string): Category | undefined {
  return categoryById.get(id as CategoryId);
}

export function getTopic(id: string): Topic | undefined {
  return topicById.get(id);
}

/** The language messages and reference wording are given in for a document language. */
export function messageLangFor(lang: Lang): MessageLang {
  return lang === 'en' ? 'en' : 'nb';
}

/**
 * The reference clauses of a topic in a language, the preferred one first
 * (`preferredSource` picks e.g. a GDPR wording over a contract's).
 * @example referencesFor('breach-notice', 'nb')[0].source // e.g. "Dossier DBA 7.1"
 */
export function referencesFor(topicId: string, lang: MessageLang): ReferenceClause[] {
  const topic = topicById.get(topicId);
  if (!topic) return [];
  const inLang = topic.references.filter((r) => r.lang === lang);
  return inLang.length ? inLang : topic.references;
}
