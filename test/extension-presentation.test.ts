// Unit tests (outside VS Code) of the extension's pure mapping: findings → diagnostic specs, hover
// Markdown, the reference edit, the status bar, and the workspace file of accepted deviations.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, Finding, Review, Severity } from '../shared/types';
import {
  categoryExplanationMarkdown,
  categoryExplanationUri,
  defaultDebounceMilliseconds,
  defaultPresentationSettings,
  diagnosticLevel,
  diagnosticMessage,
  diffToMarkdown,
  positionAt,
  quoteExcerpt,
  referenceDocument,
  relatedReference,
  withCategoryTurnedOff,
  findingHoverMarkdown,
  findingsToDiagnostics,
  isFixApplicable,
  looksLikeDpa,
  LIVE_REVIEW_MAX_CHARS,
  REVIEW_MAX_CHARS,
  reviewScopeForLength,
  parseWorkspaceReviewFile,
  quietTimeMilliseconds,
  referenceReplacement,
  selectionReviewSummary,
  serialiseWorkspaceReviewFile,
  statusBarSummary,
  withAcceptedFinding,
  type PresentationSettings,
} from '../extension/src/presentation';

const text = 'Databehandleravtale\n\nDatabehandler har rett til å endre denne avtalen.\nAnsvaret er begrenset til NOK 50 000.\n';

function finding(overrides: Partial<Finding> & Pick<Finding, 'category' | 'start' | 'end'>): Finding {
  const quote = text.slice(overrides.start, overrides.end);
  return {
    severity: 'high',
    message: 'Ansvaret er begrenset.',
    messages: { nb: 'Ansvaret er begrenset.', en: 'Liability is capped.' },
    messageId: 'capped',
    quote,
    ...overrides,
  };
}

const amendmentStart = text.indexOf('Databehandler har');
const amendmentEnd = text.indexOf('\nAnsvaret');
const capStart = text.indexOf('Ansvaret');
const capEnd = text.length - 1;

const amendment = finding({
  category: 'unilateral-amendment',
  severity: 'medium',
  start: amendmentStart,
  end: amendmentEnd,
  messages: { nb: 'Databehandler kan endre avtalen alene.', en: 'The processor may change the agreement alone.' },
  reference: { id: 'amendment.dossier.nb', topic: 'amendment', lang: 'nb', text: 'Endringer krever skriftlig avtale mellom partene.', source: 'Dossier DBA 12' },
  fix: { start: amendmentStart, end: amendmentEnd, text: 'Endringer krever skriftlig avtale mellom partene.' },
  diff: [
    { op: 'delete', text: 'Databehandler har rett til å endre denne avtalen.' },
    { op: 'insert', text: 'Endringer krever skriftlig avtale mellom partene.' },
  ],
});
const cap = finding({ category: 'liability-cap', start: capStart, end: capEnd });
const low = finding({ category: 'governing-law', severity: 'low', start: 0, end: 0, missing: true, messages: { nb: 'Lovvalg mangler.', en: 'No governing law.' } });
const info = finding({ category: 'audit-restriction', severity: 'info', start: capStart, end: capEnd });

function reviewOf(findings: Finding[]): Review {
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const item of findings) bySeverity[item.severity] += 1;
  return {
    tool: { name: 'dpa-review', version: '0.1.0' },
    lang: 'nb',
    document: { text, lang: 'nb', scope: 'document', clauses: [] },
    findings,
    summary: { total: findings.length, bySeverity, byCategory: {} },
    checked: [],
  };
}

const category: Category = {
  id: 'unilateral-amendment',
  name: { nb: 'Ensidige endringer', en: 'Unilateral amendment' },
  deviation: { nb: 'Databehandler kan endre avtalen.', en: 'The processor may change the agreement.' },
  reference: { nb: 'Endringer bare etter skriftlig avtale.', en: 'Changes only by written agreement.' },
  why: { nb: 'Vilkårene kan bli dårligere uten at dere samtykker.', en: 'Terms can get worse without your consent.' },
  topic: 'amendment',
};

describe('extension presentation: findings → diagnostics', () => {
  const cases: { severity: Severity; settings: Partial<PresentationSettings>; level: string }[] = [
    { severity: 'high', settings: {}, level: 'error' },
    { severity: 'high', settings: { highSeverityAs: 'warning' }, level: 'warning' },
    { severity: 'medium', settings: {}, level: 'warning' },
    { severity: 'medium', settings: { mediumSeverityAs: 'error' }, level: 'error' },
    { severity: 'low', settings: { highSeverityAs: 'warning', mediumSeverityAs: 'error' }, level: 'information' },
    { severity: 'info', settings: {}, level: 'hint' },
  ];
  for (const { severity, settings, level } of cases) {
    it(`shows ${severity} as ${level} with ${JSON.stringify(settings)}`, () => {
      assert.equal(diagnosticLevel(severity, { ...defaultPresentationSettings, ...settings }), level);
    });
  }

  it('keeps the finding\'s range, code, source, link and message in the configured language', () => {
    const specs = findingsToDiagnostics(reviewOf([amendment, cap]), { ...defaultPresentationSettings, lang: 'en' });
    assert.deepEqual(specs.map((spec) => [spec.code, spec.start, spec.end, spec.level, spec.source, spec.findingIndex]), [
      ['unilateral-amendment', amendmentStart, amendmentEnd, 'warning', 'dpa-review', 0],
      ['liability-cap', capStart, capEnd, 'error', 'dpa-review', 1],
    ]);
    assert.equal(specs[0].message, '“Databehandler har rett til å endre denne avtalen.” — The processor may change the agreement alone.');
    assert.equal(specs[0].codeHref, 'dpa-review:/explain/unilateral-amendment.en.md');
  });

  it('uses the review\'s language when the setting is auto', () => {
    const [spec] = findingsToDiagnostics(reviewOf([amendment]), defaultPresentationSettings);
    assert.equal(spec.message, '«Databehandler har rett til å endre denne avtalen.» — Databehandler kan endre avtalen alene.');
    assert.equal(spec.codeHref, categoryExplanationUri('unilateral-amendment', 'nb'));
  });

  it('drops findings below the minimum severity and categories turned off', () => {
    const review = reviewOf([amendment, cap, low, info]);
    assert.deepEqual(findingsToDiagnostics(review, defaultPresentationSettings).map((spec) => spec.code), ['unilateral-amendment', 'liability-cap', 'governing-law']);
    assert.deepEqual(findingsToDiagnostics(review, { ...defaultPresentationSettings, minimumSeverity: 'high' }).map((spec) => spec.code), ['liability-cap']);
    assert.deepEqual(findingsToDiagnostics(review, { ...defaultPresentationSettings, minimumSeverity: 'info', categories: { 'liability-cap': false } }).map((spec) => spec.code), ['unilateral-amendment', 'governing-law', 'audit-restriction']);
  });

  it('puts a missing term on the first line', () => {
    const [spec] = findingsToDiagnostics(reviewOf([low]), defaultPresentationSettings);
    assert.deepEqual([spec.start, spec.end, spec.level], [0, 'Databehandleravtale'.length, 'information']);
  });
});

describe('extension presentation: diagnostic messages start with what differs', () => {
  const located = { clause: { number: '7.1', heading: '7.1 Varsling', annex: null, label: '7.1 Varsling' } };

  it('puts the quote and the clause label first, and drops the quote the rule\'s message repeats', () => {
    const deadline = finding({
      category: 'breach-notice-deadline', start: 0, end: 8, quote: '48 timer', ...located,
      messages: { nb: 'Fristen er 48 timer («48 timer»); playbooken krever 24 timer.', en: 'The deadline is 48 hours ("48 timer"); the playbook requires 24 hours.' },
    });
    assert.equal(diagnosticMessage(deadline, 'nb'), '«48 timer» — 7.1 Varsling: Fristen er 48 timer; playbooken krever 24 timer.');
    assert.equal(diagnosticMessage(deadline, 'en'), '“48 timer” — 7.1 Varsling: The deadline is 48 hours; the playbook requires 24 hours.');
  });

  it('starts a missing term with its category\'s name', () => {
    assert.equal(diagnosticMessage(low, 'nb', 'Lovvalg og verneting'), 'Lovvalg og verneting: Lovvalg mangler.');
  });

  it('shortens a long quote around the value the verdict rests on, else keeps its first and last words', () => {
    const row = `Haselt\tTeknisk støtte, utvikling, analyser og vedlikehold av skytjenesten. ${'Tilgangen er begrenset til fjerntilgang. '.repeat(6)}Lokasjon: Skopje, Nord-Makedonia. Slik adgang gis kun når det er nødvendig.`;
    const excerpt = quoteExcerpt({ quote: row, data: { country: 'Skopje' } });
    assert.ok(excerpt.includes('Skopje'), excerpt);
    assert.ok(excerpt.length <= 82, excerpt);
    const long = quoteExcerpt({ quote: `Godtgjørelsen beregnes på grunnlag av medgått arbeidstid ${'og timepriser '.repeat(10)}som betales av databehandleren for bistand` });
    assert.match(long, /^Godtgjørelsen beregnes .* … .*for bistand$/);
    assert.equal(quoteExcerpt({ quote: '48\ntimer' }), '48 timer');
  });

  it('points the related information at the reference wording in its read-only document', () => {
    const reference = { id: 'amendment.dossier.nb', topic: 'amendment', lang: 'nb' as const, text: 'Endringer krever\nskriftlig avtale.', source: 'Dossier DBA 12' };
    const document = referenceDocument(reference);
    assert.equal(document.path, '/reference/amendment.dossier.nb.txt');
    assert.equal(document.text.slice(document.start, document.end), reference.text);
    const related = relatedReference(reference, 'nb');
    assert.equal(related.uri, 'dpa-review:/reference/amendment.dossier.nb.txt');
    assert.deepEqual([related.start, related.end], [positionAt(document.text, document.start), { line: 3, character: 'skriftlig avtale.'.length }]);
    assert.equal(related.message, 'Referansetekst (Dossier DBA 12)');
    assert.equal(findingsToDiagnostics(reviewOf([amendment]), defaultPresentationSettings)[0].related?.uri, 'dpa-review:/reference/amendment.dossier.nb.txt');
  });
});

describe('extension presentation: turning a category off', () => {
  it('adds one category-wide entry and keeps the accepted quotes', () => {
    const file = { accepted: [{ category: 'liability-cap' as const, quote: 'NOK 50 000' }] };
    const once = withCategoryTurnedOff(file, 'liability-cap', 'turned off');
    assert.deepEqual(once.accepted, [{ category: 'liability-cap', quote: 'NOK 50 000' }, { category: 'liability-cap', note: 'turned off' }]);
    assert.equal(withCategoryTurnedOff(once, 'liability-cap'), once);
  });
});

describe('extension presentation: hover', () => {
  it('says what is wrong, why, the reference with its source, and the word diff', () => {
    const markdown = findingHoverMarkdown(amendment, category, 'nb');
    assert.match(markdown, /\*\*Avvik: Ensidige endringer\*\* `unilateral-amendment` \(middels\)/);
    assert.doesNotMatch(markdown, /\((high|medium|low)\)/);
    assert.match(markdown, /Databehandler kan endre avtalen alene\\\./);
    assert.match(markdown, /\*\*Hvorfor det betyr noe:\*\* Vilkårene kan bli dårligere/);
    assert.match(markdown, /\*\*Referansetekst\*\* \(Kilde: Dossier DBA 12\):/);
    assert.match(markdown, /> Endringer krever skriftlig avtale mellom partene\\\./);
    assert.match(markdown, /~~Databehandler har rett til å endre denne avtalen\\\.~~\*\*Endringer krever skriftlig avtale mellom partene\\\.\*\*/);
  });

  it('falls back to the category\'s reference position without a reference clause, in English', () => {
    const markdown = findingHoverMarkdown(cap, { ...category, id: 'liability-cap' }, 'en');
    assert.match(markdown, /Liability is capped\\\./);
    assert.match(markdown, /\*\*Reference wording:\*\* Changes only by written agreement\\\./);
    assert.doesNotMatch(markdown, /Word diff/);
  });

  it('renders a word diff with spaces outside the emphasis', () => {
    assert.equal(diffToMarkdown([{ op: 'equal', text: 'innen ' }, { op: 'delete', text: '48 ' }, { op: 'insert', text: '24 ' }, { op: 'equal', text: 'timer' }]), 'innen ~~48~~ **24** timer');
  });

  it('explains a category as a Markdown page', () => {
    const page = categoryExplanationMarkdown(category, 'en');
    assert.ok(page.startsWith('# Unilateral amendment (`unilateral-amendment`)'));
    assert.match(page, /## Why it matters\n\nTerms can get worse without your consent\./);
  });
});

describe('extension presentation: edits', () => {
  it('replaces the finding\'s range with the reference wording', () => {
    const replacement = referenceReplacement(amendment, text);
    assert.deepEqual(replacement, { start: amendmentStart, end: amendmentEnd, text: 'Endringer krever skriftlig avtale mellom partene.' });
    const fixed = text.slice(0, replacement!.start) + replacement!.text + text.slice(replacement!.end);
    assert.equal(fixed, 'Databehandleravtale\n\nEndringer krever skriftlig avtale mellom partene.\nAnsvaret er begrenset til NOK 50 000.\n');
  });

  it('offers no edit without a fix or when the fix does not fit the text', () => {
    assert.equal(referenceReplacement(cap, text), undefined);
    assert.equal(referenceReplacement({ ...amendment, fix: { start: 10, end: text.length + 5, text: 'x' } }, text), undefined);
  });

  it('applies a fix only to the version that was reviewed', () => {
    assert.equal(isFixApplicable(3, 3), true);
    assert.equal(isFixApplicable(3, 4), false);
  });
});

describe('extension presentation: status bar and selection summary', () => {
  it('counts the shown deviations by severity, never info', () => {
    const review = reviewOf([amendment, cap, low, info]);
    assert.equal(statusBarSummary(review, { ...defaultPresentationSettings, lang: 'en' }).text, '$(law) 1 high · 1 medium · 1 low');
    assert.equal(statusBarSummary(review, defaultPresentationSettings).text, '$(law) 1 høy · 1 middels · 1 lav');
    assert.match(statusBarSummary(review, { ...defaultPresentationSettings, lang: 'en' }).tooltip, /3 deviations/);
  });

  it('summarises a reviewed selection by category ids only', () => {
    assert.equal(selectionReviewSummary(reviewOf([cap]), { ...defaultPresentationSettings, lang: 'en' }), '1 deviation in the selection: liability-cap');
    assert.equal(selectionReviewSummary(reviewOf([]), defaultPresentationSettings), 'Ingen avvik i utvalget.');
  });
});

describe('extension presentation: .dpa-review.json', () => {
  it('adds an accepted deviation once, with its folded quote and note', () => {
    const once = withAcceptedFinding({ accepted: [] }, { ...amendment, quote: 'Databehandler  har\nrett ' }, 'agreed in negotiation');
    assert.deepEqual(once.accepted, [{ category: 'unilateral-amendment', quote: 'Databehandler har rett', note: 'agreed in negotiation' }]);
    assert.equal(withAcceptedFinding(once, { ...amendment, quote: 'Databehandler har rett' }), once);
  });

  it('treats an entry without a quote as the whole category', () => {
    const file = { accepted: [{ category: 'liability-cap' as const }] };
    assert.equal(withAcceptedFinding(file, cap), file);
  });

  it('reads and writes the file, keeping the playbook', () => {
    const file = parseWorkspaceReviewFile('{"accepted":[{"category":"governing-law","note":"EU law ok"}],"playbook":{"breachNoticeMaxHours":36}}');
    assert.deepEqual(file.accepted, [{ category: 'governing-law', note: 'EU law ok' }]);
    assert.deepEqual(file.playbook, { breachNoticeMaxHours: 36 });
    assert.deepEqual(parseWorkspaceReviewFile(serialiseWorkspaceReviewFile(file)), file);
    assert.deepEqual(parseWorkspaceReviewFile(undefined), { accepted: [] });
    assert.equal(serialiseWorkspaceReviewFile({ accepted: [] }), '{\n  "accepted": []\n}\n');
  });

  it('refuses a malformed file with a message that names the problem', () => {
    assert.throws(() => parseWorkspaceReviewFile('{'), /not valid JSON/);
    assert.throws(() => parseWorkspaceReviewFile('[]'), /JSON object/);
    assert.throws(() => parseWorkspaceReviewFile('{"accepted":[{"quote":"x"}]}'), /accepted\[0\] needs a "category"/);
    assert.throws(() => parseWorkspaceReviewFile('{"accepted":[],"playbook":3}'), /"playbook" must be an object/);
  });
});

describe('extension presentation: which documents look like a DPA', () => {
  const cases: [string, boolean][] = [
    ['Databehandleravtale mellom Helse Vest og Opus', true],
    ['DATA PROCESSING AGREEMENT\nThe Processor shall ...', true],
    ['Behandlingsansvarlig og databehandler inngår ...', true],
    ['The controller instructs the processor ...', true],
    ['Møtereferat fra styremøte 12. mars', false],
    ['# README\nHow to build the project', false],
  ];
  for (const [sample, expected] of cases) {
    it(`${expected ? 'reviews' : 'skips'} "${sample.split('\n')[0]}"`, () => assert.equal(looksLikeDpa(sample), expected));
  }
});

describe('extension: quiet time before a live review', () => {
  it('waits the configured time (nothing for a negative or missing setting)', () => {
    assert.equal(quietTimeMilliseconds(20), 20);
    assert.equal(quietTimeMilliseconds(2000), 2000);
    assert.equal(quietTimeMilliseconds(0), 0);
    assert.equal(quietTimeMilliseconds(-5), 0);
    assert.equal(quietTimeMilliseconds(Number.NaN), 0);
  });

  it('has the same default in package.json as in the code', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'extension', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    assert.equal(manifest.contributes.configuration.properties['dpaReview.debounceMilliseconds'].default, defaultDebounceMilliseconds);
  });
});

describe('extension presentation: how large a document is reviewed', () => {
  it('reviews a DPA of ordinary length as you type, a very long one on request, and refuses beyond the engine\'s limit', () => {
    assert.equal(reviewScopeForLength(45_000), 'live');
    assert.equal(reviewScopeForLength(LIVE_REVIEW_MAX_CHARS), 'live');
    assert.equal(reviewScopeForLength(LIVE_REVIEW_MAX_CHARS + 1), 'on-request');
    assert.equal(reviewScopeForLength(REVIEW_MAX_CHARS), 'on-request');
    assert.equal(reviewScopeForLength(REVIEW_MAX_CHARS + 1), 'too-large');
  });
});
