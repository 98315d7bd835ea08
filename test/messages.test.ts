import * as assert from 'node:assert/strict';
import en from '../clauses/messages/en.json';
import nb from '../clauses/messages/nb.json';
import { ruleMessages } from '../shared/messages';
import { rules } from '../shared/rules/index';

// a placeholder may come in a form per language ("missingNb", "missingEn")
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+?)(?:Nb|En)?\}\}/g)].map((m) => m[1]).sort();

describe('rule messages as data (clauses/messages/{nb,en}.json)', () => {
  it('gives every rule its messages in both languages, with the same placeholders', () => {
    for (const rule of rules) {
      const messages = ruleMessages(rule.meta.category);
      assert.ok(Object.keys(messages).length > 0, rule.meta.category);
      for (const [id, text] of Object.entries(messages)) assert.deepEqual(placeholders(text.nb), placeholders(text.en), `${rule.meta.category}/${id}`);
    }
  });

  it('has no category that no rule reads, in either file', () => {
    const categories = new Set(rules.map((rule) => rule.meta.category as string));
    for (const file of [nb, en]) for (const key of Object.keys(file)) if (!key.startsWith('$')) assert.ok(categories.has(key), key);
  });

  it('refuses a category without messages', () => {
    assert.throws(() => ruleMessages('no-such-rule'), /no messages/);
  });
});
