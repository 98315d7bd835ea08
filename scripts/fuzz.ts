// `npm run fuzz`: reviews many mutated clauses in process and checks what must hold for any input:
// no exception (an empty or whitespace-only text is refused with EmptyTextError, as designed), every
// finding and fix inside the text, a known category and severity, a quote equal to the text at the
// finding. The clauses come from the samples (never printed: a failure prints the seed, the case
// number and the mutations, so the case can be rebuilt and looked at locally).
//   npm run fuzz                 100,000 cases, seed 1
//   npm run fuzz -- 20000 7      20,000 cases, seed 7

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories, review, type ReviewOptions } from '../shared/index';
import { EmptyTextError } from '../shared/review';

/** What a fuzz run saw. */
export interface FuzzResult {
  cases: number;
  refusedEmpty: number;
  findings: number;
  failures: Array<{ case: number; mutations: string[]; problem: string }>;
  longestMs: number;
  totalMs: number;
}

const SEVERITIES = new Set(['high', 'medium', 'low', 'info']);
const CATEGORY_IDS = new Set(categories.map((category) => category.id));
const SCOPES: ReviewOptions['scope'][] = ['auto', 'clause', 'document'];

/** Snippets mutations insert: rule trigger words, OCR noise, odd Unicode, structure. */
const INSERTS = [
  ' ', '   ', '\n', '\n\n', '\t', '\u00a0', '\u200b', '\ufeff', '\r\n', '.', ';', ':', ',', '(', ')', '"', '«', '»', '–', '-', '§',
  '1.', '1.1 ', '12.3.4 ', '(a) ', 'Artikkel 28', 'art. 28 nr. 3 bokstav a', '48', '72 timer', '30 dager', 'NOK 100 000', '€ 10,000',
  'ansvar', 'begrenset til', 'ikke ansvarlig', 'indirekte tap', 'skadesløs', 'endre', 'ensidig', 'underleverandør', 'tredjeland',
  'revisjon', 'slette', 'tilbakelevere', 'norsk rett', 'honorar', 'egne formål', 'varsle', 'uten ugrunnet opphold', 'partene',
  'Databehandler', 'Behandlingsansvarlig', 'Kunden', 'Leverandøren', 'we', 'you', 'the Processor', 'the Customer', 'each party',
  'not liable', 'liability', 'indemnify', 'sub-processor', 'third country', 'audit', 'delete', 'governing law', 'fees',
  'æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'ä', 'ö', 'é', 'ü', 'ß', 'ﬁ', 'e\u0301', '😀', '\ud83d', '\udca9', '\u202e', 'İ', 'ǅ',
  '|', '0', '@', '8', 'rn', 'l', 'I', 'Dat a behandler', 'ansv ar', 'beg-\nrenset',
];

/** A small deterministic generator, so a failing case can be rebuilt from the seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Sentences and paragraphs of the sample DPAs, the material the mutations start from. */
export function seedClauses(root = join(__dirname, '..')): string[] {
  const files = ['samples/opus-dpa-2025-clean.txt', 'samples/opus-dpa-2024.txt', 'samples/dossier-dpa.txt', 'samples/opus-dpa-2025-ocr.txt'];
  const clauses: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const paragraph of text.split(/\n\s*\n/)) {
      if (paragraph.trim().length > 20) clauses.push(paragraph.slice(0, 1200));
    }
  }
  return clauses;
}

type Mutation = (text: string, random: () => number, pick: <T>(items: readonly T[]) => T) => [string, string];

const MUTATIONS: Mutation[] = [
  (text, random, pick) => {
    const at = Math.floor(random() * (text.length + 1));
    const insert = pick(INSERTS);
    return [text.slice(0, at) + insert + text.slice(at), `insert ${JSON.stringify(insert)} at ${at}`];
  },
  (text, random) => {
    const at = Math.floor(random() * text.length);
    const length = 1 + Math.floor(random() * 20);
    return [text.slice(0, at) + text.slice(at + length), `delete ${length} at ${at}`];
  },
  (text, random) => {
    const at = Math.floor(random() * text.length);
    const length = 1 + Math.floor(random() * 40);
    const times = 2 + Math.floor(random() * 30);
    return [text.slice(0, at) + text.slice(at, at + length).repeat(times) + text.slice(at + length), `repeat ${length} at ${at} x${times}`];
  },
  (text, random) => {
    const at = Math.floor(random() * (text.length + 1));
    const run = ' \n\t'[Math.floor(random() * 3)]!.repeat(1 + Math.floor(random() * 300));
    return [text.slice(0, at) + run + text.slice(at), `whitespace run ${run.length} at ${at}`];
  },
  (text, random) => {
    const at = Math.floor(random() * text.length);
    const code = Math.floor(random() * 0x3000);
    return [text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1), `replace at ${at} with U+${code.toString(16)}`];
  },
  (text) => [text.toUpperCase(), 'upper case'],
  (text) => [text.replace(/[æøåÆØÅ]/g, (c) => ({ æ: 'ae', ø: 'o', å: 'aa', Æ: 'Ae', Ø: 'O', Å: 'Aa' })[c] ?? c), 'without æøå'],
  (text) => [text.replace(/\s+/g, ' '), 'one line'],
  (text, random) => {
    const words = text.split(' ');
    const i = Math.floor(random() * words.length);
    const j = Math.floor(random() * words.length);
    [words[i], words[j]] = [words[j]!, words[i]!];
    return [words.join(' '), `swap words ${i} ${j}`];
  },
  (text, random) => {
    const cut = Math.floor(random() * text.length);
    return [random() < 0.5 ? text.slice(0, cut) : text.slice(cut), `cut at ${cut}`];
  },
  (text, _random, pick) => [text + '\n\n' + pick(seedCache), 'append a clause'],
  () => [' \n\t ', 'whitespace only'],
];

let seedCache: string[] = [];

/** Checks one review of `text`; answers a problem, or undefined when all holds. */
function check(text: string, options: ReviewOptions): { problem?: string; findings: number; refused: boolean } {
  let result;
  try {
    result = review(text, options);
  } catch (error) {
    if (error instanceof EmptyTextError && text.trim() === '') return { findings: 0, refused: true };
    return { problem: `threw ${(error as Error)?.name}: ${(error as Error)?.message?.split('\n')[0]}`, findings: 0, refused: false };
  }
  for (const finding of result.findings) {
    const where = `${finding.category} ${finding.start}-${finding.end} in ${text.length}`;
    if (!CATEGORY_IDS.has(finding.category)) return { problem: `unknown category ${finding.category}`, findings: 0, refused: false };
    if (!SEVERITIES.has(finding.severity)) return { problem: `unknown severity ${finding.severity}`, findings: 0, refused: false };
    if (!(Number.isInteger(finding.start) && Number.isInteger(finding.end) && finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length)) {
      return { problem: `finding outside the text: ${where}`, findings: 0, refused: false };
    }
    if (finding.quote !== text.slice(finding.start, finding.end)) return { problem: `quote is not the text at ${where}`, findings: 0, refused: false };
    if (finding.fix && !(finding.fix.start >= 0 && finding.fix.start <= finding.fix.end && finding.fix.end <= text.length)) {
      return { problem: `fix outside the text: ${finding.fix.start}-${finding.fix.end} in ${text.length}`, findings: 0, refused: false };
    }
  }
  return { findings: result.findings.length, refused: false };
}

/**
 * Runs `cases` mutated clauses through the review.
 * @example fuzz({ cases: 1000, seed: 1 }).failures // []
 */
export function fuzz({ cases, seed, onProgress }: { cases: number; seed: number; onProgress?: (done: number) => void }): FuzzResult {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  seedCache = seedClauses();
  const result: FuzzResult = { cases: 0, refusedEmpty: 0, findings: 0, failures: [], longestMs: 0, totalMs: 0 };
  const started = performance.now();
  for (let index = 0; index < cases; index++) {
    let text = pick(seedCache);
    const mutations: string[] = [];
    const count = 1 + Math.floor(random() * 4);
    for (let m = 0; m < count; m++) {
      const [mutated, described] = pick(MUTATIONS)(text, random, pick);
      text = mutated;
      mutations.push(described);
    }
    const scope = pick(SCOPES);
    const before = performance.now();
    const outcome = check(text, { scope });
    result.longestMs = Math.max(result.longestMs, performance.now() - before);
    result.cases++;
    result.findings += outcome.findings;
    if (outcome.refused) result.refusedEmpty++;
    if (outcome.problem) result.failures.push({ case: index, mutations: [`scope ${scope}`, ...mutations], problem: outcome.problem });
    if (onProgress && (index + 1) % 10_000 === 0) onProgress(index + 1);
  }
  result.totalMs = performance.now() - started;
  return result;
}

if (require.main === module) {
  const cases = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? 1);
  const result = fuzz({ cases, seed, onProgress: (done) => process.stderr.write(`${done} cases\n`) });
  const rate = Math.round(result.cases / (result.totalMs / 1000));
  process.stdout.write(
    `fuzz: ${result.cases} cases (seed ${seed}) in ${(result.totalMs / 1000).toFixed(1)} s (${rate}/s), ` +
      `${result.findings} findings, ${result.refusedEmpty} empty texts refused, longest case ${result.longestMs.toFixed(0)} ms, ` +
      `${result.failures.length} failures\n`,
  );
  for (const failure of result.failures.slice(0, 20)) {
    process.stdout.write(`  case ${failure.case}: ${failure.problem} after ${failure.mutations.join('; ')}\n`);
  }
  process.exitCode = result.failures.length > 0 ? 1 : 0;
}
