// security-unilateral: who decides, and who may change, the security measures (GDPR art. 32, art. 28(3)(c)).
// How it reads a clause, and why: docs/rules/reading/security-unilateral.md.

import { leftToOtherAgreement, leftToOwnDocument } from '../document-reference';
import { deniesAt, negates, type SentenceFrame } from '../frame';
import { concept, conceptAlternatives, conceptPrefix } from '../lexicon';
import { findAll, findFirst, pattern, type Match } from '../match';
import { ruleMessages } from '../messages';
import { documentParties, processorActsAt, sentenceParties, type Parties } from '../parties';
import { actingParty } from '../acting-party';
import { defineRule, type SentenceView } from '../rule';
import { BREACH_SOURCE, documentNamesConcreteMeasures, hasSafeguard, sentencesOnMeasures } from '../security-measures';
import { samePart, wordsAfter, wordsBefore, wordsBetween } from '../sentence-parts';

/** Both parties together: "partene", "the parties". */
const PARTIES_SOURCE = concept('party.both');
/** The document "as it stands from time to time". */
const CURRENT_SOURCE = concept('document.as-current');

/** Deciding: "fatte vedtak om", "bestemme", "decide", "determine", "choose". */
const DECIDE_SOURCE = concept('security.decide');

/** "which" / "what" / "the level of": the object of the decision. */
const WHICH_SOURCE = concept('security.which');

/** "as the processor deems appropriate", "at its discretion". */
const DISCRETION_SOURCE = `(?:${conceptPrefix('security.deems')} (?:\\p{L}+ ){0,3}${conceptPrefix('security.fit')}|${conceptPrefix('security.discretion')})`;

/** "as it determines appropriate", "based on its own risk assessment", "utifrån sin egen riskbedömning". */
const OWN_JUDGEMENT_SOURCE = concept('security.own-judgement');

/** Changing the measures. */
const CHANGE_SOURCE = concept('security.change');

/** Words that weaken security: "reduce", "svekke", "försämra". */
const WEAKEN_SOURCE = conceptPrefix('security.weaken');

/** "may", "is entitled to", "reserves the right". */
const MAY_SOURCE = concept('permission.may');

/** "Sikkerhetstiltakene fastsettes av Leverandøren", "measures are determined by the Processor". */
const PASSIVE_BY_SOURCE = `^\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}${concept('agent.passive-by')}\\s+(?:${concept('article.definite')} |\\p{L}+s )?`;

interface Place {
  messageId: string;
  start: number;
  end: number;
  data?: Record<string, string | number | boolean>;
}

function span(sentence: SentenceView, from: Match, to: Match): { start: number; end: number } {
  return { start: sentence.start + Math.min(from.start, to.start), end: sentence.start + Math.max(from.end, to.end) };
}

/** The controller has a say: "i samråd", "in consultation", "with the approval". */
const CONSULTED_SOURCE = concept('security.consulted');

/** "as updated from time to time", "slik de til enhver tid er oppdatert": the measures carry a change right. */
const AS_UPDATED_SOURCE = concept('security.as-updated');

/** The roles of the standard contractual clauses. */
const SCC_ROLE_SOURCE = concept('party.scc-role');
/** A level of security rather than measures. */
const LEVEL_SOURCE = concept('security.level');

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

const PASSIVE_BEFORE = new RegExp(`\\b(?:${conceptAlternatives('passive.become')})\\s+(?:\\p{L}+\\s+)?$`, 'u');
// English verbs whose "-es" is the third person ("changes"), not a Scandinavian s-passive
const ACTIVE_ES = new RegExp(`(?:${conceptAlternatives('security.change-es')})es$`, 'u');

/** Whether a change verb is passive: "may be updated", "kan bli endret", or an s-passive "endres", "ändras", "ændres". */
function isPassiveChange(m: string, from: number, change: Match): boolean {
  if (PASSIVE_BEFORE.test(m.slice(from, change.start))) return true;
  return /(?:es|as)$/u.test(change.text) && !ACTIVE_ES.test(change.text);
}

/** The deviation a sentence about security measures holds, if any. */
function judgeSentence(
  parties: Parties,
  sentence: SentenceView,
  frame: SentenceFrame,
  security: Match[],
  levelAgreed: boolean,
  next?: SentenceView,
  documentNamesMeasures = false,
): Place | undefined {
  const m = sentence.match;
  // the safeguard often follows in the next sentence: "Any change that would reduce the level of
  // protection requires the Customer's approval."
  // ("Brightline will not decrease the overall security": a weakening word speaks of the change too)
  const aboutChange = (match: string) => findFirst(pattern(CHANGE_SOURCE), match) !== undefined || findFirst(pattern(WEAKEN_SOURCE), match) !== undefined;
  const guarded = () => hasSafeguard(m, levelAgreed) || (next !== undefined && aboutChange(next.match) && hasSafeguard(next.match, levelAgreed));
  // the measures a phrase speaks of: the first named within NEAR_WORDS words of it, before or after, in its clause part
  const near = (x: Match) => security.find((s) => wordsBetween(m, x, s) <= NEAR_WORDS && samePart(m, Math.min(x.end, s.end), Math.max(x.start, s.start)));

  // "the processor decides which security measures apply"
  for (const decide of findAll(pattern(DECIDE_SOURCE), m)) {
    const target = security.find((s) => s.start > decide.end && wordsBetween(m, decide, s) <= DECIDED_WORDS);
    if (!target) continue;
    // "decide which (technical) measures", or the measures right after the verb, one word between ("determine the measures")
    if (!findFirst(pattern(WHICH_SOURCE), m.slice(decide.end, target.start + 1)) && wordsBetween(m, decide, target) > 1) continue;
    if (negates(frame, sentence.start + decide.start) || !processorActsAt(parties, m, decide.start)) continue;
    if (findFirst(pattern(CONSULTED_SOURCE), m)) continue;
    return { messageId: 'processor-decides', ...span(sentence, decide, target) };
  }

  // inverted word order: "Vilka säkerhetsåtgärder som används bestämmer Leverantören själv", "Hvilke tiltak
  // som brukes, bestemmer vi": the object first, then the verb and the processor as its subject
  for (const decide of findAll(pattern(DECIDE_SOURCE), m)) {
    const target = security.find((s) => s.end <= decide.start && wordsBetween(m, s, decide) <= OBJECT_FIRST_WORDS);
    if (!target || !findFirst(pattern(WHICH_SOURCE), wordsBefore(m, target.start, 4).text)) continue;
    if (!findFirst(pattern(`^[\\s,]*(?:${parties.processor})`), m.slice(decide.end))) continue;
    if (negates(frame, sentence.start + decide.start) || findFirst(pattern(CONSULTED_SOURCE), m)) continue;
    return { messageId: 'processor-decides', ...span(sentence, target, decide) };
  }

  // passive: "the security measures are determined by the processor (alone)"
  for (const decide of findAll(pattern(DECIDE_SOURCE), m)) {
    const target = security.find((s) => s.end <= decide.start && wordsBetween(m, s, decide) <= OBJECT_FIRST_WORDS);
    if (!target || negates(frame, sentence.start + decide.start)) continue;
    const by = findFirst(pattern(PASSIVE_BY_SOURCE), m.slice(decide.start));
    if (!by) continue;
    const agent = wordsAfter(m, decide.start + by.end, 6);
    if (!findFirst(pattern(`^(?:${parties.processor})`), agent) || findFirst(pattern(concept('security.jointly')), agent)) continue;
    return { messageId: 'processor-decides', ...span(sentence, target, decide) };
  }

  // "such measures as the processor deems appropriate", "at its discretion", "as it determines appropriate based on
  // its own risk assessment"
  for (const discretion of findAll(pattern(`(?:${DISCRETION_SOURCE}|${OWN_JUDGEMENT_SOURCE})`), m)) {
    const target = near(discretion);
    // "ut fra Kundens egen risikovurdering": the controller's own judgement
    if (!target || negates(frame, sentence.start + discretion.start) || findFirst(pattern(parties.controller), discretion.text)) continue;
    // the processor, or "it", named in the clause part up to the discretion ("as it deems fit", "at its discretion";
    // a list of verbs between is no new part: "Medikor kan justere, erstatte eller avvikle ... etter egen vurdering")
    const upTo = discretion.end + wordsAfter(m, discretion.end, 1).length;
    const who = findAll(pattern(`(?:${parties.processor}|${concept('party.it')})`), m.slice(0, upTo)).find((w) => samePart(m, w.start, discretion.start));
    if (!who || !processorActsAt(parties, m, discretion.start + 5)) continue;
    if (guarded()) continue;
    return { messageId: 'processor-discretion', ...span(sentence, discretion, target) };
  }

  // "at Vendor's discretion", "efter databehandlerens vurdering": the processor named as the one who judges; a promise
  // in the words right after it is what it judges ("efter databehandlerens vurdering ikke forringer
  // beskyttelsesniveauet"), its own judgement and no safeguard
  for (const judged of findAll(pattern(namedDiscretionSource(parties)), m)) {
    const target = near(judged);
    if (!target || deniesAt(frame, sentence.start + judged.start)) continue;
    const judgedEnd = judged.end + wordsAfter(m, judged.end, JUDGED_WORDS).length;
    const outside = m.slice(0, judged.start) + ' '.repeat(judgedEnd - judged.start) + m.slice(judgedEnd);
    if (hasSafeguard(outside, levelAgreed) || (next !== undefined && aboutChange(next.match) && hasSafeguard(next.match, levelAgreed))) continue;
    return { messageId: 'processor-discretion', ...span(sentence, judged, target) };
  }

  // "the measures are described in the processor's security policy, as updated from time to time"
  if (leftToOwnDocument(parties, m, next?.match) && !guarded()) {
    return { messageId: 'measures-elsewhere', start: sentence.start, end: sentence.end };
  }

  // "the security measures are set out in the Master Services Agreement": left to another agreement, whose
  // measures this document does not state
  const other = !documentNamesMeasures ? leftToOtherAgreement(m, security) : undefined;
  if (other && !guarded()) return { messageId: 'measures-other-agreement', ...span(sentence, other.target, other.agreement) };

  // "the processor may change/update the security measures"
  for (const change of findAll(pattern(CHANGE_SOURCE), m)) {
    const target = near(change);
    if (!target) continue;
    const lead = wordsBefore(m, change.start, 8);
    const may = findFirst(pattern(MAY_SOURCE), lead.text);
    if (!may || deniesAt(frame, sentence.start + change.start)) continue;
    // "the security measures may be updated from time to time", "tiltakene kan endres": a change with no one named
    // is the processor's, who runs the measures
    const agentless = !findFirst(pattern(`${parties.processor}|${parties.controller}|${PARTIES_SOURCE}`), m) && isPassiveChange(m, lead.from + may.end, change);
    if (!agentless && !processorActsAt(parties, m, change.start)) continue;
    if (guarded()) continue;
    return { messageId: 'processor-may-change', ...span(sentence, change, target) };
  }

  // "the Security Measures, as updated by Vendor from time to time", "tiltakene slik de til enhver tid er oppdatert
  // av Leverandøren": a definition or duty that carries a change right
  for (const updated of findAll(pattern(AS_UPDATED_SOURCE), m)) {
    const target = near(updated);
    if (!target || negates(frame, sentence.start + updated.start)) continue;
    const agent = findFirst(pattern(`${parties.processor}|${parties.controller}|${PARTIES_SOURCE}`), updated.text);
    const byProcessor = agent !== undefined && findFirst(pattern(parties.processor), agent.text) !== undefined;
    const fromTimeToTime = findFirst(pattern(CURRENT_SOURCE), updated.text + wordsAfter(m, updated.end, 5)) !== undefined || ONGOING_END.test(updated.text);
    if (agent ? !byProcessor : !fromTimeToTime) continue;
    // "the Customer's security policy as updated from time to time" is the controller's document
    const owner = findAll(pattern(`${parties.processor}|${parties.controller}`), wordsBefore(m, updated.start, 12).text).pop();
    if (!agent && owner && !findFirst(pattern(parties.processor), owner.text)) continue;
    if (guarded()) continue;
    return { messageId: 'processor-may-change', ...span(sentence, updated, target) };
  }

  return undefined;
}

/** Nouns that open a sentence on the measures and are no party: "Measures may ...", "Endringer skal ...", "Security will ...". */
const OPENING_OBJECT_SOURCE = `^(?:${concept('security.measures', 'security.measure-word', 'security.heading')}|${conceptPrefix('security.change')})`;

/** How many words after a verb of deciding the measures it decides may stand ("decide, taking the risks into account, which ... measures"). */
const DECIDED_WORDS = 12;
/** How many words before the verb the measures may stand when they come first ("Vilka säkerhetsåtgärder som används bestämmer"). */
const OBJECT_FIRST_WORDS = 6;
/** How many words from a judgement (discretion) or a change the measures it speaks of may stand. */
const NEAR_WORDS = 10;

/** The words after a named judgement that it qualifies: "ikke forringer beskyttelsesniveauet". */
const JUDGED_WORDS = 3;

/** The processor named as the one who judges: "at Vendor's sole discretion", "etter Leverandørens skjønn", "enligt leverantörens bedömning". */
function namedDiscretionSource(parties: Parties): string {
  return `${concept('security.discretion-prep')} (?:${concept('article.definite')} )?(?:${parties.processor})(?:'s|s|')? (?:\\p{L}+ ){0,2}?${concept('security.discretion-noun')}`;
}

const ONGOING_END = new RegExp(`(?:${conceptAlternatives('time.ongoing')})$`, 'u');

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
    const parties = documentParties(context.text, context.processorSource);
    // a pasted clause is judged alone: whether the rest of the agreement names concrete measures is unknown
    const documentNamesMeasures = context.scope === 'document' && documentNamesConcreteMeasures(context);
    const concreteMinimum = context.scope !== 'document' || documentNamesMeasures;
    const genericSections = new Set<string>();
    for (const { sentence, measures, next } of onMeasures) {
      // "Fieldwise may modify its security program ...": a name the document gave no role acts for the vendor
      const acting = sentenceParties(parties, sentence.text, OPENING_OBJECT_SOURCE);
      let place = judgeSentence(acting, sentence, context.frame(sentence), measures, concreteMinimum, next, documentNamesMeasures);
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
