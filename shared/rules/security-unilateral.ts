// security-unilateral: who decides, and who may change, the security measures (GDPR art. 32, art. 28(3)(c)).
// How it reads a clause, and why: docs/rules/reading/security-unilateral.md.

import { findAll, findFirst, matchText, pattern, type Match } from '../match';
import { negatedBefore } from '../clause-facts';
import { negates, type SentenceFrame } from '../frame';
import { defineRule, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { concept, conceptAlternatives, conceptIds, conceptPrefix, hasConcept } from '../lexicon';
import { actingParty, documentParties, processorActsAt, type Parties } from '../parties';
import { sameSection } from '../sections';
import { clauseRun, phraseAfter } from '../sentence-parts';

/** Security measures and the level of security, in nb/en/da/sv. */
const SECURITY_SOURCE = concept('security.measures');

/**
 * Plain "measures" ("tiltakene", "the measures", "foranstaltningerne"): security measures only where
 * the sentence before in the same clause, or the section's heading, is about security.
 */
const MEASURE_SOURCE = concept('security.measure-word');

/** A heading about the security of processing (not a breach heading). */
const SECURITY_HEADING_SOURCE = concept('security.heading');

/** Breach words: "measures" in a breach sentence are measures against the breach. */
const BREACH_SOURCE = concept('security.breach-word');

/** Deciding: "fatte vedtak om", "bestemme", "decide", "determine", "choose". */
const DECIDE_SOURCE = concept('security.decide');

/** "which" / "what" / "the level of": the object of the decision. */
const WHICH_SOURCE = concept('security.which');

/** "as the processor deems appropriate", "at its discretion". */
const DISCRETION_SOURCE = `(?:${conceptPrefix('security.deems')} (?:\\p{L}+ ){0,3}${conceptPrefix('security.fit')}|${conceptPrefix('security.discretion')})`;

/** Changing the measures. */
const CHANGE_SOURCE = concept('security.change');

/** "may", "is entitled to", "reserves the right". */
const MAY_SOURCE = concept('permission.may');

/** Words that weaken security: "reduce", "svekke", "försämra". */
const WEAKEN_SOURCE = conceptPrefix('security.weaken');

/** Guarantees that a change keeps security, or needs the controller. */
const SAFEGUARD_SOURCE = [
  // "will not reduce", "uden at svække"
  `${concept('negation', 'negation.none-word')}[^.;]{0,40}${conceptPrefix('security.weaken')}`,
  // "the same level of protection", "minst like høyt nivå"
  `${conceptPrefix('security.same')} (?:\\p{L}+ ){0,3}${conceptPrefix('security.level-word')}`,
  // "maintain the level of security", "opprettholde sikkerheten"
  `${conceptPrefix('security.maintain')}\\b[^.;]{0,40}${conceptPrefix('security.kept-object')}`,
  // "the level ... is maintained"
  `${conceptPrefix('security.level-noun')}\\b[^.;]{0,40}${conceptPrefix('security.maintained')}`,
  // the controller's approval or say
  `${conceptPrefix('security.approval')}\\p{L}*|${conceptPrefix('security.controller-say')}`,
  // changes "only to improve the level of security", "kun for å styrke sikkerheten"
  `${concept('restrict.only')} (?:\\p{L}+ ){0,2}${concept('security.improve')}`,
].join('|');

/** A reference to a document: "described in", "set forth in", "published on", "in accordance with". */
const DOC_ANCHOR_SOURCE = concept('reference.described', 'reference.according');

/** The anchors that only name a standard ("in accordance with"): the document must be the processor's own. */
const ACCORDING_SOURCE = `^${concept('reference.according')}`;

/** The processor's own documents: a policy, a web page, a trust center, its documentation. */
const OWN_DOCUMENT_SOURCE = concept('security.own-document');

/** The document "as it stands from time to time". */
const CURRENT_SOURCE = concept('document.as-current');

/** An annex of the agreement: measures listed there are agreed. */
const ANNEX_SOURCE = concept('document.annex');

/** A web page, a URL or a trust center, also inside a longer word ("website", "nettsiden"). */
const WEB_PAGE_SOURCE = `(?:${conceptAlternatives('document.web-page')})`;

/** A possessive that makes a document the processor's own ("its", "sin", "our"). */
const OWN_SOURCE = concept('possessive.own');

/**
 * Where a sentence leaves the measures to the processor's own document as it stands from time to
 * time: "described in its security policy, as updated", "i enlighet med Leverantörens vid var tid
 * gällande säkerhetspolicy", or a document that the next sentence says the processor may update.
 */
function leftToOwnDocument(parties: Parties, m: string, next?: string): boolean {
  if (findFirst(pattern(ANNEX_SOURCE), m)) return false;
  for (const anchor of findAll(pattern(DOC_ANCHOR_SOURCE), m)) {
    const document = findFirst(pattern(OWN_DOCUMENT_SOURCE), clauseRun(m.slice(anchor.end, anchor.end + 90)));
    if (!document) continue;
    const between = m.slice(anchor.start, anchor.end + document.end);
    // the controller's own policy, or the parties' agreed one, is no deviation
    if (findFirst(pattern(parties.controller), between) || findFirst(pattern(PARTIES_SOURCE), between)) continue;
    const webPage = findFirst(pattern(WEB_PAGE_SOURCE), document.text) !== undefined;
    const own = webPage || findFirst(pattern(`${parties.processor}|${OWN_SOURCE}`), between) !== undefined;
    if (findFirst(pattern(ACCORDING_SOURCE), anchor.text) && !own) continue;
    // a web page or trust center is the processor's to change whenever it likes: no "from time to time" needed
    if (webPage || findFirst(pattern(CURRENT_SOURCE), between)) return true;
    const after = clauseRun(m.slice(anchor.end + document.end, anchor.end + document.end + 140));
    if (findFirst(pattern(CURRENT_SOURCE), after)) return true;
    // "4.1 ... as described on the Trust Center. 4.2 The Trust Center ..., which Supplier may update"
    if (next && findFirst(pattern(OWN_DOCUMENT_SOURCE), next) && findFirst(pattern(CURRENT_SOURCE), next) && !findFirst(pattern(ANNEX_SOURCE), next)) return true;
  }
  return false;
}

/** "as it determines appropriate", "based on its own risk assessment", "utifrån sin egen riskbedömning". */
const OWN_JUDGEMENT_SOURCE = concept('security.own-judgement');
/** Another agreement named as such: the main agreement, the MSA, "hovedavtalen", "huvudavtalet". */
const MAIN_AGREEMENT_SOURCE = concept('agreement.main');

/**
 * Where a sentence says the security measures are described in another agreement ("set out in the Master
 * Services Agreement", "fremgår av hovedavtalen"): the security measure named and the agreement. An annex of
 * this DPA is agreed here; a denial ("not governed by the main agreement") leaves nothing to it.
 */
function leftToOtherAgreement(m: string, security: Match[]): { target: Match; agreement: Match } | undefined {
  if (findFirst(pattern(ANNEX_SOURCE), m)) return undefined;
  for (const anchor of findAll(pattern(DOC_ANCHOR_SOURCE), m)) {
    const target = security.find((s) => s.end <= anchor.start && anchor.start - s.end < 80);
    if (!target || negatedBefore(m, anchor.start, 25)) continue;
    const run = clauseRun(m.slice(anchor.end, anchor.end + 80));
    const agreement = findFirst(pattern(MAIN_AGREEMENT_SOURCE), run);
    if (agreement) return { target, agreement: { ...agreement, start: anchor.end + agreement.start, end: anchor.end + agreement.end } };
  }
  return undefined;
}

/** Both parties together: "partene", "the parties". */
const PARTIES_SOURCE = concept('party.both');

/** "materially", "vesentlig": a promise not to weaken security only materially still lets it weaken. */
const MATERIAL_SOURCE = concept('security.material');

/** Approval words that a "without" before them empties ("uden den dataansvarliges godkendelse"). */
const APPROVAL_WORD_SOURCE = `^${conceptPrefix('security.approval')}`;
const WITHOUT_SOURCE = `${concept('security.without')}[^.;]{0,40}$`;

/** Safeguards that give the controller a say (not only a level to keep): agreement, consultation. */
const CONTROLLER_SAY_SOURCE = `^${conceptPrefix('security.controller-say')}`;

/** Whether a sentence keeps security or the controller's say over changes (not "without approval"). */
function hasSafeguard(m: string, levelAgreed: boolean): boolean {
  for (const guard of findAll(pattern(SAFEGUARD_SOURCE), m)) {
    const approval = findFirst(pattern(APPROVAL_WORD_SOURCE), guard.text) !== undefined;
    if (approval && findFirst(pattern(WITHOUT_SOURCE), m.slice(Math.max(0, guard.start - 45), guard.start))) continue;
    // "will not materially diminish", "ikke reduseres vesentlig": the processor judges what is material
    if (!approval && findFirst(pattern(MATERIAL_SOURCE), `${guard.text} ${phraseAfter(m.slice(guard.end, guard.end + 30))}`)) continue;
    // "no weakening of the level of security" measures against an agreed minimum; with none agreed it promises nothing
    if (!approval && !levelAgreed && !findFirst(pattern(CONTROLLER_SAY_SOURCE), guard.text)) continue;
    return true;
  }
  return false;
}

/** "Sikkerhetstiltakene fastsettes av Leverandøren", "measures are determined by the Processor". */
const PASSIVE_BY_SOURCE = `^\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}${concept('agent.passive-by')}\\s+(?:${concept('article.definite')} |\\p{L}+s )?`;

interface Place {
  messageId: string;
  start: number;
  end: number;
  data?: Record<string, string | number | boolean>;
}

/** Whether the nearest heading above a clause is about the security of processing. */
function underSecurityHeading(headings: readonly string[], cache: Map<string, boolean>): boolean {
  const heading = headings[headings.length - 1];
  if (heading === undefined) return false;
  let known = cache.get(heading);
  if (known === undefined) {
    const m = heading.toLowerCase();
    known = findFirst(pattern(SECURITY_HEADING_SOURCE), m) !== undefined && !findFirst(pattern(BREACH_SOURCE), m);
    cache.set(heading, known);
  }
  return known;
}

/** The headings above a clause as one lower-cased text. */
function matchHeadings(headings: readonly string[]): string {
  return matchText(headings.join('\n'));
}

function span(sentence: SentenceView, from: Match, to: Match): { start: number; end: number } {
  return { start: sentence.start + Math.min(from.start, to.start), end: sentence.start + Math.max(from.end, to.end) };
}

/** The controller has a say: "i samråd", "in consultation", "with the approval". */
const CONSULTED_SOURCE = concept('security.consulted');

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
    const from = Math.max(0, target.start - 45);
    const generic = findAll(pattern(GENERIC_SOURCE), m.slice(from, target.start)).pop();
    if (!generic || negates(frame, sentence.start + target.start)) continue;
    // the controller's own duty ("The Customer shall implement appropriate measures") is not the processor's choice
    const actor = actingParty(parties, m, from + generic.start);
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
  const near = (x: Match, window: number) => security.find((s) => Math.abs(s.start - x.end) < window || Math.abs(x.start - s.end) < window);

  // "the processor decides which security measures apply"
  for (const decide of findAll(pattern(DECIDE_SOURCE), m)) {
    const target = security.find((s) => s.start > decide.end && s.start - decide.end < 90);
    if (!target) continue;
    if (!findFirst(pattern(WHICH_SOURCE), m.slice(decide.end, target.start + 1)) && target.start - decide.end > 15) continue;
    if (negates(frame, sentence.start + decide.start) || !processorActsAt(parties, m, decide.start)) continue;
    if (findFirst(pattern(CONSULTED_SOURCE), m)) continue;
    return { messageId: 'processor-decides', ...span(sentence, decide, target) };
  }

  // inverted word order: "Vilka säkerhetsåtgärder som används bestämmer Leverantören själv", "Hvilke tiltak
  // som brukes, bestemmer vi": the object first, then the verb and the processor as its subject
  for (const decide of findAll(pattern(DECIDE_SOURCE), m)) {
    const target = security.find((s) => s.end <= decide.start && decide.start - s.end < 50);
    if (!target || !findFirst(pattern(WHICH_SOURCE), m.slice(Math.max(0, target.start - 25), target.start + 1))) continue;
    if (!findFirst(pattern(`^[\\s,]*(?:${parties.processor})`), m.slice(decide.end, decide.end + 40))) continue;
    if (negates(frame, sentence.start + decide.start) || findFirst(pattern(CONSULTED_SOURCE), m)) continue;
    return { messageId: 'processor-decides', ...span(sentence, target, decide) };
  }

  // passive: "the security measures are determined by the processor (alone)"
  for (const decide of findAll(pattern(DECIDE_SOURCE), m)) {
    const target = security.find((s) => s.end <= decide.start && decide.start - s.end < 40);
    if (!target || negates(frame, sentence.start + decide.start)) continue;
    const by = findFirst(pattern(PASSIVE_BY_SOURCE), m.slice(decide.start));
    if (!by) continue;
    const agent = m.slice(decide.start + by.end, decide.start + by.end + 40);
    if (!findFirst(pattern(`^(?:${parties.processor})`), agent) || findFirst(pattern(concept('security.jointly')), agent)) continue;
    return { messageId: 'processor-decides', ...span(sentence, target, decide) };
  }

  // "such measures as the processor deems appropriate", "at its discretion", "as it determines appropriate based on
  // its own risk assessment"
  for (const discretion of findAll(pattern(`(?:${DISCRETION_SOURCE}|${OWN_JUDGEMENT_SOURCE})`), m)) {
    const target = near(discretion, 80);
    if (!target || negates(frame, sentence.start + discretion.start)) continue;
    const who = findFirst(pattern(`(?:${parties.processor}|${concept('party.it')})`), m.slice(Math.max(0, discretion.start - 90), discretion.end + 5));
    if (!who || !processorActsAt(parties, m, discretion.start + 5)) continue;
    if (guarded()) continue;
    return { messageId: 'processor-discretion', ...span(sentence, discretion, target) };
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
    const target = near(change, 60);
    if (!target) continue;
    const may = findFirst(pattern(MAY_SOURCE), m.slice(Math.max(0, change.start - 50), change.start));
    if (!may || negates(frame, sentence.start + change.start)) continue;
    // "the security measures may be updated from time to time", "tiltakene kan endres": a change with no one named
    // is the processor's, who runs the measures
    const agentless = !findFirst(pattern(`${parties.processor}|${parties.controller}|${PARTIES_SOURCE}`), m) && isPassiveChange(m, may.end + Math.max(0, change.start - 50), change);
    if (!agentless && !processorActsAt(parties, m, change.start)) continue;
    if (guarded()) continue;
    return { messageId: 'processor-may-change', ...span(sentence, change, target) };
  }

  // "the Security Measures, as updated by Vendor from time to time", "tiltakene slik de til enhver tid er oppdatert
  // av Leverandøren": a definition or duty that carries a change right
  for (const updated of findAll(pattern(AS_UPDATED_SOURCE), m)) {
    const target = near(updated, 60);
    if (!target || negates(frame, sentence.start + updated.start)) continue;
    const agent = findFirst(pattern(`${parties.processor}|${parties.controller}|${PARTIES_SOURCE}`), updated.text);
    const byProcessor = agent !== undefined && findFirst(pattern(parties.processor), agent.text) !== undefined;
    const fromTimeToTime = findFirst(pattern(CURRENT_SOURCE), m.slice(updated.start, updated.end + 30)) !== undefined || ONGOING_END.test(updated.text);
    if (agent ? !byProcessor : !fromTimeToTime) continue;
    // "the Customer's security policy as updated from time to time" is the controller's document
    const owner = findAll(pattern(`${parties.processor}|${parties.controller}`), m.slice(Math.max(0, updated.start - 80), updated.start)).pop();
    if (!agent && owner && !findFirst(pattern(parties.processor), owner.text)) continue;
    if (guarded()) continue;
    return { messageId: 'processor-may-change', ...span(sentence, updated, target) };
  }

  return undefined;
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
    // one scan of the document; only sentences that name security measures (or plain "measures"
    // right after a sentence or under a heading about security) are judged
    const hits = findAll(pattern(SECURITY_SOURCE), context.match);
    const measureHits = findAll(pattern(MEASURE_SOURCE), context.match);
    if (!hits.length && !measureHits.length) return;
    const parties = documentParties(context.text, context.processorSource);
    const holds = (list: Match[], start: number, end: number) => list.some((h) => h.start >= start && h.start < end);
    const headingCache = new Map<string, boolean>();
    // controls count where the document speaks of security (a security section or annex, a sentence on the
    // measures), not a sub-processor's "backups" or a URL
    const securityText = context.clauses
      .filter((clause) => {
        const own = context.match.slice(clause.start, clause.end);
        return underSecurityHeading(clause.headings, headingCache) || findFirst(pattern(SECURITY_HEADING_SOURCE), matchHeadings(clause.headings)) !== undefined || findFirst(pattern(SECURITY_SOURCE), own) !== undefined;
      })
      .map((clause) => context.match.slice(clause.start, clause.end))
      .join('\n');
    // a pasted clause is judged alone: whether the rest of the agreement names concrete measures is unknown
    const documentNamesMeasures = context.scope === 'document' && namesConcreteMeasures(securityText);
    const concreteMinimum = context.scope !== 'document' || documentNamesMeasures;
    const genericSections = new Set<string>();
    const sentences = context.sentences();
    let previous: SentenceView | undefined;
    for (const [index, sentence] of sentences.entries()) {
      const named = holds(hits, sentence.start, sentence.end);
      let security = named ? findAll(pattern(SECURITY_SOURCE), sentence.match) : [];
      if (holds(measureHits, sentence.start, sentence.end) && !findFirst(pattern(BREACH_SOURCE), sentence.match)) {
        // plain "measures" right after a sentence that names security measures, in the same clause or section
        const afterSecurity = previous !== undefined && sameSection(previous.clause, sentence.clause) && holds(hits, previous.start, previous.end);
        if (afterSecurity || underSecurityHeading(sentence.clause.headings, headingCache)) {
          const plain = findAll(pattern(MEASURE_SOURCE), sentence.match).filter((p) => !security.some((s) => p.start < s.end && s.start < p.end));
          security = [...security, ...plain].sort((a, b) => a.start - b.start);
        }
      }
      if (/\p{L}{2}/u.test(sentence.text)) previous = sentence; // not a bare number ("1.") between two sentences
      if (!security.length) continue;
      const following = sentences[index + 1];
      const next = following !== undefined && sameSection(following.clause, sentence.clause) ? following : undefined;
      let place = judgeSentence(parties, sentence, context.frame(sentence), security, concreteMinimum, next, documentNamesMeasures);
      if (!place && !concreteMinimum) {
        // one "only appropriate measures" finding per section is enough
        const section = sentence.clause.headings.join('\n');
        place = genericSections.has(section) ? undefined : genericDuty(parties, sentence, context.frame(sentence), security);
        if (place) genericSections.add(section);
      }
      if (place) context.report({ ...place, data: { ...place.data, phrase: context.text.slice(place.start, place.end).replace(/\s+/g, ' ') } });
    }
  },
});
