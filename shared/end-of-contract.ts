// What a DPA says about the controller's data at the end of the contract (GDPR art. 28(3)(g)), read once
// for any rule that asks: whether a text speaks of the end (not of a case closed meanwhile), which clauses
// stand in an end-of-contract context, which durations set when data is deleted (not export windows,
// notice periods or legal retention), whether backups are left out of the deletion or share its deadline,
// whether a sentence offers the data back, and which deleting sentence is the operative clause.
// Read by deletion-return; the words are lexicon concepts (deletion.*, contract.end, matter.case).

import { concept, conceptPrefix, hasConcept } from './lexicon';
import { findAll, findFirst, matchText, pattern, type Match } from './match';
import type { RuleContext, SentenceView } from './rule';
import type { Clause } from './types';
import { isTitleClause, runInTitle, topicJustBefore } from './sections';
import { leadingConditionEnd, partAround, samePart, wordsBefore } from './sentence-parts';
import { titleLineLength } from './segment';
import { findDurations, type Duration } from './values';

/** Deleting or destroying data (lexicon: deletion.delete). */
export const DELETE_SOURCE = concept('deletion.delete');
/** Giving the data back, or letting the controller take it out (lexicon: deletion.return). */
export const RETURN_SOURCE = concept('deletion.return');
/** A return said outright, or the data taken out ("export the personal data"; lexicon: deletion.strong-return, deletion.takeout-*). */
export const STRONG_RETURN_SOURCE =
  `(?:${conceptPrefix('deletion.strong-return')}|${conceptPrefix('deletion.takeout-verb')}\\p{L}* (?:\\p{L}+ ){0,4}${conceptPrefix('deletion.takeout-object')})`;
/** Backups, by name (lexicon: deletion.backup). */
export const BACKUP_SOURCE = concept('deletion.backup');
/** Backups excluded from the deletion duty: "except backups", "med unntak av sikkerhetskopier". */
export const BACKUP_EXCLUDED_SOURCE = `${concept('deletion.excluding')} (?:\\p{L}+ ){0,3}${BACKUP_SOURCE}`;
/** The end of the agreement, the service or the processing (lexicon: contract.end). */
export const END_SOURCE = concept('contract.end');
// The controller taking the data out itself (an export window, not a deletion deadline).
const RETRIEVAL_SOURCE = concept('deletion.retrieval');
// A case or ticket closed while the service runs ("efter att ärendet avslutats", "once the ticket is closed", "når
// kommunen avslutter oppfølgingen av pasienten"): a retention period of the running service, not the end of the
// agreement (lexicon: matter.case).
const CASE_CLOSED_SOURCE =
  `(?:${concept('matter.case')}(?! (?:of|av|af|om)\\b) (?:\\p{L}+ ){0,2}${END_SOURCE}|${concept('matter.close')} (?:the )?(?:\\p{L}+ (?:of|av|af|om) )?${concept('matter.case')})`;
// A section title about deletion together with return or the end ("Sletting og tilbakelevering").
const HEADING_RETURN_SOURCE = `(?:${RETURN_SOURCE}|${END_SOURCE})`;
// A notice period in the same part is the notice, not the deletion deadline.
const NOTICE_SOURCE = concept('notice.period');
// The duty said not to cover what was named before: "are not subject to this deletion obligation", "omfattes ikke av
// slettingen" (lexicon: deletion.not-covered).
const NOT_COVERED_SOURCE = `${concept('deletion.not-covered')} (?:\\p{L}+ ){0,3}?(?:${DELETE_SOURCE}|${conceptPrefix('deletion.duty-word')}\\p{L}*)`;
// Backups named as part of what is deleted ("all copies, including backups", "herunder sikkerhedskopier",
// "även säkerhetskopior"): they share the deadline that follows in the sentence.
const BACKUP_INCLUDED_SOURCE = `${concept('deletion.including')}\\.?(?:[ (]+\\p{L}+){0,4}[ (]+${BACKUP_SOURCE}`;
// Law that keeps data longer (bookkeeping, archive law): a carve-out, not the deletion deadline.
const LAW_SOURCE = concept('law.retention');
const SUBPROCESSOR_SOURCE = concept('subprocessor');
// Backups purged only by the normal rotation cycle (lexicon: deletion.rotation).
const ROTATION_SOURCE = concept('deletion.rotation');
// "Thereafter ..." — deletion that follows an export window (lexicon: deletion.thereafter).
const THEREAFTER_SOURCE = concept('deletion.thereafter');
/** How many clauses before a clause its end-of-contract context may come from. */
export const CONTEXT_CLAUSES_BEFORE = 3;

function has(source: string, text: string): boolean {
  return findFirst(pattern(source), text) !== undefined;
}

/** Whether a text speaks of the end of the agreement, the service or the processing (not of a case closed meanwhile). */
export function speaksOfEnd(text: string): boolean {
  const closed = findAll(pattern(CASE_CLOSED_SOURCE), text);
  return findAll(pattern(END_SOURCE), text).some((end) => !closed.some((c) => c.start <= end.start && end.end <= c.end));
}

/**
 * Backups named first and then set outside the duty in the same clause part: "Backups, which are kept by the hosting
 * provider, are not subject to this deletion obligation", "Sikkerhetskopier omfattes ikke av slettingen".
 */
export function backupsNotCovered(s: string): Match | undefined {
  const notCovered = findFirst(pattern(NOT_COVERED_SOURCE), s);
  if (!notCovered) return undefined;
  const backup = findAll(pattern(BACKUP_SOURCE), s.slice(0, notCovered.start)).find((b) => samePart(s, b.end, notCovered.start));
  return backup && { start: backup.start, end: notCovered.end, text: s.slice(backup.start, notCovered.end), groups: [] };
}

/**
 * Clauses about deleting backups that name no end ("Sikkerhedskopier slettes efter rotationsplanen på 12 måneder",
 * "Backups are not subject to this deletion obligation"): their deadlines and exclusions are judged, but such a
 * clause is not the DPA's deletion clause (it neither makes one present nor is the one checked for omissions).
 */
export function backupDeletionClauses(context: RuleContext, inEndContext: readonly boolean[]): boolean[] {
  // only where the deletion clause itself leaves backups unsaid: "all copies, also backups, within 30 days" settles them,
  // and a security annex's "backups are deleted after 35 days" is then the running backup cycle
  const endClauseSettlesBackups = context.clauses.some((c, i) => {
    const m = context.match.slice(c.start, c.end);
    return inEndContext[i] && has(DELETE_SOURCE, m) && has(BACKUP_SOURCE, m);
  });
  if (endClauseSettlesBackups) return context.clauses.map(() => false);
  return context.clauses.map((clause) => {
    const m = context.match.slice(clause.start, clause.end);
    return clause.kind !== 'heading' && has(BACKUP_SOURCE, m) && has(DELETE_SOURCE, m);
  });
}

/**
 * Whether each clause stands in an end-of-contract context: it speaks of the end itself or names the return of the
 * data, its section title is about deletion and return or the end, or one of the few clauses before it in the same
 * section speaks of the end.
 */
export function endOfContractClauses(context: RuleContext): boolean[] {
  const clauses = context.clauses;
  const mentionsEnd = clauses.map((c) => speaksOfEnd(context.match.slice(c.start, c.end)));
  const titleAbout = (title: string) => {
    const m = title.toLowerCase();
    return has(END_SOURCE, m) || (has(DELETE_SOURCE, m) && has(HEADING_RETURN_SOURCE, m));
  };
  // the art. 28(3)(g) duty named without the end ("Tilbakelevering av data ...", "Återlämnande av personuppgifter ...",
  // a run-in title "9. Return and deletion: ...") counts in its own clause only, not carried to the clauses after it
  const titledDeletion = (clause: Clause) => {
    const title = runInTitle(clause);
    return title !== undefined && (has(DELETE_SOURCE, matchText(title)) || has(RETURN_SOURCE, matchText(title)));
  };
  // a clause about a case closed while the service runs ("når kommunen avslutter pasientforløpet, slettes målingene etter
  // 90 dager") sets a retention period of its own: it takes no end-of-contract context from its title or the clauses before
  const closesCase = (clause: Clause) => has(CASE_CLOSED_SOURCE, context.match.slice(clause.start, clause.end));
  return clauses.map((clause, i) =>
    mentionsEnd[i] || hasConcept('deletion.return-of-data', context.match.slice(clause.start, clause.end)) || titledDeletion(clause) ||
    (!closesCase(clause) && topicJustBefore(clauses, i, mentionsEnd, titleAbout, CONTEXT_CLAUSES_BEFORE)));
}

/**
 * How much a deleting sentence reads as THE operative end-of-contract clause, for anchoring what the
 * clause leaves out: it speaks of the end, offers return, sets a deadline and stands under a title about
 * deletion or the end; a title, a sub-processor's duty, a summary line that points to another clause or
 * restates art. 28(3)(g), and a deletion that is only a condition ("if the data has been deleted, the
 * Clauses may be terminated") rank lower.
 */
export function operativeRank(sentence: SentenceView, returns: boolean, deadline: boolean): number {
  const s = sentence.match;
  const title = sentence.clause.headings[sentence.clause.headings.length - 1]?.toLowerCase() ?? '';
  const underTitle = title !== '' && (has(DELETE_SOURCE, title) || has(END_SOURCE, title));
  const deleteWord = findFirst(pattern(DELETE_SOURCE), s);
  const onlyCondition = deleteWord !== undefined && deleteWord.start < leadingConditionEnd(s);
  return (
    (speaksOfEnd(s) ? 2 : 0) +
    (returns ? 1 : 0) +
    (deadline ? 2 : 0) +
    (underTitle ? 1 : 0) -
    (has(SUBPROCESSOR_SOURCE, s) ? 2 : 0) -
    (isTitleClause(sentence.clause) ? 4 : 0) -
    (hasConcept('reference.other-clause', s) || hasConcept('reference.gdpr-article', s) ? 2 : 0) -
    (onlyCondition ? 3 : 0)
  );
}

/**
 * Whether a sentence offers the data back: a return word outside a title and a leading condition, and not a
 * sub-processor's duty (a sub-processor named before the return word; "copies held by sub-processors" after it
 * says what is deleted).
 */
export function offersReturn(sentence: SentenceView, returnSource: string): boolean {
  const s = sentence.match;
  if (isTitleClause(sentence.clause)) return false;
  const from = leadingConditionEnd(s);
  const subprocessor = findFirst(pattern(SUBPROCESSOR_SOURCE), s);
  return findAll(pattern(returnSource), s).some((m) => m.start >= from && (!subprocessor || subprocessor.start > m.start));
}

/**
 * Whether the deletion covers all the data ("slette alle personopplysninger", "delete all Customer Data"); not when it
 * is the data of the live systems only ("alle personoplysninger i produktionsmiljøet": backups left as they are).
 */
export function deletesAll(sentence: SentenceView): boolean {
  const s = sentence.match;
  const deleteWord = findFirst(pattern(DELETE_SOURCE), s);
  if (!deleteWord) return false;
  const { from, to } = partAround(s, deleteWord.start);
  return hasConcept('quantifier.all', s.slice(from, to)) && !hasConcept('deletion.live-only', s.slice(from, to));
}

/** The durations of an end-of-contract sentence that set when data is deleted (not export windows, notice periods or legal retention). */
export function deletionDeadlines(sentence: SentenceView, durations: readonly Duration[]): Duration[] {
  const s = sentence.match;
  return durations.filter((d) => {
    const part = partAround(s, d.start - sentence.start);
    const partText = s.slice(part.from, part.to);
    // an export window ("eksport ... innen 30 dager") is not the deletion deadline
    if (has(RETRIEVAL_SOURCE, partText) && !has(DELETE_SOURCE, partText) && !has(BACKUP_SOURCE, partText)) return false;
    // nor is a notice period ("tre måneders oppsigelse")
    if (has(NOTICE_SOURCE, partText) && !has(DELETE_SOURCE, partText)) return false;
    // years kept under bookkeeping or archive law are a legal carve-out
    if (d.days >= 365 && has(LAW_SOURCE, s)) return false;
    return true;
  });
}

/**
 * Whether the backups are named as part of what is deleted ("all copies, including backups, within 30
 * days") with a deletion deadline after them in the sentence, so that the deadline covers them too.
 * Example: "slette samtlige kopier, herunder sikkerhedskopier, senest 30 dage efter ophør" → true.
 */
export function backupsShareDeadline(sentence: SentenceView, deadlines: readonly Duration[]): boolean {
  return findAll(pattern(BACKUP_INCLUDED_SOURCE), sentence.match).some((m) => deadlines.some((d) => d.start - sentence.start >= m.end));
}

/**
 * Where a sentence leaves backups out of the deletion, unless it gives them a deadline of their own
 * after the exception ("except backups, which are deleted within 30 days": the deadline is judged instead).
 */
export function backupsExcluded(sentence: SentenceView, durations: readonly Duration[]): Match | undefined {
  const excluded = findFirst(pattern(BACKUP_EXCLUDED_SOURCE), sentence.match) ?? backupsNotCovered(sentence.match);
  if (!excluded) return undefined;
  const ownDeadline = durations.some((d) => d.start - sentence.start >= excluded.start);
  return ownDeadline ? undefined : excluded;
}

/** Whether a "thereafter" deletion follows a period the sentence itself or the clauses just before it set. */
export function followsAWindow(context: RuleContext, sentence: SentenceView): boolean {
  const clause = sentence.clause;
  const from = context.clauses[Math.max(0, clause.index - CONTEXT_CLAUSES_BEFORE)].start;
  const before = context.match.slice(from, sentence.start);
  return findDurations(before).length > 0;
}

/**
 * Backups left to the normal rotation cycle with no deadline of their own (relative span from the backup word to the
 * rotation word): "backups are overwritten in the ordinary course", unless the backups' clause part or an "including
 * backups" gives them one of the sentence's `deadlines`, or `excluded` already sets them apart.
 * @example backupRotation(sentence, [], undefined) // "backups ... rotation" in "Backups are deleted by rotation"
 */
export function backupRotation(sentence: SentenceView, deadlines: readonly Duration[], excluded: Match | undefined): { start: number; end: number } | undefined {
  const s = sentence.match;
  const backupWord = findFirst(pattern(BACKUP_SOURCE), s);
  // a section title run into the sentence ("C.4 Opbevaringsperiode/sletterutine") says no rotation
  const bodyFrom = titleLineLength(s);
  const rotation = findAll(pattern(ROTATION_SOURCE), s).find((m) => m.start >= bodyFrom);
  if (!backupWord || !rotation || excluded) return undefined;
  const backupPart = partAround(s, backupWord.start);
  const backupDeadline =
    deadlines.some((d) => d.start - sentence.start >= backupPart.from && d.end - sentence.start <= backupPart.to) || backupsShareDeadline(sentence, deadlines);
  return backupDeadline ? undefined : { start: Math.min(backupWord.start, rotation.start), end: Math.max(backupWord.end, rotation.end) };
}

/**
 * A deletion said to come "thereafter" with no deadline of its own, after a window the sentence or the clauses just
 * before it set ("the Customer may export its data for 30 days. Thereafter the data is deleted"): relative span from
 * "thereafter" to the delete word, and the "thereafter" phrase.
 */
export function deletionAfterWindow(context: RuleContext, sentence: SentenceView, durations: readonly Duration[]): { start: number; end: number; word: Match } | undefined {
  const s = sentence.match;
  const thereafter = findFirst(pattern(THEREAFTER_SOURCE), s);
  if (!thereafter) return undefined;
  const windowBefore = durations.some((d) => d.end - sentence.start <= thereafter.start);
  if (!windowBefore && !(thereafter.start < 40 && followsAWindow(context, sentence))) return undefined;
  const deleteWord = findFirst(pattern(DELETE_SOURCE), s) as Match;
  return { start: Math.min(thereafter.start, deleteWord.start), end: Math.max(thereafter.end, deleteWord.end), word: thereafter };
}

/**
 * Whether a deletion deadline is the backups' own: a backup named in the duration's clause part, or in the last words
 * of the part before it ("backups, which are kept for 6 months").
 */
export function deadlineOfBackups(sentence: SentenceView, deadline: Duration): boolean {
  const s = sentence.match;
  const part = partAround(s, deadline.start - sentence.start);
  const before = part.from > 0 ? wordsBefore(s, part.from - 1, 4).from : part.from;
  return has(BACKUP_SOURCE, s.slice(Math.min(before, deadline.start - sentence.start), part.to));
}
