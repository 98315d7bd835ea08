// The party finder of liability-cap, controller-indemnity and unilateral-amendment finds a sentence's
// mentions once and answers by binary search; these tests hold it to the plain definition it replaced
// (scan the sentence, drop mentions inside longer ones, filter) on random sentences of party words.

import { strict as assert } from 'node:assert';
import { findAll, pattern } from '../shared/match';
import { actorAfter, actorBefore, mentionsOf, type ActorMention } from '../shared/party-mentions';
import { CONTROLLER_SOURCE, PROCESSOR_SOURCE } from '../shared/values';
import { wordsAfter, wordsBefore } from '../shared/sentence-parts';
import { actingParty, actorBesides, controllerMayAct, sentenceActor } from '../shared/acting-party';
import { documentParties } from '../shared/parties';
import { disclaimedDuty } from '../shared/clause-facts';
import { matchText } from '../shared/match';

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
        const words = 1 + Math.floor(random() * 8);
        const from = wordsBefore(sentence, at, words).from;
        // after a place, the party may follow an enumeration: the words are counted over commas (to the clause part's end)
        const to = at + wordsAfter(sentence, at, words, true).length;
        const last = expected.filter((m) => m.end <= at).pop();
        assert.deepEqual(actorBefore(sentence, at, source), last, `${sentence} before ${at}`);
        assert.deepEqual(actorBefore(sentence, at, source, words), last && last.end > from ? last : undefined, `${sentence} before ${at}, ${words} words`);
        const next = expected.find((m) => m.start >= at);
        assert.deepEqual(actorAfter(sentence, at, source, words), next && next.start < to ? next : undefined, `${sentence} after ${at}, ${words} words`);
        assert.deepEqual(actorAfter(sentence, at, source), next, `${sentence} after ${at}`);
      }
    }
  });

  it('reads the party right before or after a place in words of its part, not in characters', () => {
    const liability = 'databehandlers totale ansvar er begrenset';
    assert.equal(actorBefore(liability, 22, PROCESSOR_SOURCE, 2)?.actor, 'processor');
    assert.equal(actorBefore(liability, 22, PROCESSOR_SOURCE, 1), undefined);
    // a comma ends the part: the customer is not the one whose liability it is
    assert.equal(actorBefore('kunden, ansvaret', 8, PROCESSOR_SOURCE, 3), undefined);
    const cause = 'tap som skyldes kundens instrukser';
    assert.equal(actorAfter(cause, 15, PROCESSOR_SOURCE, 2)?.actor, 'controller');
    assert.equal(actorAfter('tap som skyldes feil hos en annen enn kunden', 15, PROCESSOR_SOURCE, 2), undefined);
    // a phrase: the party inside it counts ("holde Leverandøren skadesløs")
    const indemnity = 'skal holde databehandler skadesløs';
    assert.equal(actorAfter(indemnity, { start: 5, end: indemnity.length }, PROCESSOR_SOURCE, 1)?.actor, 'processor');
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

describe('who acts (shared/acting-party.ts)', () => {
  const sentence = (text: string) => ({ text, match: matchText(text) });
  const undertakes = { concept: 'modal.undertakes', trailing: true };

  it('is the party named last before the verb, with the engine\'s words or a document\'s parties', () => {
    const customer = sentence('The Customer shall implement appropriate measures');
    assert.equal(actingParty(customer, customer.text.indexOf('implement'), PROCESSOR_SOURCE), 'controller');
    assert.equal(actingParty(customer, customer.text.indexOf('implement'), documentParties('', PROCESSOR_SOURCE)), 'controller');
    assert.equal(actingParty(sentence('Hver part skal holde den andre skadesløs'), 15, PROCESSOR_SOURCE), 'both');
  });

  it('passes over a party that only owns or receives something', () => {
    const owned = sentence('Processing of the Customer\'s personal data shall be secured by appropriate measures');
    assert.equal(actingParty(owned, owned.text.indexOf('secured'), PROCESSOR_SOURCE), undefined);
    const onBehalf = sentence('Leverandøren skal på vegne av Kunden gjennomføre tiltak');
    assert.equal(actingParty(sentence('På vegne av Kunden gjennomføres tiltak'), 19, PROCESSOR_SOURCE), undefined);
    assert.equal(actingParty(onBehalf, onBehalf.text.indexOf('gjennomføre'), PROCESSOR_SOURCE), 'processor');
  });

  it('takes a bare name standing as the subject for the vendor', () => {
    assert.equal(actingParty(sentence('Acme shall indemnify'), 11, PROCESSOR_SOURCE, undertakes), 'processor');
    const right = sentence('Acme er til enhver tid berettiget til å endre vilkårene');
    assert.equal(actingParty(right, right.text.indexOf('berettiget'), PROCESSOR_SOURCE, { concept: 'party.name-verb', trailing: false }), 'processor');
    assert.equal(actingParty(sentence('This shall indemnify'), 11, PROCESSOR_SOURCE, undertakes), undefined);
  });
});

describe('who a sentence lets act (shared/acting-party.ts)', () => {
  const parties = documentParties('', PROCESSOR_SOURCE);
  const view = (text: string) => {
    const clause = { index: 0, start: 0, end: text.length, text, kind: 'paragraph', headings: [] } as never;
    return { clause, start: 0, end: text.length, text, match: matchText(text) };
  };

  it('reads a sentence that opens with a name no role was given as the vendor\'s, else its subject', () => {
    assert.equal(sentenceActor(view('Acme may use Customer Data to improve its products'), parties, 'data'), 'processor');
    assert.equal(sentenceActor(view('The Customer may use the statistics'), parties, 'data'), 'controller');
    assert.equal(sentenceActor(view('Partene kan bruke dataene'), parties, 'data'), undefined);
    assert.equal(sentenceActor(view('Data may be used by the Customer'), parties, 'data'), 'controller');
  });

  it('reads who acts without a phrase that names the one asked', () => {
    const text = 'The Processor may engage sub-processors without the Controller\'s prior consent';
    const sentence = view(text);
    const free = { start: text.indexOf('without'), end: text.length };
    const modal = { start: text.indexOf('may'), end: text.indexOf('may') + 3, text: 'may', groups: [] };
    assert.equal(actorBesides(sentence, free, modal, PROCESSOR_SOURCE), 'processor');
    const consultant = view('Consultant may engage subcontractors without Client consent');
    const consultantModal = { start: 11, end: 14, text: 'may', groups: [] };
    assert.equal(actorBesides(consultant, { start: consultant.text.indexOf('without'), end: consultant.text.length }, consultantModal, PROCESSOR_SOURCE), undefined);
  });

  it('tells a controller\'s own permission from one it grants the processor', () => {
    assert.equal(controllerMayAct(matchText('The Controller may use the statistics'), PROCESSOR_SOURCE), true);
    assert.equal(controllerMayAct(matchText('The Customer authorises the Processor to use the data'), PROCESSOR_SOURCE), false);
    assert.equal(controllerMayAct(matchText('Brightline may use the data'), PROCESSOR_SOURCE), false);
  });
});

describe('a duty disclaimed (shared/clause-facts.ts)', () => {
  it('is the processor\'s disclaimer with nothing after it that keeps the duty', () => {
    assert.equal(disclaimedDuty(matchText('The Processor has no obligation to return the data'), PROCESSOR_SOURCE)?.text, 'has no obligation');
    assert.equal(disclaimedDuty(matchText('The Processor has no obligation to follow instructions that infringe the law'), PROCESSOR_SOURCE), undefined);
    assert.equal(disclaimedDuty(matchText('The Customer has no obligation to audit'), PROCESSOR_SOURCE), undefined);
  });
});
