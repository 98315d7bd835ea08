// Renders a version comparison: the new deviations first (what hurts), then the gone ones, then
// the clause changes as word diffs.

import { painter, type Style } from '../shared/format/labels';
import { getCategory, type Comparison, type Finding } from '../shared/index';

export interface ComparisonFormatOptions {
  color?: boolean;
  oldName: string;
  newName: string;
}

export function formatComparison(comparison: Comparison, format: 'text' | 'json' | 'markdown', options: ComparisonFormatOptions): string {
  if (format === 'json') {
    // the two full reviews would repeat both documents; keep the comparison itself
    const { old: before, new: after, ...rest } = comparison;
    return JSON.stringify({ old: { name: options.oldName, summary: before.summary }, new: { name: options.newName, summary: after.summary, document: { text: after.document.text } }, ...rest }, null, 2) + '\n';
  }
  const lang = comparison.new.lang;
  const paint = painter(options.color);
  const md = format === 'markdown';
  const t = lang === 'nb'
    ? { title: 'Sammenligning', added: 'Nye avvik (verre for kunden)', removed: 'Avvik som er borte', unchanged: 'Uendrede avvik', changes: 'Endrede punkter', none: 'ingen', addedClause: 'Nytt punkt', removedClause: 'Fjernet punkt', changedClause: 'Endret punkt' }
    : { title: 'Comparison', added: 'New deviations (worse for the customer)', removed: 'Deviations gone', unchanged: 'Unchanged deviations', changes: 'Changed clauses', none: 'none', addedClause: 'Added clause', removedClause: 'Removed clause', changedClause: 'Changed clause' };
  const out: string[] = [];
  const h = (level: number, s: string) => out.push(md ? `${'#'.repeat(level)} ${s}\n` : paint('bold', s));
  h(1, `${t.title}: ${options.oldName} → ${options.newName}`);
  const list = (title: string, findings: Finding[], colour: Style) => {
    out.push('');
    h(2, `${title} (${findings.length})`);
    if (!findings.length) out.push(`  ${t.none}`);
    for (const f of findings) {
      const name = getCategory(f.category)?.name[lang] ?? f.category;
      const quote = f.missing ? '' : ` «${f.quote.replace(/\s+/g, ' ').slice(0, 120)}»`;
      out.push(md ? `- **\`${f.category}\`** ${name}: ${f.message}${quote}` : `  ${paint(colour, f.category.padEnd(24))} ${f.message}${paint('dim', quote)}`);
    }
  };
  list(t.added, comparison.findings.added, 'red');
  list(t.removed, comparison.findings.removed, 'green');
  list(t.unchanged, comparison.findings.unchanged, 'dim');
  out.push('');
  h(2, `${t.changes} (${comparison.clauses.length})`);
  for (const change of comparison.clauses) {
    const label = change.kind === 'added' ? t.addedClause : change.kind === 'removed' ? t.removedClause : t.changedClause;
    const body = change.diff
      ? change.diff.map((p) => (p.op === 'insert' ? (md ? `**${p.text}**` : paint('green', `{+${p.text}+}`)) : p.op === 'delete' ? (md ? `~~${p.text}~~` : paint('red', `[-${p.text}-]`)) : p.text)).join('')
      : (change.new ?? change.old)?.text ?? '';
    out.push(md ? `- *${label}:* ${body.replace(/\s+/g, ' ').trim()}` : `  ${paint('bold', label)}: ${body.replace(/\s+/g, ' ').trim()}`);
  }
  return out.join('\n') + '\n';
}
