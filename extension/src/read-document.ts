// Reads a file's text for review: .docx and .pdf through the project's extractor (shared/extract),
// anything else as text. PDFs are read in a worker thread (see extract-worker.ts). Errors carry the
// extractor's one-line message, never document text.

import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { extractDocument } from '../../shared/extract/index';
import type { ExtractReply, ExtractRequest } from './extract-worker';

/** A document's text and the name it is shown by. */
export interface DocumentText {
  text: string;
  fileName: string;
  format: string;
}

/** Extracts in a worker thread; resolves with the text or rejects with the extractor's message. */
function extractInWorker(workerFile: string, request: ExtractRequest): Promise<{ text: string; format: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: request });
    let answered = false;
    worker.once('message', (reply: ExtractReply) => {
      answered = true;
      void worker.terminate();
      if (reply.ok) resolve({ text: reply.text, format: reply.format });
      else reject(new Error(reply.message));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(new Error(`the document reader failed: ${error.message}`));
    });
    worker.once('exit', () => {
      if (!answered) reject(new Error('the document reader stopped without an answer'));
    });
  });
}

/**
 * Reads a file's text, extracting it from .docx/.pdf.
 * @example (await readDocumentText(vscode.Uri.file('/tmp/avtale.docx'))).format // 'docx'
 */
export async function readDocumentText(uri: vscode.Uri): Promise<DocumentText> {
  const fileName = uri.path.split('/').pop() || 'document';
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open && !/\.(docx|pdf)$/i.test(fileName)) return { text: open.getText(), fileName, format: open.languageId };
  const bytes = await vscode.workspace.fs.readFile(uri);
  const workerFile = path.join(__dirname, 'extract-worker.js');
  if (existsSync(workerFile)) {
    const extracted = await extractInWorker(workerFile, { bytes, fileName });
    return { text: extracted.text, fileName, format: extracted.format };
  }
  const extracted = await extractDocument(bytes, fileName);
  return { text: extracted.text, fileName, format: extracted.format };
}
