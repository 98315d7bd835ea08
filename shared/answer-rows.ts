// Question/answer rows and ticked checklists, read as the statements they make. Tenders answer a list of
// requirements this way: "Lagres data utenfor EØS? | Nei", "Hvor ofte …? | Én gang årligt",
// "☐ Yes ☒ No – Changes require Customer approval". Every rule reads the document's matchText, so the
// reading is made there, keeping its length (offsets stay the text's):
// - a row whose first cell is a question and whose answer says no denies the question: it reads as the question
//   negated, the negation written after its first word, the finite verb of a yes/no question ("Varsles Kunden før
//   nye underleverandører tas i bruk? | Nei" → "varsles ikke kunden før nye underleverandører tas i bruk"), so every
//   rule reads the denial as it reads a negated term: a denied duty is a deviation, a denied risk ("Lagres data
//   utenfor EØS? | Nei") stays compliant. The words after the verb move right by the negation's length (into the
//   room of "? | nei"); where that room is too small the question is blanked. What the answer goes on to say stays;
// - a "yes" answer affirms it, another answer fills it in: the "?", the `|` and the "yes" are blanked, so the
//   question and its answer read as one statement ("hvor ofte kan kunden foretage revision   én gang årligt");
// - a checklist line whose ticked box says no is blanked; one whose ticked box says yes loses only its boxes.
// An answer sheet may put the answer on a labelled line under its question ("B2  Brukes data til statistikk?" then
// "    Svar: Nei"): that is the same row over two lines, read alike (the question's item number left out, and
// the room of "?", the line break and the label taken for the negation), and question and answer are one sentence.
// The segmenter makes each such row and line a clause of its own (segment.ts: isAnswerRow, BULLET).

import { concept, conceptWords, LEXICON_LANGS } from './lexicon';
import type { Lang } from './types';
import { findFirst, matchText, pattern } from './match';

/** A row whose first cell is a question and whose second cell answers it: "Kan data … EØS? | Nei, …". */
export const ANSWER_ROW = /^([^|\n]*\?)[ \t]*\|[ \t]*(?=\S)/;

/** An answer on a labelled line of its own, under its question: "    Svar: Nei", "Answer: Yes". */
export const ANSWER_LINE = new RegExp(`^[ \\t]*(?:${conceptWords('answer.label').join('|')})[ \\t]*:[ \\t]*(?=\\S)`, 'iu');

/** A question's item number before it, in an answer sheet or a numbered row: "B2  ", "C10 ", "4.1 ". */
const ITEM_NUMBER = /^[ \t]*(?:\p{Lu}?\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]+)?/u;

/** A checklist line's boxes and their labels: "☒ Yes ☐ No – ", "[x] Ja [ ] Nei: ". */
const CHECKLIST_BOXES = /^\s*(?:(?:[☐☒☑⊠]|\[[ xX]?\])\s*\p{L}+\s*){1,3}[–—:-]?\s*/u;
const TICKED_BOX = /(?:[☒☑⊠]|\[[xX]\])\s*(\p{L}+)/u;

const NO_SOURCE = `^${concept('answer.no')}`;
const YES_SOURCE = `^${concept('answer.yes')}`;

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

/** The negation a denied question is read with: the one of the first language (the document's first) whose "no" the answer says. */
function denialWord(answer: string, lang: Lang): string | undefined {
  for (const l of [lang, ...LEXICON_LANGS.filter((other) => other !== lang)]) {
    if (conceptWords('answer.no', [l]).some((no) => findFirst(pattern(`^${no}\\b`), answer))) return conceptWords('answer.denial', [l])[0];
  }
  return undefined;
}

/** A possessive before the subject's head: "the Processor's liability", "Kundens data". */
const POSSESSIVE_SOURCE = `(?:[\\p{L}-]+(?:'s|s')|(?:${concept('party.processor', 'party.controller')})(?<=ns)) `;
/**
 * The subject of a yes/no question, after its first word (the finite verb): an optional determiner, possessives, a head
 * word, and the words that carry a compound on ("personal data", "Customer Data" as a capitalised term goes on below).
 */
const SUBJECT_SOURCE = `^ (?:${concept('answer.subject-determiner')} )?(?:${POSSESSIVE_SOURCE})*\\p{L}+(?: ${concept('answer.subject-tail')})*`;

/**
 * Where a negation goes in a yes/no question (relative to the question): after its subject ("Is the Processor's
 * liability | not limited", "Kan Leverandøren | ikke bruke"), where a plain statement has it, so every rule that looks for
 * a denial between the party and the verb finds it there; after the first word when no subject is read.
 */
function negationAt(question: string, questionMatch: string): number | undefined {
  const verbEnd = /^\s*\p{L}+/u.exec(question)?.[0].length;
  if (verbEnd === undefined) return undefined;
  const subject = findFirst(pattern(SUBJECT_SOURCE), questionMatch.slice(verbEnd));
  if (!subject) return verbEnd;
  let end = verbEnd + subject.end;
  // a capitalised term goes on while its words are capitalised ("the Customer Personal Data")
  const head = /\p{L}+$/u.exec(question.slice(0, end))?.[0] ?? '';
  if (/^\p{Lu}/u.test(head)) for (let next = /^ \p{Lu}\p{L}*/u.exec(question.slice(end)); next; next = /^ \p{Lu}\p{L}*/u.exec(question.slice(end))) end += next[0].length;
  return end;
}

/**
 * Writes a denied question into `chars` as the question negated (see the header): the negation goes after the
 * subject, the rest of the question moves right, and "?", "|" and the "no" (up to `deniedEnd`, relative to the line)
 * are blanked. False, with nothing written, when the room is too small.
 */
function negateQuestion(chars: string[], lineStart: number, lineMatch: string, question: string, deniedEnd: number, negation: string): boolean {
  const at = negationAt(question, lineMatch.slice(0, question.length));
  const questionEnd = question.length - 1; // the "?"
  if (at === undefined || at > questionEnd || questionEnd + negation.length + 1 > deniedEnd) return false;
  const rest = [...lineMatch.slice(at, questionEnd)];
  blank(chars, lineStart + at, lineStart + deniedEnd);
  [...` ${negation}`, ...rest].forEach((c, i) => (chars[lineStart + at + i] = c));
  return true;
}

/**
 * The matchText with question/answer rows and checklist lines read as statements (same length). `lang`, the
 * document's language, chooses the negation a denied question is read with when its "no" is several languages'.
 * @example readAnswers('Lagres data i USA? | Nei', matchText('Lagres data i USA? | Nei')).trim() // 'lagres ikke data i usa'
 */
export function readAnswers(text: string, match: string, lang: Lang = 'nb'): string {
  // most documents have neither: a look for "? |", a box or an answer label spares the line walk
  if (!/\?[ \t]*\||[☐☒☑⊠]|\[[xX ]?\]|\?[ \t]*\r?\n/u.test(text)) return match;
  const chars = [...match];
  const lines = text.split('\n');
  let lineStart = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const row = answeredQuestion(line, lines[index + 1]);
    if (row) {
      readRow(chars, lineStart, match.slice(lineStart, lineStart + row.length), row.question, row.answerAt, lang);
      // an answer on the next line is read with its question
      if (row.length > line.length) index++;
      lineStart += row.length + 1;
      continue;
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
 * A question and its answer: a row ("Kan data … EØS? | Nei") or a question line with the answer on a labelled line
 * under it ("Kan data … EØS?" then "Svar: Nei"). The question runs from the line's start to its "?"; `answerAt` and
 * `length` count from there over both lines.
 */
function answeredQuestion(line: string, next: string | undefined): { question: string; answerAt: number; length: number } | undefined {
  const row = ANSWER_ROW.exec(line);
  if (row) return { question: row[1], answerAt: row[0].length, length: line.length };
  if (next === undefined || !/^[^|\n]*\?[ \t\r]*$/.test(line)) return undefined;
  const label = ANSWER_LINE.exec(next);
  if (!label) return undefined;
  return { question: line.slice(0, line.lastIndexOf('?') + 1), answerAt: line.length + 1 + label[0].length, length: line.length + 1 + next.length };
}

/**
 * Writes one question and its answer into `chars` (see the header). `rowMatch` is the matchText from the row's
 * start; the question's item number stays as it is.
 */
function readRow(chars: string[], rowStart: number, rowMatch: string, question: string, answerAt: number, lang: Lang): void {
  const answer = rowMatch.slice(answerAt);
  const no = findFirst(pattern(NO_SOURCE), answer);
  const yes = no ? undefined : findFirst(pattern(YES_SOURCE), answer);
  if (no) {
    const numbered = ITEM_NUMBER.exec(question)?.[0].length ?? 0;
    const negation = denialWord(no.text, lang);
    const negated = negation && negateQuestion(chars, rowStart + numbered, rowMatch.slice(numbered), question.slice(numbered), answerAt + no.end - numbered, negation);
    if (!negated) blank(chars, rowStart, rowStart + answerAt + no.end);
  } else {
    blank(chars, rowStart + question.length - 1, rowStart + answerAt + (yes?.end ?? 0));
  }
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
