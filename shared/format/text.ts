// Terminal report: findings grouped by clause, coloured when asked (the CLI honours NO_COLOR).

import { getCategory } from '../library';
import type { Finding, Review } from '../types';
import type { FormatOptions } from './index';
import { lineColumn, painter, severityLabel, words } from './labels';


export function formatText(review: Review, options: FormatOptions = {}): string {
  const paint = painter(options.color);
  const w = words[review.lang];
  const text = review.document.text;
  const out: string[] = [];
  out.push(paint('bold', `${w.title}${options.uri ? `: ${options.uri}` : ''}`));
  if (review.document.scope === 'clause') out.push(paint('dim', w.excerpt));
  const deviations = review.findings.filter((f) => f.severity !== 'info');
  const groups = new Map<string, Finding[]>();
  for (const f of review.findings) {
    const heading = f.missing ? w.missing : f.clause?.label ?? '';
    const group = groups.get(heading) ?? [];
    group.push(f);
    groups.set(heading, group);
  }
  for (const [heading, findings] of groups) {
    out.push('');
    if (heading) out.push(paint('bold', heading));
    for (const f of findings) {
      const { line, column } = lineColumn(text, f.start);
      const colour = f.severity === 'high' ? 'red' : f.severity === 'medium' ? 'yellow' : 'cyan';
      const where = f.missing ? '' : `${line}:${column} `;
      out.push(`  ${paint('dim', where)}${paint(colour, severityLabel[review.lang][f.severity].padEnd(7))} ${paint('bold', f.category)}  ${f.message}`);
      if (!f.missing) out.push(paint('dim', `      «${oneLine(f.quote, 140)}»`));
      if (f.reference) out.push(paint('dim', `      ${w.reference} (${f.reference.source}): ${oneLine(f.reference.text, 160)}`));
    }
  }
  out.push('');
  const names = Object.entries(review.summary.byCategory).map(([id, n]) => `${getCategory(id)?.name[review.lang] ?? id} (${n})`);
  out.push(deviations.length ? paint('bold', `${deviations.length} ${w.deviations}: ${names.join(', ')}`) : paint('green', w.noDeviations));
  return out.join('\n') + '\n';
}

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
