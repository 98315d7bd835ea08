// SARIF 2.1.0 for code-scanning tools: one run for one or several documents, one rule per category
// (with its help text as Markdown), one result per finding, regions as line/column plus character
// offsets. URIs stay as the user gave them (relative to %SRCROOT%) so code scanning can link them.

import { getCategory } from '../library';
import { rules } from '../rules/index';
import type { Review, Severity } from '../types';
import type { FormatOptions } from './index';
import { lineColumn } from './labels';

const level: Record<Severity, 'error' | 'warning' | 'note' | 'none'> = { high: 'error', medium: 'warning', low: 'note', info: 'none' };

/** One reviewed document and how to name it in the log. */
export interface SarifDocument {
  review: Review;
  /** The path as given on the command line (relative paths are read against %SRCROOT%). */
  uri: string;
  /** The size of the file in bytes (the extracted text's UTF-8 size when not given). */
  byteLength?: number;
}

const isAbsoluteUri = (uri: string) => /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/');
const toUri = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');

function ruleDescriptor(rule: (typeof rules)[number], options: FormatOptions) {
  const category = getCategory(rule.meta.category);
  const id = rule.meta.category;
  const markdown = category
    ? `**${category.name.en}** (${category.name.nb})\n\n${category.deviation.en}\n\n**Why it matters.** ${category.why.en}\n\n**What good looks like.** ${category.reference.en}`
    : id;
  return {
    id,
    name: id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: category?.name.en ?? id },
    fullDescription: { text: category?.deviation.en ?? id },
    help: { text: category ? `${category.why.en} Reference position: ${category.reference.en}` : id, markdown },
    ...(options.docsBaseUri ? { helpUri: `${options.docsBaseUri.replace(/\/?$/, '/')}${id}.md` } : {}),
    defaultConfiguration: { level: level[rule.meta.defaultSeverity] },
    properties: { tags: ['gdpr', 'art-28', 'dpa'] },
  };
}

/**
 * A SARIF log with one run over the documents.
 * @example formatSarifLog([{ review: review(text), uri: 'samples/opus-dpa-2025.docx' }])
 */
export function formatSarifLog(documents: readonly SarifDocument[], options: FormatOptions = {}): object {
  const ruleIds = rules.map((r) => r.meta.category);
  const relative = documents.some((d) => !isAbsoluteUri(d.uri));
  const artifactLocation = (uri: string, index: number) =>
    isAbsoluteUri(uri) ? { uri: toUri(uri), index } : { uri: toUri(uri), uriBaseId: '%SRCROOT%', index };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dpa-review',
            version: documents[0]?.review.tool.version ?? '0.0.0',
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: rules.map((r) => ruleDescriptor(r, options)),
          },
        },
        automationDetails: { id: `dpa-review/${options.automationId ?? 'review'}/` },
        ...(relative && options.srcRoot ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRoot.replace(/\/?$/, '/') } } } : {}),
        artifacts: documents.map((d) => ({
          location: { uri: toUri(d.uri), ...(isAbsoluteUri(d.uri) ? {} : { uriBaseId: '%SRCROOT%' }) },
          length: d.byteLength ?? new TextEncoder().encode(d.review.document.text).length,
          ...(d.review.document.format ? { mimeType: mimeTypes[d.review.document.format] ?? 'text/plain' } : {}),
        })),
        results: documents.flatMap((d, index) => {
          const text = d.review.document.text;
          return d.review.findings.map((f) => {
            const startPos = lineColumn(text, f.start);
            const endPos = lineColumn(text, f.end);
            return {
              ruleId: f.category,
              ruleIndex: ruleIds.indexOf(f.category),
              level: level[f.severity],
              message: { text: f.clause?.label ? `${f.clause.label}: ${f.message}` : f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifactLocation(d.uri, index),
                    region: {
                      startLine: startPos.line,
                      startColumn: startPos.column,
                      endLine: endPos.line,
                      endColumn: endPos.column,
                      charOffset: f.start,
                      charLength: f.end - f.start,
                    },
                  },
                  ...(f.clause?.label ? { logicalLocations: [{ name: f.clause.label, kind: 'section' }] } : {}),
                },
              ],
              ...(f.fix
                ? {
                    fixes: [
                      {
                        description: { text: `Replace with the reference wording (${f.reference?.source ?? ''})` },
                        artifactChanges: [
                          {
                            artifactLocation: artifactLocation(d.uri, index),
                            replacements: [{ deletedRegion: { charOffset: f.fix.start, charLength: f.fix.end - f.fix.start }, insertedContent: { text: f.fix.text } }],
                          },
                        ],
                      },
                    ],
                  }
                : {}),
              properties: { severity: f.severity, messageId: f.messageId, missing: f.missing ?? false, referenceSource: f.reference?.source, clause: f.clause ?? null },
            };
          });
        }),
      },
    ],
  };
}

const mimeTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
};

/** SARIF for one review (see formatSarifLog). */
export function formatSarif(review: Review, options: FormatOptions = {}): object {
  return formatSarifLog([{ review, uri: options.uri ?? 'document.txt', ...(options.byteLength !== undefined ? { byteLength: options.byteLength } : {}) }], options);
}
