// deletion-return: what happens to the controller's data when the agreement ends (GDPR art. 28(3)(g)).
// How it reads a clause, and why: docs/rules/reading/deletion-return.md.

import { defineRule, spanBeside, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import type { Duration } from '../values';
import {
  backupDeletionClauses, BACKUP_EXCLUDED_SOURCE, backupRotation, deadlineOfBackups, backupsExcluded, DELETE_SOURCE, deletesAll, deletionAfterWindow, deletionDeadlines, endOfContractClauses,
  offersReturn, operativeRank, RETURN_SOURCE, STRONG_RETURN_SOURCE,
} from '../end-of-contract';
import { confirmsDeletion, keptAfterEnd, namesCopies, partsLeftOut, returnCharge, returnRefused, vagueDeletion, type ClauseParts } from '../return-deletion';
import { findFirst, pattern } from '../match';
import { phraseIn } from '../clause-facts';

const MESSAGES = ruleMessages('deletion-return');

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
    let clauseFound = false;
    // a strong return word in an operative sentence anywhere in the document counts as a return option
    // (not a title, a sub-processor's duty, or a condition such as "if the data has been returned, ...")
    const found: ClauseParts = { returnFound: context.sentences().some((sentence) => offersReturn(sentence, STRONG_RETURN_SOURCE)), confirmationFound: false, copiesNamed: false };
    let main: { sentence: SentenceView; rank: number } | undefined;

    for (const sentence of context.sentences()) {
      const s = sentence.match;
      const durations = context.frame(sentence).durations;
      const deletes = has(DELETE_SOURCE, s);
      if (deletes && !found.confirmationFound && confirmsDeletion(s)) found.confirmationFound = true;
      const backupsOnly = !inEndContext[sentence.clause.index] && aboutBackups[sentence.clause.index];
      if (!inEndContext[sentence.clause.index] && !backupsOnly) continue;
      const returns = has(RETURN_SOURCE, s);
      if (!deletes && !returns) {
        if (confirmsDeletion(s, true)) found.confirmationFound = true;
        // "this also covers backups" / "this does not apply to backups", in a sentence of its own
        const excludedHere = backupsExcluded(sentence, durations);
        if (excludedHere) context.report({ messageId: 'backups-excluded', ...phraseIn(sentence, excludedHere.start, excludedHere.end), data: { maxDays } });
        else if (namesCopies(s)) found.copiesNamed = true;
        const backupsSetApart = !excludedHere && has(BACKUP_EXCLUDED_SOURCE, s);
        // data kept for a time after the end ("retained for 90 days after termination"), or backups set apart with their own time
        if (backupsSetApart || keptAfterEnd(s)) {
          reportLate(context, sentence, deletionDeadlines(sentence, durations), maxDays);
        }
        reportCharge(context, sentence);
        continue;
      }
      if (!backupsOnly) clauseFound = true;
      // the return refused outright: "Vendor has no obligation to return Customer Data"
      const denied = returnRefused(s);
      if (denied) {
        context.report({ messageId: 'no-return-option', ...phraseIn(sentence, denied.start, denied.end) });
        continue;
      }
      if (returns && offersReturn(sentence, RETURN_SOURCE)) found.returnFound = true;
      if (confirmsDeletion(s)) found.confirmationFound = true;
      if (!backupsOnly && namesCopies(context.match.slice(sentence.clause.start, sentence.clause.end))) found.copiesNamed = true;
      if (!deletes) {
        // return charged ("kan kreve dekket kostnader ... ved slike overføringer")
        reportCharge(context, sentence);
        continue;
      }

      const deadlines = deletionDeadlines(sentence, durations);
      const vague = vagueDeletion(s);
      const rank = operativeRank(sentence, returns, deadlines.length > 0 || vague !== undefined);
      if (!backupsOnly && (!main || rank > main.rank)) main = { sentence, rank };
      reportLate(context, sentence, deadlines, maxDays);
      // backups left out of the deletion, or purged only by their rotation
      const excluded = backupsExcluded(sentence, durations);
      if (excluded) context.report({ messageId: 'backups-excluded', ...phraseIn(sentence, excluded.start, excluded.end), data: { maxDays } });
      const rotation = backupRotation(sentence, deadlines, excluded);
      if (rotation) context.report({ messageId: 'backup-rotation', ...phraseIn(sentence, rotation.start, rotation.end), data: { maxDays } });

      if (vague && !deadlines.some((d) => d.days <= maxDays)) context.report({ messageId: 'vague-deadline', ...phraseIn(sentence, vague.start, vague.end), data: { phrase: sentence.text.slice(vague.start, vague.end), maxDays } });

      const afterWindow = !deadlines.length && !vague ? deletionAfterWindow(context, sentence, durations) : undefined;
      if (afterWindow) {
        const thereafter = sentence.text.slice(afterWindow.word.start, afterWindow.word.end);
        context.report({ messageId: 'deletion-after-window', ...phraseIn(sentence, afterWindow.start, afterWindow.end), data: { phrase: thereafter, maxDays } });
      }

      reportCharge(context, sentence);
    }

    if (!clauseFound) {
      context.reportAbsence({ messageId: 'no-clause' });
      return;
    }
    if (!main) return;
    // "alle personopplysninger slettes": a deletion of all the data leaves no copy out by not naming backups
    if (deletesAll(main.sentence)) found.copiesNamed = true;
    reportOmissions(context, main.sentence, found, reported);
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
  const cost = returnCharge(sentence.match, context.parties.processorSource);
  if (cost) context.report({ messageId: 'return-charged', start: sentence.start + cost.start, end: sentence.start + cost.end });
}

// the message for one part left out alone; the wording of each part is data (missing-<part>)
const OMISSIONS = { return: 'no-return-option', confirmation: 'no-confirmation', copies: 'backups-not-covered' };

/**
 * Reports what the end-of-contract clause leaves out (return option, written confirmation, backups) as
 * one finding in the main deletion sentence, placed beside (not over) the other findings there so
 * that merging keeps both.
 */
function reportOmissions(context: RuleContext, sentence: SentenceView, found: ClauseParts, reported: readonly { start: number; end: number }[]): void {
  const missing = partsLeftOut(found);
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
