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
  type ParagraphStarts,
  type Review,
  type ReviewOptions,
} from '../shared/index';
import { extractDocument } from '../shared/extract/index';
import { formatNormenMarkdown } from '../shared/format/normen';
import { annotateDocx, annotateText } from '../shared/annotate/index';

export { normenStatusLabel, withParagraphs, type NormenChecklist, type NormenRow, type NormenStatus, type ParagraphStarts } from '../shared/index';

/** What the bot needs from the engine (in this thread, or in workers: see isolated-engine.ts). */
export interface BotEngine {
  review(text: string, options: ReviewOptions): Review | Promise<Review>;
  compare(oldText: string, newText: string, options: ReviewOptions): Comparison | Promise<Comparison>;
  categories: readonly Category[];
  getCategory(id: CategoryId | string): Category | undefined;
  markdownReport(review: Review): string;
  /** Normen's Bilag 1a checklist filled in from a DPA's text (rows in the form's order). */
  normen(text: string, options: { lang?: MessageLang }): NormenChecklist | Promise<NormenChecklist>;
  /** The checklist as the form's Markdown table, for a lawyer to paste into the form. */
  normenMarkdown(checklist: NormenChecklist, name?: string): string;
  /**
   * Bytes of a .docx/.pdf/.txt/.md file → its text (and for a .docx where its Word paragraphs begin);
   * throws ExtractError with a friendly message.
   */
  extract(bytes: Uint8Array, fileName: string, maxBytes: number): Promise<{ text: string; format: string; pages?: number; paragraphs?: ParagraphStarts }>;
  /**
   * The reviewed document as a Word file with a comment per finding: the .docx itself when `docx`
   * holds its bytes, else a new .docx of the reviewed text. Optional: without it nothing is offered.
   */
  annotate?(docx: Uint8Array | undefined, review: Review): Promise<Uint8Array>;
}

/** The engine in this thread: the same functions, answering at once. */
export interface LocalEngine extends BotEngine {
  review(text: string, options: ReviewOptions): Review;
  compare(oldText: string, newText: string, options: ReviewOptions): Comparison;
  normen(text: string, options: { lang?: MessageLang }): NormenChecklist;
}

/**
 * The engine of this repository (shared/), as the bot uses it, in this thread (the deployed bot
 * runs it in workers: isolated-engine.ts).
 *
 * @example const bot = new DpaReviewBot({ engine: sharedEngine(), ... });
 */
export function sharedEngine(): LocalEngine {
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
      return { text: document.text, format: document.format, ...(document.pages ? { pages: document.pages } : {}), ...(document.paragraphs ? { paragraphs: document.paragraphs } : {}) };
    },
    annotate: async (docx, result) => (docx ? await annotateDocx(docx, result) : await annotateText(result)).bytes,
  };
}
