// controller-indemnity: the controller compensating or indemnifying the processor one-sidedly.
// How it reads a clause, and why: docs/rules/reading/controller-indemnity.md.

import { findFirst, pattern } from '../match';
import { defineRule, reportOncePerMessage, type SentenceHit } from '../rule';
import { ruleMessages } from '../messages';
import {
  ANY_INDEMNITY_SOURCE, controllerCompensates, controllerIndemnifies, indemnityAppliedToProcessor, lossCoveredByController, MUTUAL_SOURCE, processorClaimsFromController, recourseAgainstController,
} from '../indemnity';

/** Each reading of shared/indemnity.ts and the message it reports; a mutual indemnity is one-sided only as an unconditional recourse. */
const READINGS = [
  { read: controllerIndemnifies, messageId: 'controller-indemnifies', evenIfMutual: false },
  { read: controllerCompensates, messageId: 'controller-compensates', evenIfMutual: false },
  { read: lossCoveredByController, messageId: 'controller-compensates', evenIfMutual: false },
  { read: processorClaimsFromController, messageId: 'processor-claims', evenIfMutual: false },
  { read: recourseAgainstController, messageId: 'unconditional-recourse', evenIfMutual: true },
  { read: indemnityAppliedToProcessor, messageId: 'controller-indemnifies', evenIfMutual: false },
];

export default defineRule({
  meta: {
    category: 'controller-indemnity',
    defaultSeverity: 'high',
    topic: 'indemnity',
    messages: ruleMessages('controller-indemnity'),
    playbookSettings: [],
    reportsAbsence: false,
  },
  check(context) {
    const { processorSource } = context.parties;
    for (const sentence of context.sentences()) {
      if (!findFirst(pattern(ANY_INDEMNITY_SOURCE), sentence.match)) continue;
      const mutual = findFirst(pattern(MUTUAL_SOURCE), sentence.match) !== undefined;
      const frame = context.frame(sentence);
      const hits: SentenceHit[] = READINGS.filter((r) => !mutual || r.evenIfMutual).flatMap(({ read, messageId }) => read(sentence, frame, processorSource).map((span) => ({ messageId, ...span })));
      reportOncePerMessage(context, sentence, hits);
    }
  },
});
