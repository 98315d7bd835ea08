// The work the build does for the engine (scripts/engine-data.ts): the data it stores is what the
// engine computes at run time.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignClause, computeTopicModelData, useTopicModelData, type TopicModelData } from '../shared/align';
import { analyseText } from '../shared/analyse';

const builtFile = join(__dirname, '..', 'dist', 'engine-data.json');

describe('engine data', () => {
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
  });
});
