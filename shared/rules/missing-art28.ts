// missing-art28: a whole DPA lacking one of the eight terms GDPR art. 28(3)(a)–(h) makes mandatory.
// How it reads a clause, and why: docs/rules/reading/missing-art28.md.

import { findAll, findFirst, pattern, type Match } from '../match';
import { defineRule, type RuleContext, type SentenceView } from '../rule';
import { samePart } from '../sentence-parts';
import { disclaimedDuty } from '../clause-facts';
import { ruleMessages } from '../messages';
import { concept, conceptIds, conceptPhrase } from '../lexicon';
import art28Terms from '../../clauses/art28-terms.json';
import type { Clause } from '../types';
import { deniedQuestion } from '../answer-rows';

type Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';

/** How a term is recognised: every pattern must match in one sentence (or, with `inClause`, in one clause). */
interface TermEvidence {
  allOf: string[];
  inClause?: boolean;
}

/** One term of art. 28(3), read from clauses/art28-terms.json with its patterns built from the lexicon. */
interface Term {
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

const TERMS = termsOf(art28Terms as TermTable);

interface Anchor {
  start: number;
  end: number;
}

function anchorFor(context: RuleContext, term: Term, used: readonly Anchor[]): Anchor {
  const free = (a: Anchor) => !used.some((u) => u.start < a.end && a.start < u.end);
  for (const source of term.anchors) {
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

// A disclaimer of only some instances keeps the duty: unlawful instructions, more than one audit a year.
const LIMITED = concept('duty.disclaimer-limited');
// A question whose subject is the controller (the verb, then "Kunden", "the Customer") asks about the controller's duty.
const CONTROLLER_ASKED = `^(?:\\p{L}+ ){1,2}${concept('party.controller')}`;

/** Where a sentence with a processor's disclaimer (`disclaimedDuty`) disclaims the term: in the clause part of the term's words. */
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

/** The sentences that take the term away in its own words (`deniedBy`), where no `keptBy` keeps it: "instructions may be given orally". */
function termDenials(context: RuleContext, term: Term): { sentence: SentenceView; at: Match }[] {
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
 */
function termPresent(context: RuleContext, term: Term, disclaimers: readonly { sentence: SentenceView }[]): boolean {
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
      const disclaimer = disclaimedDuty(sentence.match, context.parties.processorSource);
      return disclaimer ? [{ sentence, disclaimer }] : [];
    });
    for (const term of TERMS) {
      const disclaimers = [
        ...disclaiming.flatMap(({ sentence, disclaimer }) => {
          const at = disclaimerOf(sentence, disclaimer, term);
          return at ? [{ sentence, at }] : [];
        }),
        ...termDenials(context, term),
      ].sort((a, b) => a.at.start - b.at.start);
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
      const anchor = anchorFor(context, term, used);
      used.push(anchor);
      context.reportAbsence({ messageId: `missing-${term.letter}`, ...anchor, data });
    }
  },
});
