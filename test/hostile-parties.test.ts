// The party finder of liability-cap, controller-indemnity and unilateral-amendment finds a sentence's
// mentions once and answers by binary search; these tests hold it to the plain definition it replaced
// (scan the sentence, drop mentions inside longer ones, filter) on random sentences of party words.

import { strict as assert } from 'node:assert';
import { findAll, pattern } from '../shared/match';
import { actorAfter, actorBefore, mentionsOf, type ActorMention } from '../shared/party-mentions';
import { CONTROLLER_SOURCE, PROCESSOR_SOURCE } from '../shared/values';

// The definitions as they were written before the cache (kept here as the reference).
const BOTH_SOURCE =
  '(?<!third[- ]|tredje|tredje )\\b(?:part(?:en|ene|enes|ens|er|erne|ernes|erna|ernas|ane|anes)|parties|party|(?:en|ei|hver|ingen|a|each|either|neither|one|vardera|varje|ingen av|hver af) part)\\b';
const WE_SOURCE = '\\b(?:we|vi|us|our|oss|vår|vårt|våre|vores)\\b';
const YOU_SOURCE = '\\b(?:you|du|dere|dig|deg)\\b';

function referenceMentions(match: string, processorSource: string): ActorMention[] {
  const found: ActorMention[] = [];
  for (const m of findAll(pattern(processorSource), match)) {
    if (!/(?:avtal|aftal|agreement|vilkår|villkor)/u.test(m.text)) found.push({ actor: 'processor', start: m.start, end: m.end });
  }
  for (const m of findAll(pattern(WE_SOURCE), match)) found.push({ actor: 'processor', start: m.start, end: m.end });
  for (const m of findAll(pattern(CONTROLLER_SOURCE), match)) found.push({ actor: 'controller', start: m.start, end: m.end });
  for (const m of findAll(pattern(YOU_SOURCE), match)) found.push({ actor: 'controller', start: m.start, end: m.end });
  for (const m of findAll(pattern(BOTH_SOURCE), match)) found.push({ actor: 'both', start: m.start, end: m.end });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => !found.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

const WORDS = [
  'databehandler', 'databehandlers', 'leverandøren', 'kunden', 'behandlingsansvarlig', 'partene', 'each party', 'party',
  'neither party', 'third party', 'tredje part', 'vi', 'oss', 'you', 'du', 'ansvar', 'er', 'begrenset', 'til', 'the',
  'customer', 'processor', 'service provider', 'databehandleravtalen', 'hver part', 'en part', 'skal', 'holde', 'skadesløs',
  'acme', 'not', 'liable', 'for', 'indirekte', 'tap', '  ', ',',
];

function randomSentence(random: () => number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(WORDS[Math.floor(random() * WORDS.length)]!);
  return parts.join(' ');
}

/** A small deterministic generator, so that a failure can be repeated. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('hostile: party mentions (shared/party-mentions.ts)', () => {
  const sources = [PROCESSOR_SOURCE, `(?:${PROCESSOR_SOURCE}|\\b(?:acme)\\p{L}*\\b)`];

  it('finds the same mentions, and the same party before and after every position, as the plain definition', () => {
    const random = seeded(28);
    for (let round = 0; round < 300; round++) {
      const sentence = randomSentence(random, 1 + Math.floor(random() * 30));
      const source = sources[round % 2]!;
      const expected = referenceMentions(sentence, source);
      assert.deepEqual(mentionsOf(sentence, source), expected, sentence);
      for (let at = 0; at <= sentence.length; at += 1 + Math.floor(random() * 4)) {
        const from = Math.max(0, at - Math.floor(random() * 80));
        const to = Math.min(sentence.length, at + Math.floor(random() * 80));
        const before = expected.filter((m) => m.start >= from && m.end <= at);
        assert.deepEqual(actorBefore(sentence, at, source, from), before[before.length - 1], `${sentence} before ${at}`);
        assert.deepEqual(actorAfter(sentence, at, source, to), expected.find((m) => m.start >= at && m.end <= to), `${sentence} after ${at}`);
        assert.deepEqual(actorAfter(sentence, at, source), expected.find((m) => m.start >= at), `${sentence} after ${at}`);
      }
    }
  });

  it('gives callers a copy they may change without changing the next answer', () => {
    const sentence = 'databehandler skal holde kunden skadesløs';
    mentionsOf(sentence, PROCESSOR_SOURCE).length = 0;
    assert.deepEqual(mentionsOf(sentence, PROCESSOR_SOURCE).map((m) => m.actor), ['processor', 'controller']);
  });

  it('keeps many mentions in one long sentence right (each party ... party ...)', () => {
    const sentence = 'each party and the party and neither party and kunden og vi '.repeat(400);
    assert.deepEqual(mentionsOf(sentence, PROCESSOR_SOURCE), referenceMentions(sentence, PROCESSOR_SOURCE));
  });
});
