// Reads the text layer of a PDF with pdfjs-dist (legacy build, for Node 20) and hands the
// positioned text items to pdf-layout. No worker thread, no font loading, no network; the work is
// bounded by a page limit and a timeout so that a hostile or broken PDF cannot hang a review.

import { createRequire } from 'node:module';
import path from 'node:path';
import { ExtractError } from './extract-error';
import { layoutPdfPages, type PdfPageItems, type PdfTextItem } from './pdf-layout';

/** Limits for reading one PDF. */
export interface PdfLimits {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** Read at most this many pages (a warning says when more were left out). */
  maxPages: number;
}

/** Text of a PDF document. */
export interface PdfText {
  text: string;
  pages: number;
  warnings: string[];
}

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
type PdfLoadingTask = ReturnType<PdfjsModule['getDocument']>;

// A dynamic import: pdfjs-dist is an ES module, and the bundles are CommonJS with pdfjs-dist
// external; esbuild keeps `import()` of an external module as it is. The CLI runs its bundle
// through V8's code cache (cli/launch.ts), where a script has no `import()`; there Node's
// require() of an ES module (Node >= 20.19) loads it.
async function loadPdfjs(): Promise<PdfjsModule> {
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') throw error;
    return require('pdfjs-dist/legacy/build/pdf.mjs') as PdfjsModule;
  }
}

/**
 * Extracts the running text of a PDF's text layer.
 *
 * @example
 *   const { text, pages } = await extractPdfText(bytes, { timeoutMs: 60_000, maxPages: 500 });
 * @throws ExtractError 'encrypted-pdf', 'no-text-layer' or 'corrupt-pdf'
 */
export async function extractPdfText(bytes: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const loadingTask = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs may take over (detach) the buffer it is given
    ...pdfjsAssetPaths(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ExtractError('corrupt-pdf', 'The PDF took too long to read; it may be damaged or unusually complex.')),
      limits.timeoutMs,
    );
  });
  try {
    return await Promise.race([readPages(loadingTask, limits.maxPages), timeout]);
  } catch (error) {
    throw toExtractError(error);
  } finally {
    clearTimeout(timer);
    await loadingTask.destroy().catch(() => undefined);
  }
}

async function readPages(loadingTask: PdfLoadingTask, maxPages: number): Promise<PdfText> {
  const document = await loadingTask.promise;
  const pageCount = document.numPages;
  const pagesToRead = Math.min(pageCount, maxPages);
  const pages: PdfPageItems[] = [];
  for (let pageNumber = 1; pageNumber <= pagesToRead; pageNumber++) {
    const page = await document.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, , , x, y] = item.transform as number[];
      items.push({
        text: item.str,
        x: x ?? 0,
        y: y ?? 0,
        width: item.width,
        fontSize: Math.hypot(a ?? 0, b ?? 0) || item.height || 1,
        fontName: item.fontName,
      });
    }
    pages.push({ width: viewport.width, height: viewport.height, items });
    page.cleanup();
  }

  const layout = layoutPdfPages(pages);
  const text = expandLigatures(layout.text).normalize('NFC');
  if (text.trim() === '') throw new ExtractError('no-text-layer');

  const warnings: string[] = [];
  if (pagesToRead < pageCount) {
    warnings.push(`Only the first ${pagesToRead} of ${pageCount} pages were read; the rest of the PDF was not reviewed.`);
  }
  if (layout.pagesWithoutText > 0) {
    warnings.push(
      `${layout.pagesWithoutText} of ${pagesToRead} pages have no text layer (probably scanned); their content is missing. Run OCR on the PDF to include it.`,
    );
  }
  if (layout.removedHeaderFooterLines > 0) {
    warnings.push(`Removed ${layout.removedHeaderFooterLines} repeated page header, footer or page-number lines.`);
  }
  return { text, pages: pageCount, warnings };
}

/** Where pdfjs finds its character maps and standard fonts inside the installed package. */
function pdfjsAssetPaths(): { cMapUrl?: string; cMapPacked?: boolean; standardFontDataUrl?: string } {
  try {
    const packageDirectory = path.dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'));
    return {
      cMapUrl: path.join(packageDirectory, 'cmaps') + path.sep,
      cMapPacked: true,
      standardFontDataUrl: path.join(packageDirectory, 'standard_fonts') + path.sep,
    };
  } catch {
    return {}; // text extraction works without them for most PDFs
  }
}

/** Typographic ligatures (ﬁ, ﬂ, ...) as plain letters, so that words can be searched. */
function expandLigatures(text: string): string {
  const ligatures: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };
  return text.replace(/[\ufb00-\ufb06]/g, (ligature) => ligatures[ligature] ?? ligature);
}

function toExtractError(error: unknown): ExtractError {
  if (error instanceof ExtractError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'PasswordException') return new ExtractError('encrypted-pdf');
  return new ExtractError('corrupt-pdf');
}
