// KeywordIndex: its anchor scan and its plain-word path (indexOf, no regex) find exactly what each
// keyword's own pattern finds, for every keyword of the clause library, on the shipped samples.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topics } from '../shared/library';
import { findAll, KeywordIndex, matchText, pattern } from '../shared/match';

const samplesDir = join(__dirname, '..', 'samples');
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, match: matchText(readFileSync(join(samplesDir, f), 'utf8')) }));

/** What the index must find: each keyword's pattern run on its own, the matched texts gathered per list. */
function hitsOneByOne(lists: ReadonlyMap<string, readonly string[]>, text: string): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const [name, sources] of lists) {
    for (const source of sources) {
      for (const m of findAll(pattern(source), text)) {
        if (!result.has(name)) result.set(name, new Set());
        result.get(name)?.add(m.text);
      }
    }
  }
  return result;
}

const sorted = (hits: Map<string, Set<string>>) => [...hits].map(([name, set]) => [name, [...set].sort()] as const).sort((a, b) => a[0].localeCompare(b[0]));

describe('KeywordIndex', () => {
  const lists = new Map(topics.map((t) => [t.id, Object.values(t.keywords).flat() as string[]]));
  const index = new KeywordIndex(lists);

  for (const { name, match } of samples) {
    it(`finds what every library keyword's own pattern finds in ${name}, paragraph by paragraph`, () => {
      for (const paragraph of match.split(/\n\s*\n/)) assert.deepEqual(sorted(index.hits(paragraph)), sorted(hitsOneByOne(lists, paragraph)));
    });
  }

  it('reads a plain word open at its end up to the end of the word, æøå included, each occurrence once', () => {
    const words = new KeywordIndex(new Map([['t', ['revisjon\\p{L}*', 'audit']]]));
    assert.deepEqual(sorted(words.hits('revisjonsrett, revisjonæøå-x revisjon. auditor')), [['t', ['audit', 'revisjon', 'revisjonsrett', 'revisjonæøå']]]);
  });

  it('finds a plain word inside a longer word, as its pattern does (no word boundary)', () => {
    const words = new KeywordIndex(new Map([['t', ['tilsyn']]]));
    assert.deepEqual(sorted(words.hits('datatilsynet')), [['t', ['tilsyn']]]);
    assert.deepEqual(sorted(words.hits('tilsy n')), []);
  });
});
