// How the Normen checklist reads a clause before it counts it: whether the text is the agreement's
// operative part at all (not the document header, a service description or a list of data
// categories), and whether a sentence binds the vendor (a duty of the processor or a passive duty,
// "skal logges"), or only lets it ("kan"), binds the customer, or says what the vendor aims at.

import { concept } from '../lexicon';
import { anyPattern, findAll, findFirst, pattern } from '../match';
import { CONTROLLER_SOURCE } from '../values';

/** How strongly a sentence binds the vendor: a duty (skal, må, plikter), a plain statement, or not at all. */
export type Binding = 'duty' | 'statement' | 'none';

const DUTY_SOURCE = concept('normen.duty');
const PERMISSION_SOURCE = concept('normen.permission');

/**
 * How a sentence (a matchText) binds the vendor. A lead-in ("Databehandleren må … gjennomføre
 * følgende tiltak:") lends its duty to the table rows and list items under it.
 * @example sentenceBinding('databehandler skal separere data som tilhører forskjellige kunder.', source) // 'duty'
 * @example sentenceBinding('behandlingsansvarlig kan stille krav til autentisering.', source) // 'none'
 */
export function sentenceBinding(match: string, processorSource: string, leadIn?: string): Binding {
  const duty = findFirst(pattern(DUTY_SOURCE), match);
  const permission = findFirst(pattern(PERMISSION_SOURCE), match);
  const modal = duty && (!permission || duty.start <= permission.start) ? duty : permission;
  // a right or duty of the customer, not of the vendor: the customer is the last party named before the modal verb
  if (modal && subjectBefore(match.slice(0, modal.start), processorSource) === 'controller') return 'none';
  if (modal === duty && duty) return 'duty';
  // "Kun autorisert personell får tilgang": a permission narrowed by "kun" is a restriction, and binds
  if (permission && RESTRICTED.test(match.slice(Math.max(0, permission.start - 60), permission.start))) return 'duty';
  if (permission) return 'none';
  if (leadIn !== undefined && sentenceBinding(leadIn, processorSource) === 'duty') return 'duty';
  return 'statement';
}

const RESTRICTED = /(?:^|[^\p{L}])(?:kun|bare|utelukkende|only|endast|enbart)(?![\p{L}])/u;

// "kundens data", "customer data": the customer's things, not the customer acting
const OWNED = /^(?:s|'s|s')?\s+(?:data|personopplysning\p{L}*|opplysning\p{L}*|informasjon\p{L}*|information|systemer|systems?|brukere|users)\b/u;

/** The party named last in the words before a modal verb, leaving out "kundens data". */
function subjectBefore(head: string, processorSource: string): 'processor' | 'controller' | undefined {
  let processorAt = -1;
  let controllerAt = -1;
  for (const m of findAll(pattern(processorSource), head)) processorAt = m.start;
  for (const m of findAll(pattern(CONTROLLER_SOURCE), head)) if (!OWNED.test(head.slice(m.end))) controllerAt = m.start;
  if (processorAt < 0 && controllerAt < 0) return undefined;
  return processorAt > controllerAt ? 'processor' : 'controller';
}

/** Headings and openings of text that only describes: a service description, data categories. */
export interface DescriptiveText {
  headings: string[];
  openings: string[];
}

/**
 * Whether a clause only describes (it sits under a descriptive heading, or opens like a list of
 * data categories): such text never counts as covering a requirement.
 * @example isDescriptive('Kategorier av personopplysninger: navn, aktivitetslogg', 'Vedlegg A', data) // true
 */
export function isDescriptive(match: string, innermostHeading: string, data: DescriptiveText): boolean {
  if (innermostHeading && findFirst(anyPattern(data.headings), innermostHeading)) return true;
  return findFirst(anyPattern(data.openings), match.slice(0, 160)) !== undefined;
}
