// Values the rules decide on: durations, amounts, qualifiers.

import assert from 'node:assert/strict';
import { matchText } from '../shared/match';
import { findAmounts, findDurations, findQualifiers } from '../shared/values';

describe('values', () => {
  const durations: [string, number][] = [
    ['innen 48 timer', 48],
    ['tjuefire (24) timer', 24],
    ['two (2) months', 1440],
    ['72 hours', 72],
    ['to måneder', 1440],
    ['to maneder', 1440],
    ['minst 30 dagers varsel', 720],
    ['fire ukers frist', 672],
    ['a 30-day notice', 720],
    ['innen 48timer', 48],
    ['inom tjugofyra (24) timmar', 24],
    ['12 måneders', 8640],
    ['ett års', 8760],
    // æøå written as 'aa' (Danish and Norwegian without æøå, OCR)
    ['12 maaneder', 8640],
    ['to aar', 17520],
    ['tre maanader', 2160],
    // a number word the list does not hold, read from its figure in brackets
    ['minst fyrtiofem (45) dagar', 1080],
    ['thirteen (13) days', 312],
    // a working week is a week; a deadline counted to the nth business day is n business days
    ['within one (1) working week', 168],
    ['inom två arbetsveckor', 336],
    ['no later than the second business day after', 67],
    ['innen utgangen av neste virkedag', 34],
    ['senest ved slutningen af næste hverdag', 34],
  ];
  for (const [text, hours] of durations) {
    it(`reads "${text}" as ${hours} hours`, () => assert.equal(Math.round(findDurations(matchText(text))[0]?.hours ?? -1), hours));
  }
  it('does not read a lone word as a duration', () => assert.deepEqual(findDurations(matchText('til dager med sol')), []));
  it('does not read a date or "other business days" as a deadline', () => {
    assert.deepEqual(findDurations(matchText('on the first business day of each month')), []);
    assert.deepEqual(findDurations(matchText('også på andre virkedager')), []);
  });
  it('keeps offsets of the original text', () => {
    const text = 'Varsel gis innen 48 timer.';
    const [d] = findDurations(matchText(text));
    assert.equal(text.slice(d.start, d.end), '48 timer');
  });
  it('reads amounts', () => {
    assert.equal(findAmounts(matchText('begrenset til NOK 50 000'))[0].value, 50000);
    assert.equal(findAmounts(matchText('limited to EUR 1 million'))[0]?.currency, 'EUR');
  });
  it('finds qualifiers, also without æøå and OCR-noisy', () => {
    for (const t of ['skal om mulig skje', 'sa langt det er mulig', 's8 langt det er mulig', 'if possible', 'as far as reasonably practicable', 'om möjligt']) {
      assert.ok(findQualifiers(matchText(t)).length > 0, t);
    }
  });
});
