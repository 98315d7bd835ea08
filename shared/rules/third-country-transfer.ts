// third-country-transfer: personal data may leave the EU/EEA only on the controller's documented instruction (GDPR art. 28(3)(a), chapter V).
// How it reads a clause, and why: docs/rules/reading/third-country-transfer.md.

import { findAll, findFirst, pattern, type Match } from '../match';
import { negatedBefore } from '../clause-facts';
import { concept, conceptPrefix, conceptWords } from '../lexicon';
import { negates, type SentenceFrame } from '../frame';
import { defineRule, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { cellsOf, clauseLines, firstTableRow, headerCells } from '../table-rows';
import type { Clause } from '../types';
import { CONTROLLER_SOURCE } from '../values';

/** The words in file order, as one alternation without a closing boundary: a prefix of a longer word still counts. */
const wordsOf = (id: string) => conceptWords(id).join('|');

/** "third country", "outside the EU/EEA" and their nb/da/sv forms (lexicon: transfer.third-country, place.outside, place.eea-area). */
const THIRD_COUNTRY_SOURCE =
  `${concept('transfer.unbounded')}|\\b(?:${wordsOf('transfer.third-country')}|(?:${wordsOf('place.outside')}) (?:the |det |de )?(?:${wordsOf('place.eea-area')}))`;

/** Moving or exposing the data, or copying it there ("replicated to a disaster recovery site outside the EEA"). */
const TRANSFER_SOURCE = concept('transfer.copy', 'transfer.act', 'transfer.access');

/**
 * The controller's control over a transfer: a documented/specific instruction or consent, prior written consent, "on
 * the controller's instructions", "the Customer instructs" (lexicon: instruction.*; the controller: party.controller).
 */
const CONTROLLER_CONTROL_SOURCE = [
  `${concept('instruction.qualifier')} (?:\\p{L}+ ){0,2}${concept('instruction.word', 'instruction.consent-word')}`,
  concept('instruction.prior-consent'),
  `${concept('instruction.according-to')} (?:the |den |\\p{L}+s )?(?:\\p{L}+ ){0,2}${concept('instruction.word')}`,
  `${CONTROLLER_SOURCE} (?:\\p{L}+ ){0,2}${concept('instruction.gives', 'instruction.word')}`,
].join('|');

/** The controller approves transfers generally (lexicon: transfer.approves). */
const APPROVAL_SOURCE = concept('transfer.approves');

/** A conditional that makes the approval hypothetical ("if the controller approves"). */
const CONDITIONAL_SOURCE = concept('condition.hypothetical');
/** A sentence that opens with "om" ("Om personopplysninger overføres ..."): a condition (lexicon: condition.opening-if). */
const OPENING_IF_SOURCE = `^\\W*(?:[\\d.]+\\s*)?${concept('condition.opening-if')}`;

/** The processor's own choice of basis: "the processor ensures a valid transfer basis / SCC". */
const OWN_BASIS_SOURCE = `${concept('transfer.ensure')}[^.;]{0,80}(?:${conceptPrefix('transfer.basis-named')}|${concept('transfer.basis')})`;

/** The processor assists the controller (then the controller chooses; lexicon: assist). */
const ASSIST_SOURCE = concept('assist');

/** "may", "can occur": a possibility the controller has not instructed (lexicon: modal.possible, transfer.occur). */
const MAY_SOURCE = concept('modal.possible', 'transfer.occur');

/** The countries whose names and cities governing-law also reads (lexicon: place.country.<code>, shared with law.country.<code>). */
const EEA_COUNTRIES = ['no', 'se', 'dk', 'fi', 'ie', 'de', 'nl', 'fr', 'ee'].map((code) => `place.country.${code}`);
const NON_EEA_COUNTRIES = ['us', 'gb', 'ch'].map((code) => `place.country.${code}`);

/** Countries, cities and cloud regions outside the EU/EEA: the gazetteer (lexicon: place.non-eea, place.non-eea-city, place.uk-short). */
const NON_EEA_COUNTRY_SOURCE = concept('place.non-eea', 'place.non-eea-city', 'place.uk-short', ...NON_EEA_COUNTRIES);

/**
 * A table cell that is only the ISO 3166 code of a country outside the EU/EEA (upper case, as tables write
 * them), perhaps with a place after it: "US", "IN (Bangalore)", "GB - London". Codes are not words of a
 * language, so they are kept here rather than in the lexicon; read only in a location column.
 */
const NON_EEA_ISO_CELL =
  /^(?:US|GB|UK|CH|CA|AU|NZ|JP|CN|HK|TW|KR|SG|IN|PK|BD|LK|PH|VN|TH|MY|ID|IL|TR|UA|RS|MK|BA|AL|MD|BY|RU|BR|AR|MX|CL|CO|UY|ZA|EG|MA|NG|KE|AE|SA)(?:\s*[-–(,/].*)?$/;
/** Cheap look for such a cell anywhere in a text (a table row with a code between bars or tabs). */
const ISO_CELL_ANYWHERE = /(?:\||\t)\s*(?:US|GB|UK|CH|CA|AU|NZ|JP|CN|HK|TW|KR|SG|IN|PK|BD|LK|PH|VN|TH|MY|ID|IL|TR|UA|RS|MK|BA|AL|MD|BY|RU|BR|AR|MX|CL|CO|UY|ZA|EG|MA|NG|KE|AE|SA)\b/;

/** Words of a sub-processor list (lexicon: subprocessor, subprocessor.provider). */
const SUBPROCESSOR_SOURCE = concept('subprocessor', 'subprocessor.provider');

/** Places inside the EU/EEA that a sub-processor list gives as the place of processing (lexicon: place.eea). */
const EEA_PLACE_SOURCE = concept('place.eea', ...EEA_COUNTRIES);

/** Words that make a country the company's nationality or group, not the place of processing (lexicon: party.company-word). */
const COMPANY_SOURCE = concept('party.company-word');

/** A list column that gives where the processing happens, not the company's seat (lexicon: place.location-column). */
const LOCATION_HEADER_SOURCE = conceptPrefix('place.location-column');

interface Place {
  messageId: string;
  start: number;
  end: number;
  data?: Record<string, string | number | boolean>;
}

/** Whether the clause or the section it stands in requires the controller's instruction for transfers. */
function sectionRequiresInstruction(context: RuleContext, clause: Clause): boolean {
  const key = clause.headings.join('\n');
  for (let i = Math.max(0, clause.index - 4); i <= Math.min(context.clauses.length - 1, clause.index + 4); i++) {
    const other = context.clauses[i];
    if (other.index !== clause.index && other.headings.join('\n') !== key) continue;
    for (const s of context.sentencesOf(other)) {
      if (findFirst(pattern(THIRD_COUNTRY_SOURCE), s.match) && findFirst(pattern(CONTROLLER_CONTROL_SOURCE), s.match)) return true;
    }
  }
  return false;
}

function phrase(context: RuleContext, start: number, end: number): string {
  return context.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Countries named in running text, less those whose names stand in law names ("UK GDPR"). */
const NAMED_COUNTRY_SOURCE = concept('place.non-eea', 'place.non-eea-city', ...NON_EEA_COUNTRIES);

/** Words for the company's seat: "incorporated in", "registered in", "hjemmehørende i" (lexicon: party.seat). */
const SEAT_SOURCE = `${concept('party.seat')}[^.;]{0,25}$`;

/** Role nouns that the processing verbs' stems also match ("processor", "behandlingsansvarlig"; lexicon: transfer.party-word). */
const PARTY_WORD_SOURCE = `^(?:${concept('transfer.party-word')})$`;
const isPartyWord = (word: Match) => findFirst(pattern(PARTY_WORD_SOURCE), word.text) !== undefined;

/** "transferred from the EEA, the United Kingdom or Switzerland to ...": the country the data leaves, not where it goes. */
function isOrigin(m: string, verb: Match, country: Match): boolean {
  if (verb.end > country.start) return false;
  const between = m.slice(verb.end, country.start);
  const from = findAll(pattern(concept('place.from')), between).pop();
  return from !== undefined && !findFirst(pattern(concept('place.to')), between.slice(from.end));
}

/** "the courts located in Boston": a venue's place, not the data's (lexicon: law.venue before place.located). */
function venueLocated(m: string, word: Match): boolean {
  return findFirst(pattern(concept('place.located')), word.text) !== undefined && findFirst(pattern(`${concept('law.venue')}\\s+$`), m.slice(Math.max(0, word.start - 40), word.start)) !== undefined;
}

/** Processing, storage or access in a named non-EEA country: "data may be processed in the United States". */
function judgeNamedCountry(context: RuleContext, sentence: SentenceView): Place | undefined {
  const m = sentence.match;
  if (findFirst(pattern(CONTROLLER_CONTROL_SOURCE), m)) return undefined;
  const country = findFirst(pattern(NAMED_COUNTRY_SOURCE), m);
  if (!country) return undefined;
  const near = findAll(pattern(`${TRANSFER_SOURCE}|${concept('transfer.support', 'place.located')}|${SUBPROCESSOR_SOURCE}`), m).filter(
    (v) => Math.abs(v.start - country.start) < 70 && !isPartyWord(v) && !venueLocated(m, v),
  );
  const verb = near[0];
  if (verb && isOrigin(m, verb, country)) return undefined;
  if (!verb || !findFirst(pattern(MAY_SOURCE), m) && !findFirst(pattern(concept('place.fact-verb')), m)) return undefined;
  // "data is never stored in the US", "the US team has no access"; a negation after the act ("without prior notice") negates something else
  const frame = context.frame(sentence);
  if (negates(frame, sentence.start + country.start) || near.some((v) => negates(frame, sentence.start + v.start))) return undefined;
  // a company's seat is not a place of processing: "the Processor is incorporated in the United States"
  if (findFirst(pattern(SEAT_SOURCE), m.slice(Math.max(0, country.start - 35), country.start))) return undefined;
  // "Microsoft Ireland Operations Ltd (Microsoft Corporation, USA) stores the data in Ireland"
  if (onlyNationality(m, country.start, [])) return undefined;
  const from = Math.min(verb.start, country.start);
  const to = Math.max(verb.end, country.end);
  return { messageId: 'processing-in-third-country', start: sentence.start + from, end: sentence.start + to, data: { country: sentence.text.slice(country.start, country.end) } };
}

/** The deviation a sentence about third countries holds, if any. */
function judgeSentence(context: RuleContext, sentence: SentenceView, third: Match): Place | undefined {
  const m = sentence.match;
  const abs = (x: { start: number; end: number }) => ({ start: sentence.start + x.start, end: sentence.start + x.end });
  const control = findFirst(pattern(CONTROLLER_CONTROL_SOURCE), m);
  const frame = context.frame(sentence);
  const prohibition = prohibits(m, frame, sentence.start);

  // "you instruct us to transfer personal data to any country": an instruction without a place is a general approval
  const unbounded = findFirst(pattern(concept('transfer.unbounded')), m);
  if (unbounded && !prohibition && !findFirst(pattern(CONDITIONAL_SOURCE), m.slice(0, unbounded.start))) {
    const verb = findAll(pattern(TRANSFER_SOURCE), m).find((v) => v.end <= unbounded.start && unbounded.start - v.end < 60 && !isPartyWord(v));
    if (verb) return { messageId: 'general-approval', ...abs({ ...verb, end: unbounded.end }) };
  }

  // a general instruction or authorisation is no specific one: "gives the processor a general instruction to transfer
  // personal data to third countries", "blanket authorisation for transfers outside the EEA" (lexicon: transfer.general-instruction)
  const general = findFirst(pattern(concept('transfer.general-instruction')), m);
  if (
    general &&
    !prohibition &&
    general.start < third.start &&
    // "general authorisation for sub-processors; transfers to third countries need a specific instruction": the specific one rules
    !(control && control.start >= general.end) &&
    third.start - general.end < 140 &&
    findFirst(pattern(TRANSFER_SOURCE), m.slice(general.end, third.start)) &&
    !negates(frame, sentence.start + general.start) &&
    !findFirst(pattern(CONDITIONAL_SOURCE), m.slice(0, general.start))
  ) {
    return { messageId: 'general-approval', start: sentence.start + general.start, end: sentence.start + third.end };
  }

  // a general approval: "the controller has approved that data may be transferred to third countries"
  for (const approval of control ? [] : findAll(pattern(APPROVAL_SOURCE), m)) {
    const between = m.slice(approval.end, Math.max(approval.end, third.start));
    const controllerBefore = findFirst(pattern(CONTROLLER_SOURCE), m.slice(Math.max(0, approval.start - 60), approval.start));
    if (!controllerBefore) continue;
    if (third.start < approval.start || third.start - approval.end > 140) continue;
    if (!findFirst(pattern(TRANSFER_SOURCE), between)) continue;
    if (findFirst(pattern(CONDITIONAL_SOURCE), m.slice(0, approval.start))) continue;
    if (findFirst(pattern(CONDITIONAL_SOURCE), between.slice(0, 25))) continue;
    // (a window, not the frame: "... not ... the controller approves" 29 characters on is read as an approval in the corpus)
    if (negatedBefore(m, approval.start, 25)) continue;
    return { messageId: 'general-approval', start: sentence.start + approval.start, end: sentence.start + third.end };
  }

  // "access from outside the EEA may occur"
  const access = findFirst(pattern(concept('transfer.access', 'transfer.support')), m);
  if (access && !prohibition && !control && Math.abs(access.start - third.start) < 80 && findFirst(pattern(MAY_SOURCE), m)) {
    return { messageId: 'access-from-outside', ...abs(access.start < third.start ? { ...access, end: third.end } : { ...third, end: access.end }) };
  }

  // "will not transfer ... outside the EEA, except to the Sub-processors listed in Annex 3": the exception pre-approves
  // transfers to the vendor's sub-processors or group (lexicon: subprocessor.named)
  // (not when the controller approves each one: "except to Sub-processors that the Controller has approved in writing")
  const exceptFor = findAll(pattern(`${EXCEPTION_SOURCE}|${concept('exception.except')}`), m).find(
    (e) =>
      e.start > third.start &&
      findFirst(pattern(`^(?:\\p{L}+ ){0,4}?${concept('subprocessor.named')}`), m.slice(e.end + 1, e.end + 90)) !== undefined &&
      !findFirst(pattern(CONTROLLER_SOURCE), m.slice(e.end, e.end + 90)),
  );
  if (exceptFor && !control) {
    const named = findFirst(pattern(concept('subprocessor.named')), m.slice(exceptFor.end)) as Match;
    return { messageId: 'processor-may-transfer', start: sentence.start + third.start, end: sentence.start + exceptFor.end + named.end };
  }

  if (prohibition || control) return undefined;

  // "the processor may transfer personal data outside the EEA (provided that ...)"
  const processorMay = findFirst(pattern(`${context.processorSource}[^.;]{0,40}?${concept('permission.may', 'permission.right')}[^.;]{0,30}?${concept('transfer.use-verb')}`), m);
  if (processorMay && processorMay.start < third.end + 40) {
    return { messageId: 'processor-may-transfer', ...abs(processorMay.start < third.start ? { ...processorMay, end: third.end } : processorMay) };
  }

  // "personal data may be processed / is stored outside the EEA", "may involve processing outside the UK"
  const possible = possibleProcessing(m, third);
  if (possible) return { messageId: 'processing-in-third-country', ...abs(possible), data: { country: sentence.text.slice(third.start, third.end) } };

  // "where processing takes place outside the EU/EEA, the processor ensures a valid basis"
  const ownBasis = findFirst(pattern(OWN_BASIS_SOURCE), m) ?? basisOnly(m);
  if (ownBasis && !findFirst(pattern(ASSIST_SOURCE), m) && !controllerActs(m, ownBasis) && !sectionRequiresInstruction(context, sentence.clause)) {
    return { messageId: 'own-transfer-basis', start: sentence.start, end: sentence.end, data: { phrase: phrase(context, sentence.start + ownBasis.start, sentence.start + ownBasis.end) } };
  }
  return undefined;
}

/** "without", "unless": the exception after a ban. */
const EXCEPTION_SOURCE = concept('transfer.exception');

/** A transfer basis, also as the head of a compound ("overføringsgrunnlag", "överföringsmekanism"). */
const BASIS_WORD_SOURCE = concept('transfer.basis', 'transfer.basis-head');

/** Transfer words that name a party, not an act ("processor", "behandlingsansvarlig"). */
function actWords(m: string): Match[] {
  return findAll(pattern(TRANSFER_SOURCE), m).filter((v) => !isPartyWord(v));
}

/**
 * Whether a sentence forbids the transfer: a negation that is not about the destination's protection
 * ("a country without an adequate level of protection") and not an exception on the processor's own
 * terms ("not ... without a valid transfer basis", which permits the transfer on the vendor's terms).
 */
function prohibits(m: string, frame: SentenceFrame, offset: number): boolean {
  const exception = findAll(pattern(EXCEPTION_SOURCE), m).find((e) => findFirst(pattern(`^(?:\\p{L}+ ){0,4}?${BASIS_WORD_SOURCE}`), m.slice(e.end + 1, e.end + 90)));
  if (exception) return false;
  return frame.negations.some((neg) => !findFirst(pattern(concept('transfer.adequacy')), m.slice(neg.end - offset, neg.end - offset + 30)));
}

/**
 * The processing, storage or transfer a sentence allows outside the EU/EEA as a possibility or a
 * fact, relative to the sentence: "may be processed in the United States and other countries",
 * "may involve processing outside the UK", "stores the data outside the EEA". Not inside a
 * condition ("if data is transferred outside the EEA, ..."): that is judged by the basis it names.
 */
function possibleProcessing(m: string, third: Match): { start: number; end: number } | undefined {
  const verb = actWords(m).find((v) => v.end <= third.start && third.start - v.end < 50);
  if (!verb) return undefined;
  const before = m.slice(0, verb.start);
  if (findFirst(pattern(CONDITIONAL_SOURCE), before) || findFirst(pattern(OPENING_IF_SOURCE), m)) return undefined;
  const may = findFirst(pattern(concept('modal.possible', 'transfer.stated')), before.slice(-60) + m.slice(verb.start, verb.end));
  if (!may) return undefined;
  return { start: verb.start, end: third.end };
}

/**
 * The transfer basis a sentence makes the only condition of a transfer, with no word of the
 * controller's instruction: "the transfer takes place only on a valid transfer basis (e.g. SCC)",
 * "Dataöverföring sker under EU-kommissionens standardavtalsklausuler".
 */
function basisOnly(m: string): Match | undefined {
  const basis = findFirst(pattern(concept('transfer.basis')), m);
  if (!basis || findFirst(pattern(DEFINITION_SOURCE), m)) return undefined;
  if (!actWords(m).some((v) => v.end <= basis.start || v.start >= basis.end)) return undefined;
  return basis;
}

/** A definition ("“Standard Contractual Clauses” means ...") names a mechanism; it allows nothing (lexicon: definition.means). */
const DEFINITION_SOURCE = `^\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?["“”«'‘][^"“”»'’]{1,80}["“”»'’]\\s*(?:\\(|:|${concept('definition.means')})`;

/** Whether the controller is the one who ensures the basis ("the Customer shall ensure ..."). */
function controllerActs(match: string, verb: Match): boolean {
  const around = match.slice(Math.max(0, verb.start - 40), Math.min(match.length, verb.start + 25));
  return findFirst(pattern(CONTROLLER_SOURCE), around) !== undefined;
}

/**
 * The place outside the EU/EEA a row of a sub-processor list names as where processing happens, in
 * the original spelling: a non-EEA country, "third country", or a location cell "Global".
 */
/** A line that opens with a negated subject ("Ingen personopplysninger skal …", "No Personal Data shall …") is a ban, not a row. */
const BAN_LINE_SOURCE = `^\\s*(?:\\d+(?:\\.\\d+)*\\.? )?${concept('negation', 'negation.none-word')}`;

function rowPlace(context: RuleContext, lineMatch: string, lineStart: number, header: string[], countryRe: RegExp): string | undefined {
  if (findFirst(pattern(BAN_LINE_SOURCE), lineMatch)) return undefined;
  for (const country of findAll(countryRe, lineMatch, lineStart)) {
    const original = context.text.slice(country.start, country.end);
    if (/^uk$/i.test(original) && original !== 'UK') continue; // "uk" inside other words' spellings
    if (negatedBefore(lineMatch, country.start - lineStart, 30)) continue;
    if (onlyNationality(lineMatch, country.start - lineStart, header)) continue;
    return original;
  }
  for (const third of findAll(pattern(THIRD_COUNTRY_SOURCE), lineMatch)) {
    if (negatedBefore(lineMatch, third.start, 30)) continue;
    return context.text.slice(lineStart + third.start, lineStart + third.end);
  }
  // an ISO code as the whole cell of a location column: "| US |", "| IN (Bangalore) |"
  const cells = cellsOf(lineMatch);
  for (const [i, cell] of cells.entries()) {
    if (header[i] === undefined || !findFirst(pattern(LOCATION_HEADER_SOURCE), header[i])) continue;
    const original = context.text.slice(lineStart + cell.start, lineStart + cell.end).trim();
    if (NON_EEA_ISO_CELL.test(original)) return original;
  }
  // "Global", "Worldwide" as the whole place of a cell
  for (const cell of cells) {
    if (findFirst(pattern(`^\\s*${concept('place.global')}`), cell.text)) return context.text.slice(lineStart + cell.start, lineStart + cell.end).trim();
  }
  return undefined;
}

/** The offsets of the first place outside the EU/EEA named in a list clause. */
function placeSpan(context: RuleContext, clause: Clause, countryRe: RegExp, vagueRe: RegExp): [number, number] {
  const m = context.match.slice(clause.start, clause.end);
  const hit = findFirst(countryRe, m) ?? findFirst(vagueRe, m);
  return hit ? [clause.start + hit.start, clause.start + hit.end] : [clause.start, clause.start];
}

/** Words of approval in a list's lead-in: "are approved", "godkjenner", "är godkända" (lexicon: approval, approval.accept). */
const LEAD_APPROVAL_SOURCE = concept('approval', 'approval.accept');

/**
 * The lead-in paragraph ("The following sub-processors are approved:") that a short paragraph
 * belongs to as an item: the paragraphs between them stand under the same headings.
 */
function itemAfterLeadIn(context: RuleContext, clause: Clause): Clause | undefined {
  if (clause.kind !== 'paragraph' || clause.text.length > 400) return undefined;
  const key = clause.headings.join('\n');
  for (let i = clause.index - 1; i >= Math.max(0, clause.index - 10); i--) {
    const before = context.clauses[i];
    if (before.kind === 'heading' || before.headings.join('\n') !== key) return undefined;
    if (/:\s*$/.test(before.text)) return findFirst(pattern(SUBPROCESSOR_SOURCE), context.match.slice(before.start, before.end)) ? before : undefined;
  }
  return undefined;
}

/** The sentence before a sub-processor list that approves it, as absolute offsets, if any. */
function approvingLeadIn(context: RuleContext, clause: Clause): { start: number; end: number } | undefined {
  for (let i = clause.index - 1; i >= Math.max(0, clause.index - 12); i--) {
    const before = context.clauses[i];
    if (before.kind === 'heading') return undefined;
    if (before.kind !== 'paragraph' || /[\t|]/.test(before.text)) continue;
    for (const s of context.sentencesOf(before)) {
      if (findFirst(pattern(SUBPROCESSOR_SOURCE), s.match) && findFirst(pattern(LEAD_APPROVAL_SOURCE), s.match) && context.frame(s).negations.length === 0) return { start: s.start, end: s.end };
    }
    if (!itemAfterLeadIn(context, before)) return undefined;
  }
  return undefined;
}

/** Clauses that list sub-processors: table rows or list items under a sub-processor heading or lead-in. */
function isSubprocessorList(context: RuleContext, clause: Clause): boolean {
  const sub = pattern(SUBPROCESSOR_SOURCE);
  if (itemAfterLeadIn(context, clause)) return true;
  if (findFirst(sub, clause.headings.slice(-2).join('\n').toLowerCase())) return true;
  // a table whose header row names the sub-processors ("Sub-processor | Purpose | Location")
  if (clause.kind === 'table-row') {
    const first = firstTableRow(context.clauses, clause);
    if (first !== clause && findFirst(sub, context.match.slice(first.start, first.end))) return true;
  }
  for (let i = clause.index - 1; i >= Math.max(0, clause.index - 12); i--) {
    const before = context.clauses[i];
    if (before.kind === 'heading') return findFirst(sub, context.match.slice(before.start, before.end)) !== undefined;
    if (before.kind === 'paragraph' && !/[\t|]/.test(before.text)) return findFirst(sub, context.match.slice(before.start, before.end)) !== undefined;
  }
  return false;
}

/**
 * Whether the non-EEA country at `at` in a list line only says who the sub-processor is (its seat or
 * group: "Amazon Web Services EMEA SARL (Amazon.com, Inc., USA)"), while the line places the
 * processing inside the EU/EEA, by a location column or beside the name.
 */
function onlyNationality(lineMatch: string, at: number, header: string[]): boolean {
  const cells = cellsOf(lineMatch);
  const own = cells.findIndex((c) => c.start <= at && at < c.end);
  if (own < 0) return false;
  const locationColumns = cells.map((_, i) => i).filter((i) => header[i] !== undefined && findFirst(pattern(LOCATION_HEADER_SOURCE), header[i]) !== undefined);
  const countryRe = pattern(NON_EEA_COUNTRY_SOURCE);
  const eeaRe = pattern(EEA_PLACE_SOURCE);
  if (locationColumns.length && !locationColumns.includes(own)) {
    // the country stands in a name or seat column: the location columns decide
    const places = locationColumns.map((i) => cells[i].text);
    return places.some((p) => findFirst(eeaRe, p)) && !places.some((p) => findFirst(countryRe, p));
  }
  // no location column: a country beside a company word, with an EEA place elsewhere in the line
  const cell = cells[own].text;
  const rel = at - cells[own].start;
  const open = cell.lastIndexOf('(', rel);
  const close = cell.indexOf(')', rel);
  const inParens = open >= 0 && close > rel && cell.lastIndexOf(')', rel) < open;
  const segment = inParens ? cell.slice(open, close + 1) : cell;
  if (!findFirst(pattern(COMPANY_SOURCE), segment)) return false;
  const rest = inParens ? lineMatch.slice(0, cells[own].start + open) + ' ' + lineMatch.slice(cells[own].start + close + 1) : cells.filter((_, i) => i !== own).map((c) => c.text).join(' | ');
  return findFirst(eeaRe, rest) !== undefined && !findFirst(countryRe, rest);
}

export default defineRule({
  meta: {
    category: 'third-country-transfer',
    defaultSeverity: 'high',
    topic: 'third-country',
    messages: ruleMessages('third-country-transfer'),
    playbookSettings: [],
    reportsAbsence: false,
  },
  check(context) {
    const places: Place[] = [];
    // one scan of the document for each kind of place word; only sentences holding one are judged
    const thirdHits = findAll(pattern(THIRD_COUNTRY_SOURCE), context.match);
    const countryHits = findAll(pattern(NON_EEA_COUNTRY_SOURCE), context.match);
    const namedHits = countryHits.filter((h) => !findFirst(pattern(`^(?:${concept('place.uk-short')})$`), h.text));
    const vagueHits = findAll(pattern(`${THIRD_COUNTRY_SOURCE}|${concept('place.global')}`), context.match);
    const isoCells = ISO_CELL_ANYWHERE.test(context.text);
    if (!vagueHits.length && !countryHits.length && !isoCells) return;
    for (const sentence of context.sentences()) {
      if (sentence.clause.kind === 'table-row') continue; // rows are judged as sub-processor rows below
      const inside = (hits: Match[]) => hits.some((h) => h.start >= sentence.start && h.start < sentence.end);
      const third = inside(thirdHits) ? findFirst(pattern(THIRD_COUNTRY_SOURCE), sentence.match) : undefined;
      const place = third ? judgeSentence(context, sentence, third) : inside(namedHits) ? judgeNamedCountry(context, sentence) : undefined;
      if (place) places.push(place);
    }

    // rows of the sub-processor list that place the processing outside the EU/EEA
    const countryRe = pattern(NON_EEA_COUNTRY_SOURCE);
    const vagueRe = pattern(`${THIRD_COUNTRY_SOURCE}|${concept('place.global')}`);
    const leadsReported = new Set<number>();
    for (const clause of context.clauses) {
      const holds = (hits: Match[]) => hits.some((h) => h.start >= clause.start && h.start < clause.end);
      if (clause.kind === 'heading' || (!holds(countryHits) && !holds(vagueHits) && !(isoCells && ISO_CELL_ANYWHERE.test(clause.text)))) continue;
      const listLike = clause.kind === 'table-row' || clause.kind === 'list-item' || /\|.*\|/.test(clause.text) || /\t/.test(clause.text) || itemAfterLeadIn(context, clause) !== undefined;
      if (!listLike || !isSubprocessorList(context, clause)) continue;
      let rowFound = false;
      for (const line of clauseLines(clause)) {
        const lineMatch = context.match.slice(line.start, line.end);
        const header = headerCells(context, clause, line);
        const place = rowPlace(context, lineMatch, line.start, header, countryRe);
        if (!place) continue;
        places.push({ messageId: 'subprocessor-outside-eea', start: line.start, end: line.end, data: { country: place } });
        rowFound = true;
      }
      // the sentence that pre-approves the list ("the controller approves the following sub-processors:")
      const lead = rowFound ? approvingLeadIn(context, clause) : undefined;
      if (lead && !leadsReported.has(lead.start)) {
        leadsReported.add(lead.start);
        places.push({ messageId: 'subprocessor-outside-eea', start: lead.start, end: lead.end, data: { country: context.text.slice(...placeSpan(context, clause, countryRe, vagueRe)) } });
      }
    }
    for (const place of places) context.report(place);
  },
});
