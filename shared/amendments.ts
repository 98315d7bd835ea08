// What a text says about changing the agreement: what a change verb changes (the agreement, its annexes,
// its terms, the instructions), whether a change needs the controller's agreement or is deemed accepted,
// who a passive change is made by, and whether the document keeps the DPA out of a change clause. The
// unilateral-amendment rule judges these; other rules can ask the same of a change they read.

import { definitionOf, NEGATION_SOURCE } from './clause-facts';
import { concept, conceptPrefix, conceptStem } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import type { SentenceView } from './rule';
import { actorAfter, isBareName, type Actor } from './party-mentions';
import { inSection } from './sections';
import { textToPartStop, wordsBefore } from './sentence-parts';

/** What is changed: the agreement and its parts, the terms, the instructions (prices are no DPA term: "kan justere prisene"). */
export const CHANGED_OBJECT_SOURCE = `(?:${concept('document.self')}|${concept('amend.object', 'amend.terms-object')})`;
/** The verbs of changing: "endre", "amend", "update", "ändra". */
export const CHANGE_VERB_SOURCE = concept('amend.verb');
/** A sentence that speaks of a change at all (a cheap pre-filter). */
export const ANY_CHANGE_SOURCE = conceptStem('amend.any-change');

// objects that are lists or annexes: a sub-processor list is a sub-processor matter
const LIST_OBJECT = `^${conceptPrefix('amend.list-object')}`;
const SUBPROCESSOR = concept('subprocessor', 'subprocessor.third-party-vendor');
// what is changed when it stands before the agreement's name: security measures (the security-unilateral
// category) or prices (what the service costs, not how the data is processed); an annex named as the object
// is part of the DPA, whatever it holds ("Annex II (security measures)")
export const OTHER_OBJECT_SOURCE = concept('amend.not-dpa-object', 'price.word');
// the change needs the controller's agreement: not unilateral
const CONSENT = concept('amend.consent');
const WITHOUT = concept('negation.without');
// "continued use is deemed acceptance", "changes are deemed accepted"
const DEEMED_ACCEPTANCE = conceptStem('amend.deemed-acceptance');
// "Brug af Applikationen efter en ændring af Vilkårene udgør accept", "use of the Service after the changes constitutes acceptance"
const USE_AFTER_CHANGE_ACCEPTANCE = `${concept('amend.use')}(?: [\\p{L}\\p{N}]+){0,5}? ${concept('time.after')}(?:,? [\\p{L}\\p{N}]+){0,8}?,? ${concept('amend.constitutes')}(?: \\p{L}+){0,3}? ${concept('acceptance')}`;
/** A verb followed at once by "when"/"if" has no object after it: the object is the antecedent of a relative clause ("policyen, som leverandøren kan revidere når …"); "når som helst" is a manner, not a condition. */
const CONDITION_AFTER_VERB = `^ (?!${concept('amend.manner')})${concept('condition.hypothetical')}\\b`;
// the DPA itself, by name
const DPA_NAME_SOURCE = concept('document.dpa-name');
// an annex or appendix by its label ("Vedlegg A", "Appendix 2", "Bilag 1")
const ANNEX_LABEL_SOURCE = `${concept('document.annex', 'document.exhibit')} ([a-z0-9]{1,3})\\b`;
// the DPA kept out of a change clause: "gjelder ikke databehandleravtalen", "does not apply to the DPA"
const EXCLUDES_SOURCE = concept('amend.excludes');
// the agent of a passive: "av", "by", "unilaterally by"
const AGENT = `^\\s*(?:${concept('amend.manner')} )?${concept('agent.by')}`;
// a change noun in a definition ("any change to the processing that the Processor announces")
const CHANGE_NOUN_ANY = concept('amend.change-noun', 'amend.change-noun-singular');
// a change clause named by its subject or heading: "this section", "endringsklausulen", "changes"
const CHANGE_NOUN_OR_CLAUSE = concept('amend.change-noun', 'amend.change-noun-singular', 'document.this-clause');

/**
 * Whether a sentence is about sub-processors: it names them, or stands in the sub-processor section
 * ("9 Underleverandører ... Endringer anses godkjent om kunden ikke protesterer") and not in one on amendments.
 * @example aboutSubprocessors(sentence) // true for "The Processor may update the list of sub-processors"
 */
export function aboutSubprocessors(sentence: SentenceView): boolean {
  if (findFirst(pattern(SUBPROCESSOR), sentence.match)) return true;
  return inSection(sentence.clause, 'subprocessors') && !inSection(sentence.clause, 'amendment');
}

/**
 * Whether a sentence makes a change need the controller's agreement: it names a consent that no
 * "without" in the few words before it withholds ("uten behandlingsansvarliges skriftlige samtykke").
 * @example requiresConsent(matchText('Endringer krever skriftlig samtykke fra begge parter')) // true
 */
export function requiresConsent(match: string): boolean {
  return findAll(pattern(CONSENT), match).some((consent) => !findFirst(pattern(WITHOUT), wordsBefore(match, consent.start, 3).text));
}

/**
 * A change deemed accepted: "changes are deemed accepted", or use after a change that counts as acceptance
 * when the words name a change ("use of the Service after the changes constitutes acceptance").
 * @example deemedAcceptance(matchText('Continued use of the Service after the changes constitutes acceptance'))?.text // 'use of the service after the changes constitutes acceptance'
 */
export function deemedAcceptance(match: string): Match | undefined {
  const deemed = findFirst(pattern(DEEMED_ACCEPTANCE), match);
  if (deemed) return deemed;
  const found = findFirst(pattern(USE_AFTER_CHANGE_ACCEPTANCE), match);
  return found && findFirst(pattern(ANY_CHANGE_SOURCE), found.text) && !findFirst(pattern(NEGATION_SOURCE), found.text) ? found : undefined;
}

/**
 * Whether a changed object is a list or an annex ("vedlegg", "the list of sub-processors").
 * @example isListObject('vedlegg') // true
 */
export function isListObject(object: string): boolean {
  return findFirst(pattern(LIST_OBJECT), object) !== undefined;
}

/**
 * The first object a change verb changes, in the sentence part from `from` (relative): the agreement, an annex,
 * the terms or the instructions. In a sentence about sub-processors an annex or list is their list, unless another
 * annex is labelled as theirs: "vedlegg 2 (Instrukser) og vedlegg 3 (Underdatabehandlere)" changes the instructions'
 * annex too. Undefined when another object (the measures, the prices) is changed first.
 * @example changedObject(sentence, verb.end)?.text // 'this dpa' for "Acme may amend this DPA"
 */
export function changedObject(sentence: SentenceView, from: number): { start: number; end: number; text: string } | undefined {
  const window = textToPartStop(sentence.match.slice(from));
  if (findFirst(pattern(CONDITION_AFTER_VERB), window)) return undefined;
  const objects = findAll(pattern(CHANGED_OBJECT_SOURCE), window);
  // the annexes whose label, the words up to the next object, names the sub-processors
  const labelled = objects.filter((o, i) => isListObject(o.text) && findFirst(pattern(SUBPROCESSOR), window.slice(o.end, objects[i + 1]?.start)));
  for (const [i, object] of objects.entries()) {
    // the words since the verb of this object: a coordinated verb has its own object ("add sub-processors and update these terms")
    const ownVerb = findAll(pattern(CHANGE_VERB_SOURCE), window.slice(0, object.start)).pop();
    const between = window.slice(ownVerb?.end ?? 0, object.start);
    // another object changed first: "the measures in Annex 2" (security-unilateral), "prisene i samsvar med hovedavtalen"
    if (findFirst(pattern(OTHER_OBJECT_SOURCE), between)) return undefined;
    if (isListObject(object.text) && aboutSubprocessors(sentence) && (!labelled.length || labelled.includes(object))) continue;
    // "the list of sub-processors in Annex 3": the sub-processors named before the first object
    if (i === 0 && findFirst(pattern(SUBPROCESSOR), between)) return undefined;
    return { start: from + object.start, end: from + object.end, text: object.text };
  }
  return undefined;
}

/** The agent of a passive, up to a comma or a word that opens the next part ("av Acme med varsel" → "Acme"), in the original text. */
function agentPhrase(sentence: SentenceView, from: number): string {
  const rest = sentence.match.slice(from);
  const end = findFirst(pattern(`[,.;]|\\s+${concept('amend.agent-end')}`), rest)?.start ?? rest.length;
  return sentence.text.slice(from, from + end);
}

/**
 * Who a passive change is made by: the party named after "av"/"by" right after the verb (`verbEnd`, relative)
 * within a few words ("kan endres av Leverandøren", "may be amended unilaterally by the Provider"), the processor
 * for a bare name ("av Acme"); undefined when the words name no agent.
 * @example passiveChangeAgent(sentence, verb.end, context.parties.processorSource) // 'processor' for "denne avtalen kan endres av Acme"
 */
export function passiveChangeAgent(sentence: SentenceView, verbEnd: number, processorSource: string): Actor | undefined {
  const marker = findFirst(pattern(AGENT), sentence.match.slice(verbEnd));
  if (!marker) return undefined;
  const agent = actorAfter(sentence.match, verbEnd + marker.end, processorSource, 5);
  if (agent) return agent.actor;
  return isBareName(agentPhrase(sentence, verbEnd + marker.end)) ? 'processor' : undefined;
}

/**
 * A definition of the instructions, the agreement or an annex that takes in the changes the processor makes
 * or announces: "“Instructions” means … and any change to the processing that the Processor announces". Returns
 * the span (relative) from the change to the processor.
 * @example processorChangesInDefinition(sentence, context.parties.processorSource) // the span "change ... that the processor" for the example
 */
export function processorChangesInDefinition(sentence: SentenceView, processorSource: string): { start: number; end: number } | undefined {
  const term = definitionOf(sentence.match)?.text;
  if (!term || !findFirst(pattern(`^${CHANGED_OBJECT_SOURCE}$`), term)) return undefined;
  for (const change of findAll(pattern(CHANGE_NOUN_ANY), sentence.match)) {
    const party = actorAfter(sentence.match, change.end, processorSource, 6);
    if (party?.actor === 'processor') return { start: change.start, end: party.end };
  }
  return undefined;
}

/**
 * Whether the document expressly keeps the DPA out of the processor's changes: a sentence that
 * names the DPA (or the annex that holds it) and makes changes to it need both parties' written
 * agreement, or says a change clause does not apply to it. Then a change of the commercial terms
 * alone is no change of the DPA.
 * @example keepsDpaOut(context.match, context.sentences()) // true for "Endringer i Vedlegg A krever skriftlig avtale signert av begge parter."
 */
export function keepsDpaOut(match: string, sentences: readonly SentenceView[]): boolean {
  for (const sentence of sentences) {
    const consent = findFirst(pattern(CONSENT), sentence.match) !== undefined && findFirst(pattern(ANY_CHANGE_SOURCE), sentence.match) !== undefined;
    const excluded = !consent && findFirst(pattern(EXCLUDES_SOURCE), sentence.match) !== undefined && findFirst(pattern(CHANGE_NOUN_OR_CLAUSE), sentence.match) !== undefined;
    if (!consent && !excluded) continue;
    if (findFirst(pattern(DPA_NAME_SOURCE), sentence.match)) return true;
    for (const annex of findAll(pattern(ANNEX_LABEL_SOURCE), sentence.match)) {
      if (annexHoldsDpa(match, annex.groups[0] ?? '')) return true;
    }
  }
  return false;
}

/**
 * Whether the annex with this label ("a", "2") is the DPA: its label stands next to the DPA's name somewhere.
 * @example annexHoldsDpa(matchText('Vedlegg A – Databehandleravtale'), 'a') // true
 */
export function annexHoldsDpa(match: string, label: string): boolean {
  for (const m of findAll(pattern(ANNEX_LABEL_SOURCE), match)) {
    if (m.groups[0] !== label) continue;
    const near = match.slice(Math.max(0, m.start - 60), m.end + 60);
    if (findFirst(pattern(DPA_NAME_SOURCE), near)) return true;
  }
  return false;
}
