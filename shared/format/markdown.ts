// Markdown report: a summary table by category, the findings grouped under the clause they stand in
// ("VEDLEGG 2, 10.1 Mislighold og erstatning") with quote, message and suggested wording, and "why it
// matters" once per category at the end. Pasteable into a memo or a Teams message.

import { getCategory } from '../library';
import type { Finding, Review } from '../types';
import type { FormatOptions } from './index';
import { severityLabel, words } from './labels';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function formatMarkdown(review: Review, options: FormatOptions = {}): string {
  const w = words[review.lang];
  const lang = review.lang;
  const out: string[] = [`# ${w.title}${options.uri ? `: ${options.uri}` : ''}`, ''];
  if (review.document.scope === 'clause') out.push(`_${w.excerpt}_`, '');
  const deviations = review.findings.filter((f) => f.severity !== 'info');
  if (!deviations.length) out.push(w.noDeviations, '');
  else {
    out.push(`| ${w.category} | ${w.severity} | ${w.deviations} |`, '|---|---|---|');
    const byCategory = new Map<string, { worst: string; count: number }>();
    for (const f of deviations) {
      const entry = byCategory.get(f.category) ?? { worst: f.severity, count: 0 };
      entry.count++;
      byCategory.set(f.category, entry);
    }
    for (const [id, { worst, count }] of byCategory) {
      out.push(`| \`${id}\` ${escapeCell(getCategory(id)?.name[lang] ?? '')} | ${severityLabel[lang][worst as 'high']} | ${count} |`);
    }
    out.push('');
  }
  // findings under their clause, in document order; absent terms first
  const groups = new Map<string, Finding[]>();
  for (const f of review.findings) {
    const title = f.missing ? w.missing : f.clause?.label ?? w.noClause;
    groups.set(title, [...(groups.get(title) ?? []), f]);
  }
  let n = 0;
  const suggested = new Map<string, number>(); // reference id → the finding that showed it
  for (const [title, findings] of groups) {
    out.push(`## ${title}`, '');
    for (const f of findings) {
      const name = getCategory(f.category)?.name[lang] ?? f.category;
      out.push(`### ${++n}. ${name} (\`${f.category}\`, ${severityLabel[lang][f.severity]})`, '');
      // a .docx's paragraph, for a Word user to find the clause (present only for Word input)
      if (f.clause?.paragraph !== undefined) out.push(`_${w.wordParagraph}: ${f.clause.paragraph}_`, '');
      if (!f.missing) out.push(`> ${oneLine(f.quote)}`, '');
      out.push(f.message, '');
      const shownAt = f.reference ? suggested.get(f.reference.id) : undefined;
      if (f.reference && shownAt !== undefined) out.push(`**${w.suggestion}**: ${w.sameAs} ${shownAt}.`, '');
      else if (f.reference) {
        suggested.set(f.reference.id, n);
        out.push(`**${w.suggestion}** (${f.reference.source}):`, '', `> ${oneLine(f.reference.text)}`, '');
      }
    }
  }
  const reported = [...new Set(review.findings.map((f) => f.category))];
  if (reported.length) {
    out.push(`## ${w.whyItMatters}`, '');
    for (const id of reported) {
      const category = getCategory(id);
      if (category) out.push(`- **${category.name[lang]}** (\`${id}\`): ${oneLine(category.why[lang])}`);
    }
    out.push('');
  }
  out.push(`_${w.checked}: ${review.checked.join(', ')}._`, '');
  return out.join('\n');
}
