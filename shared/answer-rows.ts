// Question/answer rows and ticked checklists, read as the statements they make. Tenders answer a list of
// requirements this way: "Lagres data utenfor EØS? | Nei", "Hvor ofte …? | Én gang årligt",
// "☐ Yes ☒ No – Changes require Customer approval". Every rule reads the document's matchText, so the
// reading is made there, keeping its length (offsets stay the text's):
// - a row whose first cell is a question and whose answer says no denies the question: the question and the
//   "no" are blanked, so no rule reads the question as a term (what the answer goes on to say stays);
// - a "yes" answer affirms it, another answer fills it in: the "?", the `|` and the "yes" are blanked, so the
//   question and its answer read as one statement ("hvor ofte kan kunden foretage revision   én gang årligt");
// - a checklist line whose ticked box says no is blanked; one whose ticked box says yes loses only its boxes.
// The segmenter makes each such row and line a clause of its own (segment.ts: isAnswerRow, BULLET).

import { concept } from './lexicon';
import { findFirst, matchText, pattern } from './match';

/** A row whose first cell is a question and whose second cell answers it: "Kan data … EØS? | Nei, …". */
export const ANSWER_ROW = /^([^|\n]*\?)[ \t]*\|[ \t]*(?=\S)/;

/** A checklist line's boxes and their labels: "☒ Yes ☐ No – ", "[x] Ja [ ] Nei: ". */
const CHECKLIST_BOXES = /^\s*(?:(?:[☐☒☑⊠]|\[[ xX]?\])\s*\p{L}+\s*){1,3}[–—:-]?\s*/u;
const TICKED_BOX = /(?:[☒☑⊠]|\[[xX]\])\s*(\p{L}+)/u;

const NO_SOURCE = `^${concept('answer.no')}`;
const YES_SOURCE = `^${concept('answer.yes')}`;

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

/**
 * The matchText with question/answer rows and checklist lines read as statements (same length).
 * @example readAnswers('Lagres data i USA? | Nei', matchText('Lagres data i USA? | Nei')).trim() // ''
 */
export function readAnswers(text: string, match: string): string {
  // most documents have neither: a look for "? |" or a box spares the line walk
  if (!/\?[ \t]*\||[☐☒☑⊠]|\[[xX ]?\]/u.test(text)) return match;
  const chars = [...match];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineMatch = match.slice(lineStart, lineStart + line.length);
    const row = ANSWER_ROW.exec(line);
    if (row) {
      const answerAt = row[0].length;
      const answer = lineMatch.slice(answerAt);
      const no = findFirst(pattern(NO_SOURCE), answer);
      const yes = no ? undefined : findFirst(pattern(YES_SOURCE), answer);
      if (no) blank(chars, lineStart, lineStart + answerAt + no.end);
      else {
        blank(chars, lineStart + row[1].length - 1, lineStart + answerAt + (yes?.end ?? 0));
      }
    } else {
      const boxes = CHECKLIST_BOXES.exec(line);
      const ticked = boxes && TICKED_BOX.exec(boxes[0]);
      if (boxes && ticked) {
        const said = matchText(ticked[1]);
        if (findFirst(pattern(NO_SOURCE), said)) blank(chars, lineStart, lineStart + line.length);
        else if (findFirst(pattern(YES_SOURCE), said)) blank(chars, lineStart, lineStart + boxes[0].length);
      }
    }
    lineStart += line.length + 1;
  }
  return chars.join('');
}


/**
 * The question of a row whose answer denies it, with the question's own matchText (the document's reading
 * blanks it): for a rule that reports a term the answer takes away ("Finst det skriftleg instruks? | Nei").
 * Offsets relative to the row; undefined for any other text.
 * @example deniedQuestion('Er dei tilsette underlagde teieplikt? | Nei')?.match // 'er dei tilsette underlagde teieplikt?'
 */
export function deniedQuestion(row: string): { start: number; end: number; match: string } | undefined {
  const question = ANSWER_ROW.exec(row);
  if (!question || !findFirst(pattern(NO_SOURCE), matchText(row.slice(question[0].length)))) return undefined;
  return { start: 0, end: question[1].length, match: matchText(question[1]) };
}
