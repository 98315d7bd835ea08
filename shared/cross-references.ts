// Cross-references to the DPA's own numbered clauses: "Arbeid etter punkt 6 og punkt 8 faktureres", "Assistance
// under Sections 7.2 and 9 is charged at", "jf. pkt. 4". A lawyer follows the reference to the clause it names and
// reads the sentence with that clause's subject: a charge for "work under clause 6" is a charge for the help clause
// 6 gives. References to another agreement ("punkt 4 i Hovedavtalen", "Section 12 of the MSA") name no clause here.

import { concept } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import { headingTopics, isTitleClause, runInTitle, type SectionTopic } from './sections';
import { annexId, clauseLocation } from './clause-location';
import { wordsAfter, wordsBefore } from './sentence-parts';
import type { Clause } from './types';

/** A clause number as a reference writes it: "6", "7.2", "9.3.1", "4a". */
const NUMBER = '\\d{1,3}(?:\\.\\d{1,3}){0,3}[a-z]?';

/** The clause word and its numbers, joined by commas, "and", "or", "to", a dash: "punkt 6 og punkt 8", "sections 7.2, 8 and 9". */
const REFERENCE_SOURCE = `${concept('reference.clause-word')} ?${NUMBER}(?:(?: ?[,–-] ?| (?:${concept('conjunction.and', 'conjunction.or')}) )(?:${concept('reference.clause-word')} ?)?${NUMBER})*`;

/** After the numbers: "in the Main Agreement", "of the MSA", "i Hovedavtalen" — another document's clause. */
const OTHER_AGREEMENT_SOURCE = `^ (?:\\p{L}+ ){1,2}?${concept('agreement.main')}`;

const NUMBERS = new RegExp(NUMBER, 'g');

/** An annex named right before the reference ("Vedlegg 1 punkt 3") or right after it ("punkt 8 i Vedlegg 2", "Section 4 of Annex II"). */
const ANNEX_ID = '(?:\\d{1,2}[a-z]?|[ivx]{1,5}|[a-z])';
const ANNEX_BEFORE_SOURCE = `${concept('document.annex')} ${ANNEX_ID}$`;
const ANNEX_AFTER_SOURCE = `^ (?:\\p{L}+ )?${concept('document.annex')} ${ANNEX_ID}\\b`;

/** A denial just before the reference: "som ikke er regulert av punkt 8", "not covered by Section 9" names what is left out. */
const DENIAL_SOURCE = concept('negation');

/** A reference in a sentence and the clauses of this document it names (none found: no reference). */
export interface ClauseReference extends Match {
  /** Each named clause with its body: the numbered clause first. */
  clauses: Clause[][];
}

// A document's clauses by number, made once per document: a reference is looked up, not every clause
// scanned for each reference (a long document has thousands of clauses and of references).
const clausesByNumber = new WeakMap<readonly Clause[], Map<string, Clause[]>>();

/** The clauses numbered `number`, in document order. */
function withNumber(clauses: readonly Clause[], number: string): Clause[] {
  let byNumber = clausesByNumber.get(clauses);
  if (!byNumber) {
    byNumber = new Map();
    for (const clause of clauses) {
      if (clause.number === undefined) continue;
      const list = byNumber.get(clause.number);
      if (list) list.push(clause);
      else byNumber.set(clause.number, [clause]);
    }
    clausesByNumber.set(clauses, byNumber);
  }
  return byNumber.get(number) ?? [];
}

/**
 * The clauses numbered `number` ("8", "7.2") with the unnumbered clauses that follow each up to the next heading or
 * numbered clause (its body): in the referring clause's own annex (or the body) first, never the referring clause.
 * A reference to "clause 4" names clause 4's own words, not those of 4.1–4.7 under it.
 */
function clausesNumbered(clauses: readonly Clause[], number: string, from: Clause, annex: string | null | undefined): Clause[][] {
  // an annex's own title ("VEDLEGG 3 — …") carries the annex's number, not a clause's
  let found = withNumber(clauses, number).filter((clause) => clause !== from && annexId(clause.text) === undefined);
  if (annex !== undefined) found = found.filter((clause) => (annexId(clauseLocation(clause).annex ?? '') ?? null) === annex);
  else if (found.length > 1) {
    const own = clauseLocation(from).annex;
    const sameAnnex = found.filter((clause) => clauseLocation(clause).annex === own);
    if (sameAnnex.length) found = sameAnnex;
  }
  return found.map((title) => {
    const body = [title];
    for (let i = title.index + 1; i < clauses.length && clauses[i].kind !== 'heading' && clauses[i].number === undefined; i++) body.push(clauses[i]);
    return body.filter((clause) => clause !== from);
  });
}

/** The annex a reference names ("2" for "punkt 8 i Vedlegg 2"), or undefined when it names none. */
function namedAnnex(match: string, reference: Match): string | undefined {
  const named = findFirst(pattern(ANNEX_BEFORE_SOURCE), wordsBefore(match, reference.start, 2).text.trimEnd()) ?? findFirst(pattern(ANNEX_AFTER_SOURCE), wordsAfter(match, reference.end, 3));
  return named ? named.text.trim().split(/\s+/).pop() : undefined;
}

/**
 * The references a sentence (its matchText) makes to numbered clauses of this document, each with the clauses it names.
 * @example referencedClauses(matchText('Arbeid etter punkt 6 og punkt 8 faktureres.'), clauses, clause)[0].clauses // clauses 6 and 8
 */
export function referencedClauses(match: string, clauses: readonly Clause[], from: Clause): ClauseReference[] {
  const references: ClauseReference[] = [];
  for (const reference of findAll(pattern(REFERENCE_SOURCE), match)) {
    if (findFirst(pattern(OTHER_AGREEMENT_SOURCE), wordsAfter(match, reference.end, 5))) continue;
    if (findFirst(pattern(DENIAL_SOURCE), wordsBefore(match, reference.start, 4).text)) continue;
    const annex = namedAnnex(match, reference);
    const named = [...new Set(reference.text.match(NUMBERS) ?? [])].flatMap((number) => clausesNumbered(clauses, number, from, annex));
    if (named.length) references.push({ ...reference, clauses: named });
  }
  return references;
}

/**
 * The section topics of the clauses a reference names, read from their titles: a heading ("8 Revisjon"), a numbered
 * line with a body under it, or a run-in title ("8. Revisjon: …").
 * @example referencedTopics(reference) // ['audit'] for "punkt 8" where clause 8 is "8. Revisjon: …"
 */
export function referencedTopics(reference: ClauseReference): SectionTopic[] {
  const titles = reference.clauses.flatMap(([clause, ...body]) => {
    // a numbered line with a body under it is the body's title, however long
    const title = isTitleClause(clause) || (body.length && !clause.text.includes('\n')) ? clause.text : runInTitle(clause);
    return title ? [title] : [];
  });
  return [...new Set(titles.flatMap((title) => headingTopics(title)))];
}

/**
 * Whether a sentence refers to a clause of this document about `topic` ("Arbeid etter punkt 8 faktureres" where clause 8
 * is "8. Revisjon: …"): the sentence speaks of that clause's subject.
 * @example refersToSection(matchText('Work under Section 8 is charged at our rates.'), clauses, clause, 'audit') // true
 */
export function refersToSection(match: string, clauses: readonly Clause[], from: Clause, topic: SectionTopic): boolean {
  if (!/\d/.test(match)) return false;
  return referencedClauses(match, clauses, from).some((reference) => referencedTopics(reference).includes(topic));
}
