// Work the engine can do at build time, written for esbuild.mjs to put in the bundles (each entry
// becomes a constant the engine reads on first use; under tsx it is absent and the engine does
// the work itself):
//  - the topic models of the clause library (shared/align.ts);
//  - the literals every match of a pattern contains (shared/required-literals.ts), for the sources
//    the engine asks `pattern()` for while it reviews the shipped samples and the clause corpora:
//    a regex is then neither compiled nor run on a text that lacks them. A source the table does not
//    hold (e.g. one built from a document's party names) is simply not prefiltered.
// test/engine-data.test.ts checks that the stored data is what the engine computes.
//   node --import tsx scripts/engine-data.ts OUT.json
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeTopicModelData } from '../shared/align';
import { compiledSources, matchText } from '../shared/match';
import { requiredLiterals } from '../shared/required-literals';
import { review } from '../shared/review';

const root = join(__dirname, '..');

/** The texts reviewed to learn which patterns the engine builds: the samples, then the clause corpora's clauses. */
export function trainingTexts(): { text: string; scope?: 'clause' | 'document' }[] {
  const samples = join(root, 'samples');
  const texts: { text: string; scope?: 'clause' | 'document' }[] = readdirSync(samples)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ text: readFileSync(join(samples, name), 'utf8') }));
  const corpus = join(root, 'test/corpus/clauses');
  for (const name of readdirSync(corpus).filter((n) => n.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(corpus, name), 'utf8')) as { clauses: { text: string; scope?: 'clause' | 'document' }[] };
    for (const clause of data.clauses) texts.push({ text: clause.text, scope: clause.scope ?? 'clause' });
  }
  return texts;
}

/** [source, required literals] for every pattern the engine builds while reviewing `trainingTexts()` that has such a list. */
export function requiredLiteralsTable(): [string, string[][]][] {
  for (const { text, scope } of trainingTexts()) review(text, scope ? { scope } : {});
  // a prefilter that every sample passes is not worth loading: only patterns that cannot match in
  // some whole sample are kept
  const samples = trainingTexts().filter((t) => !t.scope).map((t) => matchText(t.text));
  const table: [string, string[][]][] = [];
  for (const source of compiledSources()) {
    const lists = requiredLiterals(source);
    if (lists && samples.some((text) => !lists.every((literals) => literals.some((literal) => text.includes(literal))))) table.push([source, lists]);
  }
  return table;
}

/** What the build stores, by the name of the constant esbuild defines for it. */
export function engineData(): Record<string, unknown> {
  return {
    __DPA_REVIEW_TOPIC_MODELS__: computeTopicModelData(),
    __DPA_REVIEW_REQUIRED_LITERALS__: requiredLiteralsTable(),
  };
}

// run as a script (not when a test imports the functions above)
if (require.main === module) writeFileSync(process.argv[2], JSON.stringify(engineData()));
