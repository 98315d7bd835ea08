// The lexicon: concepts (negation, the processor, "notify", a non-EEA country …) and the words that
// say them in each language, kept as data in clauses/lexicon/{nb,nn,en,da,sv}.json. Rules name
// concepts; adding a Danish word is one line in da.json. Nynorsk (nn.json) is Norwegian: its words
// are read as part of `nb`, so a rule or a language choice that asks for Norwegian gets both.
//
// A concept's pattern covers every language by default: DPAs mix languages (an English annex in a
// Norwegian DPA, Danish standard clauses in Norwegian text) and OCR blurs the difference.

import da from '../clauses/lexicon/da.json';
import en from '../clauses/lexicon/en.json';
import nb from '../clauses/lexicon/nb.json';
import nn from '../clauses/lexicon/nn.json';
import sv from '../clauses/lexicon/sv.json';
import { wordAlternation } from './alternation-trie';
import { findAll, findFirst, pattern, type Match } from './match';
import type { Lang } from './types';

type LexiconFile = Record<string, string[] | string>;

// the word files of each language: Norwegian is bokmål and then nynorsk
const files: Record<Lang, LexiconFile[]> = { nb: [nb, nn], en: [en], da: [da], sv: [sv] };
export const LEXICON_LANGS: readonly Lang[] = ['nb', 'en', 'da', 'sv'];

// the concept ids, worked out once: rules ask for them while their modules load, once per country
const allIds: readonly string[] = (() => {
  const ids = new Set<string>();
  for (const lang of LEXICON_LANGS) for (const file of files[lang]) for (const key of Object.keys(file)) if (!key.startsWith('$')) ids.add(key);
  return [...ids].sort();
})();

/** Every concept id named in any language file ("$about" and other `$` keys are notes). */
export function conceptIds(): string[] {
  return [...allIds];
}

const known = new Set(allIds);

/**
 * The words (pattern sources) of a concept in the given languages, in file order, without repeats.
 * Throws on a concept no language file defines: a misspelt concept would silently match nothing.
 * @example conceptWords('negation', ['sv']) // ['inte', 'ej', 'aldrig', 'utan']
 */
export function conceptWords(id: string, langs: readonly Lang[] = LEXICON_LANGS): string[] {
  if (!known.has(id)) throw new Error(`unknown lexicon concept "${id}"`);
  const words: string[] = [];
  for (const lang of langs) {
    for (const file of files[lang]) {
      const entry = file[id];
      if (Array.isArray(entry)) for (const word of entry) if (!words.includes(word)) words.push(word);
    }
  }
  return words;
}

const sources = new Map<string, string>();

/** The alternation of the concepts' words, longest first, whole words or (`open`) word starts; cached. */
function alternation(ids: readonly string[], open: boolean): string {
  const key = `${open ? '~' : ''}${ids.join('+')}`;
  let source = sources.get(key);
  if (source === undefined) {
    const words = ids.flatMap((id) => conceptWords(id));
    const ordered = [...new Set(words)].sort((a, b) => b.length - a.length);
    source = `\\b(?:${wordAlternation(ordered)})${open ? '' : '\\b'}`;
    sources.set(key, source);
  }
  return source;
}

/**
 * A pattern source (shared/match.ts syntax) that matches any word of the concept as a whole word.
 * Several ids give one alternation. Longer words are tried first so "service provider" wins over
 * "provider".
 * @example pattern(concept('negation')).test(matchText('uden ophold')) // true
 */
export function concept(...ids: string[]): string {
  return alternation(ids, false);
}

/**
 * As `concept`, but with no word boundary after the word: a prefix of a longer word still counts
 * ("return" in "returnere", "certif" in "certificate"). For words written as stems.
 * @example pattern(conceptPrefix('deletion.strong-return')).test(matchText('returneres')) // true
 */
export function conceptPrefix(...ids: string[]): string {
  return concept(...ids).slice(0, -2);
}

/** The places in a matchText where a concept is said, with absolute offsets (`offset` is added). */
export function findConcept(id: string, match: string, offset = 0): Match[] {
  return findAll(pattern(concept(id)), match, offset);
}

/** Whether a matchText says the concept anywhere. */
export function hasConcept(id: string, match: string): boolean {
  return findFirst(pattern(concept(id)), match) !== undefined;
}

/**
 * As `concept`, but open at the end: a word of the concept at the start of a text word, whatever
 * follows it ("erstatte" also in "erstattes"). For stem lists whose words may run on into a longer word.
 * @example pattern(conceptStem('amend.any-change')).test(matchText('erstattes')) // true
 */
export function conceptStem(...ids: string[]): string {
  return alternation(ids, true);
}

/**
 * A pattern source that finds a word of the concepts anywhere, also inside a longer word or a
 * compound ("databehandlingsbistand"): for a cheap first look before the fuller patterns run.
 * @example pattern(conceptAnywhere('assistance.trigger')).test(matchText('databehandlingsbistand')) // true
 */
export function conceptAnywhere(...ids: string[]): string {
  return `(?:${conceptAlternatives(...ids)})`;
}

/**
 * The concepts' words as one alternation with no word boundaries, longest first, for a RegExp of a
 * rule's own shape: anchored at a text's start or end, or a word also inside a longer one ("web" in
 * "website"). Where a whole word is meant, use `concept`.
 * @example new RegExp(`(?:${conceptAlternatives('time.ongoing')})$`, 'u').test('løbende') // true
 */
export function conceptAlternatives(...ids: string[]): string {
  return wordAlternation([...new Set(ids.flatMap((id) => conceptWords(id)))].sort((a, b) => b.length - a.length));
}

const CONCEPT_SLOT = /\{\{([^{}]+?)(~?)\}\}/g;

/**
 * A pattern source written as data: a pattern (shared/match.ts syntax) whose `{{id ...}}` slots are concepts
 * (`concept`; space-separated ids give one alternation) and `{{id ...~}}` slots word starts (`conceptPrefix`).
 * `named` gives sources for slots that are no concept (a rule table's own phrases); they are looked up first.
 * For phrase tables kept in clauses/ beside the lexicon (clauses/art28-terms.json).
 * @example conceptPhrase('{{art28.bound-by}} (?:\\p{L}+ ){0,4}{{art28.duty}}') // "bound by ... obligations"
 */
export function conceptPhrase(template: string, named: Readonly<Record<string, string>> = {}): string {
  return template.replace(CONCEPT_SLOT, (_, ids: string, open: string) => {
    if (!open && named[ids.trim()] !== undefined) return named[ids.trim()];
    const list = ids.trim().split(/\s+/);
    return open ? conceptPrefix(...list) : concept(...list);
  });
}
