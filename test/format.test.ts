// Report formats in a lawyer's and a tool's terms: each finding carries its clause ("VEDLEGG 2, 10.1
// Mislighold og erstatning"), the Markdown groups findings by clause and says "why" once per
// category, and SARIF keeps relative URIs linkable, counts bytes and validates against 2.1.0.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { formatMarkdown, formatSarifLog } from '../shared/format/index';
import { review } from '../shared/index';

const DPA = [
  'Databehandleravtale',
  '',
  '1. Formål',
  '',
  'Databehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.',
  '',
  'VEDLEGG 2 — INSTRUKS',
  '',
  '10. Ansvar',
  '',
  '10.1 Mislighold og erstatning',
  '',
  'Databehandlers samlede ansvar er uansett begrenset til NOK 50 000.',
  '',
  '10.2 Varsling',
  '',
  'Varsling om brudd på personopplysningssikkerheten skal om mulig skje innen 48 timer.',
  '',
  'Ansvaret for indirekte tap er utelukket.',
].join('\n');

describe('report formats', () => {
  const result = review(DPA, { scope: 'document' });

  it('gives each located finding its clause number, heading and annex', () => {
    const cap = result.findings.find((f) => f.category === 'liability-cap');
    assert.deepEqual(cap?.clause, { number: '10.1', heading: '10.1 Mislighold og erstatning', annex: 'VEDLEGG 2', label: 'VEDLEGG 2, 10.1 Mislighold og erstatning' });
    for (const f of result.findings) if (!f.missing) assert.ok(f.clause?.label, `${f.category} has no clause`);
  });

  it('groups the Markdown by clause and says why once per category', () => {
    const markdown = formatMarkdown(result);
    assert.match(markdown, /^## VEDLEGG 2, 10\.1 Mislighold og erstatning$/m);
    const capWhy = markdown.split('\n').filter((line) => line.includes('(`liability-cap`):'));
    assert.equal(capWhy.length, 1);
  });

  it('writes one SARIF run over several documents with relative, linkable URIs and byte lengths', () => {
    const other = review('This DPA shall be governed by the laws of Ireland.', { scope: 'clause' });
    const log = formatSarifLog(
      [{ review: result, uri: 'avtaler/leverandør.txt' }, { review: other, uri: 'avtaler/other.docx', byteLength: 12345 }],
      { srcRoot: 'file:///home/jurist/', docsBaseUri: 'https://example.org/docs/rules' },
    ) as any;
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.deepEqual(run.artifacts.map((a: any) => a.location), [
      { uri: 'avtaler/leverand%C3%B8r.txt', uriBaseId: '%SRCROOT%' },
      { uri: 'avtaler/other.docx', uriBaseId: '%SRCROOT%' },
    ]);
    assert.equal(run.artifacts[0].length, Buffer.byteLength(DPA, 'utf8'));
    assert.equal(run.artifacts[1].length, 12345);
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///home/jurist/');
    const rule = run.tool.driver.rules.find((r: any) => r.id === 'liability-cap');
    assert.equal(rule.helpUri, 'https://example.org/docs/rules/liability-cap.md');
    assert.match(rule.help.markdown, /Why it matters/);
    assert.ok(run.results.some((r: any) => r.locations[0].physicalLocation.artifactLocation.index === 1));
    const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    assert.ok(ajv.validate(schema, log), JSON.stringify(ajv.errors?.slice(0, 3)));
  });
});
