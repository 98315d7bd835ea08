// deletion-return: what happens to the controller's data when the agreement ends (GDPR art. 28(3)(g)).
// How it reads a clause, and why: docs/rules/reading/deletion-return.md.

import { concept, conceptPrefix, hasConcept } from '../lexicon';
import { findAll, findFirst, pattern, type Match } from '../match';
import { defineRule, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { isTitleClause, topicJustBefore } from '../sections';
import { leadingConditionEnd, partAround, samePart, wordsBefore } from '../sentence-parts';
import { titleLineLength } from '../segment';
import { findDurations, PROCESSOR_SOURCE, type Duration } from '../values';

const MESSAGES = ruleMessages('deletion-return');

// Deleting or destroying data (nb, da, sv, en).
const DELETE_SOURCE = concept('deletion.delete');
// Giving the data back, or letting the controller take it out.
const RETURN_SOURCE = concept('deletion.return');
// A return said outright, or the data taken out ("export the personal data"; lexicon: deletion.strong-return, deletion.takeout-*).
const STRONG_RETURN_SOURCE =
  `(?:${conceptPrefix('deletion.strong-return')}|${conceptPrefix('deletion.takeout-verb')}\\p{L}* (?:\\p{L}+ ){0,4}${conceptPrefix('deletion.takeout-object')})`;
// The controller taking the data out itself (an export window, not a deletion deadline).
const RETRIEVAL_SOURCE = concept('deletion.retrieval');
// The end of the agreement, the service or the processing.
const END_SOURCE = concept('contract.end');
// A case or ticket closed while the service runs ("efter att ärendet avslutats", "once the ticket is closed"): a
// retention period of the running service, not the end of the agreement (lexicon: matter.case).
const CASE_CLOSED_SOURCE = `${concept('matter.case')}(?! (?:of|av|af|om)\\b) (?:\\p{L}+ ){0,2}${END_SOURCE}`;
// A section title about deletion together with return or the end ("Sletting og tilbakelevering").
const HEADING_RETURN_SOURCE = `(?:${RETURN_SOURCE}|${END_SOURCE})`;
// Keeping data (after the end, when the sentence itself says so).
const RETAIN_SOURCE = concept('deletion.retain');
// A notice period in the same part is the notice, not the deletion deadline.
const NOTICE_SOURCE = concept('notice.period');
const CONFIDENTIALITY_SOURCE = concept('confidentiality');
const BACKUP_SOURCE = concept('deletion.backup', 'deletion.copy');
const BACKUP_ONLY_SOURCE = concept('deletion.backup');
// Backups excluded from the deletion duty.
const BACKUP_EXCLUDED_SOURCE = `${concept('deletion.excluding')} (?:\\p{L}+ ){0,3}${BACKUP_ONLY_SOURCE}`;
// The duty said not to cover what was named before: "are not subject to this deletion obligation", "omfattes ikke av
// slettingen" (lexicon: deletion.not-covered).
const NOT_COVERED_SOURCE = `${concept('deletion.not-covered')} (?:\\p{L}+ ){0,3}?(?:${DELETE_SOURCE}|${conceptPrefix('deletion.duty-word')}\\p{L}*)`;
// Backups purged only by the normal rotation cycle, with no deadline.
const ROTATION_SOURCE = concept('deletion.rotation');
// Backups named as part of what is deleted ("all copies, including backups", "herunder sikkerhedskopier",
// "även säkerhetskopior"): they share the deadline that follows in the sentence.
const BACKUP_INCLUDED_SOURCE = `${concept('deletion.including')}\\.?(?:[ (]+\\p{L}+){0,4}[ (]+${BACKUP_ONLY_SOURCE}`;
// Deletion put off to "a reasonable time".
const VAGUE_SOURCE = concept('deletion.vague');
// "Thereafter ..." — deletion that follows an export window with no deadline of its own.
const THEREAFTER_SOURCE = concept('deletion.thereafter');
// Charging for return or deletion.
const COST_SOURCE = concept('deletion.charge');
// Free of charge, each party's own cost, borne by the processor, or a charge denied (lexicon: charge.*, deletion.free).
const FREE_SOURCE = [
  concept('charge.free'),
  conceptPrefix('deletion.free'),
  `${conceptPrefix('charge.borne-by')} (?:the )?${PROCESSOR_SOURCE}`,
  `${PROCESSOR_SOURCE}'?s? ${conceptPrefix('charge.own-cost')}`,
  `${concept('charge.at-cost-of')} ${PROCESSOR_SOURCE} ${conceptPrefix('charge.own-cost')}`,
  `${concept('negation', 'negation.none-word')} (?:\\p{L}+ ){0,3}${conceptPrefix('charge.demand')}`,
  // the cost itself denied: "det påløper ingen kostnader", "no additional fees"
  `${concept('negation', 'negation.none-word')} (?:\\p{L}+ ){0,2}${concept('deletion.charge')}`,
].join('|');
// The processor as the one who pays ("Provider shall bear the costs").
const PROCESSOR_PAYS_SOURCE = concept('payment.pays');
// What the transfer or deletion that is charged for is about.
const HANDOVER_SOURCE = concept('deletion.return', 'deletion.delete', 'deletion.handover');
// A written confirmation or certificate of deletion.
const CONFIRM_SOURCE = conceptPrefix('deletion.confirmation');
// Written by nature (a certificate) or said to be in writing.
const WRITTEN_SOURCE = concept('written', 'deletion.written-proof');
// Law that keeps data longer (bookkeeping, archive law): a carve-out, not the deletion deadline.
const LAW_SOURCE = concept('law.retention');
const SUBPROCESSOR_SOURCE = concept('subprocessor');

function has(source: string, text: string): boolean {
  return findFirst(pattern(source), text) !== undefined;
}

/** Whether a text speaks of the end of the agreement, the service or the processing (not of a case closed meanwhile). */
function speaksOfEnd(text: string): boolean {
  const closed = findAll(pattern(CASE_CLOSED_SOURCE), text);
  return findAll(pattern(END_SOURCE), text).some((end) => !closed.some((c) => c.start <= end.start && end.end <= c.end));
}

/**
 * Backups named first and then set outside the duty in the same clause part: "Backups, which are kept by the hosting
 * provider, are not subject to this deletion obligation", "Sikkerhetskopier omfattes ikke av slettingen".
 */
function backupsNotCovered(s: string): Match | undefined {
  const notCovered = findFirst(pattern(NOT_COVERED_SOURCE), s);
  if (!notCovered) return undefined;
  const backup = findAll(pattern(BACKUP_ONLY_SOURCE), s.slice(0, notCovered.start)).find((b) => samePart(s, b.end, notCovered.start));
  return backup && { start: backup.start, end: notCovered.end, text: s.slice(backup.start, notCovered.end), groups: [] };
}

const CONTEXT_CLAUSES_BEFORE = 3;

/**
 * Whether a clause stands in an end-of-contract context: it speaks of the end itself, its section
 * title is about deletion and return or the end, or one of the few clauses before it in the same
 * section does.
 */
/**
 * Clauses about deleting backups that name no end ("Sikkerhedskopier slettes efter rotationsplanen på 12 måneder",
 * "Backups are not subject to this deletion obligation"): their deadlines and exclusions are judged, but such a
 * clause is not the DPA's deletion clause (it neither makes one present nor is the one checked for omissions).
 */
function backupDeletionClauses(context: RuleContext): boolean[] {
  return context.clauses.map((clause) => {
    const m = context.match.slice(clause.start, clause.end);
    return clause.kind !== 'heading' && has(BACKUP_ONLY_SOURCE, m) && has(DELETE_SOURCE, m);
  });
}

function endOfContractClauses(context: RuleContext): boolean[] {
  const clauses = context.clauses;
  const mentionsEnd = clauses.map((c) => speaksOfEnd(context.match.slice(c.start, c.end)));
  const titleAbout = (title: string) => {
    const m = title.toLowerCase();
    return has(END_SOURCE, m) || (has(DELETE_SOURCE, m) && has(HEADING_RETURN_SOURCE, m));
  };
  // the art. 28(3)(g) duty named without the end ("Tilbakelevering av data ...", "Återlämnande av personuppgifter ...")
  // counts in its own clause only, not carried to the clauses after it
  return clauses.map((clause, i) =>
    mentionsEnd[i] || hasConcept('deletion.return-of-data', context.match.slice(clause.start, clause.end)) ||
    topicJustBefore(clauses, i, mentionsEnd, titleAbout, CONTEXT_CLAUSES_BEFORE));
}

export default defineRule({
  meta: {
    category: 'deletion-return',
    defaultSeverity: 'medium',
    topic: 'deletion-return',
    messages: MESSAGES,
    playbookSettings: ['deletionMaxDays'],
    reportsAbsence: true,
  },
  check(context) {
    const maxDays = context.playbook.deletionMaxDays;
    const reported: { start: number; end: number }[] = [];
    const report = context.report;
    context = { ...context, report: (r) => (reported.push({ start: r.start, end: r.end }), report(r)) };
    const inEndContext = endOfContractClauses(context);
    // (only where the deletion clause itself leaves backups unsaid: "all copies, also backups, within 30 days" settles them,
    // and a security annex's "backups are deleted after 35 days" is then the running backup cycle)
    const endClauseSettlesBackups = context.clauses.some((c, i) => {
      const m = context.match.slice(c.start, c.end);
      return inEndContext[i] && has(DELETE_SOURCE, m) && has(BACKUP_ONLY_SOURCE, m);
    });
    const aboutBackups = endClauseSettlesBackups ? context.clauses.map(() => false) : backupDeletionClauses(context);
    const phrase = (m: Match) => context.text.slice(m.start, m.end);

    let clauseFound = false;
    // a strong return word in an operative sentence anywhere in the document counts as a return option
    // (not a title, a sub-processor's duty, or a condition such as "if the data has been returned, ...")
    let returnFound = context.sentences().some((sentence) => offersReturn(sentence, STRONG_RETURN_SOURCE));
    let confirmationFound = false;
    let copiesNamed = false;
    let main: { sentence: SentenceView; rank: number } | undefined;

    for (const sentence of context.sentences()) {
      const s = sentence.match;
      const durations = context.frame(sentence).durations;
      const deletes = has(DELETE_SOURCE, s);
      if (deletes && !confirmationFound && has(CONFIRM_SOURCE, s)) confirmationFound = true;
      const backupsOnly = !inEndContext[sentence.clause.index] && aboutBackups[sentence.clause.index];
      if (!inEndContext[sentence.clause.index] && !backupsOnly) continue;
      const returns = has(RETURN_SOURCE, s);
      if (!deletes && !returns) {
        if (has(CONFIRM_SOURCE, s) && has(WRITTEN_SOURCE, s)) confirmationFound = true;
        // "this also covers backups" / "this does not apply to backups", in a sentence of its own
        const excludedHere = backupsExcluded(sentence, durations);
        if (excludedHere) {
          context.report({ messageId: 'backups-excluded', start: sentence.start + excludedHere.start, end: sentence.start + excludedHere.end, data: { maxDays } });
        } else if (has(BACKUP_SOURCE, s)) copiesNamed = true;
        const backupsSetApart = !excludedHere && has(BACKUP_EXCLUDED_SOURCE, s);
        // data kept for a time after the end ("retained for 90 days after termination"), or backups set apart with their own time
        if (backupsSetApart || (has(RETAIN_SOURCE, s) && speaksOfEnd(s) && !has(CONFIDENTIALITY_SOURCE, s))) {
          reportLate(context, sentence, deletionDeadlines(sentence, durations), maxDays);
        }
        reportCharge(context, sentence);
        continue;
      }
      if (!backupsOnly) clauseFound = true;
      // the return refused outright: "Vendor has no obligation to return Customer Data" (lexicon: deletion.return-denied)
      const denied = findFirst(pattern(concept('deletion.return-denied')), s);
      if (denied) {
        context.report({ messageId: 'no-return-option', start: sentence.start + denied.start, end: sentence.start + denied.end });
        continue;
      }
      if (returns && offersReturn(sentence, RETURN_SOURCE)) returnFound = true;
      if (has(CONFIRM_SOURCE, s)) confirmationFound = true;
      if (!backupsOnly && has(BACKUP_SOURCE, context.match.slice(sentence.clause.start, sentence.clause.end))) copiesNamed = true;
      if (!deletes) {
        // return charged ("kan kreve dekket kostnader ... ved slike overføringer")
        reportCharge(context, sentence);
        continue;
      }

      const deadlines = deletionDeadlines(sentence, durations);
      const rank = operativeRank(sentence, returns, deadlines.length > 0 || has(VAGUE_SOURCE, s));
      if (!backupsOnly && (!main || rank > main.rank)) main = { sentence, rank };

      reportLate(context, sentence, deadlines, maxDays);

      const excluded = backupsExcluded(sentence, durations);
      if (excluded) {
        context.report({ messageId: 'backups-excluded', start: sentence.start + excluded.start, end: sentence.start + excluded.end, data: { maxDays } });
      }
      const backupWord = findFirst(pattern(BACKUP_ONLY_SOURCE), s);
      // a section title run into the sentence ("C.4 Opbevaringsperiode/sletterutine") says no rotation
      const bodyFrom = titleLineLength(s);
      const rotation = findAll(pattern(ROTATION_SOURCE), s).find((m) => m.start >= bodyFrom);
      const backupPart = backupWord && partAround(s, backupWord.start);
      const backupDeadline =
        (backupPart && deadlines.some((d) => d.start - sentence.start >= backupPart.from && d.end - sentence.start <= backupPart.to)) ||
        backupsShareDeadline(sentence, deadlines);
      if (backupWord && rotation && !backupDeadline && !excluded) {
        const start = Math.min(backupWord.start, rotation.start);
        const end = Math.max(backupWord.end, rotation.end);
        context.report({ messageId: 'backup-rotation', start: sentence.start + start, end: sentence.start + end, data: { maxDays } });
      }

      const vague = findFirst(pattern(VAGUE_SOURCE), s);
      if (vague && !deadlines.some((d) => d.days <= maxDays)) {
        const at = { start: sentence.start + vague.start, end: sentence.start + vague.end };
        context.report({ messageId: 'vague-deadline', ...at, data: { phrase: phrase(at as Match), maxDays } });
      }

      const thereafter = findFirst(pattern(THEREAFTER_SOURCE), s);
      const windowBefore = thereafter && durations.some((d) => d.end - sentence.start <= thereafter.start);
      if (thereafter && !deadlines.length && !vague && (windowBefore || (thereafter.start < 40 && followsAWindow(context, sentence)))) {
        const deleteWord = findFirst(pattern(DELETE_SOURCE), s) as Match;
        const at = { start: sentence.start + Math.min(thereafter.start, deleteWord.start), end: sentence.start + Math.max(thereafter.end, deleteWord.end) };
        context.report({ messageId: 'deletion-after-window', ...at, data: { phrase: context.text.slice(sentence.start + thereafter.start, sentence.start + thereafter.end), maxDays } });
      }

      reportCharge(context, sentence);
    }

    if (!clauseFound) {
      context.reportAbsence({ messageId: 'no-clause' });
      return;
    }
    if (!main) return;
    // "alle personopplysninger slettes": a deletion of all the data leaves no copy out by not naming backups
    if (deletesAll(main.sentence)) copiesNamed = true;
    reportOmissions(context, main.sentence, { returnFound, confirmationFound, copiesNamed }, reported);
  },
});

/**
 * How much a deleting sentence reads as THE operative end-of-contract clause, for anchoring what the
 * clause leaves out: it speaks of the end, offers return, sets a deadline and stands under a title about
 * deletion or the end; a title, a sub-processor's duty, a summary line that points to another clause or
 * restates art. 28(3)(g), and a deletion that is only a condition ("if the data has been deleted, the
 * Clauses may be terminated") rank lower.
 */
function operativeRank(sentence: SentenceView, returns: boolean, deadline: boolean): number {
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
function offersReturn(sentence: SentenceView, returnSource: string): boolean {
  const s = sentence.match;
  if (isTitleClause(sentence.clause)) return false;
  const from = leadingConditionEnd(s);
  const subprocessor = findFirst(pattern(SUBPROCESSOR_SOURCE), s);
  return findAll(pattern(returnSource), s).some((m) => m.start >= from && (!subprocessor || subprocessor.start > m.start));
}

/** Whether the deletion covers all the data ("slette alle personopplysninger", "delete all Customer Data"). */
function deletesAll(sentence: SentenceView): boolean {
  const s = sentence.match;
  const deleteWord = findFirst(pattern(DELETE_SOURCE), s);
  if (!deleteWord) return false;
  const part = partAround(s, deleteWord.start);
  return hasConcept('quantifier.all', s.slice(part.from, part.to));
}

/** The durations of an end-of-contract sentence that set when data is deleted (not export windows, notice periods or legal retention). */
function deletionDeadlines(sentence: SentenceView, durations: readonly Duration[]): Duration[] {
  const s = sentence.match;
  return durations.filter((d) => {
    const part = partAround(s, d.start - sentence.start);
    const partText = s.slice(part.from, part.to);
    // an export window ("eksport ... innen 30 dager") is not the deletion deadline
    if (has(RETRIEVAL_SOURCE, partText) && !has(DELETE_SOURCE, partText) && !has(BACKUP_ONLY_SOURCE, partText)) return false;
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
function backupsShareDeadline(sentence: SentenceView, deadlines: readonly Duration[]): boolean {
  return findAll(pattern(BACKUP_INCLUDED_SOURCE), sentence.match).some((m) => deadlines.some((d) => d.start - sentence.start >= m.end));
}

/**
 * Where a sentence leaves backups out of the deletion, unless it gives them a deadline of their own
 * after the exception ("except backups, which are deleted within 30 days": the deadline is judged instead).
 */
function backupsExcluded(sentence: SentenceView, durations: readonly Duration[]): Match | undefined {
  const excluded = findFirst(pattern(BACKUP_EXCLUDED_SOURCE), sentence.match) ?? backupsNotCovered(sentence.match);
  if (!excluded) return undefined;
  const ownDeadline = durations.some((d) => d.start - sentence.start >= excluded.start);
  return ownDeadline ? undefined : excluded;
}

/** Reports the deadlines above the playbook's days, as backup or deletion deadlines. */
function reportLate(context: RuleContext, sentence: SentenceView, deadlines: readonly Duration[], maxDays: number): void {
  const s = sentence.match;
  for (const d of deadlines) {
    if (d.days <= maxDays) continue;
    const part = partAround(s, d.start - sentence.start);
    // "backups, which are kept for 6 months": the backup may stand in the last words of the part before the duration's
    const before = part.from > 0 ? wordsBefore(s, part.from - 1, 4).from : part.from;
    const backup = has(BACKUP_ONLY_SOURCE, s.slice(Math.min(before, d.start - sentence.start), part.to));
    context.report({ messageId: backup ? 'backup-too-late' : 'deletion-too-late', start: d.start, end: d.end, data: { days: Math.round(d.days), maxDays } });
  }
}

/** Reports a charge for return or deletion in an end-of-contract sentence, unless it is free or each party's own cost. */
function reportCharge(context: RuleContext, sentence: SentenceView): void {
  const s = sentence.match;
  const cost = findFirst(pattern(COST_SOURCE), s);
  if (!cost || !has(HANDOVER_SOURCE, s) || has(FREE_SOURCE, s)) return;
  // "Provider shall bear the costs of return and deletion"
  if (has(`${context.processorSource}(?: \\p{L}+){0,2} ${PROCESSOR_PAYS_SOURCE}`, s)) return;
  context.report({ messageId: 'return-charged', start: sentence.start + cost.start, end: sentence.start + cost.end });
}

/** Whether a "thereafter" deletion follows a period the sentence itself or the clauses just before it set. */
function followsAWindow(context: RuleContext, sentence: SentenceView): boolean {
  const clause = sentence.clause;
  const from = context.clauses[Math.max(0, clause.index - CONTEXT_CLAUSES_BEFORE)].start;
  const before = context.match.slice(from, sentence.start);
  return findDurations(before).length > 0;
}

// what a clause may leave out, and the message for it alone; the wording of each part is data (missing-<part>)
const OMISSIONS = { return: 'no-return-option', confirmation: 'no-confirmation', copies: 'backups-not-covered' };

/**
 * Reports what the end-of-contract clause leaves out (return option, written confirmation, backups) as
 * one finding in the main deletion sentence, placed beside (not over) the other findings there so
 * that merging keeps both.
 */
function reportOmissions(
  context: RuleContext,
  sentence: SentenceView,
  found: { returnFound: boolean; confirmationFound: boolean; copiesNamed: boolean },
  reported: readonly { start: number; end: number }[],
): void {
  const missing: (keyof typeof OMISSIONS)[] = [
    ...(found.returnFound ? [] : ['return' as const]),
    ...(found.confirmationFound ? [] : ['confirmation' as const]),
    ...(found.copiesNamed ? [] : ['copies' as const]),
  ];
  if (!missing.length) return;
  let start = sentence.start;
  let end = sentence.end;
  const inside = reported.filter((r) => r.start < end && start < r.end);
  if (inside.length) {
    const lastEnd = Math.max(...inside.map((r) => r.end));
    const firstStart = Math.min(...inside.map((r) => r.start));
    if (end - lastEnd > 3) start = lastEnd;
    else if (firstStart - start > 3) end = firstStart;
    while (start < end && /[\s,.;:]/.test(context.text[start])) start++;
    while (end > start && /\s/.test(context.text[end - 1])) end--;
  }
  context.report({
    messageId: missing.length === 1 ? OMISSIONS[missing[0]] : 'incomplete-clause',
    start,
    end,
    severity: found.returnFound ? 'low' : 'medium',
    data: { missingNb: missing.map((part) => MESSAGES[`missing-${part}`].nb).join(', '), missingEn: missing.map((part) => MESSAGES[`missing-${part}`].en).join(', ') },
  });
}
