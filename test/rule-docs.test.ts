// The rule docs (docs/rules/*.md) are made from the rules and their test tables: a table or message
// that changed without the docs being made again fails here.

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, renderAllRuleDocs } from '../scripts/rule-docs';
import { rules } from '../shared/rules/index';
import { ruleTables } from './rule-tester';

describe('rule docs', () => {
  it('has a page for every rule, made from its current table (node --import tsx scripts/rule-docs.ts)', async () => {
    assert.equal(ruleTables.size, rules.length, 'every rule has a test table in test/rules/');
    const pages = await renderAllRuleDocs(ruleTables);
    for (const [name, page] of pages) {
      const path = join(DOCS_DIR, name);
      assert.ok(existsSync(path), `docs/rules/${name} is missing`);
      assert.ok(readFileSync(path, 'utf8') === page, `docs/rules/${name} is out of date`);
    }
  });
});
