// Checks a .docx (a zip) before anything inflates it: reads the zip's central directory with yauzl
// and refuses an entry, or a total, that unpacks to too much, or that packs absurdly well (a zip
// bomb). Then inflates the parts a Word reader reads (XML and relationships), counting the bytes as
// they come and stopping at the declared size, so that a central directory that lies about sizes is
// caught too. Media is never inflated here.

import yauzl from 'yauzl';
import { describeSize, ExtractError } from './extract-error';

/** What a .docx may unpack to. */
export interface ZipLimits {
  /** Largest unpacked XML part (word/document.xml and the like). */
  maxPartBytes: number;
  /** Largest unpacked total of the XML parts. */
  maxPartsTotalBytes: number;
  /** Largest unpacked total of all entries, media included. */
  maxTotalBytes: number;
  /** Most entries. */
  maxEntries: number;
  /** Largest ratio of unpacked to packed size, for entries over 1 MB unpacked. */
  maxRatio: number;
}

/** UTF-8 takes up to 2 bytes for the letters of nb/sv/da text; entities (&amp;) a few more. */
const TEXT_BYTES_PER_CHAR = 2;

export const defaultZipLimits: ZipLimits = {
  maxPartBytes: 25 * 1024 * 1024,
  maxPartsTotalBytes: 40 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 5000,
  maxRatio: 100,
};

const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;

/** What the check learnt on the way: the page count Word saved in docProps/app.xml, if any. */
export interface ZipFacts {
  pages?: number;
}

/** What the central directory says about one entry. */
interface EntrySizes {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * Refuses a zip whose entries unpack to more than the limits allow, without inflating anything
 * that is too big.
 *
 * While the parts inflate, the characters outside their tags are counted: a document whose text is
 * clearly over `maxTextChars` is refused here, before a Word reader builds its tree (which takes
 * tens of times the XML's size in memory).
 *
 * @example
 *   await checkZipSizes(bytes, 5 * 1024 * 1024); // { pages: 41 } for an ordinary .docx
 * @throws ExtractError 'zip-bomb' when the sizes are over the limits; 'too-large' when the text is;
 *   'corrupt-docx' when the zip cannot be read or an entry inflates to less than its declared size
 */
export async function checkZipSizes(bytes: Uint8Array, maxTextChars: number, limits: ZipLimits = defaultZipLimits): Promise<ZipFacts> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: false, strictFileNames: false });
  } catch {
    throw new ExtractError('corrupt-docx');
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw zipBomb(`it holds ${zip.entryCount} files; the limit is ${limits.maxEntries}`);
    }
    const entries = await readEntries(zip);
    for (const entry of entries) {
      if (!isReadPart(entry.name)) continue;
      if (entry.uncompressedSize > limits.maxPartBytes) {
        throw zipBomb(`one part unpacks to ${describeSize(entry.uncompressedSize)} from ${describeSize(entry.compressedSize)}; the limit is ${describeSize(limits.maxPartBytes)}`);
      }
      if (entry.uncompressedSize >= RATIO_CHECKED_FROM_BYTES && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
        throw zipBomb(`one part unpacks to ${describeSize(entry.uncompressedSize)} from ${describeSize(entry.compressedSize)}, more than ${limits.maxRatio} times its size`);
      }
    }
    const partsTotal = sum(entries.filter((entry) => isReadPart(entry.name)).map((entry) => entry.uncompressedSize));
    if (partsTotal > limits.maxPartsTotalBytes) {
      throw zipBomb(`its text parts unpack to ${describeSize(partsTotal)}; the limit is ${describeSize(limits.maxPartsTotalBytes)}`);
    }
    const total = sum(entries.map((entry) => entry.uncompressedSize));
    if (total > limits.maxTotalBytes) {
      throw zipBomb(`it unpacks to ${describeSize(total)}; the limit is ${describeSize(limits.maxTotalBytes)}`);
    }
    // The declared sizes are within the limits; make sure the parts really inflate to them.
    const textBytes = new TextByteCounter();
    const facts: ZipFacts = {};
    for (const entry of entries) {
      if (!isReadPart(entry.name)) continue;
      const kept = await inflateCounting(zip, entry, textBytes, entry.name === 'docProps/app.xml' && entry.uncompressedSize <= 256 * 1024);
      const pages = kept ? /<(?:\w+:)?Pages>\s*(\d{1,6})\s*</.exec(kept.toString('utf8'))?.[1] : undefined;
      if (pages && Number(pages) > 0) facts.pages = Number(pages);
    }
    if (textBytes.count > maxTextChars * TEXT_BYTES_PER_CHAR) {
      throw new ExtractError(
        'too-large',
        `The document's text is too long to review (about ${describeSize(textBytes.count)} of text; the limit is ${describeSize(maxTextChars)}).`,
      );
    }
    return facts;
  } finally {
    zip.close();
  }
}

/** The parts a Word reader inflates: XML and relationships (not media or embedded files). */
function isReadPart(name: string): boolean {
  return /\.(?:xml|rels)$/i.test(name);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function zipBomb(detail: string): ExtractError {
  return new ExtractError('zip-bomb', `The Word file was not read: ${detail}. It looks like a zip bomb (a small file that unpacks to a huge one).`);
}

/** The entries of the central directory, with their declared sizes. */
function readEntries(zip: yauzl.ZipFile): Promise<Array<EntrySizes & { entry: yauzl.Entry }>> {
  return new Promise((resolve, reject) => {
    const entries: Array<EntrySizes & { entry: yauzl.Entry }> = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push({ name: entry.fileName, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, entry });
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(new ExtractError('corrupt-docx')));
    zip.readEntry();
  });
}

/**
 * Inflates one entry, dropping the bytes (or keeping them, for a small part that is wanted), and
 * stops as soon as it gives more than it declared.
 */
async function inflateCounting(
  zip: yauzl.ZipFile,
  sizes: EntrySizes & { entry: yauzl.Entry },
  textBytes: TextByteCounter,
  keep: boolean,
): Promise<Buffer | undefined> {
  if (sizes.entry.isEncrypted()) throw new ExtractError('corrupt-docx');
  let inflated = 0;
  const kept: Buffer[] = [];
  try {
    const stream = await zip.openReadStreamPromise(sizes.entry);
    for await (const chunk of stream) {
      inflated += (chunk as Buffer).byteLength;
      textBytes.add(chunk as Buffer);
      if (keep) kept.push(chunk as Buffer);
      if (inflated > sizes.uncompressedSize) {
        stream.destroy();
        break;
      }
    }
  } catch {
    throw new ExtractError('corrupt-docx');
  }
  if (inflated > sizes.uncompressedSize) throw zipBomb(`one part unpacks to more than the ${describeSize(sizes.uncompressedSize)} it declares`);
  if (inflated !== sizes.uncompressedSize) throw new ExtractError('corrupt-docx');
  return keep ? Buffer.concat(kept) : undefined;
}

/** Counts the bytes of XML that lie outside tags (the text, with entities as written), across chunks. */
class TextByteCounter {
  count = 0;
  private insideTag = false;

  add(chunk: Buffer): void {
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index]!;
      if (byte === 0x3c) this.insideTag = true; // <
      else if (byte === 0x3e) this.insideTag = false; // >
      else if (!this.insideTag) this.count++;
    }
  }
}
