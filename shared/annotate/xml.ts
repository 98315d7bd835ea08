// The XML parser and serialiser (@xmldom/xmldom) and the few DOM types this module uses. xmldom
// 0.8's own type file pulls the browser's whole DOM library into the project (which clashes with
// Node's fetch types), so it is loaded with require and typed here, as narrowly as it is used.

import { ExtractError } from '../extract/extract-error';

export interface XNode {
  readonly nodeType: number;
  readonly parentNode: XNode | null;
  readonly firstChild: XNode | null;
  readonly nextSibling: XNode | null;
  readonly previousSibling: XNode | null;
  readonly ownerDocument: XDocument | null;
  textContent: string | null;
  appendChild<T extends XNode>(node: T): T;
  insertBefore<T extends XNode>(node: T, reference: XNode | null): T;
  removeChild<T extends XNode>(node: T): T;
  replaceChild<T extends XNode>(node: XNode, old: T): T;
  cloneNode(deep?: boolean): XNode;
}

export interface XNodeList {
  readonly length: number;
  [index: number]: XElement;
}

export interface XElement extends XNode {
  readonly namespaceURI: string | null;
  readonly localName: string | null;
  readonly nodeName: string;
  getAttribute(name: string): string | null;
  getAttributeNS(namespace: string, localName: string): string | null;
  setAttribute(name: string, value: string): void;
  setAttributeNS(namespace: string, qualifiedName: string, value: string): void;
  getElementsByTagNameNS(namespace: string, localName: string): XNodeList;
}

export interface XDocument extends XNode {
  readonly documentElement: XElement | null;
  createElementNS(namespace: string, qualifiedName: string): XElement;
  createTextNode(text: string): XNode;
  getElementsByTagNameNS(namespace: string, localName: string): XNodeList;
}

interface XmlDom {
  DOMParser: new (options?: { errorHandler?: (level: string, message: string) => void }) => { parseFromString(xml: string, mimeType: string): XDocument };
  XMLSerializer: new () => { serializeToString(node: XNode): string };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const xmldom = require('@xmldom/xmldom') as XmlDom;

/**
 * Parses a part of the package.
 *
 * @example
 *   parseXml('<w:document xmlns:w="...">...</w:document>').documentElement.localName; // 'document'
 * @throws ExtractError 'corrupt-docx' when the XML is not well formed
 */
export function parseXml(xml: string): XDocument {
  let failed = false;
  const parser = new xmldom.DOMParser({
    errorHandler: (level) => {
      if (level !== 'warning') failed = true;
    },
  });
  const document = parser.parseFromString(xml, 'text/xml');
  if (failed || !document.documentElement) throw new ExtractError('corrupt-docx');
  return document;
}

/** The part's XML, with the declaration Word writes. */
export function serializeXml(document: XDocument): string {
  const xml = new xmldom.XMLSerializer().serializeToString(document);
  return xml.startsWith('<?xml') ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`;
}
