// Table-driven tests for one rule, in the manner of ESLint's RuleTester: clauses that must not be
// flagged (`valid`) and clauses that must be, with the message id and the text the finding points at.

import assert from 'node:assert/strict';
import { review, type CategoryId, type ReviewOptions } from '../shared/index';

export interface InvalidCase {
  text: string;
  messageId: string;
  /** A phrase the finding's [start, end) must overlap. */
  at?: string;
  /** Review as a whole document (absence rules) instead of a pasted clause. */
  scope?: 'document' | 'clause';
  options?: ReviewOptions;
  name?: string;
}

export interface ValidCase {
  text: string;
  scope?: 'document' | 'clause';
  options?: ReviewOptions;
  name?: string;
}

export interface RuleTable {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

const label = (text: string) => text.replace(/\s+/g, ' ').slice(0, 70);

/** Every table declared so far, by category: the rule docs (docs/rules/) are made from them. */
export const ruleTables = new Map<CategoryId, RuleTable>();

/** Declares mocha tests for a rule from its table. Duplicate cases are refused. */
export function testRule(category: CategoryId, table: RuleTable): void {
  ruleTables.set(category, table);
  describeRuleTable(category, table, `rule ${category}`);
}

/**
 * Declares mocha tests from a table of a rule's cases under `title`, without making it the rule's
 * documented table (test/nynorsk.test.ts: the same cases in another written form).
 */
export function describeRuleTable(category: CategoryId, table: RuleTable, title: string): void {
  // loaded outside mocha (scripts/rule-docs.ts reads the tables): declare nothing
  if (typeof describe !== 'function') return;
  const seen = new Set<string>();
  const once = (text: string) => {
    assert.ok(!seen.has(text), `duplicate case: ${label(text)}`);
    seen.add(text);
  };
  describe(title, () => {
    for (const raw of table.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      once(c.text);
      it(`does not flag: ${c.name ?? label(c.text)}`, () => {
        const result = review(c.text, { scope: c.scope ?? 'clause', ...c.options });
        const mine = result.findings.filter((f) => f.category === category && f.severity !== 'info');
        assert.deepEqual(mine.map((f) => `${f.messageId}: ${f.quote}`), []);
      });
    }
    for (const c of table.invalid) {
      once(c.text);
      it(`flags (${c.messageId}): ${c.name ?? label(c.text)}`, () => {
        const result = review(c.text, { scope: c.scope ?? 'clause', ...c.options });
        const mine = result.findings.filter((f) => f.category === category && f.severity !== 'info');
        assert.ok(mine.length > 0, `no ${category} finding; got ${result.findings.map((f) => f.category).join(', ') || 'none'}`);
        const withId = mine.filter((f) => f.messageId === c.messageId);
        assert.ok(withId.length > 0, `expected message ${c.messageId}, got ${mine.map((f) => f.messageId).join(', ')}`);
        if (c.at) {
          const at = c.text.indexOf(c.at);
          assert.ok(at >= 0, `test error: "${c.at}" is not in the case text`);
          const overlaps = withId.some((f) => f.start < at + c.at!.length && f.end > at);
          assert.ok(overlaps, `finding at [${withId.map((f) => `${f.start},${f.end}: ${f.quote}`).join('; ')}] does not cover "${c.at}"`);
        }
        for (const f of withId) {
          assert.ok(f.message.length > 0 && !f.message.includes('{{'), `message not filled in: ${f.message}`);
          assert.equal(f.quote, result.document.text.slice(f.start, f.end));
        }
      });
    }
  });
}
