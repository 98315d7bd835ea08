// The segmenter (shared/segment.ts): which lines are headings, and the number a clause carries.
// Rows are lines we wrote, in the shapes real DPAs use.

import { strict as assert } from 'node:assert';
import { MAX_CLAUSE_CHARS, MAX_SENTENCE_CHARS, segmentText, sentenceSpans } from '../shared/segment';

function kinds(text: string): string[] {
  return segmentText(text).map((s) => `${s.kind}${s.number ? ` ${s.number}` : ''}: ${text.slice(s.start, s.end).split('\n')[0]}`);
}

describe('segmenter', () => {
  const headings: [string, string, string][] = [
    ['a numbered title', '7. Sikkerhet\n\nDatabehandler skal gjennomføre tiltak.', 'heading 7: 7. Sikkerhet'],
    ['a sub-numbered title', '7.2 Varsling av avvik\n\nDatabehandler skal varsle.', 'heading 7.2: 7.2 Varsling av avvik'],
    ['an annex item\'s title with a letter ("C.2", Bilag C)', 'C.2 Behandlingssikkerhed (minimumsforanstaltninger)\n- Kryptering under transmission.\n- To-faktor-autentificering.', 'heading C.2: C.2 Behandlingssikkerhed (minimumsforanstaltninger)'],
    ['an annex title', 'Vedlegg 2 Sikkerhetstiltak\n\nKryptering av alle data.', 'heading 2: Vedlegg 2 Sikkerhetstiltak'],
  ];
  for (const [name, text, first] of headings) it(`reads ${name} as a heading`, () => assert.equal(kinds(text)[0], first));

  const notHeadings: [string, string][] = [
    ['an amount at the start of a wrapped line', 'Ansvaret er begrenset til NOK\n50 000,- per år.'],
    ['a sentence that goes on in lower case on the next line', 'Databehandler skal varsle Behandlingsansvarlig\nuten ugrunnet opphold.'],
    ['a duration at the start of a line', 'Varsel gis innen\n48 timer etter at avviket ble oppdaget.'],
  ];
  for (const [name, text] of notHeadings) it(`does not read ${name} as a heading`, () => assert.ok(!kinds(text)[0]!.startsWith('heading'), kinds(text)[0]));

  it('keeps a long table row wrapped onto the next line in its row; a short row is no wrap', () => {
    const wrapped = 'Område | Tiltak | Kan Leverandøren endre?\nSikkerhetskopi | Daglig kryptert kopi lagret i to datasentre | Ja, etter\nLeverandørens skjønn\nLogg | 90 dager | Nei';
    const rows = segmentText(wrapped).map((s) => `${s.kind}: ${wrapped.slice(s.start, s.end)}`);
    assert.deepEqual(rows, [
      'table-row: Område | Tiltak | Kan Leverandøren endre?',
      'table-row: Sikkerhetskopi | Daglig kryptert kopi lagret i to datasentre | Ja, etter\nLeverandørens skjønn',
      'table-row: Logg | 90 dager | Nei',
    ]);
    const short = 'Area | Measure | Change\nBackups | Daily | No\nThe Processor keeps the list current.';
    assert.equal(segmentText(short).pop()!.kind, 'paragraph');
  });

  it('joins a number alone on a line to the open sentence it wraps ("i Bilaga" / "3."); after a full stop it is a number', () => {
    const wrapped = 'Kunden godkänner underbiträdena som anges i Bilaga\n3.\n3. Bilaga 3: Molnlager AB (Sverige).';
    assert.deepEqual(kinds(wrapped), ['paragraph: Kunden godkänner underbiträdena som anges i Bilaga', 'paragraph 3: 3. Bilaga 3: Molnlager AB (Sverige).']);
    assert.equal(segmentText(wrapped)[0].end, wrapped.indexOf('3.') + 2);
    const closed = 'Kunden godkänner underbiträdena.\n3.\nSäkerhet gäller.';
    assert.equal(segmentText(closed).length, 2);
  });

  it('reads letters named together at a wrapped line\'s start ("b) og c) faktureres") as the open sentence, not a new item', () => {
    const wrapped = 'Leverandøren skal: a) bistå Kunden; b) bistå med DPIA. Bistand etter bokstav\nb) og c) faktureres etter timepris.';
    assert.deepEqual(kinds(wrapped), ['paragraph: Leverandøren skal: a) bistå Kunden; b) bistå med DPIA. Bistand etter bokstav']);
    const items = 'Leverandøren skal:\na) bistå Kunden\nb) slette data ved opphør';
    assert.deepEqual(kinds(items), ['paragraph: Leverandøren skal:', 'list-item a: a) bistå Kunden', 'list-item b: b) slette data ved opphør']);
  });

  // text without full stops or line breaks (an OCR run, a hostile file) is read in bounded pieces, cut at spaces
  it('reads a sentence without a full stop in pieces of at most MAX_SENTENCE_CHARS, cut between words', () => {
    const text = 'Ansvar er begrenset til '.repeat(500).trim();
    const spans = sentenceSpans(text, 0, text.length);
    assert.ok(spans.length > 1);
    for (const span of spans) {
      assert.ok(span.end - span.start <= MAX_SENTENCE_CHARS);
      assert.ok(/\s/.test(text[span.start - 1] ?? ' ') && /\s/.test(text[span.end] ?? ' '), 'cut at a space');
    }
    assert.equal(spans[0].start, 0);
    assert.equal(spans[spans.length - 1].end, text.length);
  });

  it('reads a paragraph without line breaks as clauses of whole sentences, at most MAX_CLAUSE_CHARS each; the first keeps its number', () => {
    const text = `7.1 ${'Databehandler skal varsle kunden innen 24 timer. '.repeat(600).trim()}`;
    const segments = segmentText(text);
    assert.ok(segments.length > 1);
    assert.equal(segments[0].number, '7.1');
    for (const segment of segments) {
      assert.ok(segment.end - segment.start <= MAX_CLAUSE_CHARS);
      assert.ok(text.slice(segment.start, segment.end).endsWith('.'), 'whole sentences');
    }
  });

  it('leaves sentences and paragraphs of ordinary length whole', () => {
    const text = `1.1 ${'Databehandler skal, etter skriftlig forespørsel fra kunden og innen rimelig tid, '.repeat(20)}slette dataene.`;
    assert.equal(sentenceSpans(text, 0, text.length).length, 1);
    assert.equal(segmentText(text).length, 1);
  });
});
