// Rows and cells of list and table clauses (shared/table-rows.ts): lines of a joined Markdown table, cells split at
// `|` or tabs, and the header row that names the columns.

import { strict as assert } from 'node:assert';
import { analyseText } from '../shared/analyse';
import { cellsOf, clauseLines, headerCells } from '../shared/table-rows';

describe('table rows', () => {
  it('splits a line into its non-empty cells with offsets in the line', () => {
    const cells = cellsOf('| CloudCo Inc. | Hosting | US |');
    assert.deepEqual(cells.map((c) => c.text.trim()), ['CloudCo Inc.', 'Hosting', 'US']);
    assert.equal('| CloudCo Inc. | Hosting | US |'.slice(cells[2].start, cells[2].end).trim(), 'US');
    assert.deepEqual(cellsOf('Driftspartner AS\tDrift\tNorge').map((c) => c.text), ['Driftspartner AS', 'Drift', 'Norge']);
  });

  it('reads the header of the table a row belongs to, and none for the header itself', () => {
    const text = 'Underleverandør | Formål | Lokasjon\nSupportCo Pvt Ltd | Kundestøtte | IN (Bangalore)';
    const doc = analyseText(text);
    const clause = doc.clauses.find((c) => c.text.includes('SupportCo'));
    assert.ok(clause);
    const rows = clauseLines(clause);
    const row = rows.find((r) => text.slice(r.start, r.end).includes('SupportCo'));
    assert.ok(row);
    const source = { text, match: doc.match, clauses: doc.clauses };
    assert.deepEqual(headerCells(source, clause, row), ['underleverandør', 'formål', 'lokasjon']);
    const header = rows.find((r) => text.slice(r.start, r.end).startsWith('Underleverandør'));
    if (header && header !== row && clause.text.includes('Underleverandør')) assert.deepEqual(headerCells(source, clause, header), []);
  });
});
