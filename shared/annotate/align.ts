// Aligns two spellings of the same document: the text this module builds from document.xml and the
// text the extractor gave the review (which adds list numbers, collapses spaces and drops empty
// paragraphs). A character diff (jsdiff's Myers diff) pairs the characters both hold; the others
// have no partner. Findings' offsets are then carried from one text to the other through the pairs.

import { diffChars, diffLines, type ChangeObject } from 'diff';

/** Past this many edits the character diff gives up and the lines are paired instead. */
const MAX_CHAR_EDITS = 20_000;

/**
 * For each character of `extracted`, the offset of the same character in `mapped`, or -1.
 *
 * @example
 *   alignTexts('Avtale\n\nPunkt', 'Avtale\n\n1. Punkt'); // [0..7 -> 0..7, '1', '.', ' ' -> -1, 'P' -> 8, ...]
 */
export function alignTexts(mapped: string, extracted: string): Int32Array {
  const pairs = new Int32Array(extracted.length).fill(-1);
  if (mapped === extracted) {
    for (let index = 0; index < pairs.length; index++) pairs[index] = index;
    return pairs;
  }
  const changes = diffChars(mapped, extracted, { maxEditLength: MAX_CHAR_EDITS }) as ChangeObject<string>[] | undefined;
  pairEqualParts(changes ?? diffLines(mapped, extracted), pairs);
  return pairs;
}

function pairEqualParts(changes: ChangeObject<string>[], pairs: Int32Array): void {
  let mappedOffset = 0;
  let extractedOffset = 0;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) {
      extractedOffset += length;
    } else if (change.removed) {
      mappedOffset += length;
    } else {
      for (let index = 0; index < length; index++) pairs[extractedOffset + index] = mappedOffset + index;
      mappedOffset += length;
      extractedOffset += length;
    }
  }
}
