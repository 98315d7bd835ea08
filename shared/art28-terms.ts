// The eight terms GDPR art. 28(3)(a)–(h) makes mandatory, read from clauses/art28-terms.json with their patterns
// built from the lexicon: how a document holds each (its wording in one sentence or one clause, or a clause aligned
// with its topic), how a sentence disclaims one (a processor's disclaimer in the clause part of the term's words, a
// question its answer denies) or takes it away in its own words, and where a missing one belongs. The missing-art28
// rule judges these; the Normen checklist or any rule on art. 28 terms can ask the same.

import { findAll, findFirst, pattern, type Match } from './match';
import type { RuleContext, SentenceView } from './rule';
import { samePart } from './sentence-parts';
import { disclaimedDuty } from './clause-facts';
import { concept, conceptIds, conceptPhrase } from './lexicon';
import art28Terms from '../clauses/art28-terms.json';
import type { Clause } from './types';
import { deniedQuestion } from './answer-rows';

export type Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';

/** How a term is recognised: every pattern must match in one sentence (or, with `inClause`, in one clause). */
interface TermEvidence {
  allOf: string[];
  inClause?: boolean;
}

/** One term of art. 28(3), read from clauses/art28-terms.json with its patterns built from the lexicon. */
export interface Term {
  letter: Letter;
  evidence: TermEvidence[];
  /** A library topic whose clauses count as the term, with the minimum alignment score. */
  topic?: { id: string; minScore: number; alsoNeeds?: string };
  /** Where a missing term's finding points: the place the term belongs, tried in order. */
  anchors: string[];
  /** Wordings that take the term away in the sentence that says them ("instructions need not be documented"), unless one of `keptBy` keeps it there. */
  deniedBy?: string[];
  keptBy?: string[];
}

interface TermTable {
  phrases: Record<string, string[]>;
  terms: (Omit<Term, 'letter'> & { letter: string })[];
}

/** The table's terms, their `{{concept}}` and `{{phrase}}` slots made pattern sources. */
function termsOf(table: TermTable): Term[] {
  const phrases: Record<string, string> = {};
  for (const [name, alternatives] of Object.entries(table.phrases)) {
    if (conceptIds().includes(name)) throw new Error(`art28-terms.json: phrase "${name}" is also a lexicon concept`);
    phrases[name] = alternatives.length === 1 ? conceptPhrase(alternatives[0]) : `(?:${alternatives.map((a) => conceptPhrase(a)).join('|')})`;
  }
  const source = (template: string) => conceptPhrase(template, phrases);
  return table.terms.map((term) => ({
    letter: term.letter as Letter,
    evidence: term.evidence.map((e) => ({ ...e, allOf: e.allOf.map(source) })),
    topic: term.topic && { ...term.topic, alsoNeeds: term.topic.alsoNeeds === undefined ? undefined : source(term.topic.alsoNeeds) },
    anchors: term.anchors.map(source),
    deniedBy: term.deniedBy?.map(source),
    keptBy: term.keptBy?.map(source),
  }));
}

/** The eight terms, in the order of the article. */
export const ART28_TERMS = termsOf(art28Terms as TermTable);

function has(source: string, text: string): boolean {
  return findFirst(pattern(source), text) !== undefined;
}

// A disclaimer of only some instances keeps the duty: unlawful instructions, more than one audit a year.
const LIMITED = concept('duty.disclaimer-limited');
// A question whose subject is the controller (the verb, then "Kunden", "the Customer") asks about the controller's duty.
const CONTROLLER_ASKED = `^(?:\\p{L}+ ){1,2}${concept('party.controller')}`;

/**
 * Where a sentence with a processor's disclaimer (`disclaimedDuty`) disclaims the term: in the clause part of the term's
 * words. The span (absolute) runs over the disclaimer and those words.
 * @example termDisclaimer(sentence, disclaimer, term)?.text // 'not obliged to assist ... data protection impact assessments'
 */
export function termDisclaimer(sentence: SentenceView, disclaimer: Match, term: Term): Match | undefined {
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
 * The sentences that take the term away in its own words (`deniedBy`), where no `keptBy` keeps it: "instructions may be given orally".
 * @example termDenials(context, term)[0]?.at.text // 'instructions may be given orally'
 */
export function termDenials(context: RuleContext, term: Term): { sentence: SentenceView; at: Match }[] {
  if (!term.deniedBy) return [];
  return context.sentences().flatMap((sentence) => {
    if (term.keptBy?.some((source) => has(source, sentence.match))) return [];
    const denial = term.deniedBy!.map((source) => findFirst(pattern(source), sentence.match, sentence.start)).find((m) => m !== undefined);
    return denial ? [{ sentence, at: denial }] : [];
  });
}

/**
 * Whether the document holds the term, by its wording or by a clause aligned with its topic; sentences that
 * disclaim it (and the clauses that hold them) are no evidence.
 * @example termPresent(context, ART28_TERMS[0], []) // true when a sentence says the processor acts only on documented instructions
 */
export function termPresent(context: RuleContext, term: Term, disclaimers: readonly { sentence: SentenceView }[]): boolean {
  // by place: a denied question's disclaimer carries a copy of its sentence, read as the question
  const disclaiming = new Set(disclaimers.map((d) => d.sentence.start));
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
        if (disclaiming.has(sentence.start)) continue;
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

/** A sentence that disclaims some duty of the processor, and the words that do it. */
export interface Disclaiming {
  sentence: SentenceView;
  disclaimer: Match;
}

/**
 * The sentences that disclaim a duty of the processor (`disclaimedDuty`), read once and then matched with each term
 * (`termDisclaimer`): a question its answer denies ("Finst det skriftleg instruks? | Nei") disclaims what it asks
 * about, read as the question (not one about the controller's own duty, "Betaler Kunden for revisjonen? | Nei", nor a
 * limit, "more than one audit").
 * @example disclaimingSentences(context)[0]?.disclaimer.text // 'is not obliged to'
 */
export function disclaimingSentences(context: RuleContext): Disclaiming[] {
  return context.sentences().flatMap((sentence) => {
    const denied = deniedQuestion(sentence.text);
    if (denied) {
      if (has(CONTROLLER_ASKED, denied.match) || has(LIMITED, denied.match)) return [];
      return [{ sentence: { ...sentence, match: denied.match.padEnd(sentence.match.length) }, disclaimer: { ...denied, text: denied.match, groups: [] } }];
    }
    const disclaimer = disclaimedDuty(sentence.match, context.parties.processorSource);
    return disclaimer ? [{ sentence, disclaimer }] : [];
  });
}
