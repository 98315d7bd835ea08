// The work the build does for the engine (scripts/engine-data.ts): the data it stores is what the
// engine computes at run time, and the required-literals prefilter never loses a match.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignClause, computeTopicModelData, useTopicModelData, type TopicModelData } from '../shared/align';
import { analyseText } from '../shared/analyse';
import { findAll, matchText, pattern, useRequiredLiterals } from '../shared/match';
import { requiredLiterals } from '../shared/required-literals';
import { requiredLiteralsTable, trainingTexts } from '../scripts/engine-data';

const builtFile = join(__dirname, '..', 'dist', 'engine-data.json');

/** Every match of `re` in `text`, found by the regex alone (no prefilter). */
function regexMatches(re: RegExp, text: string): string[] {
  const found: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else found.push(`${m.index}:${m[0]}`);
  }
  re.lastIndex = 0;
  return found;
}

describe('required literals', () => {
  const cases: [string, string[][] | undefined][] = [
    ['\\b(?:varsl(?:e|ing)|notif(?:y|ication))', [['varsl', 'notif']]],
    ['innen \\d+ timer', [['innen'], ['timer']]],
    // ø has OCR variants, a space is a gap: neither is a sure character
    ['sikkerhetsbrudd på personopplysninger', [['sikkerhetsbrudd'], ['personopplysninger']]],
    ['databehandlerens?', [['databehandleren']]],
    ['revisjon\\p{L}*', [['revisjon']]],
    ['(?:audit|inspect)(?:s|ion)? (?:rett|right)\\p{L}+', [['audit', 'inspect'], ['rett', 'right']]],
    // an alternative stands for its best list: the one whose shortest string is longest
    ['(?:audit|\\d+ dager)', [['audit', 'dager']]],
    ['(?:audit|in \\d+ dager)', [['audit', 'dager']]],
    // a list with a string under 3 characters is dropped; an optional part says nothing
    ['(?:audit|\\d+ d)', undefined],
    ['(?:|notice)', undefined],
    ['(?:vendor )?notice', [['notice']]],
    ['(?:vendor)+ notice', [['vendor'], ['notice']]],
    // what a lookaround holds is not part of the match
    ['(?<!ikke )varsle', [['varsle']]],
    // an upper-case letter is read as lower case: not sure either
    ['Databehandler', [['atabehandler']]],
  ];
  for (const [source, lists] of cases) {
    it(`reads ${source}`, () => {
      assert.deepEqual(requiredLiterals(source), lists);
    });
  }
});

describe('engine data', () => {
  const texts = trainingTexts().map((t) => matchText(t.text));
  let table: [string, string[][]][] = [];
  before(() => {
    table = requiredLiteralsTable();
  });
  after(() => useRequiredLiterals([]));

  it('the prefilter finds every match the regex finds, for every pattern the engine builds, on the samples and the clause corpora', function () {
    this.timeout(600000);
    assert.ok(table.length > 300, `only ${table.length} patterns with required literals`);
    useRequiredLiterals(table);
    for (const [source, lists] of table) {
      const re = pattern(source);
      for (const text of texts) {
        const plain = regexMatches(re, text);
        assert.deepEqual(findAll(re, text).map((m) => `${m.start}:${m.text}`), plain, source);
        for (const m of plain) for (const literals of lists) assert.ok(literals.some((literal) => m.includes(literal)), `${source}: a match holds none of ${literals.join(', ')}`);
      }
    }
  });

  it('the topic models align clauses alike, computed or read back from JSON', () => {
    const computed = computeTopicModelData();
    const stored = JSON.parse(JSON.stringify(computed)) as TopicModelData;
    const { clauses, match } = analyseText(readFileSync(join(__dirname, '..', 'samples', 'opus-dpa-2025-clean.txt'), 'utf8'));
    const align = () => clauses.map((c) => alignClause(match.slice(c.start, c.end), '', c.lang));
    useTopicModelData(computed);
    const fromComputed = align();
    useTopicModelData(stored);
    assert.deepEqual(align(), fromComputed);
    useTopicModelData(computed);
  });

  it("the build's data is what the engine computes now (run `npm run build` after changing the engine or the library)", function () {
    if (!existsSync(builtFile)) this.skip();
    const built = JSON.parse(readFileSync(builtFile, 'utf8')).data as Record<string, unknown>;
    assert.deepEqual(built.__DPA_REVIEW_TOPIC_MODELS__, computeTopicModelData());
    const builtTable = built.__DPA_REVIEW_REQUIRED_LITERALS__ as [string, string[][]][];
    for (const [source, literals] of builtTable) assert.deepEqual(literals, requiredLiterals(source), source);
    // the engine still asks for every pattern the build saw (this process may have asked for more)
    const now = new Set(table.map(([source]) => source));
    for (const [source] of builtTable) assert.ok(now.has(source), `the build's table is stale: ${source}`);
  });
});
