// Alignment of clauses with the library's topics: keyword hits (from clauses/topics/*.json, in
// nb/en/da/sv) plus TF-IDF cosine similarity (natural's stemming, natural's IDF formula) against
// the topic's reference clauses. A clause is then judged by what it is about.

import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import PorterStemmerNo from 'natural/lib/natural/stemmers/porter_stemmer_no';
import PorterStemmerSv from 'natural/lib/natural/stemmers/porter_stemmer_sv';
import { topics } from './library';
import { KeywordIndex } from './match';
import type { Lang, TopicScore } from './types';

const stemmers: Record<Lang, { stem(token: string): string }> = {
  en: PorterStemmer,
  nb: PorterStemmerNo,
  da: PorterStemmerNo, // natural has no Danish stemmer; the Norwegian one is the closest
  sv: PorterStemmerSv,
};

/** Lower-case word stems of a text (æøå folded, so OCR'd and æøå-less text meet the clean one). */
export function stems(text: string, lang: Lang): string[] {
  const words = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const cache = stemCache[lang];
  if (cache.size > 50_000) cache.clear();
  // each word replaced by its stem in place: no second array of the text's length
  for (let i = 0; i < words.length; i++) {
    let stem = cache.get(words[i]);
    if (stem === undefined) {
      stem = fold(stemmers[lang].stem(words[i]));
      cache.set(words[i], stem);
    }
    words[i] = stem;
  }
  return words;
}

// A contract repeats its words: each is stemmed once (bounded, so a long-running editor or bot
// does not grow without limit).
const stemCache: Record<Lang, Map<string, string>> = { nb: new Map(), en: new Map(), da: new Map(), sv: new Map() };

function fold(word: string): string {
  return word.replace(/[æä]/g, 'a').replace(/[øö]/g, 'o').replace(/å/g, 'a');
}

/**
 * What alignment needs of the library, worked out from the topics' reference clauses: for each
 * term, how many topics' references use it (the document frequency of TF-IDF, the topics as
 * documents) and, for each topic whose references use it, its weight in that topic's unit vector.
 * The bundles get it from the build (scripts/engine-data.ts); without it (under tsx) it is
 * computed on first use.
 */
export interface TopicModelData {
  /** the topics' ids, in library order (the topic indexes below) */
  topicIds: string[];
  /** [term, how many topics use it, [topic index, weight / norm of that topic's vector] …] */
  terms: [string, number, [number, number][]][];
}

// The build puts the data in the bundles (esbuild `define`, a JSON string); absent under tsx.
declare const __DPA_REVIEW_TOPIC_MODELS__: string | undefined;

let topicIdList: readonly string[] | undefined;
/** term -> [topic index, weight] for every topic whose references use the term */
let postings: Map<string, [number, number][]> | undefined;
let keywordIndex: KeywordIndex | undefined;
/** term -> how many topics' references use it (the document frequency of TF-IDF, the topics as documents) */
let topicsWithTerm: Map<string, number> | undefined;

/**
 * The topic models computed from the library's reference clauses (the build stores this; see
 * `TopicModelData`).
 */
export function computeTopicModelData(): TopicModelData {
  const docs = topics.map((topic) => {
    const terms: string[] = [];
    for (const ref of topic.references) terms.push(...stems(ref.text, ref.lang));
    return terms;
  });
  const frequency = new Map<string, number>();
  for (const terms of docs) for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const byTerm = new Map<string, [number, number][]>();
  docs.forEach((terms, topicIndex) => {
    const vector = weigh(terms, frequency);
    const vectorNorm = norm(vector);
    for (const [term, weight] of vector) {
      const list = byTerm.get(term) ?? [];
      list.push([topicIndex, weight / vectorNorm]);
      byTerm.set(term, list);
    }
  });
  return { topicIds: topics.map((t) => t.id), terms: [...frequency].map(([term, count]) => [term, count, byTerm.get(term) ?? []]) };
}

/** The data the build stored, when it was built from the library this code has. */
function builtTopicModelData(): TopicModelData | undefined {
  if (typeof __DPA_REVIEW_TOPIC_MODELS__ !== 'string') return undefined;
  const data = JSON.parse(__DPA_REVIEW_TOPIC_MODELS__) as TopicModelData;
  const current = topics.map((t) => t.id);
  return data.topicIds.length === current.length && data.topicIds.every((id, i) => id === current[i]) ? data : undefined;
}

/**
 * Loads topic model data for `alignClause` (the build's, or one computed now); tests give it the
 * data the build would store.
 */
export function useTopicModelData(data: TopicModelData): void {
  topicIdList = data.topicIds;
  topicsWithTerm = new Map();
  postings = new Map();
  for (const [term, count, list] of data.terms) {
    topicsWithTerm.set(term, count);
    if (list.length) postings.set(term, list);
  }
}

// Built on first use, not at import time.
function topicModels(): readonly string[] {
  if (!topicIdList) useTopicModelData(builtTopicModelData() ?? computeTopicModelData());
  keywordIndex ??= new KeywordIndex(new Map(topics.map((t) => [t.id, Object.values(t.keywords).flat() as string[]])));
  return topicIdList as readonly string[];
}

/** Inverse document frequency, as natural's TfIdf has it: 1 + ln(topics / (1 + topics using the term)). */
function idf(term: string, frequency: ReadonlyMap<string, number>): number {
  return 1 + Math.log(topics.length / (1 + (frequency.get(term) ?? 0)));
}

// (forEach and indexed loops: a first review runs these in V8's interpreter, where a for-of over
// a Map's entries allocates an array per entry; the 1 MB document allocated 40 MB of them)
function weigh(terms: string[], frequency: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) counts.set(terms[i], (counts.get(terms[i]) ?? 0) + 1);
  counts.forEach((n, t) => counts.set(t, n * idf(t, frequency)));
  return counts;
}

function norm(vector: Map<string, number>): number {
  let sum = 0;
  vector.forEach((v) => {
    sum += v * v;
  });
  return Math.sqrt(sum) || 1;
}

// Many clauses share their headings: their keyword hits are counted once.
const headingCache = new Map<string, Map<string, Set<string>>>();
const NONE = new Set<string>();

function headingHits(headings: string): Map<string, Set<string>> {
  if (!headings) return new Map();
  let hits = headingCache.get(headings);
  if (!hits) {
    if (headingCache.size > 500) headingCache.clear();
    hits = (keywordIndex as KeywordIndex).hits(headings);
    headingCache.set(headings, hits);
  }
  return hits;
}

/**
 * Topics a clause is about, best first. `body` is the clause's matchText, `headings` its section
 * titles (matchText); headings count for less than the clause's own words.
 * @example alignClause('varsling av avvik innen 24 timer', '', 'nb')[0].topic // 'breach-notice'
 */
export function alignClause(body: string, headings: string, lang: Lang): TopicScore[] {
  const topicIds = topicModels();
  const clauseVector = weigh(stems(body, lang), topicsWithTerm as Map<string, number>);
  const clauseNorm = norm(clauseVector);
  // cosine similarity with every topic at once, through the inverted index
  const dots = new Float64Array(topicIds.length);
  clauseVector.forEach((weight, term) => {
    const list = (postings as Map<string, [number, number][]>).get(term);
    if (list) for (let i = 0; i < list.length; i++) dots[list[i][0]] += weight * list[i][1];
  });
  const scores: TopicScore[] = [];
  const bodyHits = (keywordIndex as KeywordIndex).hits(body);
  const headingHitsByTopic = headingHits(headings);
  for (let topicIndex = 0; topicIndex < topicIds.length; topicIndex++) {
    const topicId = topicIds[topicIndex];
    const inBody = bodyHits.get(topicId) ?? NONE;
    const inHeadings = headingHitsByTopic.get(topicId) ?? NONE;
    const keywordScore = Math.min(1, 0.34 * inBody.size + 0.25 * inHeadings.size);
    const similarity = dots[topicIndex] / clauseNorm;
    const score = Math.min(1, 0.75 * keywordScore + 0.6 * similarity);
    if (score >= 0.15) scores.push({ topic: topicId, score: Math.round(score * 100) / 100 });
  }
  return scores.sort((a, b) => b.score - a.score);
}
