// Unit tests of the annotated Word export on small .docx files built here: each comment is anchored
// on exactly the finding's words, whatever runs, cells, list items, hyperlinks, fields or paragraphs
// they cross; no word is lost or moved; --redline changes accept and reject cleanly.

import assert from 'node:assert/strict';
import { annotateDocx, annotateText, type AnnotateResult } from '../shared/annotate/index';
import type { Review } from '../shared/types';
import { ExtractError } from '../shared/extract/index';
import { anchoredTexts, fakeReview, makeDocx, readParts, resolveChanges, squash, textOf } from './annotate-helpers';

const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

/** Annotates `body` with findings on the given words (first occurrence in the extracted text). */
async function annotateWords(body: string, words: string[], options: { redline?: boolean; fixes?: Record<string, string> } = {}) {
  const bytes = await makeDocx(body);
  const text = await textOf(bytes);
  const ranges = words.map((word) => {
    const start = text.indexOf(word);
    assert.ok(start >= 0, `"${word}" is in ${JSON.stringify(text)}`);
    const fix = options.fixes?.[word];
    return { start, end: start + word.length, ...(fix ? { fix: { start, end: start + word.length, text: fix } } : {}) };
  });
  const review = fakeReview(text, ranges);
  const result = await annotateDocx(bytes, review, { redline: options.redline ?? false, date: new Date('2026-01-02T03:04:05Z') });
  return { bytes, text, review, result, parts: await readParts(result.bytes) };
}

/** Every comment anchored on its finding's quote, and the text unchanged. */
async function assertAnchored(annotated: { text: string; review: Review; result: AnnotateResult; parts: { document: string } }) {
  const { review, result, parts, text } = annotated;
  assert.equal(result.comments, review.findings.length);
  const anchored = anchoredTexts(parts.document);
  assert.equal(anchored.size, review.findings.length);
  const quotes = review.findings.map((finding) => squash(finding.quote)).sort();
  assert.deepEqual([...anchored.values()].map(squash).sort(), quotes);
  if (!annotated.result.changes) assert.equal(await textOf(result.bytes), text, 'no word lost or moved');
}

describe('annotate: comments in a .docx', () => {
  it('anchors a finding that starts and ends inside runs it crosses, splitting them', async () => {
    const annotated = await annotateWords(
      paragraph(run('Databehandler skal '), run('varsle innen ', '<w:b/>'), run('48 timer'), run(' etter brudd.')),
      ['innen 48 tim'],
    );
    await assertAnchored(annotated);
    // the bold run was split, and both halves stay bold
    assert.match(annotated.parts.document, /<w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">varsle <\/w:t><\/w:r><w:commentRangeStart w:id="0"\/><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">innen <\/w:t>/);
  });

  it('writes comments.xml, its relationship and content type, with author dpa-review and the comment text', async () => {
    const { parts } = await annotateWords(paragraph(run('Varsling skal skje innen 48 timer.')), ['48 timer']);
    assert.match(parts.rels, /relationships\/comments" Target="comments.xml"/);
    assert.match(parts.types, /PartName="\/word\/comments.xml" ContentType="application\/vnd.openxmlformats-officedocument.wordprocessingml.comments\+xml"/);
    assert.match(parts.comments, /<w:comment w:id="0" w:author="dpa-review" w:date="2026-01-02T03:04:05Z" w:initials="DR">/);
    assert.match(parts.comments, /<w:annotationRef\/>/);
    for (const said of ['Fristen er for lang.', 'Playbook-posisjon: ', 'Referanseformulering: ', 'Databehandler varsler innen 24 timer.', 'Kilde: ', 'Testkilde 7.1']) {
      assert.ok(parts.comments.includes(said), said);
    }
    assert.match(parts.document, /<w:commentRangeEnd w:id="0"\/><w:r><w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr><w:commentReference w:id="0"\/><\/w:r>/);
  });

  it('anchors in a table cell', async () => {
    const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
    const annotated = await annotateWords(`<w:tbl><w:tr>${cell('Underleverandør')}${cell('Behandler data i USA')}</w:tr></w:tbl>`, ['data i USA']);
    await assertAnchored(annotated);
    assert.match(annotated.parts.document, /<w:tc><w:p><w:r><w:t xml:space="preserve">Behandler <\/w:t><\/w:r><w:commentRangeStart/);
  });

  it('anchors in a numbered list item (whose number is not in the XML)', async () => {
    const item = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
    const annotated = await annotateWords(item('Første punkt') + item('Andre punkt om kostnader'), ['Andre punkt']);
    assert.match(annotated.text, /2\. Andre punkt/);
    await assertAnchored(annotated);
  });

  it('anchors across a hyperlink, with the reference mark after the link', async () => {
    const annotated = await annotateWords(
      paragraph(run('Se '), `<w:hyperlink r:id="rId9"><w:r><w:t>lovdata sine sider</w:t></w:r></w:hyperlink>`, run(' for vilkår.')),
      ['Se lovdata'],
    );
    await assertAnchored(annotated);
    assert.match(annotated.parts.document, /<w:hyperlink r:id="rId9"><w:r><w:t[^>]*>lovdata<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/><w:r><w:t xml:space="preserve"> sine sider<\/w:t><\/w:r><\/w:hyperlink><w:r><w:rPr><w:rStyle w:val="CommentReference"\/>/);
  });

  it('anchors on the very start and the very end of a paragraph', async () => {
    const annotated = await annotateWords(paragraph(run('Ansvar'), run(' er begrenset til NOK 50 000')), ['Ansvar', 'NOK 50 000']);
    await assertAnchored(annotated);
    assert.match(annotated.parts.document, /<w:p><w:commentRangeStart w:id="0"\/><w:r><w:t xml:space="preserve">Ansvar<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/);
    assert.match(annotated.parts.document, /<w:t xml:space="preserve">NOK 50 000<\/w:t><\/w:r><w:commentRangeEnd w:id="1"\/><w:r><w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr><w:commentReference w:id="1"\/><\/w:r><\/w:p>/);
  });

  it('anchors a finding that crosses paragraphs and a field, leaving the field code alone', async () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF avtale </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('Hovedavtalen') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const body = paragraph(run('Ved motstrid gjelder ')) + paragraph(field, run(' foran denne avtalen.'));
    const bytes = await makeDocx(body);
    const text = await textOf(bytes);
    const start = text.indexOf('gjelder');
    const end = text.indexOf(' foran') + ' foran'.length;
    const review = fakeReview(text, [{ start, end }]);
    const result = await annotateDocx(bytes, review);
    await assertAnchored({ text, review, result, parts: await readParts(result.bytes) });
    assert.match((await readParts(result.bytes)).document, /<w:instrText xml:space="preserve"> REF avtale <\/w:instrText>/);
  });

  it('adds to comments a document already has, with new ids and no second relationship', async () => {
    const existing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="4" w:author="Advokat"><w:p><w:r><w:t>Sjekk dette</w:t></w:r></w:p></w:comment></w:comments>`;
    const bytes = await makeDocx(paragraph(run('Varsling innen 48 timer.')), { 'word/comments.xml': existing });
    const text = await textOf(bytes);
    const start = text.indexOf('48');
    const result = await annotateDocx(bytes, fakeReview(text, [{ start, end: start + 8 }]));
    const parts = await readParts(result.bytes);
    assert.match(parts.comments, /w:author="Advokat"/);
    assert.match(parts.comments, /<w:comment w:id="5" w:author="dpa-review"/);
    assert.equal(parts.rels.match(/relationships\/comments"/g)?.length, 1);
    assert.equal(parts.types.match(/comments\+xml/g)?.length, 1);
  });

  it('refuses a zip bomb with the extraction limits', async () => {
    const bytes = await makeDocx(paragraph(run('x'.repeat(5000))));
    const text = await textOf(bytes);
    await assert.rejects(
      annotateDocx(bytes, fakeReview(text, []), { zipLimits: { maxPartBytes: 1000, maxPartsTotalBytes: 1e6, maxTotalBytes: 1e6, maxEntries: 100, maxRatio: 100 } }),
      (error: unknown) => error instanceof ExtractError && error.code === 'zip-bomb',
    );
  });
});

describe('annotate: tracked changes (--redline)', () => {
  const body = paragraph(run('Databehandler skal varsle '), run('innen 48 timer', '<w:i/>'), run(' etter brudd.')) + paragraph(run('Ansvar er begrenset.'));

  it('proposes the reference wording as w:del + w:ins by dpa-review, which reject back to the original', async () => {
    const annotated = await annotateWords(body, ['varsle innen 48 timer'], { redline: true, fixes: { 'varsle innen 48 timer': 'varsle uten ugrunnet opphold og innen 24 timer' } });
    assert.equal(annotated.result.changes, 1);
    await assertAnchored(annotated);
    const document = annotated.parts.document;
    assert.match(document, /<w:del w:id="\d+" w:author="dpa-review" w:date="2026-01-02T03:04:05Z"><w:r><w:rPr><w:i\/><\/w:rPr><w:delText xml:space="preserve">innen 48 timer<\/w:delText>/);
    assert.match(document, /<w:ins w:id="\d+" w:author="dpa-review" w:date="2026-01-02T03:04:05Z"><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">varsle uten ugrunnet opphold og innen 24 timer<\/w:t>/);
    const ids = [...document.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((match) => match[1]);
    assert.equal(new Set(ids).size, ids.length, 'revision ids are unique');

    assert.equal(await textOf(await resolveChanges(annotated.result.bytes, false)), annotated.text);
    const accepted = await textOf(await resolveChanges(annotated.result.bytes, true));
    assert.equal(accepted, annotated.text.replace('varsle innen 48 timer', 'varsle uten ugrunnet opphold og innen 24 timer'));
  });

  it('leaves a fix over a field code as a comment only, and says so', async () => {
    const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('3') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const annotated = await annotateWords(paragraph(run('Se side '), field, run(' om ansvar.')), ['side 3 om'], { redline: true, fixes: { 'side 3 om': 'punkt 10 om' } });
    assert.equal(annotated.result.changes, 0);
    assert.equal(annotated.result.notes.length, 1);
    await assertAnchored(annotated);
  });
});

describe('annotate: a text (from PDF, .txt or .md) becomes a new .docx', () => {
  it('writes headings and paragraphs with the same comments', async () => {
    const text = '1 Formål\n\nDatabehandler skal varsle innen 48 timer.\n\nPart\tRolle\nOpus\tDatabehandler';
    const start = text.indexOf('48 timer');
    const review = fakeReview(text, [{ start, end: start + 8 }, { start: text.indexOf('Opus'), end: text.indexOf('Opus') + 4 }]);
    review.document.clauses = [{ index: 0, start: 0, end: 8, text: '1 Formål', kind: 'heading', number: '1', headings: [], lang: 'nb', sentences: [], topics: [] }];
    const result = await annotateText(review);
    const parts = await readParts(result.bytes);
    assert.equal(result.comments, 2);
    assert.match(parts.document, /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">1 Formål<\/w:t>/);
    assert.deepEqual([...anchoredTexts(parts.document).values()], ['48 timer', 'Opus']);
    const words = (value: string) => value.split(/\s+/).filter(Boolean);
    assert.deepEqual(words(await textOf(result.bytes)), words(text));
  });
});
