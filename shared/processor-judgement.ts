// Where a sentence leaves a thing to the processor's own judgement or hand: the processor decides which
// ones apply (active, object first, passive), they are as it deems appropriate or at its discretion, it may
// change them, or they stand "as updated by the processor from time to time". A rule names the things it
// cares about (the security measures, an audit's scope) as `targets`, matches in the sentence's matchText,
// and asks who decides them; offsets are relative to the sentence.

import { deniesAt, negates, type SentenceFrame } from './frame';
import { concept, conceptAlternatives, conceptPrefix } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import { processorActsAt, type Parties } from './parties';
import type { SentenceView } from './rule';
import { samePart, wordsAfter, wordsBefore, wordsBetween } from './sentence-parts';

/** Changing: "endre", "update", "modify", "ändra". */
export const CHANGE_SOURCE = concept('security.change');
/** Deciding: "fatte vedtak om", "bestemme", "decide", "determine", "choose". */
const DECIDE_SOURCE = concept('security.decide');
/** "which" / "what" / "the level of": the object of the decision. */
const WHICH_SOURCE = concept('security.which');
/** "as the processor deems appropriate", "at its discretion". */
const DISCRETION_SOURCE = `(?:${conceptPrefix('security.deems')} (?:\\p{L}+ ){0,3}${conceptPrefix('security.fit')}|${conceptPrefix('security.discretion')})`;
/** "as it determines appropriate", "based on its own risk assessment", "utifrån sin egen riskbedömning". */
const OWN_JUDGEMENT_SOURCE = concept('security.own-judgement');
/** "may", "is entitled to", "reserves the right". */
const MAY_SOURCE = concept('permission.may');
/** "Sikkerhetstiltakene fastsettes av Leverandøren", "measures are determined by the Processor". */
const PASSIVE_BY_SOURCE = `^\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}${concept('agent.passive-by')}\\s+(?:${concept('article.definite')} |\\p{L}+s )?`;
/** The controller has a say: "i samråd", "in consultation", "with the approval". */
const CONSULTED_SOURCE = concept('security.consulted');
/** "as updated from time to time", "slik de til enhver tid er oppdatert": the things carry a change right. */
const AS_UPDATED_SOURCE = concept('security.as-updated');
/** The document "as it stands from time to time". */
const CURRENT_SOURCE = concept('document.as-current');
/** Both parties together: "partene", "the parties". */
const PARTIES_SOURCE = concept('party.both');
const ONGOING_END = new RegExp(`(?:${conceptAlternatives('time.ongoing')})$`, 'u');
const PASSIVE_BEFORE = new RegExp(`\\b(?:${conceptAlternatives('passive.become')})\\s+(?:\\p{L}+\\s+)?$`, 'u');
// English verbs whose "-es" is the third person ("changes"), not a Scandinavian s-passive
const ACTIVE_ES = new RegExp(`(?:${conceptAlternatives('security.change-es')})es$`, 'u');

/** How many words after a verb of deciding the things it decides may stand ("decide, taking the risks into account, which ... measures"). */
const DECIDED_WORDS = 12;
/** How many words before the verb the things may stand when they come first ("Vilka säkerhetsåtgärder som används bestämmer"). */
const OBJECT_FIRST_WORDS = 6;
/** How many words from a judgement (discretion) or a change the things it speaks of may stand. */
const NEAR_WORDS = 10;

/** A phrase that leaves targets to the processor, and the target it speaks of (relative offsets). */
export interface Judged {
  phrase: Match;
  target: Match;
}

/** The target a phrase speaks of: the first named within NEAR_WORDS words of it, before or after, in its clause part. */
function nearTarget(m: string, targets: readonly Match[], x: Match): Match | undefined {
  return targets.find((s) => wordsBetween(m, x, s) <= NEAR_WORDS && samePart(m, Math.min(x.end, s.end), Math.max(x.start, s.start)));
}

// a pronoun right after a verb: "may modify them", "kan endre dem"
const PRONOUN_AFTER_SOURCE = `^ ${concept('pronoun.object')}(?![\\p{L}'])`;

/**
 * The target a pronoun right after the phrase stands for: the last one named before it in the sentence ("the measures
 * described in the Security Overview, as Vendor may modify them"), however far back.
 */
function pronounTarget(m: string, targets: readonly Match[], x: Match): Match | undefined {
  if (!findFirst(pattern(PRONOUN_AFTER_SOURCE), m.slice(x.end))) return undefined;
  return targets.filter((target) => target.end <= x.start).pop();
}

/**
 * Whether a change verb is passive: "may be updated", "kan bli endret", or an s-passive "endres", "ändras", "ændres".
 * @example isPassiveChange(m, may.end, change) // true for "measures may be updated"
 */
export function isPassiveChange(m: string, from: number, change: Match): boolean {
  if (PASSIVE_BEFORE.test(m.slice(from, change.start))) return true;
  return /(?:es|as)$/u.test(change.text) && !ACTIVE_ES.test(change.text);
}

/**
 * The processor deciding which targets apply, alone: "the processor decides which security measures apply",
 * object first ("Vilka säkerhetsåtgärder som används bestämmer Leverantören själv"), or passive ("the security
 * measures are determined by the processor"). Not when the controller is consulted or the parties decide jointly.
 * @example processorDecides(parties, sentence, frame, measures)?.phrase.text // 'decides' for "The Processor decides which measures apply"
 */
export function processorDecides(parties: Parties, sentence: SentenceView, frame: SentenceFrame, targets: readonly Match[]): Judged | undefined {
  const m = sentence.match;
  const decisions = findAll(pattern(DECIDE_SOURCE), m).filter((decide) => !negates(frame, sentence.start + decide.start));
  for (const decide of decisions) {
    const target = targets.find((s) => s.start > decide.end && wordsBetween(m, decide, s) <= DECIDED_WORDS);
    if (!target) continue;
    // "decide which (technical) measures", or the measures right after the verb, one word between ("determine the measures")
    if (!findFirst(pattern(WHICH_SOURCE), m.slice(decide.end, target.start + 1)) && wordsBetween(m, decide, target) > 1) continue;
    if (!processorActsAt(parties, m, decide.start) || findFirst(pattern(CONSULTED_SOURCE), m)) continue;
    return { phrase: decide, target };
  }
  // inverted word order: the object first, then the verb and the processor as its subject ("Hvilke tiltak som brukes, bestemmer vi")
  for (const decide of decisions) {
    const target = targets.find((s) => s.end <= decide.start && wordsBetween(m, s, decide) <= OBJECT_FIRST_WORDS);
    if (!target || !findFirst(pattern(WHICH_SOURCE), wordsBefore(m, target.start, 4).text)) continue;
    if (!findFirst(pattern(`^[\\s,]*(?:${parties.processor})`), m.slice(decide.end)) || findFirst(pattern(CONSULTED_SOURCE), m)) continue;
    return { phrase: decide, target };
  }
  // passive: "the security measures are determined by the processor (alone)"
  for (const decide of decisions) {
    const target = targets.find((s) => s.end <= decide.start && wordsBetween(m, s, decide) <= OBJECT_FIRST_WORDS);
    const by = findFirst(pattern(PASSIVE_BY_SOURCE), m.slice(decide.start));
    if (!target || !by) continue;
    const agent = wordsAfter(m, decide.start + by.end, 6);
    if (!findFirst(pattern(`^(?:${parties.processor})`), agent) || findFirst(pattern(concept('security.jointly')), agent)) continue;
    return { phrase: decide, target };
  }
  return undefined;
}

/**
 * Targets left to the processor's discretion: "such measures as the processor deems appropriate", "at its discretion",
 * "as it determines appropriate based on its own risk assessment", with the processor (or "it") named in the clause
 * part up to the discretion (a list of verbs between is no new part: "Medikor kan justere, erstatte eller avvikle ...
 * etter egen vurdering"). The first such phrase.
 * @example processorDiscretion(parties, sentence, frame, measures)?.phrase.text // 'deems appropriate'
 */
export function processorDiscretion(parties: Parties, sentence: SentenceView, frame: SentenceFrame, targets: readonly Match[]): Judged | undefined {
  const m = sentence.match;
  for (const discretion of findAll(pattern(`(?:${DISCRETION_SOURCE}|${OWN_JUDGEMENT_SOURCE})`), m)) {
    const target = nearTarget(m, targets, discretion);
    // "ut fra Kundens egen risikovurdering": the controller's own judgement
    if (!target || negates(frame, sentence.start + discretion.start) || findFirst(pattern(parties.controller), discretion.text)) continue;
    const upTo = discretion.end + wordsAfter(m, discretion.end, 1).length;
    const who = findAll(pattern(`(?:${parties.processor}|${concept('party.it')})`), m.slice(0, upTo)).find((w) => samePart(m, w.start, discretion.start));
    if (!who || !processorActsAt(parties, m, discretion.start + 5)) continue;
    return { phrase: discretion, target };
  }
  return undefined;
}

/**
 * The processor named as the one who judges the targets: "at Vendor's discretion", "etter Leverandørens skjønn",
 * "enligt leverantörens bedömning". Every such phrase that is not denied, in text order.
 * @example namedDiscretions(parties, sentence, frame, measures)[0]?.phrase.text // "at vendor's sole discretion"
 */
export function namedDiscretions(parties: Parties, sentence: SentenceView, frame: SentenceFrame, targets: readonly Match[]): Judged[] {
  const source = `${concept('security.discretion-prep')} (?:${concept('article.definite')} )?(?:${parties.processor})(?:'s|s|')? (?:\\p{L}+ ){0,2}?${concept('security.discretion-noun')}`;
  return findAll(pattern(source), sentence.match).flatMap((judged) => {
    const target = nearTarget(sentence.match, targets, judged);
    return target && !deniesAt(frame, sentence.start + judged.start) ? [{ phrase: judged, target }] : [];
  });
}

/**
 * The processor's right to change targets: "the processor may change/update the security measures", or a change with
 * no one named ("the security measures may be updated from time to time", "tiltakene kan endres"), which is the
 * processor's, who runs them. The first such change.
 * @example processorMayChange(parties, sentence, frame, measures)?.phrase.text // 'update' for "Acme may update the measures"
 */
export function processorMayChange(parties: Parties, sentence: SentenceView, frame: SentenceFrame, targets: readonly Match[]): Judged | undefined {
  const m = sentence.match;
  for (const change of findAll(pattern(CHANGE_SOURCE), m)) {
    const target = nearTarget(m, targets, change) ?? pronounTarget(m, targets, change);
    if (!target) continue;
    const lead = wordsBefore(m, change.start, 8);
    const may = findFirst(pattern(MAY_SOURCE), lead.text);
    if (!may || deniesAt(frame, sentence.start + change.start)) continue;
    const agentless = !findFirst(pattern(`${parties.processor}|${parties.controller}|${PARTIES_SOURCE}`), m) && isPassiveChange(m, lead.from + may.end, change);
    if (!agentless && !processorActsAt(parties, m, change.start)) continue;
    return { phrase: change, target };
  }
  return undefined;
}

/**
 * Targets that carry the processor's change right in a definition or duty: "the Security Measures, as updated by
 * Vendor from time to time", "tiltakene slik de til enhver tid er oppdatert av Leverandøren"; not the controller's
 * own document ("the Customer's security policy as updated from time to time"). The first such phrase.
 * @example updatedByProcessor(parties, sentence, frame, measures)?.phrase.text // 'as updated by vendor from time to time'
 */
export function updatedByProcessor(parties: Parties, sentence: SentenceView, frame: SentenceFrame, targets: readonly Match[]): Judged | undefined {
  const m = sentence.match;
  for (const updated of findAll(pattern(AS_UPDATED_SOURCE), m)) {
    const target = nearTarget(m, targets, updated);
    if (!target || negates(frame, sentence.start + updated.start)) continue;
    const agent = findFirst(pattern(`${parties.processor}|${parties.controller}|${PARTIES_SOURCE}`), updated.text);
    const byProcessor = agent !== undefined && findFirst(pattern(parties.processor), agent.text) !== undefined;
    const fromTimeToTime = findFirst(pattern(CURRENT_SOURCE), updated.text + wordsAfter(m, updated.end, 5)) !== undefined || ONGOING_END.test(updated.text);
    if (agent ? !byProcessor : !fromTimeToTime) continue;
    const owner = findAll(pattern(`${parties.processor}|${parties.controller}`), wordsBefore(m, updated.start, 12).text).pop();
    if (!agent && owner && !findFirst(pattern(parties.processor), owner.text)) continue;
    return { phrase: updated, target };
  }
  return undefined;
}
