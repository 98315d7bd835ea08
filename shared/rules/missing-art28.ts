// missing-art28: a whole DPA lacking one of the eight terms GDPR art. 28(3)(a)–(h) makes mandatory.
// How it reads a clause, and why: docs/rules/reading/missing-art28.md.

import { findAll, pattern } from '../match';
import { defineRule, type RuleContext } from '../rule';
import { ruleMessages } from '../messages';
import { ART28_TERMS, disclaimingSentences, termDenials, termDisclaimer, termPresent, type Term } from '../art28-terms';

interface Anchor {
  start: number;
  end: number;
}

/** Where a missing term's finding points: the first of the term's anchor wordings no other finding holds, else the first line of a free clause. */
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
    const disclaiming = disclaimingSentences(context);
    for (const term of ART28_TERMS) {
      const disclaimers = [
        ...disclaiming.flatMap(({ sentence, disclaimer }) => {
          const at = termDisclaimer(sentence, disclaimer, term);
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
