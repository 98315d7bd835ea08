// The "Kommentar" of a Normen checklist row, in words a lawyer can paste into the form: the form's
// answer (Ja / Delvis / Nei), the binding clause cited as a lawyer cites it with a whole-sentence
// quote, what is missing, what to ask the vendor for, and the deviations the review found in the
// same topic.

import type { MessageLang } from '../types';
import type { NormenCovering, NormenRow } from '../normen';
import { normenStatusLabel } from './labels';

/** "a, b og c" / "a, b and c". */
function listOf(items: string[], lang: MessageLang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nb' ? 'og' : 'and'} ${items[items.length - 1]}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A sentence from a phrase: capital first letter, full stop at the end. */
const sentence = (s: string) => {
  const t = capitalise(s.trim());
  return /[.!?…»"]$/.test(t) ? t : `${t}.`;
};

/** «Quote» with the full stop after it when the quote has none of its own. */
function quoted(quote: string, lang: MessageLang): string {
  const q = lang === 'nb' ? `«${quote}»` : `"${quote}"`;
  return /[.!?…]$/.test(quote) ? q : `${q}.`;
}

const AGREEMENT = /^(?:avtalen|the agreement)$/i;
const TAKES_AWAY = new Set(['released', 'negated', 'deferred']);

/** "Punkt 5.1: «…»", or "Avtalen sier: «…»" for a text without clause numbers or headings. */
function cite(c: NormenCovering, lang: MessageLang): string {
  if (!c.label || AGREEMENT.test(c.label)) return `${lang === 'nb' ? 'Avtalen sier' : 'The agreement says'}: ${quoted(c.quote, lang)}`;
  return `${capitalise(c.label)}: ${quoted(c.quote, lang)}`;
}

/** "Vedlegg B nr. 2 sier bare: «…»": the clause on the topic of a "Nei". */
function citeOnly(c: NormenCovering, lang: MessageLang): string {
  const who = !c.label || AGREEMENT.test(c.label) ? (lang === 'nb' ? 'Avtalen' : 'The agreement') : capitalise(c.label);
  return `${who} ${lang === 'nb' ? 'sier bare' : 'only says'}: ${quoted(c.quote, lang)}`;
}

/**
 * The comment for one row.
 * @example normenComment(row, 'nb') // 'Delvis. Vedlegg B nr. 9: «Loggene skal sikres …» Mangler: at loggene er tilgjengelige for virksomheten. Be leverandøren om at loggene …'
 */
export function normenComment(row: NormenRow, lang: MessageLang): string {
  const nb = lang === 'nb';
  const parts: string[] = [`${normenStatusLabel(row.status, lang)}.`];
  const [first, ...others] = row.covering.length ? row.covering : (row.related ?? []);
  // a "Nei" because the clause takes the duty away ("er ikke forpliktet til"): the clause says it, the note says why
  const takenAway = row.status === 'not-found' && row.covering.length === 0 && row.limit !== undefined && TAKES_AWAY.has(row.limit.kind);
  if (first && row.covering.length === 0 && !takenAway) {
    // a "Nei" with a clause on the topic: say what it says, and that it is not enough
    parts.push(citeOnly(first, lang));
  } else if (first) parts.push(cite(first, lang));
  else parts.push(nb ? 'Avtalen har ingen bestemmelse om dette.' : 'The agreement has no clause on this.');

  if (row.linkedTo !== undefined && first) {
    parts.push(nb ? `Samme bestemmelse som for krav ${row.linkedTo}.` : `The same clause as for requirement ${row.linkedTo}.`);
  }
  const also = others.map((c) => c.label ?? '').filter((l, i, all) => l && l !== first?.label && all.indexOf(l) === i);
  if (also.length) parts.push(nb ? `Se også ${listOf(also, lang)}.` : `See also ${listOf(also, lang)}.`);

  for (const note of row.notes ?? []) parts.push(sentence(note));
  if (row.status !== 'met' && first && row.missing.length && !takenAway) {
    parts.push(nb ? `Mangler: ${listOf(row.missing, lang)}.` : `Missing: ${listOf(row.missing, lang)}.`);
  }
  if (row.status !== 'met' && row.ask) parts.push(nb ? `Be leverandøren ${row.ask}.` : `Ask the vendor ${row.ask}.`);

  const deviation = row.deviations?.[0];
  if (deviation) {
    parts.push(
      nb
        ? `Merk at gjennomgangen fant et avvik i samme tema (${deviation.name.toLowerCase()}), ${deviation.label}: ${quoted(deviation.quote, lang)}`
        : `Note that the review found a deviation in the same topic (${deviation.name.toLowerCase()}), ${deviation.label}: ${quoted(deviation.quote, lang)}`,
    );
  }
  return parts.join(' ');
}
