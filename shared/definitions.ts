// The terms a document defines and what each stands for: "«Tjenestedata» betyr logg- og bruksdata ...",
// "Med «Godkjente underleverandører» menes enhver underleverandør ...", "'Permitted Countries' means ...". A
// sentence that uses such a term says what its definition says; a rule that asks what a term holds (data, a place,
// any sub-processor) reads the definition's words here, once per document.

import { definitionOf } from './clause-facts';
import { concept } from './lexicon';
import { findFirst, pattern } from './match';
import type { SentenceView } from './rule';

/** A definition led by "med", "ved", "by": "Med «X» menes ...", "Ved «X» forstås ..." (lexicon: definition.lead, definition.means). */
const LED_DEFINITION_SOURCE = `^\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?${concept('definition.lead')}\\s+["“”«'‘]([^"“”»'’]{1,80})["“”»'’]\\s*${concept('definition.means')}`;

export interface DefinedTerm {
  /** The term as a pattern source (whole words). */
  term: string;
  /** The definition's words after "means" (matchText). */
  body: string;
  /** The sentence that defines it. */
  definition: SentenceView;
}

/** A sentence's definition: "«X» betyr ..." (clause-facts.definitionOf) or one led by "Med «X» menes ...". */
function definitionIn(match: string): { term: string; bodyStart: number } | undefined {
  const plain = definitionOf(match);
  if (plain) return plain;
  const led = findFirst(pattern(LED_DEFINITION_SOURCE), match);
  const text = led?.groups[0]?.trim();
  if (!led || !text) return undefined;
  return { term: `\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, bodyStart: led.end };
}

/**
 * The terms the sentences define, with the words of each definition.
 * @example definedTerms(sentences)[0].body // ' logg- og bruksdata som genereres ved kundens bruk av løsningen' for "Med «Tjenestedata» menes logg- og bruksdata ..."
 */
export function definedTerms(sentences: readonly SentenceView[]): DefinedTerm[] {
  const terms: DefinedTerm[] = [];
  for (const sentence of sentences) {
    const definition = definitionIn(sentence.match);
    if (definition) terms.push({ term: definition.term, body: sentence.match.slice(definition.bodyStart), definition: sentence });
  }
  return terms;
}

/**
 * The pattern source of the terms whose definition says what `source` says ("Tjenestedata" when its definition names
 * usage data), or undefined when none does: the terms then stand for it wherever they are used.
 * @example termsDefinedAs(definedTerms(sentences), dataSource) // '\\btjenestedata\\b'
 */
export function termsDefinedAs(terms: readonly DefinedTerm[], source: string): string | undefined {
  const matching = terms.filter((t) => findFirst(pattern(source), t.body) !== undefined).map((t) => t.term);
  return matching.length ? matching.join('|') : undefined;
}
