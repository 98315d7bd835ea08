// The rule docs (docs/rules/<category>.md), made from the rules' own data: the category's
// explanation (clauses/categories.json), the rule's meta (messages, playbook settings), the reference
// clauses of its topic, how it reads a clause (docs/rules/reading/<category>.md, written by hand), and
// its test table (examples that flag and that don't). ESLint-style pages.
//   node --import tsx scripts/rule-docs.ts          write docs/rules/
//   node --import tsx scripts/rule-docs.ts --check  exit 1 when a page is out of date
// test/rule-docs.test.ts runs the check, so a changed table without new docs fails the tests.

import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCategory, getTopic } from '../shared/library';
import { rules } from '../shared/rules/index';
import type { Rule } from '../shared/rule';
import { ruleTables as declaredTables, type RuleTable } from '../test/rule-tester';

const root = resolve(__dirname, '..');
export const DOCS_DIR = join(root, 'docs', 'rules');

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const quote = (text: string) => {
  const flat = oneLine(text);
  return `> ${flat.length > 400 ? `${flat.slice(0, 400)} …` : flat}`;
};

/** The page of one rule, in Markdown. */
export function renderRuleDoc(rule: Rule, table: RuleTable | undefined): string {
  const { meta } = rule;
  const category = getCategory(meta.category);
  if (!category) throw new Error(`no category ${meta.category} in clauses/categories.json`);
  const lines: string[] = [];
  lines.push(`# ${meta.category}: ${category.name.en} (${category.name.nb})`, '');
  lines.push('<!-- Made by scripts/rule-docs.ts from the rule, the clause library and test/rules/' + meta.category + '.test.ts; do not edit by hand. -->', '');
  lines.push(`Default severity: **${meta.defaultSeverity}**. Source: [\`shared/rules/${meta.category}.ts\`](../../shared/rules/${meta.category}.ts). `
    + (meta.reportsAbsence ? 'Also reports the term when a whole document lacks it.' : 'Reports only what the text says.'), '');
  lines.push('## What it flags', '', category.deviation.en, '', `*${category.deviation.nb}*`, '');
  lines.push('## Why it matters', '', category.why.en, '', `*${category.why.nb}*`, '');
  lines.push('## What good looks like', '', category.reference.en, '', `*${category.reference.nb}*`, '');
  const references = getTopic(meta.topic)?.references ?? [];
  if (references.length) {
    lines.push('Reference clauses offered as the fix (library topic `' + meta.topic + '`):', '');
    for (const ref of references) lines.push(`- ${ref.source} (${ref.lang}): ${oneLine(ref.text).slice(0, 240)}${oneLine(ref.text).length > 240 ? ' …' : ''}`);
    lines.push('');
  }
  // how the rule reads a clause: hand-written prose kept beside the generated pages (the rule file
  // keeps only a short header, so it stays short enough to read in one sitting)
  const readingFile = join(DOCS_DIR, 'reading', `${meta.category}.md`);
  if (existsSync(readingFile)) lines.push('## How it reads a clause', '', readFileSync(readingFile, 'utf8').trim(), '');
  lines.push('## Messages', '', '| id | en | nb |', '|---|---|---|');
  for (const [id, text] of Object.entries(meta.messages)) lines.push(`| \`${id}\` | ${oneLine(text.en)} | ${oneLine(text.nb)} |`);
  lines.push('');
  if (meta.playbookSettings.length) {
    lines.push('## Options', '', 'Playbook settings it reads (`clauses/playbook.json`, `--playbook FILE`): ' + meta.playbookSettings.map((s) => `\`${s}\``).join(', ') + '.', '');
  }
  if (table) {
    lines.push(`## Examples that are flagged (${table.invalid.length})`, '');
    for (const c of table.invalid) {
      const where = c.scope === 'document' ? ' — whole document' : '';
      lines.push(`\`${c.messageId}\`${c.name ? ` — ${c.name}` : ''}${where}${c.at ? `; points at «${oneLine(c.at)}»` : ''}`, '', quote(c.text), '');
    }
    lines.push(`## Examples that are not flagged (${table.valid.length})`, '');
    for (const raw of table.valid) {
      const c = typeof raw === 'string' ? { text: raw, name: undefined, scope: undefined } : raw;
      if (c.name || c.scope === 'document') lines.push(`${c.name ?? ''}${c.scope === 'document' ? ' — whole document' : ''}`.replace(/^ — /, ''), '');
      lines.push(quote(c.text), '');
    }
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

/**
 * Every rule's page, by file name. Without `tables` the test tables are loaded from test/rules/;
 * under mocha they are loaded already and passed in.
 */
export async function renderAllRuleDocs(tables?: ReadonlyMap<string, RuleTable>): Promise<Map<string, string>> {
  let ruleTables = tables;
  if (!ruleTables) {
    ruleTables = declaredTables;
    const tableDir = join(root, 'test', 'rules');
    for (const file of readdirSync(tableDir).filter((f) => f.endsWith('.test.ts'))) {
      await import(pathToFileURL(join(tableDir, file)).href);
    }
  }
  const pages = new Map<string, string>();
  for (const rule of rules) pages.set(`${rule.meta.category}.md`, renderRuleDoc(rule, ruleTables!.get(rule.meta.category)));
  return pages;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const pages = await renderAllRuleDocs();
  const stale: string[] = [];
  if (!check) mkdirSync(DOCS_DIR, { recursive: true });
  for (const [name, page] of pages) {
    const path = join(DOCS_DIR, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === page) continue;
    if (check) stale.push(name);
    else writeFileSync(path, page);
  }
  if (stale.length) {
    console.error(`out of date: ${stale.join(', ')} (run: node --import tsx scripts/rule-docs.ts)`);
    process.exit(1);
  }
  console.log(check ? `${pages.size} rule docs are current` : `wrote ${pages.size} rule docs to docs/rules/`);
}

if (require.main === module) void main();
