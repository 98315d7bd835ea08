// Adaptive Cards for a version comparison: the new deviations first (in full), then the ones that are
// gone and how many are unchanged. Pure: a Comparison from the engine in, cards out.

import type { Comparison } from '../shared/index';
import type { Finding, MessageLang } from '../shared/types';
import { card, escapeMarkdown, findingContainers, splitIntoCards, type AdaptiveCard, type CardElement, type CategoryLookup } from './cards';
import { textsFor } from './texts';

/**
 * The answer to `compare`: a summary card, the new deviations (split to fit), then what is gone.
 *
 * @example compareCards(compare(oldText, newText), 'opus-2024.docx', 'opus-2025.docx', getCategory, 'nb')
 */
export function compareCards(
  comparison: Comparison,
  oldName: string,
  newName: string,
  lookup: CategoryLookup,
  lang: MessageLang,
): AdaptiveCard[] {
  const t = textsFor(lang);
  const deviation = (f: Finding) => f.severity !== 'info';
  const added = comparison.findings.added.filter(deviation);
  const removed = comparison.findings.removed.filter(deviation);
  const unchanged = comparison.findings.unchanged.filter(deviation);
  const clauseCounts = { added: 0, removed: 0, changed: 0 };
  for (const change of comparison.clauses) clauseCounts[change.kind]++;

  const [clausesLabel, clausesValue] = t.compareClauses(clauseCounts.added, clauseCounts.removed, clauseCounts.changed);
  const title = escapeMarkdown(t.compareTitle(oldName, newName));
  const summary = card(
    [
      { type: 'TextBlock', text: title, wrap: true, size: 'Large', weight: 'Bolder' },
      {
        type: 'FactSet',
        facts: [
          { title: t.compareAdded, value: String(added.length) },
          { title: t.compareRemoved, value: String(removed.length) },
          { title: t.compareUnchangedLabel, value: String(unchanged.length) },
          { title: clausesLabel, value: clausesValue },
        ],
      },
      ...(added.length === 0 ? [{ type: 'TextBlock', text: t.compareNothingNew, wrap: true }] : []),
    ],
    { fallbackText: title },
  );

  const elements: CardElement[] = findingContainers(added, lookup, lang);
  const cards = [summary];
  if (elements.length > 0) {
    cards.push(...splitIntoCards((part, parts) => [heading(parts > 1 ? `${t.compareAdded} (${part}/${parts})` : t.compareAdded)], elements));
  }
  if (removed.length > 0) {
    const goneLines = removed.map((finding): CardElement => ({
      type: 'TextBlock',
      wrap: true,
      size: 'Small',
      text: `${escapeMarkdown(lookup(finding.category)?.name[lang] ?? finding.category)} (${finding.category})`,
    }));
    cards.push(...splitIntoCards((part, parts) => [heading(parts > 1 ? `${t.compareRemoved} (${part}/${parts})` : t.compareRemoved)], goneLines));
  }
  return cards;
}

function heading(text: string): CardElement {
  return { type: 'TextBlock', text, wrap: true, size: 'Medium', weight: 'Bolder' };
}
