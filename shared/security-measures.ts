// The security measures a document speaks of (GDPR art. 32): where a sentence names them (or plain
// "measures" right after a sentence on security or under a security heading), whether the document
// names concrete controls in its security parts, and whether a sentence keeps the level of security
// or gives the controller a say over changes.

import { concept, conceptIds, conceptPrefix, hasConcept } from './lexicon';
import { findAll, findFirst, matchText, pattern, type Match } from './match';
import type { RuleContext, SentenceView } from './rule';
import { sameSection } from './sections';
import { DENIAL_SOURCE, phraseAfter, wordsAfter, wordsBefore, wordsOfRun } from './sentence-parts';
import { CONTROLLER_SOURCE } from './values';
import { cellsOf, headerCells } from './table-rows';
import { listOpening } from './lead-in';

/** Security measures and the level of security, in nb/en/da/sv. */
const SECURITY_SOURCE = concept('security.measures');

/**
 * Plain "measures" ("tiltakene", "the measures", "foranstaltningerne"): security measures only where
 * the sentence before in the same clause, or the section's heading, is about security.
 */
const MEASURE_SOURCE = concept('security.measure-word');

/** Plain measures as what the processor implements ("shall implement the measures in Annex 2", "gjennomføre tiltakene"): art. 32's own verb. */
const IMPLEMENTED_MEASURES_SOURCE = `${concept('security.implement-verb')} (?:[\\p{L}-]+ ){0,3}${MEASURE_SOURCE}`;

/** A table's column header that names the measures ("Measure", "Security measures"). */
const MEASURE_HEADER_SOURCE = `^(?:${SECURITY_SOURCE}|${MEASURE_SOURCE})$`;

/** A heading about the security of processing (not a breach heading). */
const SECURITY_HEADING_SOURCE = concept('security.heading');

/** Breach words: "measures" in a breach sentence are measures against the breach. */
export const BREACH_SOURCE = concept('security.breach-word');

/** The most words a safeguard's parts stand apart: "will not, in any case, reduce", "maintain at all times the level". */
const SAFEGUARD_WORDS = 6;

/** Guarantees that a change keeps security, or needs the controller. */
const SAFEGUARD_SOURCE = [
  // "will not reduce", "uden at svække"
  `${concept('negation', 'negation.none-word')}${wordsOfRun(SAFEGUARD_WORDS)}${conceptPrefix('security.weaken')}`,
  // "the same level of protection", "minst like høyt nivå"
  `${conceptPrefix('security.same')} (?:\\p{L}+ ){0,3}${conceptPrefix('security.level-word')}`,
  // "maintain the level of security", "opprettholde sikkerheten"
  `${conceptPrefix('security.maintain')}${wordsOfRun(SAFEGUARD_WORDS)}${conceptPrefix('security.kept-object')}`,
  // "the level ... is maintained"
  `${conceptPrefix('security.level-noun')}${wordsOfRun(SAFEGUARD_WORDS)}${conceptPrefix('security.maintained')}`,
  // the controller's approval or say
  `${conceptPrefix('security.approval')}\\p{L}*|${conceptPrefix('security.controller-say')}`,
  // changes "only to improve the level of security", "kun for å styrke sikkerheten"
  `${concept('restrict.only')} (?:\\p{L}+ ){0,2}${concept('security.improve')}`,
].join('|');

/** "materially", "vesentlig": a promise not to weaken security only materially still lets it weaken. */
const MATERIAL_SOURCE = concept('security.material');
/** The words after a safeguard that may say "materially": "not reduce the protection materially". */
const MATERIAL_WORDS = 4;

/** Approval words that a "without" before them empties ("uden den dataansvarliges godkendelse"). */
const APPROVAL_WORD_SOURCE = `^${conceptPrefix('security.approval')}`;
const WITHOUT_SOURCE = `${concept('security.without')}${wordsOfRun(SAFEGUARD_WORDS)}$`;

/** Safeguards that give the controller a say (not only a level to keep): agreement, consultation. */
const CONTROLLER_SAY_SOURCE = `^${conceptPrefix('security.controller-say')}`;

/** The processor's (or no named party's) judgement: "considers", "anser", "bedömer" (lexicon: security.deems). */
const DEEMS_SOURCE = concept('security.deems');
/** How many words before a kept level the judgement that decides it may stand: "which the Contractor considers to offer an equivalent level". */
const JUDGED_WORDS = 5;

/**
 * Whether a kept level is only the processor's view: "an alternative measure which the Contractor considers to offer an
 * equivalent level of protection", "tiltak som Leverandøren anser gir tilsvarende beskyttelse". The controller's
 * judgement ("which the Customer considers equivalent") is a say of its own.
 */
function judgedByProcessor(m: string, at: number): boolean {
  const { from, text } = wordsBefore(m, at, JUDGED_WORDS);
  const deems = findFirst(pattern(DEEMS_SOURCE), text);
  return deems !== undefined && !findFirst(pattern(CONTROLLER_SOURCE), wordsBefore(m, from + deems.start, 3).text);
}

/** Whether a sentence keeps security or the controller's say over changes (not "without approval"). */
export function hasSafeguard(m: string, levelAgreed: boolean): boolean {
  for (const guard of findAll(pattern(SAFEGUARD_SOURCE), m)) {
    const approval = findFirst(pattern(APPROVAL_WORD_SOURCE), guard.text) !== undefined;
    const without = approval ? findFirst(pattern(WITHOUT_SOURCE), m.slice(0, guard.start)) : undefined;
    // "without approval" empties it, "may not be made without approval" is the approval needed
    if (without && !findFirst(pattern(DENIAL_SOURCE), wordsBefore(m, without.start, 3).text)) continue;
    if (!approval && judgedByProcessor(m, guard.start)) continue;
    // "will not materially diminish", "ikke reduseres vesentlig": the processor judges what is material
    if (!approval && findFirst(pattern(MATERIAL_SOURCE), `${guard.text} ${phraseAfter(wordsAfter(m, guard.end, MATERIAL_WORDS))}`)) continue;
    // "no weakening of the level of security" measures against an agreed minimum; with none agreed it promises nothing
    if (!approval && !levelAgreed && !findFirst(pattern(CONTROLLER_SAY_SOURCE), guard.text)) continue;
    return true;
  }
  return false;
}

/** Whether the nearest heading above a clause is about the security of processing. */
function underSecurityHeading(headings: readonly string[], cache: Map<string, boolean>): boolean {
  const heading = headings[headings.length - 1];
  if (heading === undefined) return false;
  let known = cache.get(heading);
  if (known === undefined) {
    const m = matchText(heading);
    known = findFirst(pattern(SECURITY_HEADING_SOURCE), m) !== undefined && !findFirst(pattern(BREACH_SOURCE), m);
    cache.set(heading, known);
  }
  return known;
}

/** The headings above a clause as one lower-cased text. */
function matchHeadings(headings: readonly string[]): string {
  return matchText(headings.join('\n'));
}

/** Named controls; a document that names fewer kinds than CONCRETE_MINIMUM agrees no concrete minimum. */
const CONTROL_CONCEPTS = conceptIds().filter((id) => id.startsWith('security.control.'));
const CONCRETE_MINIMUM = 3;

/**
 * Whether a document names concrete security controls (encryption, backups, access control, MFA, logging, ...)
 * of at least CONCRETE_MINIMUM kinds, in its body or an annex. Fewer means the measures are only "appropriate".
 * @example namesConcreteMeasures(matchText('Kryptering, tofaktor-innlogging og daglig sikkerhetskopi.')) // true
 */
function namesConcreteMeasures(match: string): boolean {
  let kinds = 0;
  for (const id of CONTROL_CONCEPTS) if (hasConcept(id, match) && ++kinds >= CONCRETE_MINIMUM) return true;
  return false;
}

/**
 * The cell of a table row under a column that names the measures ("Control area | Measure | May Vendor modify?" over
 * "Encryption | AES-256 at rest | Yes, at Vendor's discretion"), as a match in the sentence; undefined when the
 * sentence is no such row. The row then speaks of that measure as a sentence would.
 */
function measureCell(context: RuleContext, sentence: SentenceView): Match | undefined {
  const clause = sentence.clause;
  if (clause.kind !== 'table-row') return undefined;
  const column = headerCells(context, clause, clause).findIndex((header) => findFirst(pattern(MEASURE_HEADER_SOURCE), header) !== undefined);
  const cell = column < 0 ? undefined : cellsOf(context.match.slice(clause.start, clause.end))[column];
  if (!cell) return undefined;
  const start = clause.start + cell.start - sentence.start;
  const end = clause.start + cell.end - sentence.start;
  if (start < 0 || end > sentence.match.length) return undefined;
  return { start, end, text: sentence.match.slice(start, end), groups: [] };
}

/** A sentence that names security measures, the measures' places in it, and the next sentence of its section. */
export interface MeasureSentence {
  sentence: SentenceView;
  measures: Match[];
  next: SentenceView | undefined;
}

/**
 * The sentences that name security measures, in order: a security term, or plain "measures" or "routines"
 * right after a sentence that names security measures (same clause or section), under a heading about
 * security, in a sentence about security itself ("ivaretar informasjonssikkerheten i samsvar med egne
 * rutiner") or one that implements them ("shall implement the measures in Annex 2"), not in a breach sentence. Words broken across a line ("ru- tiner") are read whole. One scan
 * of the document first; most documents name them in a few places.
 */
export function sentencesOnMeasures(context: RuleContext): MeasureSentence[] {
  const hits = findAll(pattern(SECURITY_SOURCE), context.match);
  const measureHits = findAll(pattern(MEASURE_SOURCE), context.match);
  if (!hits.length && !measureHits.length) return [];
  const holds = (list: Match[], start: number, end: number) => list.some((h) => h.start >= start && h.start < end);
  const headingCache = new Map<string, boolean>();
  const sentences = context.sentences();
  const found: MeasureSentence[] = [];
  let previous: SentenceView | undefined;
  for (const [index, sentence] of sentences.entries()) {
    let measures = holds(hits, sentence.start, sentence.end) ? findAll(pattern(SECURITY_SOURCE), sentence.match) : [];
    if (holds(measureHits, sentence.start, sentence.end) && !findFirst(pattern(BREACH_SOURCE), sentence.match)) {
      const afterSecurity = previous !== undefined && sameSection(previous.clause, sentence.clause) && holds(hits, previous.start, previous.end);
      const onSecurity = findFirst(pattern(SECURITY_HEADING_SOURCE), sentence.match) !== undefined || findFirst(pattern(IMPLEMENTED_MEASURES_SOURCE), sentence.match) !== undefined;
      // (or in a list that opens on security: "Security checklist (Yes/No)" above "☒ Yes – Vendor may revise measures …")
      const opening = listOpening(context.clauses, sentence.clause);
      const listOnSecurity = opening !== undefined && findFirst(pattern(SECURITY_HEADING_SOURCE), context.match.slice(opening.start, opening.end)) !== undefined;
      if (afterSecurity || onSecurity || listOnSecurity || underSecurityHeading(sentence.clause.headings, headingCache)) {
        const plain = findAll(pattern(MEASURE_SOURCE), sentence.match).filter((p) => !measures.some((s) => p.start < s.end && s.start < p.end));
        measures = [...measures, ...plain].sort((a, b) => a.start - b.start);
      }
    }
    const cell = measures.length ? undefined : measureCell(context, sentence);
    if (cell) measures = [cell];
    if (/\p{L}{2}/u.test(sentence.text)) previous = sentence; // not a bare number ("1.") between two sentences
    if (!measures.length) continue;
    const following = sentences[index + 1];
    found.push({ sentence, measures, next: following !== undefined && sameSection(following.clause, sentence.clause) ? following : undefined });
  }
  return found;
}

/**
 * Whether a whole document names concrete controls (see namesConcreteMeasures) where it speaks of security:
 * a security section or annex, or a clause on the measures; not a sub-processor's "backups" or a URL.
 */
export function documentNamesConcreteMeasures(context: RuleContext): boolean {
  const headingCache = new Map<string, boolean>();
  const securityText = context.clauses
    .filter((clause) => {
      const own = context.match.slice(clause.start, clause.end);
      return underSecurityHeading(clause.headings, headingCache) || findFirst(pattern(SECURITY_HEADING_SOURCE), matchHeadings(clause.headings)) !== undefined || findFirst(pattern(SECURITY_SOURCE), own) !== undefined;
    })
    .map((clause) => context.match.slice(clause.start, clause.end))
    .join('\n');
  return namesConcreteMeasures(securityText);
}
