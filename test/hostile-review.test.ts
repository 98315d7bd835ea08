// Pathological text for the review: one phrase repeated to 100 KB (each repetition a hit for a
// rule), long runs of whitespace, one enormous sentence, deep numbering. Sizes are bounded; the tests
// assert results (the review finishes, and every finding lies inside the text with a known category),
// never times: a rule that went quadratic again would show up as a test timeout. A short fuzz run
// (scripts/fuzz.ts; `npm run fuzz` does 100,000 cases) checks the same over mutated clauses.

import { strict as assert } from 'node:assert';
import { categories, MAX_CLAUSES, review, TooManyPartsError, type Review } from '../shared/index';
import { fuzz } from '../scripts/fuzz';

const CATEGORY_IDS = new Set(categories.map((category) => category.id));

function assertFindingsInside(result: Review, text: string): void {
  for (const finding of result.findings) {
    assert.ok(CATEGORY_IDS.has(finding.category), finding.category);
    assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${finding.category} ${finding.start}-${finding.end}`);
    assert.equal(finding.quote, text.slice(finding.start, finding.end));
  }
}

const repeatedTo = (phrase: string, chars: number): string => phrase.repeat(Math.ceil(chars / phrase.length)).slice(0, chars);

describe('hostile: pathological text', function () {
  this.timeout(60_000);

  const phrases: Array<[string, string | undefined]> = [
    ['Ansvar er begrenset til ', 'liability-cap'],
    ['Databehandlers ansvar er begrenset til ', 'liability-cap'],
    ['Kunden skal holde databehandler skadesløs ', 'controller-indemnity'],
    ['Leverandøren kan endre avtalen ensidig ', undefined],
    ['each party shall indemnify the processor ', undefined],
    ['innen 48 timer ', undefined],
    ['partene ', undefined],
    ['indirekte tap og følgetap er unntatt ', undefined],
    ['Leverandøren er ikke ansvarlig for tap, ', 'liability-cap'],
    ['The Supplier is not liable for any loss, ', 'liability-cap'],
  ];
  for (const [phrase, category] of phrases) {
    it(`reviews ${JSON.stringify(phrase)} repeated to 100 KB`, () => {
      const text = repeatedTo(phrase, 100 * 1024);
      const result = review(text, { scope: 'document' });
      assertFindingsInside(result, text);
      if (category) assert.ok(result.findings.some((finding) => finding.category === category), `${category} found`);
    });
  }

  // no full stop and no line break in 1 MB: read as bounded sentences and clauses (shared/segment.ts), so the
  // review's work grows with the text, not with its square (this took hours at 5 MB before)
  it('reviews 1 MB of one capping phrase without a full stop or a line break, and finds the cap', () => {
    const text = repeatedTo('Ansvar er begrenset til ', 1024 * 1024);
    const result = review(text, { scope: 'document' });
    assertFindingsInside(result, text);
    assert.ok(result.findings.some((finding) => finding.category === 'liability-cap'));
  });

  it('refuses a text of more clauses than MAX_CLAUSES with TooManyPartsError, and reviews one just under it', () => {
    assert.throws(() => review('- a\n'.repeat(MAX_CLAUSES + 1), { scope: 'document' }), TooManyPartsError);
    const text = `Databehandlers ansvar er begrenset til NOK 10 000.\n${'- a\n'.repeat(20_000)}`;
    const result = review(text, { scope: 'document' });
    assertFindingsInside(result, text);
    assert.ok(result.findings.some((finding) => finding.category === 'liability-cap'));
  });

  // every sentence a finding: thousands of findings in one review are merged and located in linear time
  it('reviews 4,000 repeated capping sentences as 4,000 findings', () => {
    const text = 'Ansvar er begrenset til NOK 10 000. '.repeat(4000);
    const result = review(text, { scope: 'document' });
    assertFindingsInside(result, text);
    assert.equal(result.findings.filter((finding) => finding.category === 'liability-cap').length, 4000);
    assert.ok(result.findings.every((finding) => finding.category !== 'liability-cap' || finding.diff?.length));
  });

  // a run of whitespace is matched as one gap (shared/match.ts), so 100 KB of it is as cheap as any text
  for (const [what, run] of [['spaces', ' '], ['line breaks', '\n'], ['tabs and no-break spaces', '\t\u00a0']] as const) {
    it(`reviews a sentence with a run of 100 KB of ${what} inside it`, () => {
      const text = `Databehandler skal varsle${run.repeat(100 * 1024 / run.length)}innen 48 timer etter at bruddet ble oppdaget.`;
      const result = review(text, { scope: 'document' });
      assertFindingsInside(result, text);
    });
  }

  it('reviews one 100 KB sentence of ordinary words without a full stop', () => {
    const words = ['databehandler', 'skal', 'behandle', 'personopplysninger', 'for', 'kunden', 'og', 'ansvar', 'tredjeland', 'revisjon'];
    const text = Array.from({ length: 12_000 }, (_, i) => words[(i * 7) % words.length]).join(' ').slice(0, 100 * 1024);
    assertFindingsInside(review(text, { scope: 'document' }), text);
  });

  it('reviews 5,000 deeply numbered headings', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${i % 9}.${i % 7}.${i % 5}.${i % 3} Databehandler`).join('\n');
    assertFindingsInside(review(text, { scope: 'document' }), text);
  });

  it('keeps every finding inside the text over 1,500 mutated clauses (a short fuzz run)', () => {
    const result = fuzz({ cases: 1500, seed: 20261207 });
    assert.deepEqual(result.failures, []);
    assert.equal(result.cases, 1500);
  });
});
