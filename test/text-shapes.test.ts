// A clause is judged the same whatever shape its text arrives in: with words broken across a line by a
// hyphen ("underleveran-\ndører"), wrapped at 70 characters as a PDF extract is, or with a table's tabs
// turned into single spaces. The clauses are ours, written in the shapes real DPAs take
// (scripts/metamorphic-documents.mjs checks the same on whole real DPAs).

import { strict as assert } from 'node:assert';
import { review } from '../shared/index';
import { segmentText } from '../shared/segment';
import { linesAreRows } from '../shared/table-rows';

/** The text with `word` broken after its first three letters by a hyphen and a line break. */
const breakWord = (text: string, word: string) => text.replace(word, `${word.slice(0, 3)}-\n${word.slice(3)}`);
/** The text wrapped at 70 characters, its spaces and tabs single spaces (a PDF extract). */
const wrap = (text: string) => text.replace(/[^\S\n]+/g, ' ').replace(/(.{1,70})( |$)/gm, (_, line: string, space: string) => (space ? `${line}\n` : line));
const oneLine = (s: string) => s.replace(/-\n/g, '').replace(/\s+/g, ' ');

function judged(text: string, scope: 'clause' | 'document' = 'clause') {
  return review(text, { scope }).findings.map((f) => ({ category: f.category, messageId: f.messageId, quote: oneLine(f.quote), whole: !/\p{L}/u.test(text[f.end] ?? '') }));
}

describe('text shapes: a clause judged the same broken, wrapped or tab-less', () => {
  // [name, clause, the words to break (the last one inside the finding's quote)]
  const clauses: [string, string, string[]][] = [
    ['nb sub-processors added without notice', 'Databehandler kan benytte nye underleverandører uten å varsle Behandlingsansvarlig på forhånd.', ['underleverandører', 'forhånd']],
    ['nb liability capped', 'Databehandlers samlede ansvar etter denne avtalen er uansett begrenset til NOK 50 000.', ['Databehandlers', 'begrenset']],
    ['en breach notice after 72 hours', 'The Processor shall notify the Controller of any personal data breach without undue delay and in any event within 72 hours.', ['Controller', 'personal']],
    ['en amendment by the processor alone', 'The Processor may amend this Data Processing Agreement at any time by posting an updated version on its website.', ['Processing', 'updated']],
    ['sv amendment by the processor alone', 'Personuppgiftsbiträdet har rätt att ändra detta avtal ensidigt genom att meddela den Personuppgiftsansvarige.', ['Personuppgiftsbiträdet', 'ensidigt']],
  ];
  for (const [name, clause, words] of clauses) {
    const plain = judged(clause);
    it(`${name}: finds the deviation in the plain clause`, () => assert.ok(plain.length > 0));
    it(`${name}: the same with words broken across lines, quoting whole words`, () => {
      const broken = words.reduce(breakWord, clause);
      assert.deepEqual(judged(broken), plain);
    });
    it(`${name}: the same wrapped at 70 characters`, () => assert.deepEqual(judged(wrap(`${clause} ${clause}`)).slice(0, plain.length), plain));
  }

  const SUBPROCESSORS = [
    'Databehandleravtale',
    '',
    '1. Formål',
    '',
    'Databehandler behandler personopplysninger kun etter dokumenterte instrukser fra Behandlingsansvarlig.',
    '',
    '2. Underleverandører',
    '',
    'Behandlingsansvarlig godkjenner herved bruk av følgende underleverandører.',
    '',
    'Leverandør\tFormål\tLokasjon',
    'CloudCo\tHosting\tUSA',
    'MailCo\tE-postutsending\tEU',
    '',
    '3. Sikkerhet',
    '',
    'Databehandler skal gjennomføre tiltak etter personvernforordningen artikkel 32.',
  ].join('\n');
  const transfers = (text: string) => judged(text, 'document').filter((f) => f.category === 'third-country-transfer').length;

  it('reads a sub-processor table whose tabs became single spaces as rows', () => {
    assert.ok(transfers(SUBPROCESSORS) > 0);
    assert.equal(transfers(SUBPROCESSORS.replace(/\t/g, ' ')), transfers(SUBPROCESSORS));
  });

  it('reads a table row whose last word the line broke as one row', () => {
    const text = 'Leverandør\tFormål\tLokasjon\nCloudCo\tDrift av plattformen\tUSA og Stor-\nbritannia\nMailCo\tE-post\tEU';
    assert.deepEqual(segmentText(text).map((s) => s.kind), ['table-row', 'table-row', 'table-row']);
  });

  it('reads a heading broken in capitals ("DET-\\nALJERTE") as one heading', () => {
    const text = 'VEDLEGG 2 – DET-\nALJERTE SIKKERHETSKRAV\n\nAlle data krypteres.';
    assert.deepEqual(segmentText(text).map((s) => s.kind), ['heading', 'paragraph']);
  });

  it('does not read a numbered sentence that wrapped onto the next line as a heading', () => {
    const line = 'Databehandler skal gjennomføre tiltak etter personvernforordningen artikkel 32 og sørge for at alle ansatte har taushetsplikt.';
    const text = wrap(`9. Revisjon\n\n9.1 ${line}\n\n9.2 Personuppgiftsbiträdet ska möjliggöra revisioner som utförs av Personuppgiftsansvarig eller av denne utsedd revisor.\n\n${[line, line, line].join(' ')}`);
    const kinds = segmentText(text).map((s) => `${s.kind}${s.number ? ` ${s.number}` : ''}`);
    assert.deepEqual(kinds, ['heading 9', 'paragraph 9.1', 'paragraph 9.2', 'paragraph']);
  });

  it('tells the rows of a tab-less table from prose and an address', () => {
    assert.equal(linesAreRows('Leverandør Formål Lokasjon\nCloudCo Hosting USA\nMailCo E-post EU'), true);
    assert.equal(linesAreRows('Databehandler skal varsle\nBehandlingsansvarlig om avvik.\nDette gjelder også underleverandører.'), false);
    assert.equal(linesAreRows('Skopje,\nNord\nMakedonia'), false);
  });
});
