// Hostile .docx files for the tests and scripts/bot-load.mjs, built on the fly (nothing big is kept
// in the repository): zip bombs whose word/document.xml unpacks to hundreds of megabytes, and a small
// zip holding a 50 MB document.xml. The XML is streamed into yazl in chunks, so building one needs
// little memory; only the compressed result is held.

import { Readable } from 'node:stream';
import yazl from 'yazl';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';
const DOCUMENT_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_TAIL = '</w:body></w:document>';

/** A .docx whose document.xml is `head`, then `repeated` until about `bytes`, then the tail. */
export function docxWithBody(repeated: string, bytes: number, options: { head?: string; tail?: string } = {}): Promise<Buffer> {
  const head = DOCUMENT_HEAD + (options.head ?? '');
  const tail = (options.tail ?? '') + DOCUMENT_TAIL;
  const chunk = repeated.repeat(Math.max(1, Math.min(Math.floor((1024 * 1024) / repeated.length), Math.ceil(bytes / repeated.length))));
  const chunks = Math.max(1, Math.ceil(bytes / chunk.length));
  function* xml(): Generator<Buffer> {
    yield Buffer.from(head);
    const encoded = Buffer.from(chunk);
    for (let i = 0; i < chunks; i++) yield encoded;
    yield Buffer.from(tail);
  }
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(RELS), '_rels/.rels');
  zip.addReadStream(Readable.from(xml(), { objectMode: false }), 'word/document.xml', { compressionLevel: 9 });
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (part: Buffer) => parts.push(part));
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    zip.outputStream.on('error', reject);
  });
}

const PARAGRAPH = '<w:p><w:r><w:t>Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold.</w:t></w:r></w:p>';

/** About 300 MB of paragraphs in a zip of about a megabyte. */
export const paragraphBomb = (bytes = 300 * 1024 * 1024): Promise<Buffer> => docxWithBody(PARAGRAPH, bytes);

/** One paragraph of about 1 GB of spaces, in a zip of about a megabyte. */
export const spaceBomb = (bytes = 1024 * 1024 * 1024): Promise<Buffer> =>
  docxWithBody(' ', bytes, { head: '<w:p><w:r><w:t xml:space="preserve">', tail: '</w:t></w:r></w:p>' });

/** A 50 MB document.xml of ordinary, varied paragraphs (about 42 MB of text) in a small zip. */
export const bigTextDocx = (bytes = 50 * 1024 * 1024): Promise<Buffer> => {
  const varied = Array.from({ length: 97 }, (_, i) => `<w:p><w:r><w:t>Punkt ${i}: Databehandler skal slette personopplysninger innen ${i + 1} dager.</w:t></w:r></w:p>`).join('');
  return docxWithBody(varied, bytes);
};
