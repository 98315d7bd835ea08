// Markdown report: a summary table by category, then each finding with its quote, the reference
// clause and the suggested wording. Pasteable into a memo or a Teams message.

import { getCategory } from '../library';
import type { Review } from '../types';
import type { FormatOptions } from './index';
import { lineColumn, severityLabel, words } from './labels';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

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
  review.findings.forEach((f, i) => {
    const name = getCategory(f.category)?.name[lang] ?? f.category;
    const where = f.missing ? w.missing : `${w.line} ${lineColumn(review.document.text, f.start).line}`;
    out.push(`## ${i + 1}. ${name} (\`${f.category}\`, ${severityLabel[lang][f.severity]})`, '');
    out.push(`${f.message}`, '');
    out.push(`*${w.where}:* ${where}`, '');
    if (!f.missing) out.push(`> ${f.quote.replace(/\s+/g, ' ').trim()}`, '');
    const why = getCategory(f.category)?.why[lang];
    if (why) out.push(why, '');
    if (f.reference) {
      out.push(`**${w.suggestion}** (${f.reference.source}):`, '', `> ${f.reference.text.replace(/\n+/g, ' ')}`, '');
    }
  });
  out.push(`_${w.checked}: ${review.checked.join(', ')}._`, '');
  return out.join('\n');
}
