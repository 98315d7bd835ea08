// deletion-return: what happens to the controller's data when the agreement ends (GDPR art. 28(3)(g)).
// How it reads a clause, and why: docs/rules/reading/deletion-return.md.

import { concept, conceptPrefix } from '../lexicon';
import { findFirst, pattern, type Match } from '../match';
import { defineRule, spanBeside, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import type { Duration } from '../values';
import { chargeWaived } from '../cost-bearer';
import {
  backupDeletionClauses, BACKUP_EXCLUDED_SOURCE, backupRotation, deadlineOfBackups, backupsExcluded, DELETE_SOURCE, deletesAll, deletionAfterWindow, deletionDeadlines, endOfContractClauses,
  offersReturn, operativeRank, RETURN_SOURCE, speaksOfEnd, STRONG_RETURN_SOURCE,
} from '../end-of-contract';

const MESSAGES = ruleMessages('deletion-return');

// Copies of any kind: backups, copies, archives (lexicon: deletion.backup, deletion.copy).
const COPIES_SOURCE = concept('deletion.backup', 'deletion.copy');
// Keeping data (after the end, when the sentence itself says so).
const RETAIN_SOURCE = concept('deletion.retain');
const CONFIDENTIALITY_SOURCE = concept('confidentiality');
// Deletion put off to "a reasonable time".
const VAGUE_SOURCE = concept('deletion.vague');
// Charging for return or deletion.
const COST_SOURCE = concept('deletion.charge');
// What the transfer or deletion that is charged for is about.
const HANDOVER_SOURCE = concept('deletion.return', 'deletion.delete', 'deletion.handover');
// A written confirmation or certificate of deletion.
const CONFIRM_SOURCE = conceptPrefix('deletion.confirmation');
// Written by nature (a certificate) or said to be in writing.
const WRITTEN_SOURCE = concept('written', 'deletion.written-proof');

function has(source: string, text: string): boolean {
  return findFirst(pattern(source), text) !== undefined;
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
    const aboutBackups = backupDeletionClauses(context, inEndContext);
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
        } else if (has(COPIES_SOURCE, s)) copiesNamed = true;
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
      if (!backupsOnly && has(COPIES_SOURCE, context.match.slice(sentence.clause.start, sentence.clause.end))) copiesNamed = true;
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
      const rotation = backupRotation(sentence, deadlines, excluded);
      if (rotation) context.report({ messageId: 'backup-rotation', start: sentence.start + rotation.start, end: sentence.start + rotation.end, data: { maxDays } });

      const vague = findFirst(pattern(VAGUE_SOURCE), s);
      if (vague && !deadlines.some((d) => d.days <= maxDays)) {
        const at = { start: sentence.start + vague.start, end: sentence.start + vague.end };
        context.report({ messageId: 'vague-deadline', ...at, data: { phrase: phrase(at as Match), maxDays } });
      }

      const afterWindow = !deadlines.length && !vague ? deletionAfterWindow(context, sentence, durations) : undefined;
      if (afterWindow) {
        const thereafter = context.text.slice(sentence.start + afterWindow.word.start, sentence.start + afterWindow.word.end);
        context.report({ messageId: 'deletion-after-window', start: sentence.start + afterWindow.start, end: sentence.start + afterWindow.end, data: { phrase: thereafter, maxDays } });
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

/** Reports the deadlines above the playbook's days, as backup or deletion deadlines. */
function reportLate(context: RuleContext, sentence: SentenceView, deadlines: readonly Duration[], maxDays: number): void {
  for (const d of deadlines) {
    if (d.days <= maxDays) continue;
    const messageId = deadlineOfBackups(sentence, d) ? 'backup-too-late' : 'deletion-too-late';
    context.report({ messageId, start: d.start, end: d.end, data: { days: Math.round(d.days), maxDays } });
  }
}

/** Reports a charge for return or deletion in an end-of-contract sentence, unless it is free or each party's own cost. */
function reportCharge(context: RuleContext, sentence: SentenceView): void {
  const cost = findFirst(pattern(COST_SOURCE), sentence.match);
  if (!cost || !has(HANDOVER_SOURCE, sentence.match) || chargeWaived(sentence.match, context.parties.processorSource)) return;
  context.report({ messageId: 'return-charged', start: sentence.start + cost.start, end: sentence.start + cost.end });
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
  const { start, end } = spanBeside(context.text, sentence, reported);
  context.report({
    messageId: missing.length === 1 ? OMISSIONS[missing[0]] : 'incomplete-clause',
    start,
    end,
    severity: found.returnFound ? 'low' : 'medium',
    data: { missingNb: missing.map((part) => MESSAGES[`missing-${part}`].nb).join(', '), missingEn: missing.map((part) => MESSAGES[`missing-${part}`].en).join(', ') },
  });
}
