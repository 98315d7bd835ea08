// The section model: what a clause's section is about, read from the headings above it
// (`clause.headings`, outermost first). A lawyer reads "Varsling skal skje innen 48 timer" under
// "7 Avvik" as the breach notice and the same words under "5 Underleverandører" as notice of a
// sub-processor change; definitions and the SCC annex are not operative terms of the DPA. Rules ask
// here instead of each scanning headings with its own word list. The heading words are lexicon
// concepts `section.<topic>` (clauses/lexicon/*.json).

import { hasConcept } from './lexicon';
import { matchText } from './match';
import type { Clause } from './types';

/** Section topics the headings can name. */
export type SectionTopic = 'breach' | 'subprocessors' | 'amendment' | 'definitions' | 'scc' | 'termination' | 'audit';

export const SECTION_TOPICS: readonly SectionTopic[] = ['breach', 'subprocessors', 'amendment', 'definitions', 'scc', 'termination', 'audit'];

// headings repeat across a document's clauses; kept bounded, since a long-running bot or editor
// reviews many documents and the headings are contract text
const CACHED_HEADINGS = 512;
const headingCache = new Map<string, SectionTopic[]>();

/**
 * The topics one heading names, in the order of SECTION_TOPICS.
 * @example headingTopics('7 Brudd på personopplysningssikkerheten') // ['breach']
 */
export function headingTopics(heading: string): SectionTopic[] {
  let topics = headingCache.get(heading);
  if (topics === undefined) {
    const match = matchText(heading);
    topics = SECTION_TOPICS.filter((topic) => hasConcept(`section.${topic}`, match));
    if (headingCache.size >= CACHED_HEADINGS) headingCache.clear();
    headingCache.set(heading, topics);
  }
  return topics;
}

/**
 * The topics of the section a clause stands in: those of the innermost heading that names any,
 * so "7.1 Varsling" under "7 Avvik" is a breach section, and "9 Underleverandører" inside a DPA
 * titled "Databehandleravtale" is a sub-processor section. Empty when no heading names a topic.
 * @example sectionTopics(clause) // ['subprocessors']
 */
export function sectionTopics(clause: Pick<Clause, 'headings'>): SectionTopic[] {
  for (let i = clause.headings.length - 1; i >= 0; i--) {
    const topics = headingTopics(clause.headings[i]);
    if (topics.length) return topics;
  }
  return [];
}

/**
 * Whether a clause stands in a section about `topic` (by its innermost topical heading).
 * @example inSection(clause, 'breach') // true under "8. Security incidents"
 */
export function inSection(clause: Pick<Clause, 'headings'>, topic: SectionTopic): boolean {
  return sectionTopics(clause).includes(topic);
}

/**
 * Whether the headings place a clause in a section about something other than `topic` (and not
 * also about it): the section context rules out reading the clause as `topic`.
 * @example inOtherSection(clause, 'breach') // true under "5 Underleverandører"
 */
export function inOtherSection(clause: Pick<Clause, 'headings'>, topic: SectionTopic): boolean {
  const topics = sectionTopics(clause);
  return topics.length > 0 && !topics.includes(topic);
}

/**
 * The clauses at most `reach` clauses before or after `clause` that stand under the same headings, itself
 * included, in document order: the few clauses of its section around it.
 * @example clausesNearInSection(clauses, clause, 4).map((c) => c.index) // [11, 12, 13]
 */
export function clausesNearInSection(clauses: readonly Clause[], clause: Pick<Clause, 'index' | 'headings'>, reach: number): Clause[] {
  const key = sectionKey(clause);
  const near = clauses.slice(Math.max(0, clause.index - reach), clause.index + reach + 1);
  return near.filter((other) => other.index === clause.index || sectionKey(other) === key);
}

/**
 * The list items a lead-in clause opens ("The Processor shall:" followed by "(a) ...", "(b) ..."): the
 * run of list-item clauses right after it, under the same headings. Empty when the clause does not end
 * with a colon or no list follows. A duty or a charge in the lead-in applies to each item.
 * @example listAfter(clauses[0], clauses).length // 2 for "X shall, at Y's cost:\n(a) ...;\n(b) ..."
 */
export function listAfter(clause: Pick<Clause, 'index' | 'text' | 'headings'>, clauses: readonly Clause[]): Clause[] {
  // (a look at the end, not a regex run over a clause that may be long)
  if (!clause.text.trimEnd().endsWith(':')) return [];
  const key = sectionKey(clause);
  const items: Clause[] = [];
  for (let i = clause.index + 1; i < clauses.length; i++) {
    const next = clauses[i];
    if (next.kind !== 'list-item' || sectionKey(next) !== key) break;
    items.push(next);
  }
  return items;
}

/**
 * Whether two clauses stand in the same section: the same clause, or the same headings above them.
 * @example sameSection(clauses[3], clauses[4]) // true for two paragraphs under "7 Sletting"
 */
export function sameSection(a: Pick<Clause, 'headings'>, b: Pick<Clause, 'headings'>): boolean {
  return a === b || sectionKey(a) === sectionKey(b);
}

// each clause's headings joined once: rules compare sections clause by clause, and a join per comparison
// was megabytes of short strings on a long document
const sectionKeys = new WeakMap<readonly string[], string>();

/**
 * The headings above a clause as one string, the same for every clause of its section (joined once per clause).
 * @example sectionKey(clause) // '7 Avvik\n7.1 Varsling'
 */
export function sectionKey(clause: Pick<Clause, 'headings'>): string {
  let key = sectionKeys.get(clause.headings);
  if (key === undefined) sectionKeys.set(clause.headings, (key = clause.headings.join('\n')));
  return key;
}

/**
 * Whether a clause is a section title ("11. Ophør, tilbagelevering og sletning"): a heading, or a short
 * clause of one line without closing punctuation. A title names the topic; it holds no terms.
 */
export function isTitleClause(clause: Pick<Clause, 'kind' | 'text'>): boolean {
  if (clause.kind === 'heading') return true;
  const text = clause.text.trim();
  // a bullet that pairs a label with what it says ("– Export: available free of charge in JSON") is a term, not a title
  if (clause.kind === 'list-item' && LABELLED_ITEM.test(text)) return false;
  return !text.includes('\n') && text.length <= 90 && text.split(/\s+/).length <= 12 && !/[.;:!?)]$/.test(text);
}

// a bullet's label, a colon, then at least two words
const LABELLED_ITEM = /^[^\p{L}\d]*[\p{L}\d][^:]{0,40}:\s+\S+\s+\S/u;

// a run-in title: the clause's number, at most five words and a colon, then the clause's terms ("9. Deletion: At the ...")
const RUN_IN_TITLE = /^\s*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+)?(\p{L}[\p{L}'’-]*(?:[ ,/&]+\p{L}[\p{L}'’-]*){0,4}):\s+\S/u;

/**
 * The run-in title a clause opens with, the words before its colon ("Return and deletion"), or undefined: the
 * topic of a one-line term in a short DPA or a tender's requirement list, where no heading stands above it.
 * @example runInTitle({ text: '9. Deletion: At the Customer's choice, ...' }) // 'Deletion'
 */
export function runInTitle(clause: Pick<Clause, 'text'>): string | undefined {
  return RUN_IN_TITLE.exec(clause.text)?.[1];
}

/**
 * Whether a clause stands where a topic is in play without saying it itself: its own section title is
 * about the topic, or one of the `before` clauses just before it in the same section says it (`says`,
 * by clause index) or is a title about it. The walk stops at a heading or a Markdown title line.
 * @example topicJustBefore(clauses, 12, mentionsEnd, (title) => hasConcept('contract.end', title)) // true under "Ophør"
 */
export function topicJustBefore(
  clauses: readonly Clause[],
  index: number,
  says: readonly boolean[],
  titleAbout: (title: string) => boolean,
  before = 3,
): boolean {
  const clause = clauses[index];
  const title = clause.headings[clause.headings.length - 1];
  if (title && titleAbout(title)) return true;
  for (let j = index - 1; j >= Math.max(0, index - before); j--) {
    const previous = clauses[j];
    if (sectionKey(previous) !== sectionKey(clause)) break;
    if (says[j] || (previous.kind === 'heading' && titleAbout(previous.text))) return true;
    if (previous.kind === 'heading' || previous.text.startsWith('#')) {
      if (titleAbout(previous.text.replace(/^#+\s*/, ''))) return true;
      break;
    }
  }
  return false;
}

/**
 * Whether a clause holds operative terms: not a heading, a table row, a definition or a clause of the
 * definitions section or the SCC annex. A document-level finding stands at an operative sentence when
 * there is one (`operativeFirst`), not at an annex row or a definitions line that says the same words.
 * @example isOperative(clause) // false under "1 Definitions" or "Annex: Standard Contractual Clauses"
 */
export function isOperative(clause: Pick<Clause, 'kind' | 'headings' | 'text'>): boolean {
  if (clause.kind === 'heading' || clause.kind === 'table-row') return false;
  const topics = sectionTopics(clause);
  return !topics.includes('definitions') && !topics.includes('scc');
}

/**
 * The anchor of a document-level finding among the sentences that could carry it, in document order:
 * the first in an operative clause (`isOperative`), else the first of all.
 * @example operativeFirst(context.sentences().filter(offersInformation))?.start
 */
export function operativeFirst<T extends { clause: Pick<Clause, 'kind' | 'headings' | 'text'> }>(candidates: readonly T[]): T | undefined {
  return candidates.find((candidate) => isOperative(candidate.clause)) ?? candidates[0];
}
