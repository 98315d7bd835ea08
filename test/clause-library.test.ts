// Checks the clause library (clauses/categories.json, clauses/topics/*.json) as data: every entry
// is complete, every keyword compiles, and the keywords find their topic in short sample clauses.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findAll, matchText, pattern } from '../shared/match';
import type { Category, CategoryId, ReferenceClause, Topic } from '../shared/types';

const clausesDir = path.join(__dirname, '..', 'clauses');
const topicsDir = path.join(clausesDir, 'topics');

const categoryIds: CategoryId[] = [
  'liability-cap', 'controller-indemnity', 'unilateral-amendment', 'subprocessor-change', 'breach-notice-deadline',
  'audit-restriction', 'assistance-fees', 'own-purpose-use', 'third-country-transfer', 'deletion-return',
  'security-unilateral', 'governing-law', 'missing-art28',
];

const topicIds = [
  'liability', 'indemnity', 'amendment', 'subprocessors', 'breach-notice', 'audit', 'assistance', 'purpose-limitation',
  'third-country', 'deletion-return', 'security', 'governing-law', 'instructions', 'confidentiality',
  'data-subject-rights', 'term-termination',
];

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const categories = readJson(path.join(clausesDir, 'categories.json')) as Category[];
const topicFiles = fs.readdirSync(topicsDir).filter((f) => f.endsWith('.json')).sort();
const topics = topicFiles.map((f) => readJson(path.join(topicsDir, f)) as Topic);

/** Distinct keyword matches of a topic in a text, as the aligner counts them. */
function keywordHits(topic: Topic, text: string): Set<string> {
  const seen = new Set<string>();
  const folded = matchText(text);
  for (const source of Object.values(topic.keywords).flat() as string[]) {
    for (const m of findAll(pattern(source), folded)) seen.add(m.text);
  }
  return seen;
}

describe('clause library', () => {
  describe('categories.json', () => {
    it('has the 13 taxonomy categories, once each, in the taxonomy order', () => {
      assert.deepEqual(categories.map((c) => c.id), categoryIds);
    });

    for (const category of categories) {
      it(`${category.id}: nb and en texts and an existing topic`, () => {
        for (const field of ['name', 'deviation', 'reference', 'why'] as const) {
          for (const lang of ['nb', 'en'] as const) {
            const text = category[field]?.[lang];
            assert.ok(typeof text === 'string' && text.trim().length > 0, `${field}.${lang} is missing`);
          }
        }
        assert.ok(topicIds.includes(category.topic), `unknown topic ${category.topic}`);
        assert.ok(fs.existsSync(path.join(topicsDir, `${category.topic}.json`)), `no file for topic ${category.topic}`);
      });
    }
  });

  describe('topics/*.json', () => {
    it('has one file per topic, named by its id', () => {
      assert.deepEqual(topicFiles, topicIds.map((id) => `${id}.json`).sort());
      for (const [i, topic] of topics.entries()) assert.equal(`${topic.id}.json`, topicFiles[i]);
    });

    it('has unique reference ids across the library', () => {
      const ids = topics.flatMap((t) => t.references.map((r) => r.id));
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      assert.deepEqual(duplicates, []);
    });

    for (const topic of topics) {
      describe(topic.id, () => {
        it('has a name in nb and en', () => {
          assert.ok(topic.name.nb.trim() && topic.name.en.trim());
        });

        it('has complete reference clauses, at least one in nb and one in en', () => {
          for (const ref of topic.references) {
            for (const field of ['id', 'topic', 'lang', 'text', 'source'] as (keyof ReferenceClause)[]) {
              assert.ok(typeof ref[field] === 'string' && ref[field].trim().length > 0, `${ref.id}: ${field} is missing`);
            }
            assert.equal(ref.topic, topic.id, `${ref.id}: topic`);
            assert.ok(ref.lang === 'nb' || ref.lang === 'en', `${ref.id}: lang ${ref.lang}`);
            assert.ok(ref.id.startsWith(`${topic.id}.`) && ref.id.endsWith(`.${ref.lang}`), `${ref.id}: id pattern`);
          }
          assert.ok(topic.references.some((r) => r.lang === 'nb'), 'no nb reference');
          assert.ok(topic.references.some((r) => r.lang === 'en'), 'no en reference');
        });

        it('has 8–25 keywords per language in nb, en, da and sv, all compiling', () => {
          for (const lang of ['nb', 'en', 'da', 'sv'] as const) {
            const words = topic.keywords[lang] ?? [];
            assert.ok(words.length >= 8 && words.length <= 25, `${lang}: ${words.length} keywords`);
            for (const source of words) {
              const letters = source.replace(/\\p\{L\}/g, '');
              assert.equal(letters, letters.toLowerCase(), `not lower case: ${source}`);
              assert.ok(!/\[[^\]]*[æøåäö][^\]]*\]/.test(source), `æøå inside [...]: ${source}`);
              assert.doesNotThrow(() => pattern(source), `does not compile: ${source}`);
              assert.ok(!pattern(source).test(''), `matches the empty string: ${source}`);
            }
          }
        });
      });
    }
  });

  describe('quotes from the sample contracts', () => {
    // Quoted wording must stand in the source (samples/), apart from the documented conventions:
    // Dossier's party names replaced by the roles, and a list item given its lead-in subject.
    const samplesDir = path.join(__dirname, '..', 'samples');
    const fold = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
    const withRoles = (text: string) =>
      text.replace(/KUNDENs/g, 'Behandlingsansvarliges').replace(/KUNDEN/g, 'Behandlingsansvarlig').replace(/Dossier/g, 'Databehandler');
    const sourceTexts: [string, string][] = [
      ['Dossier DBA', fold(withRoles(fs.readFileSync(path.join(samplesDir, 'dossier-dpa.txt'), 'utf8')))],
      ['Opus DBA 2024', fold(fs.readFileSync(path.join(samplesDir, 'opus-dpa-2024.txt'), 'utf8'))],
      ['Normen Bilag 1a', fold(fs.readFileSync(path.join(samplesDir, 'normen-bilag-1a.txt'), 'utf8'))],
    ];
    for (const ref of topics.flatMap((t) => t.references)) {
      const source = sourceTexts.find(([label]) => ref.source.startsWith(label));
      if (!source) continue;
      it(`${ref.id} stands in ${source[0]}`, () => {
        const quoted = fold(ref.text).replace(/^databehandleren skal (?=ved mistanke|innhente)/, '');
        for (const sentence of quoted.split(/(?<=\.) /)) {
          assert.ok(source[1].includes(sentence.replace(/\.$/, '')), `not found: ${sentence.slice(0, 60)}…`);
        }
      });
    }
  });

  describe('keywords find their topic', () => {
    // Short clauses in the styles DPAs use; each must be found by its topic more than by any other.
    const samples: { topic: string; text: string }[] = [
      { topic: 'breach-notice', text: 'Databehandler skal varsle behandlingsansvarlig om brudd på personopplysningssikkerheten innen 48 timer.' },
      { topic: 'breach-notice', text: 'The processor shall notify the controller of a personal data breach without undue delay.' },
      { topic: 'breach-notice', text: 'Varsling om avvik skal om mulig skje innen 48 timer etter at databehandler har fatt kunnskap om bruddet.' },
      { topic: 'subprocessors', text: 'Databehandler har rett til fritt å legge til eller bytte ut underleverandører.' },
      { topic: 'subprocessors', text: 'The processor shall inform the controller of any intended changes concerning the addition or replacement of sub-processors.' },
      { topic: 'subprocessors', text: 'Varsel om nye underdatabehandlere gis sa langt det er mulig minimum 14 dager i forveien.' },
      { topic: 'audit', text: 'Behandlingsansvarlig skal gi minst 30 dagers varsel ved revisjon og inspeksjon hos databehandler.' },
      { topic: 'audit', text: 'The controller may audit the processor once per calendar year on 30 days\' prior notice.' },
      { topic: 'audit', text: 'Ved utovelse av tilsyn og revisjon hos databehandleren skal databehandlers skjema benyttes.' },
      { topic: 'liability', text: 'Databehandlers ansvar er uansett begrenset til NOK 50 000 og omfatter ikke indirekte tap.' },
      { topic: 'liability', text: 'The processor\'s aggregate liability shall not exceed the fees paid in the preceding twelve months.' },
      { topic: 'liability', text: 'Erstatningsansvaret omfatter ikke indirekte tap eller tapt fortjeneste.' },
      { topic: 'indemnity', text: 'Databehandler har ubetinget rett til fullt regresskrav overfor behandlingsansvarlig for krav fra tredjeparter.' },
      { topic: 'indemnity', text: 'The controller shall indemnify and hold the processor harmless against third-party claims and fines.' },
      { topic: 'indemnity', text: 'Behandlingsansvarlig skal holde databehandler skadeslos for overtredelsesgebyr.' },
      { topic: 'amendment', text: 'Databehandler har rett til å endre, tilpasse eller oppdatere denne DBA.' },
      { topic: 'amendment', text: 'The processor may amend this DPA at its sole discretion by posting the current version on its website.' },
      { topic: 'amendment', text: 'Endringer i denne avtalen skal vaere skriftlige og avtales mellom begge parter; ensidige endringer gjelder ikke.' },
      { topic: 'assistance', text: 'Databehandler har rett til godtgjørelse for bistand etter medgått tid og gjeldende timepris.' },
      { topic: 'assistance', text: 'Assistance with data protection impact assessments is charged at the processor\'s hourly rates.' },
      { topic: 'assistance', text: 'Databehandler har rett til godtgjorelse for bistand med konsekvensvurderinger.' },
      { topic: 'purpose-limitation', text: 'Databehandler kan anonymisere helse- og personopplysninger for statistikk, analyser og videreutvikling.' },
      { topic: 'purpose-limitation', text: 'The processor may use aggregated and anonymised usage data for product development and analytics.' },
      { topic: 'purpose-limitation', text: 'Dossier har rett til a kartlegge bruksmonstre for produktforbedring og egne formal.' },
      { topic: 'third-country', text: 'Behandlingsansvarlig har godkjent at personopplysninger kan overføres til tredjeland utenfor EØS.' },
      { topic: 'third-country', text: 'Access from outside the EEA may occur; transfers to third countries rely on standard contractual clauses.' },
      { topic: 'third-country', text: 'Opplysningene kan overfores til land utenfor EU/EOS, og tilgang fra tredjeland kan forekomme.' },
      { topic: 'deletion-return', text: 'Personopplysningene slettes senest to måneder etter opphør, og sikkerhetskopier omfattes ikke.' },
      { topic: 'deletion-return', text: 'Upon termination the processor shall delete or return all personal data, including backups, and certify in writing that it has done so.' },
      { topic: 'deletion-return', text: 'Ved opphor skal databehandler tilbakelevere opplysningene i maskinlesbart format og slette alle kopier.' },
      { topic: 'security', text: 'Databehandler har da rett og plikt til å fatte vedtak om hvilke tekniske og organisatoriske sikkerhetstiltak som skal gjelde.' },
      { topic: 'security', text: 'The processor shall implement appropriate technical and organisational measures, including encryption and access control.' },
      { topic: 'security', text: 'Databehandler skal folge Normen og sikre informasjonssikkerhet med kryptering og tilgangsstyring.' },
      { topic: 'governing-law', text: 'Avtalen er underlagt norsk rett, og Oslo tingrett er verneting.' },
      { topic: 'governing-law', text: 'This DPA is governed by the laws of Ireland and disputes are subject to the jurisdiction of the courts of Dublin.' },
      { topic: 'governing-law', text: 'Tvister avgjores etter norsk rett med Asker og Baerum tingrett som vernetting.' },
      { topic: 'instructions', text: 'Databehandler skal kun behandle personopplysninger etter dokumentert instruks fra behandlingsansvarlig.' },
      { topic: 'instructions', text: 'The processor shall process personal data only on documented instructions from the controller.' },
      { topic: 'instructions', text: 'Databehandler skal straks si fra dersom en instruks er i strid med personvernforordningen.' },
      { topic: 'confidentiality', text: 'Alle ansatte hos databehandler er underlagt taushetsplikt og har undertegnet taushetserklæring.' },
      { topic: 'confidentiality', text: 'Persons authorised to process the personal data have committed themselves to confidentiality.' },
      { topic: 'confidentiality', text: 'Databehandler skal holde personopplysningene fortrolige, og taushetsplikten gjelder ogsa etter opphor.' },
      { topic: 'data-subject-rights', text: 'Databehandler skal bistå med å oppfylle de registrertes rettigheter, herunder rett til innsyn og retting.' },
      { topic: 'data-subject-rights', text: 'The processor shall assist the controller in responding to requests from data subjects exercising their rights.' },
      { topic: 'data-subject-rights', text: 'Henvendelser fra den registrerte om innsyn, korrigering og dataportabilitet videresendes behandlingsansvarlig.' },
      { topic: 'term-termination', text: 'Avtalen trer i kraft ved signering og gjelder så lenge databehandler behandler personopplysninger.' },
      { topic: 'term-termination', text: 'This DPA enters into force on signature and remains in force for the duration of the processing.' },
      { topic: 'term-termination', text: 'Avtalen kan sies opp med tre maneders varsel; ved vesentlig mislighold kan den heves.' },
    ];

    for (const sample of samples) {
      it(`${sample.topic}: ${sample.text.slice(0, 60)}…`, () => {
        const own = topics.find((t) => t.id === sample.topic) as Topic;
        const ownHits = keywordHits(own, sample.text).size;
        assert.ok(ownHits > 0, 'no keyword of the topic matches');
        for (const other of topics) {
          if (other.id === sample.topic) continue;
          const otherHits = keywordHits(other, sample.text).size;
          assert.ok(otherHits <= ownHits, `${other.id} matches more (${otherHits}) than ${sample.topic} (${ownHits})`);
        }
      });
    }
  });
});
