// The Normen checklist in every front end: one set of answers (Ja / Delvis / Nei, Yes / Partly / No)
// from the checklist's data in the CLI's text, Markdown, HTML and JSON, the VS Code tree and the
// Teams card; and one review per document: the checklist takes the review a front end already made
// (the CLI's, the extension's) instead of reviewing the text again.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normenCards } from '../bot/normen-cards';
import { formatNormenHtml, formatNormenMarkdown, formatNormenText } from '../shared/format/normen';
import { normenChecklist, normenCounts, normenStatusLabel, NORMEN_STATUSES, review, type NormenChecklist } from '../shared/index';
import { normenSummaryLine, normenTree } from '../extension/src/normen-presentation';
import normenData from '../clauses/normen-bilag-1a.json';
import { tempDir } from './temp-dir';

const root = resolve(__dirname, '..');
const sample = (name: string) => readFileSync(join(root, 'samples', name), 'utf8');
const dossier = sample('dossier-dpa.txt');
const opus = sample('opus-dpa-2025-clean.txt');

// what the answers must never be called: a search result, not the form's answer
const NOT_THE_FORM = /Not found|not found|Ikke funnet|ikke funnet/;

function cardTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(cardTexts);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = typeof record.text === 'string' ? [record.text] : [];
    const facts = Array.isArray(record.facts) ? (record.facts as { title: string; value: string }[]).flatMap((f) => [f.title, f.value]) : [];
    return [...own, ...facts, ...Object.values(record).flatMap(cardTexts)];
  }
  return [];
}

describe('Normen checklist: the form\'s answers in every front end', () => {
  it('keeps the answers as data, Ja / Delvis / Nei and Yes / Partly / No', () => {
    assert.deepEqual(NORMEN_STATUSES.map((s) => normenStatusLabel(s, 'nb')), ['Ja', 'Delvis', 'Nei']);
    assert.deepEqual(NORMEN_STATUSES.map((s) => normenStatusLabel(s, 'en')), ['Yes', 'Partly', 'No']);
    const statuses = (normenData as unknown as { statuses: Record<string, { nb: string; en: string }> }).statuses;
    for (const status of NORMEN_STATUSES) assert.equal(statuses[status].nb, normenStatusLabel(status, 'nb'));
    assert.equal(normenCounts({ met: 12, partly: 5, 'not-found': 9 }, 'nb'), '12 ja, 5 delvis, 9 nei');
    assert.equal(normenCounts({ met: 12, partly: 5, 'not-found': 9 }, 'en'), '12 yes, 5 partly, 9 no');
  });

  for (const lang of ['nb', 'en'] as const) {
    describe(`in ${lang}`, () => {
      const checklist = normenChecklist(dossier, { lang });
      const answerOf = (status: (typeof NORMEN_STATUSES)[number]) => normenStatusLabel(status, lang);

      it('every row carries its answer, and its comment opens with it (JSON)', () => {
        const json = JSON.parse(JSON.stringify(checklist)) as NormenChecklist;
        for (const row of json.rows) {
          assert.equal(row.answer, answerOf(row.status));
          assert.ok(row.comment.startsWith(`${row.answer}. `), row.comment);
        }
        assert.ok(json.rows.some((r) => r.status === 'not-found'), 'the sample has a "Nei" to show');
      });

      it('the Markdown, text and HTML show the same answers and counts', () => {
        const markdown = formatNormenMarkdown(checklist, 'dossier-dpa.txt');
        const text = formatNormenText(checklist);
        const html = formatNormenHtml(checklist, 'dossier-dpa.txt');
        for (const row of checklist.rows) {
          assert.match(markdown, new RegExp(`\\n\\| ${row.number} \\| [^\\n]* \\| ${row.answer} \\| `), `krav ${row.number} in Markdown`);
          assert.match(text, new RegExp(`\\n\\s+${row.number}\\. ${row.answer}\\s`), `krav ${row.number} in text`);
          assert.match(html, new RegExp(`<td class="num">${row.number}</td><td>[^<]*</td><td class="answer ${row.status}">${row.answer}</td>`), `krav ${row.number} in HTML`);
        }
        const counts = normenCounts(checklist.summary, lang);
        for (const out of [markdown, text, html]) {
          assert.ok(out.includes(counts), counts);
          assert.doesNotMatch(out, NOT_THE_FORM);
        }
      });

      it('the VS Code tree and the Teams card show the same answers', () => {
        const requirements = normenTree(checklist).flatMap((g) => g.requirements);
        for (const node of requirements) assert.ok(node.description.startsWith(answerOf(node.status)), node.description);
        assert.ok(normenSummaryLine(checklist).startsWith(normenCounts(checklist.summary, lang)));
        const [summary, ...rows] = normenCards(checklist, 'dossier-dpa.txt', lang);
        const summaryText = cardTexts(summary).join('\n');
        for (const status of NORMEN_STATUSES) assert.ok(summaryText.includes(answerOf(status)), `${answerOf(status)} on the summary card`);
        assert.doesNotMatch(summaryText, NOT_THE_FORM);
        const rowText = cardTexts(rows).join('\n');
        for (const row of checklist.rows) assert.ok(rowText.includes(row.answer), `krav ${row.number}`);
      });
    });
  }

  it('the HTML page is self-contained and shows contract text as text', () => {
    const html = formatNormenHtml(normenChecklist('Leverandøren skal <script>alert(1)</script> logge all tilgang og bruk.'), 'x<y>.txt');
    assert.match(html, /^<!doctype html>\n<html lang="nb">/);
    assert.doesNotMatch(html, /<script>|src=|href=/);
    assert.match(html, /&lt;script&gt;/);
    assert.match(html, /<title>Normen – Databehandleravtale Bilag 1a: x&lt;y&gt;\.txt<\/title>/);
  });
});

describe('Normen checklist: one review per document', () => {
  for (const [name, text] of [['Dossier', dossier], ['Opus 2025', opus]] as const) {
    it(`${name}: the checklist made from the document's review equals the one made from its text`, () => {
      assert.deepEqual(normenChecklist(review(text)), normenChecklist(text));
      assert.deepEqual(normenChecklist(review(text, { lang: 'en' })), normenChecklist(text, { lang: 'en' }));
    });
  }

  it('uses the review it is given and does not review the text again', () => {
    const fromText = normenChecklist(opus);
    assert.ok(fromText.rows[3].deviations?.length, 'krav 4 mentions the own-purpose deviation the review finds');
    // the same review without its findings: had the checklist reviewed the text again, the deviation would be back
    const reviewed = review(opus);
    const checklist = normenChecklist({ ...reviewed, findings: [] });
    assert.ok(checklist.rows.every((r) => !r.deviations?.length), 'no deviation but those of the review given');
    assert.deepEqual(checklist.rows.map((r) => r.status), fromText.rows.map((r) => r.status), 'the statuses are the text\'s');
  });

  it('the CLI passes its own review: a deviation the team accepted is not mentioned', () => {
    const cli = join(root, 'dist', 'cli.js');
    const dir = tempDir('normen-playbook-');
    const playbook = join(dir, 'playbook.json');
    writeFileSync(playbook, JSON.stringify({ accepted: ['own-purpose-use'] }));
    const run = (args: string[]) => JSON.parse(spawnSync(process.execPath, [cli, 'normen', join(root, 'samples', 'opus-dpa-2025-clean.txt'), '--format', 'json', ...args], { encoding: 'utf8', timeout: 60000 }).stdout) as NormenChecklist;
    const plain = run([]);
    const accepted = run(['--playbook', playbook]);
    assert.equal(plain.rows[3].deviations?.[0]?.category, 'own-purpose-use');
    assert.ok(!accepted.rows[3].deviations?.some((d) => d.category === 'own-purpose-use'), accepted.rows[3].comment);
    assert.deepEqual(accepted.rows.map((r) => r.status), plain.rows.map((r) => r.status));
  });
});
