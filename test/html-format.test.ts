// The HTML report as text: every finding in the list and (when it has a place) in the document
// text, all document text escaped, nothing fetched from outside the page. Chromium opens it in
// html-chromium.test.ts.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, formatHtml, formatHtmlIndex, formatPortfolioCsv } from '../shared/format/index';
import { formatReport, review } from '../shared/index';

const sample = readFileSync(join(__dirname, '..', 'samples', 'opus-dpa-2025-clean.txt'), 'utf8');

/** The page's text content with tags dropped and entities read, as a browser shows it. */
const textOf = (html: string) =>
  html
    .replace(/<span class="sr">[^<]*<\/span>/g, '')
    .replace(/<a class="pin[^>]*>.*?<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

describe('HTML report', () => {
  const result = review(sample);
  const page = formatHtml(result, { uri: 'opus-dpa-2025-clean.txt' });

  it('holds every finding: in the list with its category, clause, message, reference and diff, and in the text', () => {
    assert.ok(result.findings.length > 10);
    result.findings.forEach((f, i) => {
      const n = i + 1;
      const item = page.slice(page.indexOf(`id="finding-${n}"`), page.indexOf('</li>', page.indexOf(`id="finding-${n}"`)));
      assert.ok(item.length > 0, `finding ${n} listed`);
      assert.ok(item.includes(`<code>${f.category}</code>`));
      assert.ok(item.includes(escapeHtml(f.message)));
      if (f.clause?.label) assert.ok(item.includes(escapeHtml(f.clause.label)));
      if (f.reference) {
        assert.ok(item.includes(escapeHtml(f.reference.text)));
        assert.ok(item.includes(escapeHtml(f.reference.source)));
        assert.ok(item.includes('class="diff"'));
      }
      if (!f.missing) assert.ok(page.includes(`id="at-${n}" href="#finding-${n}"`), `finding ${n} marked in the text`);
    });
  });

  it('shows the document text unchanged', () => {
    const doc = page.slice(page.indexOf('<div class="doc">') + '<div class="doc">'.length, page.indexOf('</div>\n</section>'));
    assert.equal(textOf(doc), result.document.text);
  });

  it('escapes hostile text and asks for nothing outside the page', () => {
    const hostile = review('1 Ansvar <script>alert(1)</script> "x" & \'y\' <img src=https://example.com/a onerror=alert(2)>: databehandlers ansvar er begrenset til 10 000 kr.\n\n2 Varsling av avvik skal skje innen 96 timer.', { scope: 'document' });
    hostile.document.name = '<b onmouseover=alert(3)>.txt';
    const html = formatHtml(hostile);
    assert.doesNotMatch(html, /<script|<img|<b /i);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    for (const html2 of [html, page, formatHtmlIndex([{ file: '<i>x</i>.docx', review: hostile, href: '001-x.html' }, { file: 'y.pdf', error: '<b>broken</b>' }])]) {
      assert.doesNotMatch(html2, /\b(src|href)="(?!#|[\w.-]+\.html")/, 'only in-page anchors and sibling pages');
      assert.doesNotMatch(html2, /<[^>]*(https?:|\/\/)|@import|url\(/, 'no tag or style names anything outside (document text may, escaped)');
      assert.match(html2, /Content-Security-Policy" content="default-src 'none'/);
      assert.doesNotMatch(html2, /<script/);
    }
  });

  it('has a print stylesheet and a page language', () => {
    assert.match(page, /@media print/);
    assert.match(page, /<html lang="nb">/);
    assert.match(formatHtml(review(sample, { lang: 'en' })), /<html lang="en">[\s\S]*Findings \(/);
  });

  it('is a report format', () => {
    assert.equal(formatReport(result, 'html', { uri: 'opus-dpa-2025-clean.txt' }), page);
    const csv = formatReport(result, 'csv', { uri: 'a.txt' });
    assert.equal(csv, formatPortfolioCsv([{ file: 'a.txt', review: result }]));
  });

  it('writes CSV that Excel reads: BOM, CRLF, quoted fields, no formulas', () => {
    const csv = formatPortfolioCsv([{ file: '=HYPERLINK("x");a.docx', error: 'line one\nline "two"' }]);
    assert.ok(csv.startsWith('\ufeff'));
    const row = csv.split('\r\n')[1];
    assert.ok(row.startsWith(`"'=HYPERLINK(""x"");a.docx"`), row);
    assert.ok(row.endsWith(`"line one\nline ""two"""`));
  });
});
