// Hostile input: a sentence with a run of some 100,000 spaces inside it (a broken export, a paste
// from a PDF) must be reviewed as the same sentence with one space. Only the result is checked:
// before pattern() anchored its gaps, each position of the run rescanned the rest and such a
// review took about 45 s; timings are for `npm run bench`, never for tests.

import assert from 'node:assert/strict';
import { review } from '../shared/index';
import type { Finding } from '../shared/types';

const RUN = ' '.repeat(100_000);
const SENTENCE = 'Databehandler skal varsle Behandlingsansvarlig om avvik innen 72 timer etter at avviket ble oppdaget.';

const summary = (findings: Finding[]) => findings.map((f) => ({ category: f.category, messageId: f.messageId, quote: f.quote.replace(/\s+/g, ' ') }));

describe('hostile input: a 100 KB whitespace run inside a sentence', () => {
  const plain = review(SENTENCE, { scope: 'clause' });

  it('finds the late breach notice in the plain sentence', () => {
    assert.deepEqual(summary(plain.findings), [{ category: 'breach-notice-deadline', messageId: 'deadline-too-long', quote: '72 timer' }]);
  });

  it('reviews the sentence with the run between two words as the plain one', () => {
    const text = SENTENCE.replace('varsle ', `varsle${RUN}`);
    const spaced = review(text, { scope: 'clause' });
    assert.deepEqual(summary(spaced.findings), summary(plain.findings));
    const [finding] = spaced.findings;
    assert.equal(text.slice(finding.start, finding.end), '72 timer');
  });

  it('reads a duration whose number and unit the run separates', () => {
    const text = SENTENCE.replace('72 ', `72${RUN}`);
    const spaced = review(text, { scope: 'clause' });
    assert.deepEqual(summary(spaced.findings), summary(plain.findings));
    assert.equal(spaced.findings[0].start, text.indexOf('72'));
    assert.equal(spaced.findings[0].end, text.indexOf('timer') + 'timer'.length);
  });

  it('reviews a sentence after a leading run as the plain one', () => {
    const spaced = review(RUN + SENTENCE, { scope: 'clause' });
    assert.deepEqual(summary(spaced.findings), summary(plain.findings));
  });
});
