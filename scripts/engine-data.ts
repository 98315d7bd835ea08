// Work the engine can do at build time, written for esbuild.mjs to put in the bundles (each entry
// becomes a constant the engine reads on first use; under tsx it is absent and the engine does
// the work itself): the topic models of the clause library (shared/align.ts), which a first
// review would otherwise compute by stemming every reference clause.
// test/engine-data.test.ts checks that the stored data is what the engine computes.
//   node --import tsx scripts/engine-data.ts OUT.json
import { writeFileSync } from 'node:fs';
import { computeTopicModelData } from '../shared/align';

/** What the build stores, by the name of the constant esbuild defines for it. */
export function engineData(): Record<string, unknown> {
  return { __DPA_REVIEW_TOPIC_MODELS__: computeTopicModelData() };
}

// run as a script (not when a test imports the functions above)
if (require.main === module) writeFileSync(process.argv[2], JSON.stringify(engineData()));
