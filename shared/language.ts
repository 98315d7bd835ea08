// Language identification for nb, en, da and sv by counting frequent function words and a few
// spellings that tell the Scandinavian languages apart (av/af/av, etter/efter/efter, och/og).
// Nynorsk is Norwegian: its own function words (ikkje, berre, frå, desse) vote for nb.
// Text without æøå and OCR noise still carries these words, so the vote is robust.

import type { Lang } from './types';

const markers: Record<Lang, string[]> = {
  en: ['the', 'and', 'of', 'to', 'shall', 'be', 'is', 'that', 'or', 'by', 'with', 'any', 'this', 'processor', 'controller', 'data', 'which', 'will', 'may', 'not', 'are'],
  nb: ['og', 'av', 'det', 'som', 'er', 'ikke', 'skal', 'kan', 'denne', 'eller', 'ved', 'etter', 'mellom', 'uten', 'hva', 'noen', 'databehandler', 'behandlingsansvarlig', 'personopplysninger', 'hvis', 'dersom', 'avtalen', 'også', 'ogsa', 'bare', 'slik', 'disse',
    // nynorsk ('utan' and 'innan' are Swedish too, so they are left out)
    'ikkje', 'berre', 'frå', 'desse', 'kva', 'nokon', 'noko', 'nokre', 'eit', 'ein', 'dei', 'vert', 'òg', 'korleis', 'mogleg', 'skriftleg', 'seinast',
    'databehandlar', 'databehandlaren', 'behandlingsansvarleg', 'behandlingsansvarlege', 'personopplysningar', 'personopplysningane', 'avtala'],
  da: ['og', 'af', 'det', 'som', 'er', 'ikke', 'skal', 'kan', 'denne', 'eller', 'ved', 'efter', 'mellem', 'uden', 'hvad', 'nogen', 'databehandleren', 'dataansvarlige', 'personoplysninger', 'hvis', 'aftalen', 'også', 'kun', 'sådan', 'disse', 'hvilke', 'blive', 'bliver', 'nødvendigt', 'sikkerhed', 'oplysninger'],
  sv: ['och', 'att', 'av', 'det', 'som', 'är', 'inte', 'ska', 'skall', 'kan', 'denna', 'eller', 'vid', 'efter', 'mellan', 'utan', 'vad', 'någon', 'personuppgifter', 'personuppgiftsbiträdet', 'om', 'avtalet', 'också', 'endast', 'för', 'till', 'på'],
};

// word -> the languages it votes for
const votes = new Map<string, Lang[]>();
for (const [lang, words] of Object.entries(markers) as [Lang, string[]][]) {
  for (const word of words) votes.set(word, [...(votes.get(word) ?? []), lang]);
}

/**
 * The language of a text, by function-word vote: `fallback` unless another language wins by more
 * than `margin` votes (a clause keeps its document's language unless it clearly differs).
 * @example detectLanguage('Databehandleren skal ikke behandle personopplysningene') // 'nb'
 */
export function detectLanguage(text: string, fallback: Lang = 'nb', margin = 1): Lang {
  return vote(text.toLowerCase().match(/\p{L}+/gu) ?? [], fallback, margin);
}

/**
 * As `detectLanguage`, for a matchText (already lower case and within Latin-1: a faster split).
 * @example detectLanguageOfMatch('the processor shall not', 'nb') // 'en'
 */
export function detectLanguageOfMatch(match: string, fallback: Lang = 'nb', margin = 1): Lang {
  return vote(match.match(/[a-z\u00df-\u00f6\u00f8-\u00ff]+/g) ?? [], fallback, margin);
}

function vote(words: string[], fallback: Lang, margin: number): Lang {
  const scores: Record<Lang, number> = { nb: 0, en: 0, da: 0, sv: 0 };
  for (const word of words) {
    // a word shared by several languages counts for each in part: the distinctive ones decide
    const langs = votes.get(word);
    if (langs) for (const lang of langs) scores[lang] += 1 / langs.length;
  }
  // Danish and Norwegian share most function words: only the distinguishing ones decide between them
  let best: Lang = fallback;
  let bestScore = scores[fallback] + margin;
  for (const lang of ['nb', 'en', 'sv', 'da'] as Lang[]) {
    if (scores[lang] > bestScore) {
      best = lang;
      bestScore = scores[lang];
    }
  }
  return best;
}
