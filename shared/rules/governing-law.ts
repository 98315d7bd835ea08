// governing-law: the DPA must choose Norwegian law and a Norwegian venue (the playbook's list).
// A choice of another country's law or courts is a deviation; so is a whole DPA with no choice.

import { findAll, findFirst, pattern } from '../match';
import { defineRule } from '../rule';

// A sentence that chooses law or venue (not one that only lists laws the processor must obey).
const CHOICE_SOURCE =
  '\\b(?:lovvalg\\p{L}*|verneting\\p{L}*|(?:regulert|reguleres|underlagt|undergitt|tolkes|tolket) (?:\\p{L}+ ){0,6}(?:rett|lov\\p{L}*)|tvist\\p{L}* (?:\\p{L}+ ){0,12}(?:domstol\\p{L}*|tingrett|voldgift\\p{L}*|rett\\p{L}*|avgjøres|løses|behandles|prøves|pr[oö]vas)|(?:governed by|subject to|construed (?:in accordance with|under)|interpreted in accordance with) (?:\\p{L}+ ){0,4}(?:law|laws)|jurisdiction|courts? of|arbitration|venue|governing law|choice of law|\\p{L}+ (?:lag|rätt|ret) (?:gäller|tillämpas|gælder|finder anvendelse)|tvist (?:\\p{L}+ ){0,6}(?:domstol|skiljedom)|lagval|værneting|lovvalg)\\b';

// Countries by the words that name their law or courts.
const COUNTRY_WORDS: [string, string][] = [
  ['NO', '\\b(?:norsk\\p{L}*|norge|norway|norwegian|oslo|bergen|trondheim|stavanger|tromsø|kristiansand|tingrett|lagmannsrett)\\b'],
  ['SE', '\\b(?:svensk\\p{L}*|sverige|sweden|swedish|stockholm|göteborg|malmö|tingsrätt|allmän domstol)\\b'],
  ['DK', '\\b(?:dansk\\p{L}*|danmark|denmark|danish|københavn|copenhagen|byret)\\b'],
  ['FI', '\\b(?:finsk\\p{L}*|finland|finnish|helsinki)\\b'],
  ['IE', '\\b(?:irsk\\p{L}*|irland|ireland|irish|dublin)\\b'],
  ['GB', '\\b(?:engelsk\\p{L}*|england|english|wales|united kingdom|london|scotland|scottish)\\b'],
  ['DE', '\\b(?:tysk\\p{L}*|tyskland|germany|german|munich|berlin|frankfurt)\\b'],
  ['NL', '\\b(?:nederland\\p{L}*|netherlands|dutch|amsterdam)\\b'],
  ['LU', '\\b(?:luxembourg\\p{L}*)\\b'],
  ['US', '\\b(?:delaware|california|new york|washington|usa|united states|amerikansk\\p{L}*)\\b'],
  ['CH', '\\b(?:sveits\\p{L}*|switzerland|swiss|zürich|zurich|geneva)\\b'],
];

const COUNTRY_NAMES: Record<string, { nb: string; en: string }> = {
  NO: { nb: 'Norge', en: 'Norway' },
  SE: { nb: 'Sverige', en: 'Sweden' },
  DK: { nb: 'Danmark', en: 'Denmark' },
  FI: { nb: 'Finland', en: 'Finland' },
  IE: { nb: 'Irland', en: 'Ireland' },
  GB: { nb: 'England/Storbritannia', en: 'England/the United Kingdom' },
  DE: { nb: 'Tyskland', en: 'Germany' },
  NL: { nb: 'Nederland', en: 'the Netherlands' },
  LU: { nb: 'Luxembourg', en: 'Luxembourg' },
  US: { nb: 'USA', en: 'the United States' },
  CH: { nb: 'Sveits', en: 'Switzerland' },
};

// "follows the main agreement": the choice is made elsewhere
const REFERRAL_SOURCE = '\\b(?:hovedavtale\\p{L}*|tjenesteavtale\\p{L}*|main agreement|master agreement|principal agreement|the agreement|huvudavtal\\p{L}*|avtalen|underliggende avtale\\p{L}*)\\b';

export default defineRule({
  meta: {
    category: 'governing-law',
    defaultSeverity: 'medium',
    topic: 'governing-law',
    messages: {
      'foreign-law': {
        nb: 'Avtalen velger rett eller verneting i {{countryNb}}; playbooken krever norsk rett og norsk domstol.',
        en: 'The agreement chooses the law or courts of {{countryEn}}; the playbook requires Norwegian law and a Norwegian court.',
      },
      'no-choice': {
        nb: 'Avtalen har ingen bestemmelse om lovvalg og verneting; playbooken krever norsk rett og norsk domstol.',
        en: 'The agreement has no governing-law or venue clause; the playbook requires Norwegian law and a Norwegian court.',
      },
      'referred-elsewhere': {
        nb: 'Lovvalg og verneting følger en annen avtale: kontroller at den velger norsk rett og norsk domstol.',
        en: 'Governing law and venue follow another agreement: check that it chooses Norwegian law and a Norwegian court.',
      },
    },
    playbookSettings: ['governingLaw'],
    reportsAbsence: true,
  },
  check(context) {
    const allowed = new Set(context.playbook.governingLaw);
    let choiceFound = false;
    for (const sentence of context.sentences()) {
      const choice = findFirst(pattern(CHOICE_SOURCE), sentence.match);
      if (!choice) continue;
      const countries = COUNTRY_WORDS.flatMap(([code, words]) => findAll(pattern(words), sentence.match, sentence.start).map((m) => ({ code, m })));
      if (!countries.length) {
        if (findFirst(pattern(REFERRAL_SOURCE), sentence.match)) {
          choiceFound = true;
          context.report({ messageId: 'referred-elsewhere', start: sentence.start + choice.start, end: sentence.start + choice.end, severity: 'info' });
        }
        continue;
      }
      choiceFound = true;
      const foreign = countries.find((c) => !allowed.has(c.code));
      if (foreign) {
        context.report({
          messageId: 'foreign-law',
          start: sentence.start,
          end: sentence.end,
          data: { country: foreign.code, countryNb: COUNTRY_NAMES[foreign.code]?.nb ?? foreign.code, countryEn: COUNTRY_NAMES[foreign.code]?.en ?? foreign.code },
        });
      }
    }
    if (!choiceFound) context.reportAbsence({ messageId: 'no-choice' });
  },
});
