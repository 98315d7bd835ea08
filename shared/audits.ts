// The audit terms of a DPA (GDPR art. 28(3)(h)) as a reader finds them: whether a sentence is about an audit
// of the processor, whether it gives the controller an audit or inspection right, and, where a DPA gives
// none, the information duty it offers instead. The words are lexicon concepts audit.* (clauses/lexicon/*.json).

import { negatesMainClause, type SentenceFrame } from './frame';
import { concept, conceptAnywhere, findConcept, hasConcept } from './lexicon';
import { findAll, findFirst, pattern, patternOf } from './match';
import type { SentenceView } from './rule';
import { operativeFirst } from './sections';
import { wordsAfter } from './sentence-parts';

/**
 * Words for an audit or inspection of the processor (not the supervisory authority's "tilsynsmyndighet"), also said
 * plainly as checking the processor ("kan komme og kontrollere oss"; lexicon audit.check-processor).
 */
export const AUDIT_SOURCE = conceptAnywhere('audit.word', 'audit.check-processor');

/**
 * Whether a sentence is about an audit: an audit word, the article that gives the right ("artikkel 28
 * nr. 3 bokstav h", "Art. 28(3)(h)"), or a translated "controls at the Processor" (lexicon:
 * audit.article-h, audit.control-word).
 */
export function isAuditSentence(sentence: SentenceView, processorSource: string): boolean {
  if (findFirst(pattern(AUDIT_SOURCE), sentence.match) !== undefined) return true;
  if (hasConcept('audit.article-h', sentence.match)) return true;
  return findFirst(controlsAtProcessor(processorSource), sentence.match) !== undefined;
}

const controlsAtProcessor = patternOf((processorSource) => `${concept('audit.control-word')} ${concept('audit.control-at')} (?:${concept('determiner.the')} )?${processorSource}`);

/** Audit words that name a log, not an audit of the processor ("audit trail", "revisjonslogg"). */
const AUDIT_LOG_SOURCE = `^\\p{L}*${conceptAnywhere('audit.log-word')}`;

/**
 * Whether a sentence gives the controller an audit or inspection right: an audit word (not a title, not an
 * audit log) with a word that grants or conducts it ("may audit", "allow for and contribute to audits",
 * "har rett til å gjennomføre revisjon", "giver mulighed for og bidrager til revisioner"). Information made
 * available "for compliance checks and audits" grants no audit.
 */
export function grantsAudit(sentence: SentenceView, frame: SentenceFrame): boolean {
  if (sentence.clause.kind === 'heading') return false;
  const audits = findAll(pattern(AUDIT_SOURCE), sentence.match).filter((a) => !findFirst(pattern(AUDIT_LOG_SOURCE), wordsAfter(sentence.match, a.end, 2)));
  // a grant the sentence negates ("does not allow audits") grants nothing
  // checking the processor is itself the act the right is to ("Kunden kan kontrollere oss"), as "may audit" is
  const grants = [...findConcept('audit.grant', sentence.match, sentence.start), ...findConcept('audit.check-processor', sentence.match, sentence.start)];
  return audits.length > 0 && grants.some((grant) => !negatesMainClause(frame, sentence, grant.start));
}

/**
 * Where a DPA with no audit right says what it offers instead: the art. 28(3)(h) information duty
 * ("make available ... information necessary to demonstrate compliance"), in an operative clause when one
 * says it (not the SCC annex's or a definitions line's copy), else undefined.
 */
export function informationDuty(sentences: readonly SentenceView[]): SentenceView | undefined {
  return operativeFirst(
    sentences.filter(
      (s) =>
        s.clause.kind !== 'heading' &&
        hasConcept('audit.information-duty', s.match) &&
        hasConcept('audit.information', s.match) &&
        (hasConcept('audit.compliance', s.match) || findFirst(pattern(AUDIT_SOURCE), s.match) !== undefined),
    ),
  );
}
