// Alignment of clauses with the library's topics: keyword hits (from clauses/topics/*.json, in
// nb/en/da/sv) plus TF-IDF cosine similarity (natural's stemming, natural's IDF formula) against
// the topic's reference clauses. A clause is then judged by what it is about.

import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import PorterStemmerNo from 'natural/lib/natural/stemmers/porter_stemmer_no';
import PorterStemmerSv from 'natural/lib/natural/stemmers/porter_stemmer_sv';
import { topics } from './library';
import { KeywordIndex } from './match';
import type { Lang, Topic, TopicScore } from './types';

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
  return words.map((w) => {
    let stem = cache.get(w);
    if (stem === undefined) {
      stem = fold(stemmers[lang].stem(w));
      cache.set(w, stem);
    }
    return stem;
  });
}

// A contract repeats its words: each is stemmed once (bounded, so a long-running editor or bot
// does not grow without limit).
const stemCache: Record<Lang, Map<string, string>> = { nb: new Map(), en: new Map(), da: new Map(), sv: new Map() };

function fold(word: string): string {
  return word.replace(/[æä]/g, 'a').replace(/[øö]/g, 'o').replace(/å/g, 'a');
}

interface TopicModel {
  topic: Topic;
  vector: Map<string, number>;
  norm: number;
}

let models: TopicModel[] | undefined;
/** term -> [topic index, weight] for every topic whose references use the term */
let postings: Map<string, [number, number][]> | undefined;
let keywordIndex: KeywordIndex | undefined;
/** term -> how many topics' references use it (the document frequency of TF-IDF, the topics as documents) */
let topicsWithTerm: Map<string, number> | undefined;

// Built on first use, not at import time.
function topicModels(): TopicModel[] {
  if (models) return models;
  const docs = topics.map((topic) => {
    const terms: string[] = [];
    for (const ref of topic.references) terms.push(...stems(ref.text, ref.lang));
    return terms;
  });
  topicsWithTerm = new Map();
  for (const terms of docs) for (const term of new Set(terms)) topicsWithTerm.set(term, (topicsWithTerm.get(term) ?? 0) + 1);
  models = topics.map((topic, i) => {
    const vector = weigh(docs[i]);
    return { topic, vector, norm: norm(vector) };
  });
  postings = new Map();
  models.forEach((model, topicIndex) => {
    for (const [term, weight] of model.vector) {
      const list = postings!.get(term) ?? [];
      list.push([topicIndex, weight / model.norm]);
      postings!.set(term, list);
    }
  });
  keywordIndex = new KeywordIndex(new Map(topics.map((t) => [t.id, Object.values(t.keywords).flat() as string[]])));
  return models;
}

/** Inverse document frequency, as natural's TfIdf has it: 1 + ln(topics / (1 + topics using the term)). */
function idf(term: string): number {
  return 1 + Math.log(topics.length / (1 + ((topicsWithTerm as Map<string, number>).get(term) ?? 0)));
}

function weigh(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const vector = new Map<string, number>();
  for (const [t, n] of counts) vector.set(t, n * idf(t));
  return vector;
}

function norm(vector: Map<string, number>): number {
  let sum = 0;
  for (const v of vector.values()) sum += v * v;
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
  const topicList = topicModels();
  const clauseVector = weigh(stems(body, lang));
  const clauseNorm = norm(clauseVector);
  // cosine similarity with every topic at once, through the inverted index
  const dots = new Float64Array(topicList.length);
  for (const [term, weight] of clauseVector) {
    const list = (postings as Map<string, [number, number][]>).get(term);
    if (list) for (const [topicIndex, topicWeight] of list) dots[topicIndex] += weight * topicWeight;
  }
  const scores: TopicScore[] = [];
  const bodyHits = (keywordIndex as KeywordIndex).hits(body);
  const headingHitsByTopic = headingHits(headings);
  for (let topicIndex = 0; topicIndex < topicList.length; topicIndex++) {
    const model = topicList[topicIndex];
    const inBody = bodyHits.get(model.topic.id) ?? NONE;
    const inHeadings = headingHitsByTopic.get(model.topic.id) ?? NONE;
    const keywordScore = Math.min(1, 0.34 * inBody.size + 0.25 * inHeadings.size);
    const similarity = dots[topicIndex] / clauseNorm;
    const score = Math.min(1, 0.75 * keywordScore + 0.6 * similarity);
    if (score >= 0.15) scores.push({ topic: model.topic.id, score: Math.round(score * 100) / 100 });
  }
  return scores.sort((a, b) => b.score - a.score);
}
