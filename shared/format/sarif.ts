// SARIF 2.1.0 for code-scanning tools: one rule per category, one result per finding, regions as
// character offsets plus line/column.

import { getCategory } from '../library';
import { rules } from '../rules/index';
import type { Review, Severity } from '../types';
import type { FormatOptions } from './index';
import { lineColumn } from './labels';

const level: Record<Severity, 'error' | 'warning' | 'note' | 'none'> = { high: 'error', medium: 'warning', low: 'note', info: 'none' };

export function formatSarif(review: Review, options: FormatOptions = {}): object {
  const text = review.document.text;
  const uri = options.uri ?? 'document.txt';
  const ruleIds = rules.map((r) => r.meta.category);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dpa-review',
            version: review.tool.version,
            informationUri: 'https://github.com/dpa-review/dpa-review',
            rules: rules.map((r) => {
              const category = getCategory(r.meta.category);
              return {
                id: r.meta.category,
                name: r.meta.category.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
                shortDescription: { text: category?.name.en ?? r.meta.category },
                fullDescription: { text: category?.deviation.en ?? r.meta.category },
                help: { text: category ? `${category.why.en} Reference position: ${category.reference.en}` : r.meta.category },
                defaultConfiguration: { level: level[r.meta.defaultSeverity] },
              };
            }),
          },
        },
        artifacts: [{ location: { uri }, length: text.length }],
        results: review.findings.map((f) => {
          const startPos = lineColumn(text, f.start);
          const endPos = lineColumn(text, f.end);
          return {
            ruleId: f.category,
            ruleIndex: ruleIds.indexOf(f.category),
            level: level[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri, index: 0 },
                  region: {
                    startLine: startPos.line,
                    startColumn: startPos.column,
                    endLine: endPos.line,
                    endColumn: endPos.column,
                    charOffset: f.start,
                    charLength: f.end - f.start,
                  },
                },
              },
            ],
            ...(f.fix
              ? {
                  fixes: [
                    {
                      description: { text: `Replace with the reference wording (${f.reference?.source ?? ''})` },
                      artifactChanges: [
                        {
                          artifactLocation: { uri, index: 0 },
                          replacements: [{ deletedRegion: { charOffset: f.fix.start, charLength: f.fix.end - f.fix.start }, insertedContent: { text: f.fix.text } }],
                        },
                      ],
                    },
                  ],
                }
              : {}),
            properties: { severity: f.severity, messageId: f.messageId, missing: f.missing ?? false, referenceSource: f.reference?.source },
          };
        }),
      },
    ],
  };
}
