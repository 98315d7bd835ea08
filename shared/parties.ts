// The parties of one document: which words name the processor and which the controller. The engine's role
// words (shared/values.ts) plus what this document adds: the vendor's own names from its parties section
// ("(«Medikor»)" under "Databehandler:", `("Acme", "we", "us")`, "Acme is a processor"), and "we/us/our" as
// the vendor in vendor-written terms ("you" is then the customer) unless the document gives "we" to the
// customer. Rules that ask "who acts here?" read these pattern sources instead of spelling their own.

import { concept, conceptAlternatives, conceptWords } from './lexicon';
import { findAll, findFirst, pattern, patternOf, type Match } from './match';
import { samePart, wordsAfter } from './sentence-parts';
import { CONTROLLER_SOURCE, PROCESSOR_SOURCE } from './values';

/** Pattern sources that name the two parties in one document. */
export interface Parties {
  processor: string;
  controller: string;
}

/** The vendor in vendor-written terms ("vi velger selv", "we may update"); lexicon: party.we (å spelled only as å: "var" is "was"). */
export const FIRST_PERSON_SOURCE = concept('party.we');
/** The customer in vendor-written terms (lexicon: party.addressee). */
export const SECOND_PERSON_SOURCE = concept('party.addressee');

const PARTIES_WINDOW = 12000;
const ROLE_STATEMENT =
  /\b(\p{Lu}[\p{L}-]{2,}) (?:is|er|är|acts as|shall act as|opptrer som|agerer som|fungerar som|handler som|handlar som) (?:the |a |an |data |en |ett |som )*(?:[Ss]ub-?)?(?:[Pp]rocessor|[Dd]atabehandler|[Dd]atabehandlar|[Pp]ersonuppgiftsbiträde|[Ll]everandør)/gu;
const ALIAS_GROUP = /\(([^()\n]{2,120})\)/gu;
const QUOTED = /["«“']([^"»”'\n]{2,40})["»”']/gu;
const ROLE_LABEL =
  /(?:^|\n)[ \t#*_]*(?:Databehandler(?:en)?|DATABEHANDLER(?:EN)?|Databehandlar(?:en)?|DATABEHANDLAR(?:EN)?|Processor|PROCESSOR|Data Processor|Leverandør(?:en)?|LEVERANDØR(?:EN)?|Supplier|Vendor|Personuppgiftsbiträde|PERSONUPPGIFTSBITRÄDE|Leverantör(?:en)?)[ \t*_]*:(?:[^\n]*\n){0,2}?[^\n(]*\(\s*["«“]([^"»”\n]{2,40})["»”]/gu;

function escapeName(name: string): string {
  return name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// a whole word that is one of the source's words (the source: a party's names, or the processor's words)
const exactly = patternOf((source) => `^(?:${source})$`);

/** A company with its legal form, then (within the sentence) its own quoted alias: `Acme Ltd, a company ... ("Acme")`. */
const ALIASED_COMPANY = /([\p{Lu}][\p{L}&-]+(?: [\p{Lu}][\p{L}&-]+){0,3}),? (?:AS|ASA|AB|ApS|A\/S|Ltd|Limited|GmbH|Inc|Oy|LLC|B\.V\.|SAS|S\.A\.)\.?,?[^()\n]{0,200}?\(["«“]([\p{Lu}][\p{L}&. -]{1,40}?)["»”]\)/gu;
/** The customer given its alias in the preamble: `("Customer")`, `(«Kunden»)`. */
const CUSTOMER_ALIAS = /\((?:[^()\n]{0,40}?)["«“](?:Customer|Client|Kunden?|Kunde|Controller|Behandlingsansvarlig)["»”]\)/u;

/** A quoted name, then the processor's role quoted beside it in the same brackets: `(heretter «Fjordnett» eller «databehandler»)`. */
const NAME_THEN_ROLE = /\([^()\n]{0,30}?[«"“]([\p{L}][\p{L} .&-]{1,40}?)[»"”][^()\n«"“]{0,20}[«"“](?:under)?(?:databehandler|databehandlar|processor|data processor|leverandør|supplier|personuppgiftsbiträde|biträdet|leverantör)\p{L}*[»"”][^()\n]{0,40}\)/gu;

/** A name, then its role alone in brackets: "the Contractor (processor)", "Myndigheten (personuppgiftsansvarig)". */
const ROLE_IN_BRACKETS = new RegExp(
  `(?<![\\p{L}-])(\\p{L}[\\p{L}-]{2,})\\s*\\(\\s*(?:the |data |as |som )?(?:(${conceptAlternatives('party.processor')})|(${conceptAlternatives('party.controller')}))\\s*\\)`,
  'gu',
);
const NOT_A_NAME = new Set(conceptWords('party.non-name'));

/**
 * The names a document gives each party by a role in brackets, lower case: `between the Authority (controller) and the
 * Contractor (processor)`, `mellom Virksomheten (behandlingsansvarlig) og Tjenesteyter (databehandler)`.
 * @example definedRoleNames('between the Authority (controller) and the Contractor (processor)').controller // ['authority']
 */
export function definedRoleNames(text: string): { processor: string[]; controller: string[] } {
  const found = { processor: new Set<string>(), controller: new Set<string>() };
  for (const m of text.slice(0, PARTIES_WINDOW).toLowerCase().matchAll(ROLE_IN_BRACKETS)) {
    const name = m[1];
    // the capital is read from the text itself: the pattern ran on its lower-cased copy
    if (NOT_A_NAME.has(name) || !/^\p{Lu}/u.test(text.slice(m.index, m.index + 1))) continue;
    found[m[2] !== undefined ? 'processor' : 'controller'].add(name);
  }
  return { processor: [...found.processor], controller: [...found.controller] };
}

/**
 * The vendor's own names in this document ("Dossier", "SMARTOUT", "Kiterank"), from definitions such
 * as `Dossier Solutions AS ... er Databehandler (heretter benevnt «Dossier»)` or a name used as the
 * subject of many sentences. Returned as escaped pattern sources, lower case.
 * @example vendorNames('Dossier Solutions AS ... er Databehandler (heretter benevnt «Dossier»)', []) // ['dossier']
 */
function vendorNames(text: string, roleNames: readonly string[]): string[] {
  const names = new Set<string>();
  const lower = text.toLowerCase();
  // «Name» / "Name" defined next to the processor role
  const defined = /(?:databehandler|databehandlar|processor|leverandør|supplier|personuppgiftsbiträde)[^.\n]{0,80}?(?:benevnt|kalt|kalla|omtalt som|omtala som|referred to as|hereinafter|heretter)[^«"“]{0,20}[«"“]([\p{L}][\p{L} .&-]{1,40}?)[»"”]/gu;
  for (const m of lower.slice(0, PARTIES_WINDOW).matchAll(defined)) names.add(m[1].trim());
  // «Name» given first, the role beside it: "(heretter «Fjordnett» eller «databehandler»)"
  for (const m of lower.slice(0, PARTIES_WINDOW).matchAll(NAME_THEN_ROLE)) names.add(m[1].trim());
  // "between the Authority (controller) and the Contractor (processor)"
  for (const name of roleNames) names.add(name);
  // "Name AS (org.nr ...) ... Databehandler" and "Name AS ... er Databehandler"
  const company = /([\p{Lu}][\p{L}&-]+(?: [\p{Lu}][\p{L}&-]+){0,3}) (?:AS|ASA|AB|ApS|A\/S|Ltd|Limited|GmbH|Inc|Oy)\b[^\n]{0,120}?\n?[^\n]{0,60}?\b(?:er |is |som |as |\(["«“]?)?(?:Databehandler|Databehandlar|Processor|Data Processor|Leverandør|Personuppgiftsbiträde)/gu;
  // the parties are named at the start of an agreement
  for (const m of text.slice(0, PARTIES_WINDOW).matchAll(company)) {
    const first = m[1].split(' ')[0].toLowerCase();
    if (first.length >= 3 && !/^(den|the|og|and|mellom|between)$/.test(first)) names.add(first);
  }
  // "Corvellan Workforce, Inc., a Delaware corporation ... ("Corvellan"), and the customer ... ("Customer")": with the
  // customer given its own alias, the company named with its legal form and an alias of its own is the vendor
  const head = text.slice(0, PARTIES_WINDOW);
  if (CUSTOMER_ALIAS.test(head)) {
    for (const m of head.matchAll(ALIASED_COMPANY)) {
      const alias = m[2].toLowerCase();
      if (alias.length >= 3 && !findFirst(pattern(`^(?:${CONTROLLER_SOURCE})$`), alias)) names.add(alias);
    }
  }
  // an all-capitals brand that is the subject of many sentences ("SMARTOUT skal ...")
  const caps = new Map<string, number>();
  for (const m of text.matchAll(/\b([A-ZÆØÅ]{4,})\b(?= (?:skal|kan|har|vil|er|shall|may|will|is|får|ska|ansvarar))/g)) {
    caps.set(m[1], (caps.get(m[1]) ?? 0) + 1);
  }
  for (const [word, count] of caps) if (count >= 3 && !/^(DBA|DPA|GDPR|AVTALE\p{L}*)$/u.test(word)) names.add(word.toLowerCase());
  // customers are never the vendor
  for (const bad of ['kunden', 'kunde', 'customer', 'behandlingsansvarlig', 'behandlingsansvarleg', 'partene', 'partane', 'avtalen', 'avtala']) names.delete(bad);
  return [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}


/** The parties of one document as a review reads them, once: the vendor's names and the pattern sources of both parties. */
export interface DocumentParties extends Parties {
  /** The vendor's own names in the text ("dossier", "smartout"), as escaped pattern sources, lower case. */
  names: readonly string[];
  /**
   * The processor by the engine's role words and the vendor's names (without "we" and the parties section's
   * aliases, which `processor` adds): what sentence frames and party mentions read.
   */
  processorSource: string;
  /** The names the document gives the controller by its role in brackets ("the Authority (controller)"), lower case. */
  controllerNames: readonly string[];
}

/**
 * Reads the parties of a document once: the vendor's names, the processor's pattern source built from them
 * (`processorSource`), and the document's `processor` / `controller` sources (`documentParties`). A review
 * hands it to every rule as `context.parties`; the Normen checklist reads the same.
 * @example readParties('Dossier Solutions AS ... er Databehandler (heretter benevnt «Dossier»)').names // ['dossier']
 */
export function readParties(text: string): DocumentParties {
  const roles = definedRoleNames(text);
  const names = vendorNames(text, roles.processor);
  const processorSource = names.length ? `(?:${PROCESSOR_SOURCE}|\\b(?:${names.join('|')})\\p{L}*\\b)` : PROCESSOR_SOURCE;
  return { names, processorSource, controllerNames: roles.controller, ...documentParties(text, processorSource) };
}

/**
 * The patterns that name the processor and the controller in this document: the engine's words and
 * names, plus vendor names from the parties section that the engine does not know, and "we"/"you".
 * @example documentParties('... Tidvis Digital AB ("Tidvis" eller "biträdet") ...', src).processor // includes 'tidvis'
 */
export function documentParties(text: string, processorSource: string): Parties {
  const names = new Set<string>();
  let firstPersonIsController = false;
  const isController = (word: string) => findFirst(pattern(CONTROLLER_SOURCE), word.toLowerCase()) !== undefined;
  const isProcessorWord = (word: string) => findFirst(exactly(PROCESSOR_SOURCE), word.toLowerCase()) !== undefined;
  const isPerson = (word: string, source: string) => findFirst(exactly(source), word.toLowerCase()) !== undefined;
  const head = text.slice(0, PARTIES_WINDOW);
  // ("Acme", "we", "us") / ("Tidvis" eller "biträdet"): aliases given together with "we" or the role;
  // "we" is the vendor only where the other party is the customer ("Customer", "you")
  const groups = [...head.matchAll(ALIAS_GROUP)].map((g) => [...g[1].matchAll(QUOTED)].map((q) => q[1].trim())).filter((g) => g.length > 0);
  const has = (group: string[], test: (alias: string) => boolean) => group.some(test);
  const firstPerson = (a: string) => isPerson(a, FIRST_PERSON_SOURCE);
  const customerGroup = (g: string[]) => has(g, isController) || has(g, (a) => isPerson(a, SECOND_PERSON_SOURCE));
  for (const group of groups) {
    if (has(group, isController)) {
      if (has(group, firstPerson)) firstPersonIsController = true;
      continue;
    }
    const vendor = has(group, isProcessorWord) || (has(group, firstPerson) && groups.some((other) => other !== group && customerGroup(other)));
    if (!vendor) {
      if (has(group, firstPerson) && groups.some((other) => other !== group && has(other, isProcessorWord))) firstPersonIsController = true;
      continue;
    }
    for (const a of group) if (/^\p{Lu}/u.test(a) && !firstPerson(a) && !isProcessorWord(a)) names.add(a);
  }
  // "Databehandler:\nAcme AS, org.nr. ...\n(«Acme»)"
  for (const label of head.matchAll(ROLE_LABEL)) if (!isController(label[1])) names.add(label[1].trim());
  // "Acme is a processor", "Acme er databehandler"
  for (const role of head.matchAll(ROLE_STATEMENT)) {
    const name = role[1];
    if (!isController(name) && !/^(?:The|This|It|Det|Den|Denne|Dette|Which|Who|Where|Som|Hvis|If|Each|Any|A|An)$/u.test(name)) names.add(name);
  }
  const extra = [...names].filter((n) => n.length >= 3).map(escapeName);
  const processor = [processorSource, ...(firstPersonIsController ? [] : [FIRST_PERSON_SOURCE]), ...(extra.length ? [`\\b(?:${extra.join('|')})\\p{L}*\\b`] : [])];
  const controller = [CONTROLLER_SOURCE, ...(firstPersonIsController ? [FIRST_PERSON_SOURCE] : [SECOND_PERSON_SOURCE])];
  return { processor: `(?:${processor.join('|')})`, controller: `(?:${controller.join('|')})` };
}

/** A sentence that opens with a one-word name and a permission or duty: "Acme may ...", "Vi kan ..." (lexicon: permission.opener). */
const NAMED_OPENER = new RegExp(`^\\s*(?:[\\d.()]{1,8}\\s+)?(\\p{Lu}[\\p{L}\\d&-]*)\\s+(?:${conceptWords('permission.opener').join('|')})\\b`, 'u');
/** Opening words that are no party: pronouns, determiners (lexicon: party.non-party-opener). */
const NOT_A_PARTY = new Set(conceptWords('party.non-party-opener'));

/**
 * The one word a sentence opens with before a permission or duty ("Acme may use ..."), lower-cased, unless it
 * is a pronoun or determiner; undefined when the sentence does not open so. In a vendor's own terms a name the
 * document never tied to a role that acts is the vendor's.
 * @example openingName('Acme may use Customer Data') // 'acme'
 */
export function openingName(text: string): string | undefined {
  const word = NAMED_OPENER.exec(text)?.[1].toLowerCase();
  return word !== undefined && !NOT_A_PARTY.has(word) ? word : undefined;
}

/** Both parties together: "partene", "the parties". */
const BOTH_SOURCE = concept('party.both');
const AND_SOURCE = concept('conjunction.and');

/**
 * Whether the processor (not the controller, nor both parties together) is the party named nearest
 * before `at` in its clause part (`samePart`); with no party before it, whether the processor follows in
 * the next words ("It is for the processor to decide", Swedish inversion "bestämmer Leverantören").
 * @example processorActsAt(parties, matchText('The Processor shall decide which measures'), 22) // true
 */
export function processorActsAt(parties: Parties, match: string, at: number): boolean {
  const inPart = (found: Match[]) => found.filter((m) => samePart(match, m.start, at));
  const head = match.slice(0, at);
  const together = `${BOTH_SOURCE}|${parties.controller} ${AND_SOURCE} (?:\\p{L}+ )?${parties.processor}|${parties.processor} ${AND_SOURCE} (?:\\p{L}+ )?${parties.controller}`;
  if (inPart(findAll(pattern(together), head)).length) return false;
  const lastProcessor = inPart(findAll(pattern(parties.processor), head)).pop()?.start ?? -1;
  const lastController = inPart(findAll(pattern(parties.controller), head)).pop()?.start ?? -1;
  if (lastProcessor < 0 && lastController < 0) {
    const after = wordsAfter(match, at, 6);
    return findFirst(pattern(parties.processor), after) !== undefined && !findFirst(pattern(parties.controller), after);
  }
  return lastProcessor > lastController;
}

/**
 * The parties of one sentence: as the document's, but a sentence that opens with a name the document never tied
 * to a role ("Fieldwise may modify its security program", "Acme kan endre ...") names the vendor's side, the
 * processor or the provider it runs the service on; the controller is always named as such. `objects` are the
 * nouns a rule's sentences open with that are no party ("Measures may be changed", "Endringer skal ...").
 * @example sentenceParties(parties, 'Fieldwise may modify its security program', 'measures?').processor // also matches 'fieldwise'
 */
export function sentenceParties(parties: Parties, text: string, objects: string): Parties {
  const word = vendorOpeningName(parties, text, objects);
  return word === undefined ? parties : { ...parties, processor: `(?:${parties.processor}|\\b${escapeName(word)}\\b)` };
}

/**
 * The name a sentence opens with (`openingName`) when the document never tied it to a role, nor to both parties,
 * and it is none of a rule's `objects` (nouns its sentences open with that are no party): in a vendor's own terms,
 * the vendor's side ("Acme may use Customer Data ..."); undefined otherwise.
 * @example vendorOpeningName(parties, 'Acme may use Customer Data', 'data') // 'acme'
 */
export function vendorOpeningName(parties: Parties, text: string, objects: string): string | undefined {
  const word = openingName(text);
  if (word === undefined) return undefined;
  const named = (source: string) => findFirst(exactly(source), word) !== undefined;
  if (named(parties.controller) || named(parties.processor) || named(BOTH_SOURCE) || findFirst(pattern(objects), word)) return undefined;
  return word;
}
