// missing-art28: a whole DPA lacking one of the eight terms GDPR art. 28(3)(a)–(h) makes mandatory.
// How it reads a clause, and why: docs/rules/reading/missing-art28.md.

import { findAll, findFirst, pattern, type Match } from '../match';
import { defineRule, type RuleContext, type SentenceView } from '../rule';
import { samePart } from '../sentence-parts';
import { firstPartyLeadingTo } from '../clause-facts';
import { ruleMessages } from '../messages';
import { concept, conceptPrefix } from '../lexicon';
import { PROCESSOR_SOURCE } from '../values';
import type { Clause } from '../types';
import { deniedQuestion } from '../answer-rows';

type Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';

/** How a term is recognised: every group must match in one sentence (or, with `inClause`, in one clause). */
interface TermEvidence {
  /** Pattern sources that must all occur together. */
  allOf: string[];
  /** Whether the groups may be spread over the sentences of one clause. */
  inClause?: boolean;
}

interface Term {
  letter: Letter;
  evidence: TermEvidence[];
  /** A library topic whose clauses count as the term, with the minimum alignment score. */
  topic?: { id: string; minScore: number; alsoNeeds?: string };
}

const SUBPROCESSOR = concept('subprocessor');
// Duty words, also inside Scandinavian compounds ("databeskyttelsesforpligtelser", "dataskyddsskyldigheter").
const DUTY_WORDS = concept('art28.duty');
// "the same", "similar", "tilsvarende": duties equal to the processor's own (lexicon: equivalent)
const EQUIVALENT = concept('equivalent');
// "this agreement / this Addendum / denne avtalen ...".
const THIS_DPA = concept('agreement.this');
// Sub-processors bound by the same duties: "the same data protection obligations", "no less protective",
// "imposes ... the obligations", "bound by ... this DPA" (lexicon: art28.*, equivalent).
const FLOW_DOWN = `\\b(?:${[
  `${concept('equivalent', 'art28.identical')} (?:\\p{L}+ ){0,3}${DUTY_WORDS}`,
  conceptPrefix('art28.flow-down-phrase'),
  `${conceptPrefix('art28.at-least')} ${conceptPrefix('art28.same')} (?:\\p{L}+ ){0,3}${conceptPrefix('art28.protection-level')}`,
  `${conceptPrefix('art28.impose')}\\p{L}* (?:\\p{L}+ ){0,8}${DUTY_WORDS}`,
  `${conceptPrefix('art28.similar')} (?:\\p{L}+ ){0,2}${conceptPrefix('art28.level')}\\p{L}* ${concept('art28.of')} (?:\\p{L}+ ){0,2}${conceptPrefix('art28.protection')}`,
  `${DUTY_WORDS} (?:\\p{L}+ ){0,3}${concept('art28.relative')} (?:${concept('determiner.the')} )?${PROCESSOR_SOURCE}(?: itself)? ${concept('art28.is')} ${conceptPrefix('art28.bound')}`,
  `${concept('art28.bound-by')} (?:\\p{L}+ ){0,4}${DUTY_WORDS}`,
  `${DUTY_WORDS} (?:\\p{L}+ ){0,5}(?:${EQUIVALENT}|${conceptPrefix('art28.no-less')})`,
  `${conceptPrefix('art28.comply')}\\p{L}* (?:\\p{L}+ ){0,6}${THIS_DPA}`,
  `${conceptPrefix('art28.bind')}\\p{L}* (?:\\p{L}+ ){0,3}${SUBPROCESSOR} (?:[\\p{L}\\p{N}'’-]+ ){0,15}${THIS_DPA}`,
].join('|')})`;
const CONTRACT = concept('contract.word');
const DATA_PROTECTION_DUTIES = concept('art28.data-protection-duty');
const ASSIST = concept('assist', 'art28.assist-request');
// (e) by technical measures: tools in the service that let the controller itself rectify or erase a person's data.
const SELF_SERVICE_TOOLS = concept('art28.self-service');
const RECTIFY = concept('data-subject.rectify');
const DATA_SUBJECT_RIGHTS = concept('data-subject.rights');
// (f): the art. 32–36 duties beyond breach notice: DPIA and prior consultation, or the articles named.
const ART_32_36 = concept('art28.art-32-36');
const DELETE = concept('deletion.delete');
const RETURN = concept('deletion.return');
const DELETE_OR_RETURN = `(?:${DELETE}|${RETURN})`;
const END = concept('contract.end');

// (b): confidentiality words, and the persons (or access to the data) the duty must bind.
const CONFIDENTIALITY = concept('confidentiality');
const CONFIDENTIALITY_DUTY = concept('confidentiality.duty');
const PERSONS = concept('confidentiality.persons');

const TERMS: Term[] = [
  {
    letter: 'a',
    evidence: [{ allOf: [concept('art28.instructions')] }],
    topic: { id: 'instructions', minScore: 0.5, alsoNeeds: concept('art28.instruction-word') },
  },
  {
    letter: 'b',
    // the duty must bind the persons who process the data: a report handed over "subject to
    // confidentiality" binds no staff
    evidence: [
      { allOf: [CONFIDENTIALITY, PERSONS] },
      { allOf: [CONFIDENTIALITY_DUTY, PERSONS], inClause: true },
    ],
    topic: { id: 'confidentiality', minScore: 0.5 },
  },
  {
    letter: 'c',
    evidence: [{ allOf: [concept('art28.security')] }],
    topic: { id: 'security', minScore: 0.5 },
  },
  {
    letter: 'd',
    evidence: [
      { allOf: [SUBPROCESSOR, FLOW_DOWN] },
      { allOf: [SUBPROCESSOR, CONTRACT, DATA_PROTECTION_DUTIES, concept('written')] },
      { allOf: [conceptPrefix('art28.paragraph-4'), conceptPrefix('reference.article-word')] },
    ],
  },
  {
    letter: 'e',
    evidence: [{ allOf: [ASSIST, DATA_SUBJECT_RIGHTS] }, { allOf: [SELF_SERVICE_TOOLS, RECTIFY] }],
    topic: { id: 'data-subject-rights', minScore: 0.5, alsoNeeds: ASSIST },
  },
  { letter: 'f', evidence: [{ allOf: [ART_32_36] }] },
  {
    letter: 'g',
    evidence: [{ allOf: [DELETE_OR_RETURN, END], inClause: true }, { allOf: [DELETE, RETURN] }, { allOf: [`${conceptPrefix('art28.deletion-noun')}\\p{L}*/${conceptPrefix('art28.return-noun')}\\p{L}*`] }],
    topic: { id: 'deletion-return', minScore: 0.5, alsoNeeds: DELETE_OR_RETURN },
  },
  {
    letter: 'h',
    evidence: [{ allOf: [concept('art28.audit')] }],
    topic: { id: 'audit', minScore: 0.5 },
  },
];

// Where a missing term's finding points: the place the term belongs (the sub-processor clause for (d),
// the breach or security clause for (f)), else a section title, else the document's first line.
const ANCHOR_SOURCES: Record<Letter, string[]> = {
  a: [concept('art28.anchor-purpose')],
  b: [concept('art28.anchor-staff'), concept('art28.anchor-access')],
  c: [concept('art28.anchor-security')],
  d: [SUBPROCESSOR],
  e: [DATA_SUBJECT_RIGHTS, concept('data-subject.word')],
  f: [
    concept('art28.anchor-breach'),
    concept('assist'),
    concept('art28.anchor-security'),
  ],
  g: [END],
  h: [concept('art28.anchor-information')],
};

interface Anchor {
  start: number;
  end: number;
}

function anchorFor(context: RuleContext, letter: Letter, used: readonly Anchor[]): Anchor {
  const free = (a: Anchor) => !used.some((u) => u.start < a.end && a.start < u.end);
  for (const source of ANCHOR_SOURCES[letter]) {
    const re = pattern(source);
    for (const sentence of context.sentences()) {
      const anchor = findAll(re, sentence.match, sentence.start).find(free);
      if (anchor) return { start: anchor.start, end: anchor.end };
    }
  }
  for (const clause of context.clauses) {
    const line = clause.text.split('\n')[0];
    const anchor = { start: clause.start, end: clause.start + Math.max(1, line.trimEnd().length) };
    if (free(anchor)) return anchor;
  }
  return { start: 0, end: 1 };
}

function has(source: string, text: string): boolean {
  return findFirst(pattern(source), text) !== undefined;
}

// A duty said not to bind: "has no obligation to", "er ikke bundet av", "ansvarar inte för", "kan ikke kræves".
const DISCLAIMED = concept('duty.disclaimed');
const EXCEPTION = concept('exception.unless', 'exception.except');
// A disclaimer of only some instances keeps the duty: unlawful instructions, more than one audit a year.
const LIMITED = concept('duty.disclaimer-limited');
// A question whose subject is the controller (the verb, then "Kunden", "the Customer") asks about the controller's duty.
const CONTROLLER_ASKED = `^(?:\\p{L}+ ){1,2}${concept('party.controller')}`;

/**
 * A sentence's disclaimer of a duty of the processor's (not the controller's): "has no obligation to", "revision kan
 * ikke kræves", with nothing after it that keeps the duty ("unless", "instructions that infringe the law", "more than
 * one audit"). A sentence that disclaims a term (`disclaimerOf`) is no evidence of it; when nothing else is, the term
 * is missing there.
 */
function processorDisclaimer(sentence: SentenceView, processorSource: string): Match | undefined {
  const s = sentence.match;
  const disclaimer = findFirst(pattern(DISCLAIMED), s);
  if (!disclaimer || has(EXCEPTION, s.slice(disclaimer.end)) || has(LIMITED, s.slice(disclaimer.end))) return undefined;
  // the controller freed of a duty of its own ("Customer has no obligation to audit") disclaims nothing of the processor's
  if (firstPartyLeadingTo(s, disclaimer.start, processorSource) === 'controller') return undefined;
  return disclaimer;
}

/** Where a sentence with a processor's disclaimer (`processorDisclaimer`) disclaims the term: in the clause part of the term's words. */
function disclaimerOf(sentence: SentenceView, disclaimer: Match, term: Term): Match | undefined {
  const s = sentence.match;
  for (const evidence of term.evidence) {
    const words = evidence.allOf.map((source) => findAll(pattern(source), s).find((m) => samePart(s, m.start, disclaimer.start)));
    if (words.every((w) => w !== undefined)) {
      const start = Math.min(disclaimer.start, ...words.map((w) => w!.start));
      const end = Math.max(disclaimer.end, ...words.map((w) => w!.end));
      return { start: sentence.start + start, end: sentence.start + end, text: s.slice(start, end), groups: [] };
    }
  }
  return undefined;
}

/**
 * Whether the document holds the term, by its wording or by a clause aligned with its topic; sentences that
 * disclaim it (and the clauses that hold them) are no evidence.
 */
function termPresent(context: RuleContext, term: Term, disclaimers: readonly { sentence: SentenceView }[]): boolean {
  const disclaiming = new Set(disclaimers.map((d) => d.sentence));
  const disclaimingClauses = new Set(disclaimers.map((d) => d.sentence.clause.index));
  for (const evidence of term.evidence) {
    if (evidence.inClause) {
      for (const clause of context.clauses) {
        if (disclaimingClauses.has(clause.index)) continue;
        const text = context.match.slice(clause.start, clause.end);
        if (evidence.allOf.every((source) => has(source, text))) return true;
      }
    } else {
      for (const sentence of context.sentences()) {
        if (disclaiming.has(sentence)) continue;
        if (evidence.allOf.every((source) => has(source, sentence.match))) return true;
      }
    }
  }
  if (term.topic) {
    const { id, minScore, alsoNeeds } = term.topic;
    const aligned: Clause[] = context.clausesAbout(id, minScore).filter((clause) => !disclaimingClauses.has(clause.index));
    if (aligned.some((clause) => !alsoNeeds || has(alsoNeeds, context.match.slice(clause.start, clause.end)))) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    category: 'missing-art28',
    defaultSeverity: 'medium',
    topic: 'instructions',
    messages: ruleMessages('missing-art28'),
    playbookSettings: [],
    reportsAbsence: true,
  },
  check(context) {
    const used: Anchor[] = [];
    // the disclaimers are read once per sentence, then matched with each term
    const disclaiming = context.sentences().flatMap((sentence) => {
      // a question its answer denies ("Finst det skriftleg instruks? | Nei") disclaims what it asks about
      // (not one about the controller's own duty, "Betaler Kunden for revisjonen? | Nei", nor a limit, "more than one audit")
      const denied = deniedQuestion(sentence.text);
      if (denied) {
        if (has(CONTROLLER_ASKED, denied.match) || has(LIMITED, denied.match)) return [];
        return [{ sentence: { ...sentence, match: denied.match.padEnd(sentence.match.length) }, disclaimer: { ...denied, text: denied.match, groups: [] } }];
      }
      const disclaimer = processorDisclaimer(sentence, context.processorSource);
      return disclaimer ? [{ sentence, disclaimer }] : [];
    });
    for (const term of TERMS) {
      const disclaimers = disclaiming.flatMap(({ sentence, disclaimer }) => {
        const at = disclaimerOf(sentence, disclaimer, term);
        return at ? [{ sentence, at }] : [];
      });
      if (termPresent(context, term, disclaimers)) continue;
      const data = { letter: term.letter, article: `28(3)(${term.letter})` };
      // the term disclaimed in so many words: missing there, in a pasted clause too
      if (disclaimers.length) {
        const { start, end } = disclaimers[0].at;
        used.push({ start, end });
        context.report({ messageId: `missing-${term.letter}`, start, end, data });
        continue;
      }
      if (context.scope !== 'document') continue;
      const anchor = anchorFor(context, term.letter, used);
      used.push(anchor);
      context.reportAbsence({ messageId: `missing-${term.letter}`, ...anchor, data });
    }
  },
});
