// Unit tests (outside VS Code) of the Normen tree's pure mapping (extension/src/normen-presentation.ts):
// the engine's Bilag 1a checklist → groups, requirement rows (status, icon, description, tooltip)
// and covering-clause rows with the offsets a click reveals; the Dossier DPA end to end.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normenChecklist, type NormenChecklist, type NormenRow } from '../shared/index';
import { review } from '../shared/index';
import { clauseCitation, clauseTargetIn, normenStatusIcon, normenSummaryLine, normenTree, requirementNode, reusableReview, shortLine } from '../extension/src/normen-presentation';

const dossierText = readFileSync(join(__dirname, '..', 'samples', 'dossier-dpa.txt'), 'utf8');

function row(overrides: Partial<NormenRow>): NormenRow {
  return {
    number: 11,
    group: 'Logging',
    requirement: 'Leverandøren skal logge bruk av helse- og personopplysninger.',
    status: 'met',
    answer: 'Ja',
    covering: [
      { clauseIndex: 4, start: 100, end: 180, quote: '4.2 Databehandler logger hvem, hva, når ...', number: '4.2' },
      { clauseIndex: 9, start: 400, end: 460, quote: 'Loggene lagres i minst to år.' },
    ],
    found: ['logging'],
    missing: [],
    comment: 'Dekket: logging. «4.2 Databehandler logger hvem, hva, når ...»',
    ...overrides,
  };
}

describe('extension: Normen Bilag 1a tree (pure mapping)', () => {
  describe('requirementNode', () => {
    const cases: { name: string; row: NormenRow; lang: 'nb' | 'en'; description: string; icon: string; target: boolean; clauses: number }[] = [
      { name: 'met, with a numbered clause', row: row({}), lang: 'nb', description: 'Ja · punkt 4.2', icon: 'pass', target: true, clauses: 2 },
      { name: 'met, in English', row: row({}), lang: 'en', description: 'Yes · clause 4.2', icon: 'pass', target: true, clauses: 2 },
      { name: 'met, cited by the engine\'s label', row: row({ covering: [{ clauseIndex: 7, start: 200, end: 300, quote: 'Logger skal inneholde ...', label: 'Vedlegg B nr. 6' }] }), lang: 'nb', description: 'Ja · Vedlegg B nr. 6', icon: 'pass', target: true, clauses: 1 },
      { name: 'partly, unnumbered clause', row: row({ status: 'partly', covering: [{ clauseIndex: 9, start: 400, end: 460, quote: 'Loggene lagres.' }], missing: ['lagringstid'] }), lang: 'nb', description: 'Delvis', icon: 'warning', target: true, clauses: 1 },
      { name: 'not found: nothing to reveal', row: row({ status: 'not-found', covering: [], found: [], missing: ['logging'] }), lang: 'en', description: 'No', icon: 'error', target: false, clauses: 0 },
    ];
    for (const testCase of cases) {
      it(testCase.name, () => {
        const node = requirementNode(testCase.row, testCase.lang);
        assert.equal(node.description, testCase.description);
        assert.equal(node.icon.icon, testCase.icon);
        assert.equal(node.target !== undefined, testCase.target);
        assert.equal(node.clauses.length, testCase.clauses);
        assert.match(node.label, /^11\. Leverandøren skal logge/);
        if (testCase.target) assert.deepEqual(node.target, { start: testCase.row.covering[0].start, end: testCase.row.covering[0].end });
      });
    }

    it('gives each covering clause its own offsets, label and rank', () => {
      const node = requirementNode(row({}), 'nb');
      assert.deepEqual(node.clauses.map((clause) => [clause.label, clause.rank, clause.target.start, clause.target.end]), [
        ['Punkt 4.2', 0, 100, 180],
        ['Loggene lagres i minst to år.', 1, 400, 460],
      ]);
      assert.equal(node.clauses[0].description, 'Databehandler logger hvem, hva, når ...', 'the clause number is not repeated');
    });

    it('puts the full requirement, the status and what is missing in the tooltip (escaped Markdown)', () => {
      const node = requirementNode(row({ status: 'partly', requirement: 'Logg *alt* (a-b).', missing: ['lagringstid'] }), 'nb');
      assert.match(node.tooltip, /\*\*Krav 11\*\*/);
      assert.match(node.tooltip, /Logg \\\*alt\\\* \\\(a\\-b\\\)\\\./);
      assert.match(node.tooltip, /Ivaretatt: \*\*Delvis\*\*/);
      assert.match(node.tooltip, /Mangler: lagringstid/);
    });
  });

  it('clauseCitation prefers the engine\'s label, then the clause number', () => {
    const clause = { clauseIndex: 1, start: 0, end: 10, quote: 'x' };
    assert.equal(clauseCitation({ ...clause, number: '5.2', label: 'punkt 5.2 annet ledd' }, 'nb'), 'punkt 5.2 annet ledd');
    assert.equal(clauseCitation({ ...clause, number: '5.2' }, 'en'), 'clause 5.2');
    assert.equal(clauseCitation(clause, 'nb'), undefined);
  });

  it('shortLine keeps short text, cuts long text at a word with an ellipsis', () => {
    assert.equal(shortLine('  kort\n tekst ', 20), 'kort tekst');
    assert.equal(shortLine('Leverandøren plikter å følge Normen og oppfylle kravene i denne.', 30), 'Leverandøren plikter å følge…');
    assert.ok(shortLine('x'.repeat(200), 50).length <= 50);
  });

  it('reuses the document\'s own review of the same version and text, and no other', () => {
    const reviewed = review(dossierText);
    const known = { version: 3, review: reviewed, origin: 'review' as const };
    assert.equal(reusableReview(known, 3, dossierText), reviewed);
    assert.equal(reusableReview(known, 4, dossierText), undefined, 'an older version');
    assert.equal(reusableReview(known, 3, dossierText + ' '), undefined, 'another text');
    assert.equal(reusableReview({ ...known, origin: 'comparison' }, 3, dossierText), undefined, 'the new deviations of a comparison');
    assert.equal(reusableReview(undefined, 3, dossierText), undefined);
    assert.deepEqual(normenChecklist(reusableReview(known, 3, dossierText) ?? dossierText), normenChecklist(dossierText));
  });

  it('normenStatusIcon has a distinct icon per status', () => {
    assert.deepEqual(new Set((['met', 'partly', 'not-found'] as const).map((status) => normenStatusIcon(status).icon)).size, 3);
  });

  describe('the Dossier DPA end to end', () => {
    const checklist: NormenChecklist = normenChecklist(dossierText, { lang: 'en' });
    const groups = normenTree(checklist);
    const requirements = groups.flatMap((group) => group.requirements);

    it('has the 26 requirements in the form\'s order, grouped as the form groups them', () => {
      assert.equal(requirements.length, 26);
      assert.deepEqual(requirements.map((requirement) => requirement.number), Array.from({ length: 26 }, (_, index) => index + 1));
      assert.deepEqual(groups.map((group) => group.label), [...new Set(checklist.rows.map((r) => r.group))]);
      // each group's counts in the form's answers, adding up to its requirements
      for (const group of groups) {
        const counts = /^(\d+) yes, (\d+) partly, (\d+) no$/.exec(group.description);
        assert.ok(counts, group.description);
        assert.equal(Number(counts[1]) + Number(counts[2]) + Number(counts[3]), group.requirements.length);
      }
    });

    it('leads every found requirement to a clause of the document, and none of the others', () => {
      for (const requirement of requirements) {
        if (requirement.status === 'not-found') {
          assert.equal(requirement.target, undefined, `requirement ${requirement.number}`);
          continue;
        }
        assert.ok(requirement.target, `requirement ${requirement.number} has a clause`);
        const clauseText = dossierText.slice(requirement.target.start, requirement.target.end);
        assert.ok(clauseText.trim().length > 10, `requirement ${requirement.number}: a real clause`);
        for (const clause of requirement.clauses) assert.ok(clause.target.end > clause.target.start && clause.target.end <= dossierText.length);
      }
    });

    it('summarises the counts, and finds a row\'s clause again in a changed text', () => {
      const { met, partly } = checklist.summary;
      assert.equal(normenSummaryLine(checklist), `${met} yes, ${partly} partly, ${checklist.summary['not-found']} no — a first pass: check every row.`);
      assert.equal(normenSummaryLine(normenChecklist(dossierText, { lang: 'nb' })), `${met} ja, ${partly} delvis, ${checklist.summary['not-found']} nei — førstegangs utfylling: kontroller hver rad.`);
      const covered = checklist.rows.find((candidate) => candidate.covering.length > 0)!;
      const shifted = normenChecklist('Innledning lagt til.\n\n' + dossierText, { lang: 'en' });
      const target = clauseTargetIn(shifted, covered.number, 0);
      assert.ok(target);
      assert.equal(target.start, covered.covering[0].start + 'Innledning lagt til.\n\n'.length);
      assert.equal(clauseTargetIn(shifted, 999, 0), undefined);
    });
  });
});
