// Analysis of a text before any rule runs: its language, its clauses (with their language,
// sentences and library topics) and its matchText.

import { alignClause } from './align';
import { readAnswers } from './answer-rows';
import { detectLanguage, detectLanguageOfMatch } from './language';
import { matchText } from './match';
import { segmentText, sentenceSpans } from './segment';
import type { Clause, Lang } from './types';

/**
 * Splits and aligns a text: the clauses with their language, sentences and topics.
 * @example analyseText('7.1 Databehandler skal varsle ...').clauses[0].topics[0].topic // 'breach-notice'
 */
export function analyseText(text: string): { lang: Lang; clauses: Clause[]; match: string } {
  // question/answer rows and ticked checklists read as the statements they make (shared/answer-rows.ts)
  const lang = detectLanguage(text.slice(0, 20000));
  const match = readAnswers(text, matchText(text), lang);
  const segments = segmentText(text);
  const headingsMatchCache = new Map<string, string>();
  const clauses: Clause[] = segments.map((segment, index) => {
    const body = text.slice(segment.start, segment.end);
    const clauseLang = body.length > 60 ? detectLanguageOfMatch(match.slice(segment.start, segment.end), lang, 2) : lang;
    const headingsKey = segment.headings.join('\n');
    let headingsMatch = headingsMatchCache.get(headingsKey);
    if (headingsMatch === undefined) headingsMatchCache.set(headingsKey, (headingsMatch = matchText(headingsKey)));
    return {
      index,
      start: segment.start,
      end: segment.end,
      text: body,
      kind: segment.kind,
      ...(segment.number ? { number: segment.number } : {}),
      headings: segment.headings,
      lang: clauseLang,
      sentences: sentenceSpans(text, segment.start, segment.end),
      topics: alignClause(match.slice(segment.start, segment.end), headingsMatch, clauseLang),
    };
  });
  return { lang, clauses, match };
}

