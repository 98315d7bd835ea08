// The one place the bot meets the engine and the document extractor: the functions the bot calls,
// as an interface the bot class receives (so tests and other hosts can pass their own).

import {
  categories,
  compare,
  formatReport,
  getCategory,
  normenChecklist,
  review,
  type Category,
  type CategoryId,
  type Comparison,
  type MessageLang,
  type NormenChecklist,
  type Review,
  type ReviewOptions,
} from '../shared/index';
import { extractDocument } from '../shared/extract/index';
import { formatNormenMarkdown } from '../shared/format/normen';

export { normenStatusLabel, type NormenChecklist, type NormenRow, type NormenStatus } from '../shared/index';

/** What the bot needs from the engine. */
export interface BotEngine {
  review(text: string, options: ReviewOptions): Review;
  compare(oldText: string, newText: string, options: ReviewOptions): Comparison;
  categories: readonly Category[];
  getCategory(id: CategoryId | string): Category | undefined;
  markdownReport(review: Review): string;
  /** Normen's Bilag 1a checklist filled in from a DPA's text (rows in the form's order). */
  normen(text: string, options: { lang?: MessageLang }): NormenChecklist;
  /** The checklist as the form's Markdown table, for a lawyer to paste into the form. */
  normenMarkdown(checklist: NormenChecklist, name?: string): string;
  /** Bytes of a .docx/.pdf/.txt/.md file → its text; throws ExtractError with a friendly message. */
  extract(bytes: Uint8Array, fileName: string, maxBytes: number): Promise<{ text: string; format: string }>;
}

/**
 * The engine of this repository (shared/), as the bot uses it.
 *
 * @example const bot = new DpaReviewBot({ engine: sharedEngine(), ... });
 */
export function sharedEngine(): BotEngine {
  return {
    review: (text, options) => review(text, options),
    compare: (oldText, newText, options) => compare(oldText, newText, options),
    categories,
    getCategory: (id) => getCategory(id),
    markdownReport: (result) => formatReport(result, 'markdown'),
    normen: (text, options) => normenChecklist(text, options),
    normenMarkdown: (checklist, name) => formatNormenMarkdown(checklist, name),
    extract: async (bytes, fileName, maxBytes) => {
      const document = await extractDocument(bytes, fileName, { maxBytes });
      return { text: document.text, format: document.format };
    },
  };
}
