// Limited duties, aspect by aspect: whether a clause's mention of a requirement's aspect counts
// (said freely, or only with a limit that weakens it) or is taken away (released, denied, left to a
// later agreement), and what that means in the lawyer's words. The limits themselves are read
// sentence by sentence in shared/normen/reading.ts.

import { anyPattern, findAll, findFirst, pattern } from '../match';
import { sentenceSpans } from '../segment';
import type { Localized, MessageLang, Span } from '../types';
import type { NormenAspect } from '../normen';
import { dutyLimits, excludes, negationOf, sentenceBinding, subjectBefore, LIMIT_HINT_SOURCE, type DutyLimit } from './reading';

/** The limits of one sentence of a clause (offsets into the clause's matchText). */
export interface SentenceLimits {
  span: Span;
  said: string;
  limits: DutyLimit[];
}

/** The limits of a clause's sentences, or null for a clause without a word that may limit a duty. */
export type ClauseLimits = SentenceLimits[] | null;

/**
 * The limits of each sentence of a clause [start, end) of the text, `match` being the clause's matchText.
 * @example clauseLimits(text, 0, text.length, matchText(text))?.[0].limits[0].kind // 'released'
 */
export function clauseLimits(text: string, start: number, end: number, match: string): ClauseLimits {
  if (!findFirst(pattern(LIMIT_HINT_SOURCE), match)) return null;
  return sentenceSpans(text, start, end).map((s) => {
    const span = { start: s.start - start, end: s.end - start };
    const said = match.slice(span.start, span.end);
    return { span, said, limits: dutyLimits(said) };
  });
}

/** Whether a clause's mention of an aspect counts, and the limit on it (offsets into the clause's matchText). */
export interface AspectReading {
  counts: boolean;
  limit?: DutyLimit;
}

const FREE: AspectReading = { counts: true };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * How a clause (its matchText) says an aspect: freely somewhere (it counts), only with a limit that
 * weakens it (it counts, with that limit), or only where a limit takes it away (it does not count).
 * @example aspectReading(matchText('Databehandler er ikke forpliktet til å logge.'), logging, limits, source) // { counts: false, limit: { kind: 'released', … } }
 */
export function aspectReading(match: string, aspect: NormenAspect, sentences: ClauseLimits, processorSource: string): AspectReading {
  if (!sentences) return FREE;
  const re = anyPattern(aspect.patterns);
  const lookAlikes = aspect.exclude ? findAll(anyPattern(aspect.exclude), match) : [];
  let weakened: DutyLimit | undefined;
  let excluded: DutyLimit | undefined;
  for (const m of findAll(re, match)) {
    if (lookAlikes.some((x) => overlaps(m, x))) continue;
    const sentence = sentences.find((s) => s.span.start <= m.start && m.start < s.span.end);
    if (!sentence) return FREE;
    const at = { start: m.start - sentence.span.start, end: Math.min(m.end, sentence.span.end) - sentence.span.start };
    const limits = sentence.limits.filter((l) => l.start < at.end && at.start < l.end);
    // a release of the customer's own duty ("Kunden er ikke forpliktet til …") takes nothing from the vendor
    const away = limits.find((l) => excludes(l.kind) && (l.kind !== 'released' || subjectBefore(sentence.said.slice(0, l.phrase.start), processorSource) !== 'controller')) ?? deniedIn(sentence.said, at, aspect, processorSource);
    if (away) {
      excluded ??= shifted(away, sentence.span.start);
      continue;
    }
    const weak = limits[0];
    if (!weak) return FREE;
    weakened ??= shifted(weak, sentence.span.start);
  }
  if (weakened) return { counts: true, limit: weakened };
  if (excluded) return { counts: false, limit: excluded };
  return FREE;
}

const MAX_PHRASE = 80;

/** The words of a limit as the text has them, whitespace collapsed: "er ikke forpliktet til". */
export function limitPhrase(text: string, unitStart: number, limit: DutyLimit): string {
  const phrase = text.slice(unitStart + limit.phrase.start, unitStart + limit.phrase.end).replace(/\s+/g, ' ').trim().replace(/[.;,:]+$/, '');
  return phrase.length <= MAX_PHRASE ? phrase : `${phrase.slice(0, phrase.lastIndexOf(' ', MAX_PHRASE - 2))} …`;
}

/**
 * A plain denial of an aspect ("loggene gjøres ikke tilgjengelige"), counted only where the sentence
 * binds the vendor: "Kunden kan ikke gi tredjeparter tilgang" restricts the customer, and a denied
 * condition ("no routine access") makes a requirement moot, not unmet.
 */
function deniedIn(said: string, at: Span, aspect: NormenAspect, processorSource: string): DutyLimit | undefined {
  if (aspect.condition) return undefined;
  const denial = negationOf(said, at, anyPattern(aspect.patterns));
  return denial && sentenceBinding(said, processorSource) !== 'none' ? denial : undefined;
}

/** A limit with its offsets moved by `by` (from a sentence's to its clause's). */
export function shifted(limit: DutyLimit, by: number): DutyLimit {
  return { kind: limit.kind, phrase: { start: limit.phrase.start + by, end: limit.phrase.end + by }, start: limit.start + by, end: limit.end + by };
}

/**
 * What a limit means for the requirement, in the lawyer's words: a release, a denial or a deferral
 * takes the duty away (the element is missing), a qualifier or open terms weaken it ("Delvis").
 */
export function limitNote(limit: DutyLimit, phrase: string, lang: MessageLang): string {
  const q = lang === 'nb' ? `«${phrase}»` : `"${phrase}"`;
  const notes: Record<DutyLimit['kind'], Localized> = {
    released: { nb: `avtalen fritar uttrykkelig leverandøren fra dette (${q})`, en: `the agreement expressly releases the vendor from this (${q})` },
    negated: { nb: `avtalen sier uttrykkelig at dette ikke gjelder (${q})`, en: `the agreement expressly says this does not apply (${q})` },
    deferred: {
      nb: `avtalen overlater dette til en senere avtale (${q}); før den er inngått, er leverandøren ikke bundet`,
      en: `the agreement leaves this to a later agreement (${q}); until it is made, the vendor is not bound`,
    },
    qualified: {
      nb: `plikten er begrenset (${q}), så leverandøren avgjør selv når den gjelder`,
      en: `the duty is limited (${q}), so the vendor decides when it applies`,
    },
    'deferred-terms': {
      nb: `vilkårene er overlatt til en senere avtale (${q}), så plikten kan ikke kreves oppfylt før de er avtalt`,
      en: `its terms are left to a later agreement (${q}), so the duty cannot be enforced until they are agreed`,
    },
  };
  return notes[limit.kind][lang];
}

