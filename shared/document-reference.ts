// Where a sentence leaves a term to a document rather than stating it: the processor's own document
// (a policy, a web page, a trust center) as it stands from time to time, or another agreement (the
// main agreement, the MSA). An annex of this DPA is agreed here and leaves nothing elsewhere.

import { negatedInWords } from './clause-facts';
import { concept, conceptAlternatives } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import type { Parties } from './parties';
import { clauseRun, partAround, wordsAfter, wordsBefore, wordsBetween } from './sentence-parts';

/** A reference to a document: "described in", "set forth in", "published on", "in accordance with". */
const DOC_ANCHOR_SOURCE = concept('reference.described', 'reference.according');

/** The anchors that only name a standard ("in accordance with"): the document must be the processor's own. */
const ACCORDING_ANY_SOURCE = concept('reference.according');
const ACCORDING_SOURCE = `^${ACCORDING_ANY_SOURCE}`;

/** The processor's own documents: a policy, a web page, a trust center, its documentation. */
const OWN_DOCUMENT_SOURCE = concept('security.own-document');

/** The document "as it stands from time to time". */
const CURRENT_SOURCE = concept('document.as-current');
/** The document as the only source: "governed exclusively by", "utelukkende beskrevet i" (lexicon: reference.exclusively). */
const EXCLUSIVELY_SOURCE = concept('reference.exclusively');

/** An annex of the agreement: measures listed there are agreed. */
const ANNEX_SOURCE = concept('document.annex');

/** A web page, a URL or a trust center, also inside a longer word ("website", "nettsiden"). */
const WEB_PAGE_SOURCE = `(?:${conceptAlternatives('document.web-page')})`;

/** A possessive that makes a document the processor's own ("its", "sin", "our"). */
const OWN_SOURCE = concept('possessive.own');

/** How many words a reference ("described in") and the document it names, or the measures it refers, stand apart. */
const REFERENCE_WORDS = 12;
/** How many words after the document its "as updated from time to time" may stand. */
const CURRENT_WORDS = 20;

/** Both parties together: "partene", "the parties". */
const PARTIES_SOURCE = concept('party.both');

/**
 * The processor's own document a sentence refers to ("følger af Leverandørens sikkerhedspolitik", "described in our
 * security policy", "set out on the trust center"): owned by the processor (named, "its", "our") or a web page, not the
 * controller's nor the parties' agreed one. With `current`, one that stands "as updated from time to time".
 */
function ownDocumentReference(parties: Parties, m: string, anchor: Match): Match | undefined {
  const document = findFirst(pattern(OWN_DOCUMENT_SOURCE), clauseRun(wordsAfter(m, anchor.end, REFERENCE_WORDS, true)));
  if (!document) return undefined;
  const between = m.slice(anchor.start, anchor.end + document.end);
  // the controller's own policy, or the parties' agreed one, is no deviation
  if (findFirst(pattern(parties.controller), between) || findFirst(pattern(PARTIES_SOURCE), between)) return undefined;
  const webPage = findFirst(pattern(WEB_PAGE_SOURCE), document.text) !== undefined;
  const own = webPage || findFirst(pattern(`${parties.processor}|${OWN_SOURCE}`), between) !== undefined;
  return findFirst(pattern(ACCORDING_SOURCE), anchor.text) && !own ? undefined : { ...document, start: anchor.end + document.start, end: anchor.end + document.end };
}

/**
 * Whether a sentence says the measures are those of the processor's own document, named as the processor's (or a web
 * page): "Leverandøren træffer de foranstaltninger, der følger af Leverandørens sikkerhedspolitik". The processor
 * writes and changes that document alone; only a document that names no concrete measures leaves them to it.
 * @example measuresOfOwnDocument(parties, matchText('We take the measures set out in our security policy.')) // true
 */
export function measuresOfOwnDocument(parties: Parties, m: string): boolean {
  if (findFirst(pattern(ANNEX_SOURCE), m)) return false;
  return findAll(pattern(DOC_ANCHOR_SOURCE), m).some((anchor) => {
    const document = ownDocumentReference(parties, m, anchor);
    return document !== undefined && findFirst(pattern(`${parties.processor}|${OWN_SOURCE}|${WEB_PAGE_SOURCE}`), m.slice(anchor.start, document.end)) !== undefined;
  });
}

/**
 * Where a sentence leaves the measures to the processor's own document as it stands from time to
 * time: "described in its security policy, as updated", "i enlighet med Leverantörens vid var tid
 * gällande säkerhetspolicy", a document that the next sentence says the processor may update, or one named as the
 * only source ("governed exclusively by the Vendor's Information Security Policy").
 */
export function leftToOwnDocument(parties: Parties, m: string, next?: string): boolean {
  if (findFirst(pattern(ANNEX_SOURCE), m)) return false;
  for (const anchor of findAll(pattern(DOC_ANCHOR_SOURCE), m)) {
    const document = ownDocumentReference(parties, m, anchor);
    if (!document) continue;
    const between = m.slice(anchor.start, document.end);
    // a web page or trust center is the processor's to change whenever it likes: no "from time to time" needed
    if (findFirst(pattern(WEB_PAGE_SOURCE), document.text) || findFirst(pattern(CURRENT_SOURCE), between)) return true;
    // the document as the only source ("governed exclusively by the Vendor's Information Security Policy"): no minimum here
    if (findFirst(pattern(EXCLUSIVELY_SOURCE), `${wordsBefore(m, anchor.start, 2).text} ${anchor.text}`)) return true;
    const after = clauseRun(wordsAfter(m, document.end, CURRENT_WORDS, true));
    if (findFirst(pattern(CURRENT_SOURCE), after)) return true;
    // "4.1 ... as described on the Trust Center. 4.2 The Trust Center ..., which Supplier may update"
    if (next && findFirst(pattern(OWN_DOCUMENT_SOURCE), next) && findFirst(pattern(CURRENT_SOURCE), next) && !findFirst(pattern(ANNEX_SOURCE), next)) return true;
  }
  return false;
}

/** The processor's own way of working, which no text fixes: "its standard practices", "egne rutiner", "interna rutiner". */
const OWN_PRACTICE_SOURCE = concept('security.own-practice');

/** How many words after "in accordance with" the practice may stand ("per the Vendor's standard security practices"). */
const PRACTICE_WORDS = 6;

/**
 * Where a sentence leaves the measures to the processor's own practice: "Security: per vendor's standard practices",
 * "ivaretar sikkerheten i samsvar med Leverandørens egne rutiner", "enligt Leverantörens interna rutiner". A practice is
 * no text the parties agreed: the processor decides it and changes it alone. The practice must be the processor's
 * (named, "its", "egne"), not the controller's nor both parties'. Returns the span from the anchor to the practice.
 * @example measuresPerOwnPractice(parties, matchText("Security: per vendor's standard practices.")) // the span "per vendor's standard practices"
 */
export function measuresPerOwnPractice(parties: Parties, m: string): Match | undefined {
  for (const anchor of findAll(pattern(ACCORDING_ANY_SOURCE), m)) {
    const practice = findFirst(pattern(OWN_PRACTICE_SOURCE), clauseRun(wordsAfter(m, anchor.end, PRACTICE_WORDS, true)));
    if (!practice) continue;
    const end = anchor.end + practice.end;
    const between = m.slice(anchor.start, end);
    if (findFirst(pattern(parties.controller), between) || findFirst(pattern(PARTIES_SOURCE), between)) continue;
    if (!findFirst(pattern(`${parties.processor}|${OWN_SOURCE}`), between) && !findFirst(pattern(concept('possessive.own')), practice.text)) continue;
    return { start: anchor.start, end, text: m.slice(anchor.start, end), groups: [] };
  }
  return undefined;
}

/** Another agreement named as such: the main agreement, the MSA, "hovedavtalen", "huvudavtalet". */
const MAIN_AGREEMENT_SOURCE = concept('agreement.main');

/**
 * Where a sentence says the security measures are described in another agreement ("set out in the Master
 * Services Agreement", "fremgår av hovedavtalen"): the security measure named and the agreement. An annex of
 * this DPA is agreed here; a denial ("not governed by the main agreement") leaves nothing to it.
 */
export function leftToOtherAgreement(m: string, security: Match[]): { target: Match; agreement: Match } | undefined {
  if (findFirst(pattern(ANNEX_SOURCE), m)) return undefined;
  for (const anchor of findAll(pattern(DOC_ANCHOR_SOURCE), m)) {
    const target = security.find((s) => s.end <= anchor.start && wordsBetween(m, s, anchor) <= REFERENCE_WORDS);
    if (!target || negatedInWords(m, anchor.start, 4)) continue;
    const run = clauseRun(wordsAfter(m, anchor.end, REFERENCE_WORDS, true));
    const agreement = findFirst(pattern(MAIN_AGREEMENT_SOURCE), run);
    if (agreement) return { target, agreement: { ...agreement, start: anchor.end + agreement.start, end: anchor.end + agreement.end } };
  }
  return undefined;
}

/** A version that floats: "til enhver tid gjeldende", "as amended from time to time", "vid var tid gällande". */
const FLOATING_VERSION_SOURCE = concept('document.floating-version');
/** Terms that float: a floating version, or the processor's right to change them named beside them ("including the Vendor's right to modify them"). */
export const FLOATING_SOURCE = concept('document.floating-version', 'document.modify-right');

/** How far around a floating version its terms and their owner are looked for, in characters (a URL is long). */
const FLOATING_REACH = 100;
/** How far before the terms a possessive names their owner, in characters. */
const OWNER_REACH = 30;
/** How many words after the version name where it stands ("… er publisert på Leverandørens nettside"). */
const OWNER_WORDS_AFTER = 4;

/**
 * Terms that stand as the processor keeps them from time to time: terms (`termsSource`) named next to a
 * floating version, and the processor's (named, "our") or on a web page: "Leverandørens til enhver tid
 * gjeldende standardvilkår", "the Terms available at vendor.example/terms, as amended from time to time".
 * Terms with no owner ("the Agreement as amended from time to time") float with both parties' changes, and
 * the controller's own terms are the controller's to change. Returns the terms' match.
 * @example floatingOwnTerms(parties, matchText('Leverandørens til enhver tid gjeldende standardvilkår går foran.'), termsSource) // "standardvilkår"
 */
export function floatingOwnTerms(parties: Parties, m: string, termsSource: string): Match | undefined {
  for (const floating of findAll(pattern(FLOATING_SOURCE), m)) {
    // the run around the version, within its sentence part ("; " and ": " end it)
    const from = Math.max(0, m.lastIndexOf(';', floating.start) + 1, m.lastIndexOf(':', floating.start) + 1, floating.start - FLOATING_REACH);
    const run = clauseRun(m.slice(from, floating.end + FLOATING_REACH));
    const terms = findAll(pattern(termsSource), run, from);
    // the terms nearest the version: right after it ("gjeldende standardvilkår") or last before it
    const named = terms.find((t) => t.start >= floating.end && t.start - floating.end < 30) ?? terms.filter((t) => t.end <= floating.start).pop();
    if (!named) continue;
    // the owner is named around the terms, not in them ("databehandleravtalen" is no processor), or in the words right
    // after the version ("slik den til enhver tid er publisert på Leverandørens nettside")
    const after = wordsAfter(m, floating.end, OWNER_WORDS_AFTER);
    const owner = `${m.slice(from, named.start)} ${m.slice(named.end, Math.max(named.end, floating.end))} ${after}`;
    // the controller's own terms: its name right before them ("Kundens til enhver tid gjeldende innkjøpsvilkår") or after the version alone
    const first = Math.min(named.start, floating.start);
    if (findFirst(pattern(parties.controller), m.slice(Math.max(from, first - OWNER_REACH), first))) continue;
    if (findFirst(pattern(parties.controller), after) && !findFirst(pattern(parties.processor), after)) continue;
    if (findFirst(pattern(`${parties.processor}|${OWN_SOURCE}|${WEB_PAGE_SOURCE}`), owner)) return named;
  }
  return undefined;
}

// the DPA takes other terms in, or yields to them: "This DPA incorporates …", "går standardvilkårene foran", "the Agreement prevails"
const INCORPORATES = concept('amend.incorporates');
const PREVAILS = concept('amend.prevails');
// the DPA by name or as "this agreement": a precedence it wins leaves it as agreed
const DPA_SELF = concept('document.dpa-name', 'document.this-agreement');

/**
 * Terms the processor keeps as it likes (`floatingOwnTerms`) that the DPA takes in or yields to: "This DPA
 * incorporates the Terms at vendor.example/terms, as amended from time to time", "Ved motstrid … går Leverandørens
 * til enhver tid gjeldende standardvilkår foran". A precedence the DPA wins ("…, går databehandleravtalen foran")
 * leaves it as agreed; the DPA itself kept that way governs by being the DPA. Returns the span from the terms to the verb that lets them govern.
 * @example floatingTermsGovern(parties, matchText('This DPA incorporates the Terms at vendor.example/terms, as amended from time to time'), termsSource) // the span "incorporates the terms"
 */
export function floatingTermsGovern(parties: Parties, m: string, termsSource: string): { start: number; end: number } | undefined {
  const terms = floatingOwnTerms(parties, m, termsSource);
  if (!terms) return undefined;
  const prevailing = findAll(pattern(PREVAILS), m).find((verb) => {
    // who prevails: the words of its part up to the verb and inside it ("går standardvilkårene foran")
    const winner = m.slice(partAround(m, verb.start).from, verb.end);
    return !findFirst(pattern(DPA_SELF), winner);
  });
  // the DPA itself as the processor keeps it ("«Avtalen» betyr denne databehandleravtalen med bilag, slik den til enhver
  // tid er publisert på Leverandørens nettside": the DPA or its annexes are the terms) governs without a verb that lets it
  const dpaItself = findFirst(pattern(FLOATING_VERSION_SOURCE), m) !== undefined && findFirst(pattern(DPA_SELF), `${wordsBefore(m, terms.start, 3).text} ${terms.text}`) !== undefined;
  const governs = findFirst(pattern(INCORPORATES), m) ?? prevailing ?? (dpaItself ? terms : undefined);
  if (!governs) return undefined;
  return { start: Math.min(terms.start, governs.start), end: Math.max(terms.end, governs.end) };
}
