// The Normen checklist: fills in "Ivaretatt / Kommentar" of Normen's "Databehandleravtale – Bilag 1a"
// from a reviewed DPA. Each requirement (clauses/normen-bilag-1a.json) has aspects; the first
// finds the clauses a requirement is about, the others must also be said there (in the clause or
// its section) for the requirement to be met.

import normenData from '../clauses/normen-bilag-1a.json';
import { messageLangFor } from './library';
import { KeywordIndex } from './match';
import { analyseText } from './analyse';
import type { Clause, Localized, MessageLang } from './types';

export interface NormenAspect {
  id: string;
  name: Localized;
  patterns: string[];
}

export interface NormenRequirement {
  number: number;
  group: Localized;
  text: string;
  aspects: NormenAspect[];
}

export type NormenStatus = 'met' | 'partly' | 'not-found';

export interface NormenRow {
  number: number;
  group: string;
  requirement: string;
  status: NormenStatus;
  /** The clauses that cover the requirement, best first (offsets into the document text). */
  covering: { clauseIndex: number; start: number; end: number; quote: string; number?: string }[];
  found: string[];
  missing: string[];
  comment: string;
}

export interface NormenChecklist {
  source: string;
  lang: MessageLang;
  document: { text: string };
  rows: NormenRow[];
  summary: Record<NormenStatus, number>;
}

export const normenRequirements: readonly NormenRequirement[] = normenData.requirements as NormenRequirement[];

let aspectIndex: KeywordIndex | undefined;
const aspectKey = (requirement: number, aspect: string) => `${requirement}:${aspect}`;

// Built on first use: one index of every aspect's patterns.
function index(): KeywordIndex {
  aspectIndex ??= new KeywordIndex(new Map(normenRequirements.flatMap((r) => r.aspects.map((a) => [aspectKey(r.number, a.id), a.patterns] as const))));
  return aspectIndex;
}

const statusLabel: Record<MessageLang, Record<NormenStatus, string>> = {
  nb: { met: 'Ja', partly: 'Delvis', 'not-found': 'Ikke funnet' },
  en: { met: 'Yes', partly: 'Partly', 'not-found': 'Not found' },
};

export function normenStatusLabel(status: NormenStatus, lang: MessageLang): string {
  return statusLabel[lang][status];
}

const quoteOf = (clause: Clause) => {
  const flat = clause.text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? flat.slice(0, 159) + '…' : flat;
};

/**
 * The Bilag 1a checklist filled in from a DPA's text.
 * @example normenChecklist(text).rows.find((r) => r.number === 26)?.status // 'met' | 'partly' | 'not-found'
 */
export function normenChecklist(text: string, options: { lang?: MessageLang } = {}): NormenChecklist {
  const { lang: docLang, clauses, match } = analyseText(text);
  const lang = options.lang ?? messageLangFor(docLang);
  const keywords = index();
  const hitsByClause = clauses.map((c) => keywords.hits(match.slice(c.start, c.end)));
  const has = (clauseIndex: number, requirement: number, aspect: string) => (hitsByClause[clauseIndex].get(aspectKey(requirement, aspect))?.size ?? 0) > 0;
  // the clauses of the same section (same innermost heading) as a clause
  const sectionOf = (clause: Clause) => {
    const heading = clause.headings[clause.headings.length - 1];
    return heading === undefined ? [clause] : clauses.filter((c) => c.headings[c.headings.length - 1] === heading);
  };

  const rows = normenRequirements.map<NormenRow>((requirement) => {
    const [about, ...rest] = requirement.aspects;
    const candidates = clauses.filter((c) => c.kind !== 'heading' && has(c.index, requirement.number, about.id));
    let best: { clause: Clause; found: Set<string>; own: number } | undefined;
    const ranked: { clause: Clause; own: number }[] = [];
    for (const clause of candidates) {
      const own = rest.filter((a) => has(clause.index, requirement.number, a.id)).length;
      const found = new Set([about.id]);
      for (const neighbour of sectionOf(clause)) for (const a of rest) if (has(neighbour.index, requirement.number, a.id)) found.add(a.id);
      ranked.push({ clause, own });
      if (!best || found.size > best.found.size || (found.size === best.found.size && own > best.own)) best = { clause, found, own };
    }
    ranked.sort((a, b) => b.own - a.own || a.clause.start - b.clause.start);
    const found = best ? requirement.aspects.filter((a) => best.found.has(a.id)) : [];
    const missing = requirement.aspects.filter((a) => !found.includes(a));
    const status: NormenStatus = !best ? 'not-found' : missing.length === 0 ? 'met' : 'partly';
    const covering = ranked.slice(0, 3).map(({ clause }) => ({
      clauseIndex: clause.index,
      start: clause.start,
      end: clause.end,
      quote: quoteOf(clause),
      ...(clause.number ? { number: clause.number } : {}),
    }));
    return {
      number: requirement.number,
      group: requirement.group[lang],
      requirement: requirement.text,
      status,
      covering,
      found: found.map((a) => a.name[lang]),
      missing: missing.map((a) => a.name[lang]),
      comment: comment(status, found.map((a) => a.name[lang]), missing.map((a) => a.name[lang]), covering[0]?.quote, lang),
    };
  });
  const summary: Record<NormenStatus, number> = { met: 0, partly: 0, 'not-found': 0 };
  for (const row of rows) summary[row.status]++;
  return { source: normenData.source, lang, document: { text }, rows, summary };
}

function comment(status: NormenStatus, found: string[], missing: string[], quote: string | undefined, lang: MessageLang): string {
  const list = (items: string[]) => items.join(', ');
  if (lang === 'nb') {
    if (status === 'met') return `Dekket: ${list(found)}. «${quote}»`;
    if (status === 'partly') return `Delvis dekket (${list(found)}); mangler: ${list(missing)}. «${quote}»`;
    return `Ikke funnet i avtalen: ${list(missing)}.`;
  }
  if (status === 'met') return `Covered: ${list(found)}. "${quote}"`;
  if (status === 'partly') return `Partly covered (${list(found)}); missing: ${list(missing)}. "${quote}"`;
  return `Not found in the agreement: ${list(missing)}.`;
}
