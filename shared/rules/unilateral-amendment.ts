// unilateral-amendment: the processor changing the DPA, its annexes, terms or instructions on its own.
// How it reads a clause, and why: docs/rules/reading/unilateral-amendment.md.

import { findAll, findFirst, pattern } from '../match';
import { defineRule, reportOncePerMessage, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { denialIn } from '../frame';
import { concept, conceptPrefix, conceptStem } from '../lexicon';
import { inSection } from '../sections';
import { partAround, textToPartStop, wordsBefore } from '../sentence-parts';
import { actorAfter, isBareName, type Actor } from '../party-mentions';
import { actingParty } from '../acting-party';
import { floatingOwnTerms } from '../document-reference';
import type { Parties } from '../parties';
import { definitionOf, NEGATION_SOURCE } from '../clause-facts';

// a right (not a duty): "kan", "har rett til å", "forbeholder seg retten til å", "may", "reserves the right to"
const MODAL = concept('amend.right');
const CHANGE_VERB = concept('amend.verb');
// what is changed: the agreement and its parts, the terms, the instructions (prices are no DPA term:
// "kan justere prisene" changes what the service costs, not how the data is processed)
const OBJECT_SOURCE = `(?:${concept('document.self')}|${concept('amend.object', 'amend.terms-object')})`;
// the general or commercial terms, as distinct from the DPA ("brukervilkårene", "Terms of Service")
const TERMS_OBJECT_SOURCE = `^${concept('amend.terms-object')}`;
// the DPA itself, by name
const DPA_NAME_SOURCE = concept('document.dpa-name');
// an annex or appendix by its label ("Vedlegg A", "Appendix 2", "Bilag 1")
const ANNEX_LABEL_SOURCE = `${concept('document.annex', 'document.exhibit')} ([a-z0-9]{1,3})\\b`;
// the DPA kept out of a change clause: "gjelder ikke databehandleravtalen", "does not apply to the DPA"
const EXCLUDES_SOURCE = concept('amend.excludes');
// objects that are lists or annexes: a sub-processor list is a sub-processor matter
const LIST_OBJECT = `^${conceptPrefix('amend.list-object')}`;
const SUBPROCESSOR = concept('subprocessor', 'subprocessor.third-party-vendor');
// what is changed when it stands before the agreement's name: security measures (the security-unilateral
// category) or prices (what the service costs, not how the data is processed); an annex named as the object
// is part of the DPA, whatever it holds ("Annex II (security measures)")
const OTHER_OBJECT = concept('amend.not-dpa-object', 'price.word');
const REQUEST_SOURCE = concept('amend.request');
// the change needs the controller's agreement: not unilateral
const CONSENT = concept('amend.consent');
const WITHOUT = concept('negation.without');
// "continued use is deemed acceptance", "changes are deemed accepted"
const DEEMED_ACCEPTANCE = conceptStem('amend.deemed-acceptance');
// "Brug af Applikationen efter en ændring af Vilkårene udgør accept", "use of the Service after the changes constitutes acceptance"
const USE_AFTER_CHANGE_ACCEPTANCE = `${concept('amend.use')}(?: [\\p{L}\\p{N}]+){0,5}? ${concept('time.after')}(?:,? [\\p{L}\\p{N}]+){0,8}?,? ${concept('amend.constitutes')}(?: \\p{L}+){0,3}? ${concept('acceptance')}`;
// passive: "denne avtalen kan endres av Leverandøren", "these terms may be amended at any time"
const PASSIVE = `${concept('amend.passive-modal')}(?: \\p{L}+){0,3}? ${concept('amend.passive-verb', 'amend.made-verb')}`;
// "kan gjøres", "may be made": a change only when a change noun stands before ("Endringer i avtalen kan gjøres av ...")
const MADE_VERB = `${concept('amend.made-verb')}$`;
const CHANGE_NOUN = concept('amend.change-noun');
const AGENT = `^\\s*(?:${concept('amend.manner')} )?${concept('agent.by')}`;
// an aside set off by commas, of a few words: "with 30 days' notice to the customer", "acting reasonably and after informing ..."
const ASIDE = ",(?: [\\p{L}\\p{N}'’-]+){1,10},";
// markers that a passive change is the processor's to make
const UNILATERAL = concept('amend.unilateral');
/** A verb followed at once by "when"/"if" has no object after it: the object is the antecedent of a relative clause ("policyen, som leverandøren kan revidere når …"); "når som helst" is a manner, not a condition. */
const CONDITION_AFTER_VERB = `^ (?!${concept('amend.manner')})${concept('condition.hypothetical')}\\b`;

// the DPA takes other terms in, or yields to them: "This DPA incorporates …", "går standardvilkårene foran", "the Agreement prevails"
const INCORPORATES = concept('amend.incorporates');
const PREVAILS = concept('amend.prevails');
// the DPA by name or as "this agreement": a precedence it wins leaves it as agreed
const DPA_SELF = concept('document.dpa-name', 'document.this-agreement');
// a change the processor makes, named in a participle: "as updated by the Vendor from time to time"
const PARTICIPLE = concept('amend.participle');
// a change noun in a definition ("any change to the processing that the Processor announces")
const CHANGE_NOUN_ANY = concept('amend.change-noun', 'amend.change-noun-singular');
// a version that floats: "til enhver tid gjeldende", "as amended from time to time"
const FLOATING_SOURCE = concept('document.floating-version');

interface Hit {
  messageId: 'processor-may-amend' | 'deemed-acceptance';
  start: number;
  end: number;
  /** What is changed, as the text names it ("brukervilkårene"); undefined for a deemed acceptance and for terms that govern the DPA (they change the DPA, not only the terms). */
  object?: string;
}

/**
 * Whether a sentence is about sub-processors: it names them, or stands in the sub-processor section
 * ("9 Underleverandører ... Endringer anses godkjent om kunden ikke protesterer") and not in one on amendments.
 */
function aboutSubprocessors(sentence: SentenceView): boolean {
  if (findFirst(pattern(SUBPROCESSOR), sentence.match)) return true;
  return inSection(sentence.clause, 'subprocessors') && !inSection(sentence.clause, 'amendment');
}

/**
 * Whether a sentence makes a change need the controller's agreement: it names a consent that no
 * "without" in the few words before it withholds ("uten behandlingsansvarliges skriftlige samtykke").
 * @example requiresConsent(matchText('Endringer krever skriftlig samtykke fra begge parter')) // true
 */
function requiresConsent(match: string): boolean {
  return findAll(pattern(CONSENT), match).some((consent) => !findFirst(pattern(WITHOUT), wordsBefore(match, consent.start, 3).text));
}

/** Use after a change that counts as acceptance, when the sentence names a change. */
function useAfterChange(match: string) {
  const found = findFirst(pattern(USE_AFTER_CHANGE_ACCEPTANCE), match);
  return found && findFirst(pattern(ANY_CHANGE), found.text) && !findFirst(pattern(NEGATION_SOURCE), found.text) ? found : undefined;
}

/** The party that has the right at `at`: named last before it, "we", a bare vendor name ("Acme er til enhver tid berettiget til"), or undefined. */
function holderOf(sentence: SentenceView, at: number, context: RuleContext): Actor | undefined {
  return actingParty(sentence, at, context.processorSource, { concept: 'party.name-verb', trailing: false });
}

/**
 * The first changed object in the object of a verb that is this deviation's kind of object. In a
 * sentence about sub-processors an annex or list is their list, unless another annex is labelled as
 * theirs: "vedlegg 2 (Instrukser) og vedlegg 3 (Underdatabehandlere)" changes the instructions' annex too.
 */
function changedObject(sentence: SentenceView, from: number): { start: number; end: number; text: string } | undefined {
  const window = textToPartStop(sentence.match.slice(from));
  if (findFirst(pattern(CONDITION_AFTER_VERB), window)) return undefined;
  const objects = findAll(pattern(OBJECT_SOURCE), window);
  // the annexes whose label, the words up to the next object, names the sub-processors
  const labelled = objects.filter((o, i) => isListObject(o.text) && findFirst(pattern(SUBPROCESSOR), window.slice(o.end, objects[i + 1]?.start)));
  for (const [i, object] of objects.entries()) {
    // the words since the verb of this object: a coordinated verb has its own object ("add sub-processors and update these terms")
    const ownVerb = findAll(pattern(CHANGE_VERB), window.slice(0, object.start)).pop();
    const between = window.slice(ownVerb?.end ?? 0, object.start);
    // another object changed first: "the measures in Annex 2" (security-unilateral), "prisene i samsvar med hovedavtalen"
    if (findFirst(pattern(OTHER_OBJECT), between)) return undefined;
    if (isListObject(object.text) && aboutSubprocessors(sentence) && (!labelled.length || labelled.includes(object))) continue;
    // "the list of sub-processors in Annex 3": the sub-processors named before the first object
    if (i === 0 && findFirst(pattern(SUBPROCESSOR), between)) return undefined;
    return { start: from + object.start, end: from + object.end, text: object.text };
  }
  return undefined;
}

function activeHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const modal of findAll(pattern(MODAL), sentence.match)) {
    // the verb follows the modal within a few words ("kan til enhver tid endre", "may from time to time update"),
    // after an aside between commas ("kan, med 30 dagers varsel til kunden, gjøre endringer")
    const after = sentence.match.slice(modal.end);
    const verb = findFirst(pattern(`^(?:${ASIDE})?(?:,? [\\p{L}',-]+){0,5}?,? ${CHANGE_VERB}`), after);
    if (!verb) continue;
    const frame = context.frame(sentence);
    // "without" names what the change lacks ("kan uden godkendelse ændre"), it does not deny the change
    if (denialIn(frame, sentence.start + modal.end, sentence.start + modal.end + verb.end)) continue;
    // a request or proposal to change is not a change ("kan be om å endre", "may propose to amend")
    if (findFirst(pattern(REQUEST_SOURCE), after.slice(0, verb.end))) continue;
    if (denialIn(frame, sentence.start + wordsBefore(sentence.match, modal.start, 2).from, sentence.start + modal.start)) continue;
    if (holderOf(sentence, modal.start, context) !== 'processor') continue;
    const object = changedObject(sentence, modal.end + verb.end);
    if (!object) continue;
    hits.push({ messageId: 'processor-may-amend', start: modal.start, end: object.end, object: object.text });
  }
  return hits;
}

/** Whether a changed object is a list or an annex ("vedlegg", "the list of sub-processors"). */
function isListObject(object: string): boolean {
  return findFirst(pattern(LIST_OBJECT), object) !== undefined;
}

/** The agent of a passive, up to a comma or a word that opens the next part ("av Acme med varsel" → "Acme"), in the original text. */
function agentPhrase(sentence: SentenceView, from: number): string {
  const rest = sentence.match.slice(from);
  const end = findFirst(pattern(`[,.;]|\\s+${concept('amend.agent-end')}`), rest)?.start ?? rest.length;
  return sentence.text.slice(from, from + end);
}

function passiveHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  const passives = findAll(pattern(PASSIVE), sentence.match).map((m) => ({ m, participle: false }));
  const participles = findAll(pattern(PARTICIPLE), sentence.match).map((m) => ({ m, participle: true }));
  for (const { m, participle } of [...passives, ...participles]) {
    // what is changed: named in the words before the verb ("Endringer i avtalen kan gjøres av", "denne avtalen kan endres")
    if (findFirst(pattern(MADE_VERB), m.text) && !findFirst(pattern(CHANGE_NOUN), wordsBefore(sentence.match, m.start, 7).text)) continue;
    // a participle follows its object after a comma: "the Terms at vendor.example/terms, as updated by the Vendor"
    const head = wordsBefore(sentence.match, participle ? sentence.match.slice(0, m.start).replace(/,\s*$/, '').length : m.start, 12);
    const object = findAll(pattern(OBJECT_SOURCE), head.text, head.from).pop();
    if (!object) continue;
    // "its security policy, as updated by the Vendor": the measures are changed (security-unilateral)
    if (participle && findFirst(pattern(OTHER_OBJECT), head.text)) continue;
    const objectStart = object.start;
    if (isListObject(object.text) && aboutSubprocessors(sentence)) continue;
    if (denialIn(context.frame(sentence), sentence.start + objectStart, sentence.start + m.end)) continue;
    const rest = sentence.match.slice(m.end);
    const agentMarker = findFirst(pattern(AGENT), rest);
    const agent = agentMarker ? actorAfter(sentence.match, m.end + agentMarker.end, context.processorSource, 5) : undefined;
    const byProcessor = agent?.actor === 'processor' || (agentMarker && !agent && isBareName(agentPhrase(sentence, m.end + agentMarker.end)));
    // "as amended from time to time" says nothing of who amends ("the Agreement, as amended from time to time")
    const unilateral = !participle && !agent && findFirst(pattern(UNILATERAL), sentence.match) !== undefined;
    if (!byProcessor && !unilateral) continue;
    hits.push({ messageId: 'processor-may-amend', start: objectStart, end: m.end, object: object.text });
  }
  return hits;
}

/**
 * Terms the processor keeps as it likes that the DPA takes in or yields to: "This DPA incorporates the Terms at
 * vendor.example/terms, as amended from time to time", "Ved motstrid … går Leverandørens til enhver tid gjeldende
 * standardvilkår foran". A precedence the DPA wins ("…, går databehandleravtalen foran") leaves it as agreed.
 */
function governingFloatingTerms(sentence: SentenceView, parties: Parties): Hit[] {
  const terms = floatingOwnTerms(parties, sentence.match, OBJECT_SOURCE);
  if (!terms) return [];
  const prevailing = findAll(pattern(PREVAILS), sentence.match).find((verb) => {
    // who prevails: the words of its part up to the verb and inside it ("går standardvilkårene foran")
    const winner = sentence.match.slice(partAround(sentence.match, verb.start).from, verb.end);
    return !findFirst(pattern(DPA_SELF), winner);
  });
  const governs = findFirst(pattern(INCORPORATES), sentence.match) ?? prevailing;
  if (!governs) return [];
  return [{ messageId: 'processor-may-amend', start: Math.min(terms.start, governs.start), end: Math.max(terms.end, governs.end) }];
}

/**
 * A definition of the instructions, the agreement or an annex that takes in the changes the processor makes
 * or announces: "“Instructions” means … and any change to the processing that the Processor announces".
 */
function definedWithProcessorChanges(sentence: SentenceView, context: RuleContext): Hit[] {
  const term = definitionOf(sentence.match)?.text;
  if (!term || !findFirst(pattern(`^${OBJECT_SOURCE}$`), term)) return [];
  for (const change of findAll(pattern(CHANGE_NOUN_ANY), sentence.match)) {
    const party = actorAfter(sentence.match, change.end, context.processorSource, 6);
    if (party?.actor === 'processor') return [{ messageId: 'processor-may-amend', start: change.start, end: party.end }];
  }
  return [];
}

const ANY_CHANGE = conceptStem('amend.any-change');

export default defineRule({
  meta: {
    category: 'unilateral-amendment',
    defaultSeverity: 'high',
    topic: 'amendment',
    messages: ruleMessages('unilateral-amendment'),
    playbookSettings: [],
    reportsAbsence: false,
  },
  check(context) {
    const sentences = context.sentences();
    let dpaKeptOut: boolean | undefined; // worked out once, and only when a terms' change is found
    let termsChange: SentenceView | undefined; // the last sentence that changes the terms only
    for (const sentence of sentences) {
      const floating = findFirst(pattern(FLOATING_SOURCE), sentence.match) !== undefined;
      if (!floating && !findFirst(pattern(ANY_CHANGE), sentence.match)) continue;
      const subprocessorMatter = aboutSubprocessors(sentence);
      const deemed = findFirst(pattern(DEEMED_ACCEPTANCE), sentence.match) ?? useAfterChange(sentence.match);
      let hits: Hit[] = [];
      // a change that needs the controller's consent is not unilateral (a deemed consent is no consent)
      if (deemed || !requiresConsent(sentence.match)) {
        hits.push(...activeHits(sentence, context), ...passiveHits(sentence, context), ...definedWithProcessorChanges(sentence, context));
        if (floating) hits.push(...governingFloatingTerms(sentence, context.parties));
      }
      const termsOnly = hits.length > 0 && hits.every((h) => h.object !== undefined && findFirst(pattern(TERMS_OBJECT_SOURCE), h.object) !== undefined);
      // "continued use is acceptance" right after a change of the terms only belongs to that change
      const deemedOfTerms = deemed && (termsOnly || (!hits.length && termsChange?.clause === sentence.clause && !findFirst(pattern(OBJECT_SOURCE), sentence.match.slice(0, deemed.start))));
      if (deemed && !subprocessorMatter) hits.push({ messageId: 'deemed-acceptance', start: deemed.start, end: deemed.end });
      termsChange = termsOnly ? sentence : hits.length ? undefined : termsChange;
      if (termsOnly || deemedOfTerms) {
        dpaKeptOut ??= keepsDpaOut(context, sentences);
        if (dpaKeptOut) hits = [];
      }
      reportOncePerMessage(context, sentence, hits);
    }
  },
});

/**
 * Whether the document expressly keeps the DPA out of the processor's changes: a sentence that
 * names the DPA (or the annex that holds it) and makes changes to it need both parties' written
 * agreement, or says a change clause does not apply to it. Then a change of the commercial terms
 * alone is no change of the DPA.
 * @example keepsDpaOut(context, sentences) // true for "Endringer i Vedlegg A krever skriftlig avtale signert av begge parter."
 */
function keepsDpaOut(context: RuleContext, sentences: readonly SentenceView[]): boolean {
  for (const sentence of sentences) {
    const consent = findFirst(pattern(CONSENT), sentence.match) !== undefined && findFirst(pattern(ANY_CHANGE), sentence.match) !== undefined;
    const excluded = !consent && findFirst(pattern(EXCLUDES_SOURCE), sentence.match) !== undefined && findFirst(pattern(CHANGE_NOUN_OR_CLAUSE), sentence.match) !== undefined;
    if (!consent && !excluded) continue;
    if (findFirst(pattern(DPA_NAME_SOURCE), sentence.match)) return true;
    for (const annex of findAll(pattern(ANNEX_LABEL_SOURCE), sentence.match)) {
      if (annexHoldsDpa(context.match, annex.groups[0] ?? '')) return true;
    }
  }
  return false;
}

// a change clause named by its subject or heading: "this section", "endringsklausulen", "changes"
const CHANGE_NOUN_OR_CLAUSE = concept('amend.change-noun', 'amend.change-noun-singular', 'document.this-clause');

/** Whether the annex with this label ("a", "2") is the DPA: its label stands next to the DPA's name somewhere. */
function annexHoldsDpa(match: string, label: string): boolean {
  for (const m of findAll(pattern(ANNEX_LABEL_SOURCE), match)) {
    if (m.groups[0] !== label) continue;
    const near = match.slice(Math.max(0, m.start - 60), m.end + 60);
    if (findFirst(pattern(DPA_NAME_SOURCE), near)) return true;
  }
  return false;
}
