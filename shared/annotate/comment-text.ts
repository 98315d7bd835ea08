// What a Word comment for one finding says, in the review's language: the category and severity, the
// message, the playbook's position, and the reference wording with its source. Plain paragraphs of
// text; the Word markup is made elsewhere.

import { getCategory } from '../library';
import type { Finding, MessageLang, Severity } from '../types';

/** One paragraph of a comment; `label` is written in bold before the text. */
export interface CommentParagraph {
  label?: string;
  text: string;
}

const labels = {
  nb: { position: 'Playbook-posisjon: ', reference: 'Referanseformulering: ', source: 'Kilde: ', clause: 'Punkt: ' },
  en: { position: 'Playbook position: ', reference: 'Reference wording: ', source: 'Source: ', clause: 'Clause: ' },
} as const;

const severityNames: Record<MessageLang, Record<Severity, string>> = {
  nb: { high: 'høy', medium: 'middels', low: 'lav', info: 'info' },
  en: { high: 'high', medium: 'medium', low: 'low', info: 'info' },
};

/**
 * The paragraphs of the comment on a finding.
 *
 * @example
 *   commentParagraphs(finding, 'nb');
 *   // [{ label: 'Varslingsfrist ved sikkerhetsbrudd (høy)', text: '' },
 *   //  { text: 'Fristen for å varsle ... er 48 timer ...' },
 *   //  { label: 'Playbook-posisjon: ', text: 'Databehandler varsler uten ugrunnet opphold ...' },
 *   //  { label: 'Referanseformulering: ', text: '«Databehandler skal ...»' },
 *   //  { label: 'Kilde: ', text: 'Dossier DBA 7.1' }]
 */
export function commentParagraphs(finding: Finding, lang: MessageLang): CommentParagraph[] {
  const category = getCategory(finding.category);
  const words = labels[lang];
  const paragraphs: CommentParagraph[] = [
    { label: `${category?.name[lang] ?? finding.category} (${severityNames[lang][finding.severity]})`, text: ` [${finding.category}]` },
    { text: finding.messages[lang] ?? finding.message },
  ];
  if (category) paragraphs.push({ label: words.position, text: category.reference[lang] });
  const wording = finding.fix?.text ?? finding.reference?.text;
  if (wording) paragraphs.push({ label: words.reference, text: `«${wording.trim()}»` });
  if (finding.reference?.source) paragraphs.push({ label: words.source, text: finding.reference.source });
  return paragraphs;
}
