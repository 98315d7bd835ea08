// unilateral-amendment: the processor changing the DPA, its annexes, terms or instructions on its own.
// How it reads a clause, and why: docs/rules/reading/unilateral-amendment.md.

import { findAll, findFirst, pattern } from '../match';
import { defineRule, reportOncePerMessage, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { denialIn } from '../frame';
import { concept } from '../lexicon';
import { wordsBefore } from '../sentence-parts';
import type { Actor } from '../party-mentions';
import { actingParty } from '../acting-party';
import { FLOATING_SOURCE, floatingTermsGovern } from '../document-reference';
import { aboutSubprocessors, ANY_CHANGE_SOURCE, CHANGE_VERB_SOURCE, CHANGED_OBJECT_SOURCE, changedObject, deemedAcceptance, isListObject, keepsDpaOut, OTHER_OBJECT_SOURCE, passiveChangeAgent, processorChangesInDefinition, requiresConsent } from '../amendments';

// a right (not a duty): "kan", "har rett til å", "forbeholder seg retten til å", "may", "reserves the right to"
const MODAL = concept('amend.right');
// the general or commercial terms, as distinct from the DPA ("brukervilkårene", "Terms of Service")
const TERMS_OBJECT_SOURCE = `^${concept('amend.terms-object')}`;
const REQUEST_SOURCE = concept('amend.request');
// passive: "denne avtalen kan endres av Leverandøren", "these terms may be amended at any time"
const PASSIVE = `${concept('amend.passive-modal')}(?: \\p{L}+){0,3}? ${concept('amend.passive-verb', 'amend.made-verb')}`;
// "kan gjøres", "may be made": a change only when a change noun stands before ("Endringer i avtalen kan gjøres av ...")
const MADE_VERB = `${concept('amend.made-verb')}$`;
const CHANGE_NOUN = concept('amend.change-noun');
// an aside set off by commas, of a few words: "with 30 days' notice to the customer", "acting reasonably and after informing ..."
const ASIDE = ",(?: [\\p{L}\\p{N}'’-]+){1,10},";
// markers that a passive change is the processor's to make
const UNILATERAL = concept('amend.unilateral');

// a change the processor makes, named in a participle: "as updated by the Vendor from time to time"
const PARTICIPLE = concept('amend.participle');

interface Hit {
  messageId: 'processor-may-amend' | 'deemed-acceptance';
  start: number;
  end: number;
  /** What is changed, as the text names it ("brukervilkårene"); undefined for a deemed acceptance and for terms that govern the DPA (they change the DPA, not only the terms). */
  object?: string;
}

/** The party that has the right at `at`: named last before it, "we", a bare vendor name ("Acme er til enhver tid berettiget til"), or undefined. */
function holderOf(sentence: SentenceView, at: number, context: RuleContext): Actor | undefined {
  return actingParty(sentence, at, context.parties.processorSource, { concept: 'party.name-verb', trailing: false });
}

function activeHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const modal of findAll(pattern(MODAL), sentence.match)) {
    // the verb follows the modal within a few words ("kan til enhver tid endre", "may from time to time update"),
    // after an aside between commas ("kan, med 30 dagers varsel til kunden, gjøre endringer")
    const after = sentence.match.slice(modal.end);
    const verb = findFirst(pattern(`^(?:${ASIDE})?(?:,? [\\p{L}',-]+){0,5}?,? ${CHANGE_VERB_SOURCE}`), after);
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

function passiveHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  const passives = findAll(pattern(PASSIVE), sentence.match).map((m) => ({ m, participle: false }));
  const participles = findAll(pattern(PARTICIPLE), sentence.match).map((m) => ({ m, participle: true }));
  for (const { m, participle } of [...passives, ...participles]) {
    // what is changed: named in the words before the verb ("Endringer i avtalen kan gjøres av", "denne avtalen kan endres")
    if (findFirst(pattern(MADE_VERB), m.text) && !findFirst(pattern(CHANGE_NOUN), wordsBefore(sentence.match, m.start, 7).text)) continue;
    // a participle follows its object after a comma: "the Terms at vendor.example/terms, as updated by the Vendor"
    const head = wordsBefore(sentence.match, participle ? sentence.match.slice(0, m.start).replace(/,\s*$/, '').length : m.start, 12);
    const object = findAll(pattern(CHANGED_OBJECT_SOURCE), head.text, head.from).pop();
    if (!object) continue;
    // "its security policy, as updated by the Vendor": the measures are changed (security-unilateral)
    if (participle && findFirst(pattern(OTHER_OBJECT_SOURCE), head.text)) continue;
    const objectStart = object.start;
    if (isListObject(object.text) && aboutSubprocessors(sentence)) continue;
    if (denialIn(context.frame(sentence), sentence.start + objectStart, sentence.start + m.end)) continue;
    const agent = passiveChangeAgent(sentence, m.end, context.parties.processorSource);
    const byProcessor = agent === 'processor';
    // "as amended from time to time" says nothing of who amends ("the Agreement, as amended from time to time")
    const unilateral = !participle && !agent && findFirst(pattern(UNILATERAL), sentence.match) !== undefined;
    if (!byProcessor && !unilateral) continue;
    hits.push({ messageId: 'processor-may-amend', start: objectStart, end: m.end, object: object.text });
  }
  return hits;
}

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
      if (!floating && !findFirst(pattern(ANY_CHANGE_SOURCE), sentence.match)) continue;
      const subprocessorMatter = aboutSubprocessors(sentence);
      const deemed = deemedAcceptance(sentence.match);
      let hits: Hit[] = [];
      // a change that needs the controller's consent is not unilateral (a deemed consent is no consent)
      if (deemed || !requiresConsent(sentence.match)) {
        const defined = processorChangesInDefinition(sentence, context.parties.processorSource);
        const governing = floating ? floatingTermsGovern(context.parties, sentence.match, CHANGED_OBJECT_SOURCE) : undefined;
        hits.push(...activeHits(sentence, context), ...passiveHits(sentence, context));
        for (const span of [defined, governing]) if (span) hits.push({ messageId: 'processor-may-amend', ...span });
      }
      const termsOnly = hits.length > 0 && hits.every((h) => h.object !== undefined && findFirst(pattern(TERMS_OBJECT_SOURCE), h.object) !== undefined);
      // "continued use is acceptance" right after a change of the terms only belongs to that change
      const deemedOfTerms = deemed && (termsOnly || (!hits.length && termsChange?.clause === sentence.clause && !findFirst(pattern(CHANGED_OBJECT_SOURCE), sentence.match.slice(0, deemed.start))));
      if (deemed && !subprocessorMatter) hits.push({ messageId: 'deemed-acceptance', start: deemed.start, end: deemed.end });
      termsChange = termsOnly ? sentence : hits.length ? undefined : termsChange;
      if (termsOnly || deemedOfTerms) {
        dpaKeptOut ??= keepsDpaOut(context.match, sentences);
        if (dpaKeptOut) hits = [];
      }
      reportOncePerMessage(context, sentence, hits);
    }
  },
});

