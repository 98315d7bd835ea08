// Runs document extraction (shared/extract) in a worker thread. VS Code's extension host makes
// `globalThis.navigator` a getter-only property, and pdfjs-dist assigns it while it loads, which
// throws there; a worker thread has a global object of its own, so PDF reading works in it.
// pdfjs also needs a DOMMatrix class to load: see affine-matrix.ts.
// Bundled to dist/extract-worker.js by scripts/vscode-package.mjs; used by read-document.ts.

import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../../shared/extract/index';
import { installDomMatrixIfMissing } from './affine-matrix';

/** What the worker receives. */
export interface ExtractRequest {
  bytes: Uint8Array;
  fileName: string;
}

/** What the worker answers: the text, or the extractor's one-line message (never document text). */
export type ExtractReply = { ok: true; text: string; format: string } | { ok: false; message: string };

installDomMatrixIfMissing(); // before pdfjs-dist loads (it is imported lazily, on the first PDF)
const request = workerData as ExtractRequest;
extractDocument(request.bytes, request.fileName).then(
  (document) => parentPort?.postMessage({ ok: true, text: document.text, format: document.format } satisfies ExtractReply),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : 'the document could not be read' } satisfies ExtractReply),
);
