// security-unilateral: who decides, and who may change, the security measures (GDPR art. 32, art. 28(3)(c)).
// How it reads a clause, and why: docs/rules/reading/security-unilateral.md.

import { leftToOtherAgreement, leftToOwnDocument, measuresOfOwnDocument, measuresPerOwnPractice } from '../document-reference';
import { negates, type SentenceFrame } from '../frame';
import { concept, conceptPrefix } from '../lexicon';
import { findAll, findFirst, pattern, type Match } from '../match';
import { ruleMessages } from '../messages';
import { sentenceParties, type Parties } from '../parties';
import { CHANGE_SOURCE, namedDiscretions, processorDecides, processorDiscretion, processorMayChange, updatedByProcessor, type Judged } from '../processor-judgement';
import { actingParty } from '../acting-party';
import { defineRule, type SentenceView } from '../rule';
import { BREACH_SOURCE, documentNamesConcreteMeasures, hasSafeguard, sentencesOnMeasures } from '../security-measures';
import { clausePartStart, wordsAfter, wordsBefore } from '../sentence-parts';

/** Words that weaken security: "reduce", "svekke", "försämra". */
const WEAKEN_SOURCE = conceptPrefix('security.weaken');
/** Deleting and backups: what a practice governs when it is a deletion term ("sikkerhetskopier slettes etter rutinene"). */
const DELETION_SOURCE = concept('deletion.delete', 'deletion.backup');
/** The roles of the standard contractual clauses. */
const SCC_ROLE_SOURCE = concept('party.scc-role');
/** A level of security rather than measures. */
const LEVEL_SOURCE = concept('security.level');
/** The words after a named judgement that it qualifies: "ikke forringer beskyttelsesniveauet". */
const JUDGED_WORDS = 3;
/** Nouns that open a sentence on the measures and are no party: "Measures may ...", "Endringer skal ...", "Security will ...". */
const OPENING_OBJECT_SOURCE = `^(?:${concept('security.measures', 'security.measure-word', 'security.heading')}|${conceptPrefix('security.change')})`;

interface Place {
  messageId: string;
  start: number;
  end: number;
  data?: Record<string, string | number | boolean>;
}

/** A finding's place: the phrase and the measures it speaks of, whichever comes first. */
function placeOf(messageId: string, sentence: SentenceView, { phrase, target }: Judged): Place {
  return { messageId, start: sentence.start + Math.min(phrase.start, target.start), end: sentence.start + Math.max(phrase.end, target.end) };
}

/** "appropriate", "hensiktsmessige", "industry-standard": measures named only by their quality. */
const GENERIC_SOURCE = concept('security.generic');
/** Sentences where generic measures serve something else: assisting the controller, guarantees from sub-processors. */
const OTHER_DUTY_SOURCE = `(?:${concept('assist')}|${concept('subprocessor')}|${concept('security.other-duty')})`;

/**
 * "The processor shall take appropriate technical and organisational measures", "processing shall be secured by
 * reasonable security measures": the only promise is the measures' quality, which the processor judges. A deviation
 * only in a document that names no concrete minimum anywhere (see namesConcreteMeasures).
 */
function genericDuty(parties: Parties, sentence: SentenceView, frame: SentenceFrame, security: Match[]): Place | undefined {
  const m = sentence.match;
  if (findFirst(pattern(BREACH_SOURCE), m) || findFirst(pattern(OTHER_DUTY_SOURCE), m)) return undefined;
  // the standard contractual clauses' own wording ("the data importer shall implement appropriate ...") leaves the
  // measures to their Annex II; it is no term the vendor chose
  if (findFirst(pattern(SCC_ROLE_SOURCE), m)) return undefined;
  for (const target of security) {
    // "the appropriate level of security" restates art. 32; the measures are what must be concrete
    if (findFirst(pattern(LEVEL_SOURCE), target.text)) continue;
    // "appropriate technical and organisational measures": the quality word among the words right before the measures
    const { from, text: lead } = wordsBefore(m, target.start, 5);
    const generic = findAll(pattern(GENERIC_SOURCE), lead).pop();
    if (!generic || negates(frame, sentence.start + target.start)) continue;
    // the controller's own duty ("The Customer shall implement appropriate measures") is not the processor's choice
    const actor = actingParty(sentence, from + generic.start, parties);
    if (actor === 'controller' || actor === 'both') continue;
    return { messageId: 'no-concrete-minimum', start: sentence.start + from + generic.start, end: sentence.start + target.end };
  }
  return undefined;
}

/** The deviation a sentence about security measures holds, if any. */
function judgeSentence(parties: Parties, sentence: SentenceView, frame: SentenceFrame, security: Match[], levelAgreed: boolean, next?: SentenceView, documentNamesMeasures = false): Place | undefined {
  const m = sentence.match;
  // the safeguard often follows in the next sentence: "Any change that would reduce the level of
  // protection requires the Customer's approval."
  // ("Brightline will not decrease the overall security": a weakening word speaks of the change too)
  const aboutChange = (match: string) => findFirst(pattern(CHANGE_SOURCE), match) !== undefined || findFirst(pattern(WEAKEN_SOURCE), match) !== undefined;
  const nextGuards = () => next !== undefined && aboutChange(next.match) && hasSafeguard(next.match, levelAgreed);
  const guarded = () => hasSafeguard(m, levelAgreed) || nextGuards();

  const decided = processorDecides(parties, sentence, frame, security);
  if (decided) return placeOf('processor-decides', sentence, decided);
  const discretion = processorDiscretion(parties, sentence, frame, security);
  if (discretion && !guarded()) return placeOf('processor-discretion', sentence, discretion);
  // "efter databehandlerens vurdering ikke forringer beskyttelsesniveauet": a promise in the words right after a named
  // judgement is what it judges, its own judgement and no safeguard
  const named = namedDiscretions(parties, sentence, frame, security).find(({ phrase }) => {
    const judgedEnd = phrase.end + wordsAfter(m, phrase.end, JUDGED_WORDS).length;
    const outside = m.slice(0, phrase.start) + ' '.repeat(judgedEnd - phrase.start) + m.slice(judgedEnd);
    return !hasSafeguard(outside, levelAgreed) && !nextGuards();
  });
  if (named) return placeOf('processor-discretion', sentence, named);
  // "the measures are described in the processor's security policy, as updated from time to time"
  if (leftToOwnDocument(parties, m, next?.match) && !guarded()) return { messageId: 'measures-elsewhere', start: sentence.start, end: sentence.end };
  // "the security measures are set out in the Master Services Agreement": left to another agreement, whose
  // measures this document does not state
  const other = !documentNamesMeasures ? leftToOtherAgreement(m, security) : undefined;
  if (other && !guarded()) return placeOf('measures-other-agreement', sentence, { phrase: other.agreement, target: other.target });
  const change = processorMayChange(parties, sentence, frame, security) ?? updatedByProcessor(parties, sentence, frame, security);
  if (change && !guarded()) return placeOf('processor-may-change', sentence, change);
  // "Security: per vendor's standard practices", "i samsvar med egne rutiner": what the processor does is no agreed measure
  // (the controller's own routines for its own systems are its business; backups deleted by the processor's routines are a deletion term)
  const practice = measuresPerOwnPractice(parties, m);
  if (!practice || guarded() || findFirst(pattern(DELETION_SOURCE), m.slice(clausePartStart(m, practice.start), practice.start))) return undefined;
  const actor = actingParty(sentence, practice.start, parties);
  if (actor === 'controller' || actor === 'both') return undefined;
  return { messageId: 'measures-own-practice', start: sentence.start + practice.start, end: sentence.start + practice.end };
}

export default defineRule({
  meta: {
    category: 'security-unilateral',
    defaultSeverity: 'medium',
    topic: 'security',
    messages: ruleMessages('security-unilateral'),
    playbookSettings: [],
    reportsAbsence: false,
  },
  check(context) {
    const onMeasures = sentencesOnMeasures(context);
    if (!onMeasures.length) return;
    const { parties } = context;
    // a pasted clause is judged alone: whether the rest of the agreement names concrete measures is unknown
    const documentNamesMeasures = context.scope === 'document' && documentNamesConcreteMeasures(context);
    const concreteMinimum = context.scope !== 'document' || documentNamesMeasures;
    const genericSections = new Set<string>();
    for (const { sentence, measures, next } of onMeasures) {
      // "Fieldwise may modify its security program ...": a name the document gave no role acts for the vendor
      const acting = sentenceParties(parties, sentence.text, OPENING_OBJECT_SOURCE);
      let place = judgeSentence(acting, sentence, context.frame(sentence), measures, concreteMinimum, next, documentNamesMeasures);
      // "the measures that follow from the Vendor's security policy": in a document that names no measure, the vendor's own text decides them
      if (!place && !concreteMinimum && measuresOfOwnDocument(acting, sentence.match)) {
        place = { messageId: 'measures-own-policy', start: sentence.start, end: sentence.end };
      }
      if (!place && !concreteMinimum) {
        // one "only appropriate measures" finding per section is enough
        const section = sentence.clause.headings.join('\n');
        place = genericSections.has(section) ? undefined : genericDuty(parties, sentence, context.frame(sentence), measures);
        if (place) genericSections.add(section);
      }
      if (place) context.report({ ...place, data: { ...place.data, phrase: context.text.slice(place.start, place.end).replace(/\s+/g, ' ') } });
    }
  },
});
