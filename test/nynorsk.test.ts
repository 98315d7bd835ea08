// Nynorsk: rows of each rule's table (test/rules/*.test.ts) written in nynorsk, with the category and
// message id of their bokmål originals; a whole nynorsk DPA that meets every term; the nynorsk words of
// the lexicon and the values layer; nynorsk read as Norwegian by the language vote.
import { strict as assert } from 'node:assert';
import type { CategoryId } from '../shared/index';
import { review } from '../shared/index';
import { detectLanguage } from '../shared/language';
import { conceptWords, hasConcept } from '../shared/lexicon';
import { matchText } from '../shared/match';
import { findDurations, findQualifiers } from '../shared/values';
import { describeRuleTable, type RuleTable } from './rule-tester';

/** A whole nynorsk DPA with all eight art. 28(3) terms, breach notice, deletion with confirmation, and Norwegian law and venue. */
const NYNORSK_DPA = [
  'Databehandlaravtale',
  '1. Partar\n\nVestland kommune (behandlingsansvarleg) og Løn og Personal AS (databehandlar) inngår denne avtala.',
  '2. Instruksar\n\nDatabehandlaren skal berre behandle personopplysningar etter dokumenterte instruksar frå den behandlingsansvarlege.',
  '3. Teieplikt\n\nAlle som har tilgang til personopplysningane hos databehandlaren, har teieplikt.',
  '4. Tryggleik\n\nDatabehandlaren skal gjennomføre tekniske og organisatoriske tryggingstiltak etter artikkel 32, mellom anna kryptering, tilgangsstyring og logging.',
  '5. Underdatabehandlarar\n\nDatabehandlaren skal inngå skriftleg avtale med underdatabehandlarar som pålegg dei dei same pliktene som følgjer av denne avtala. Nye underdatabehandlarar skal varslast skriftleg minst 30 dagar i forkant, og den behandlingsansvarlege kan motsetje seg endringa.',
  '6. Bistand\n\nDatabehandlaren skal hjelpe den behandlingsansvarlege med å svare på førespurnader frå dei registrerte som utøver rettane sine. Databehandlaren skal bistå den behandlingsansvarlege med tryggleik, avviksmelding, vurdering av personvernkonsekvensar og førehandsdrøftingar etter artikkel 32 til 36.',
  '7. Brot på personopplysningstryggleiken\n\nDatabehandlaren skal varsle den behandlingsansvarlege utan ugrunna opphald og seinast innan 24 timar etter å ha vorte kjend med eit brot på personopplysningstryggleiken.',
  '8. Revisjon\n\nDatabehandlaren skal gje den behandlingsansvarlege informasjonen som syner etterleving, og tillate revisjonar, mellom anna inspeksjonar, med 10 dagars varsel. Databehandlaren ber sine eigne kostnader.',
  '9. Opphøyr\n\nVed opphøyr av avtala skal databehandlaren, etter val frå den behandlingsansvarlege, levere tilbake alle personopplysningar i eit maskinlesbart format og slette alle kopiar, òg tryggingskopiar, innan 30 dagar. Databehandlaren skal stadfeste slettinga skriftleg.',
  '10. Lovval og verneting\n\nAvtala er underlagd norsk rett. Bergen tingrett er verneting.',
].join('\n\n');

const tables: Partial<Record<CategoryId, RuleTable>> = {
  'breach-notice-deadline': {
    valid: [
      'Databehandlar skal varsle behandlingsansvarleg utan ugrunna opphald, og seinast innan 24 timar, etter å ha vorte kjend med eit brot på personopplysningstryggleiken.',
      'Behandlingsansvarleg skal melde brotet til Datatilsynet innan 72 timar.',
      'Kunden skal varsle dei registrerte om brotet innan 72 timar.',
      { name: 'a whole nynorsk DPA with a breach clause', scope: 'document', text: NYNORSK_DPA },
    ],
    invalid: [
      { text: 'Databehandlar skal varsle behandlingsansvarleg om brot på personopplysningstryggleiken innan 72 timar, slik at behandlingsansvarleg kan oppfylle meldeplikta si til Datatilsynet.', messageId: 'deadline-too-long', at: '72 timar' },
      { text: 'Databehandlaren skal varsle den behandlingsansvarlege om brot på personopplysningstryggleiken innan tre dagar.', messageId: 'deadline-too-long', at: 'tre dagar' },
      { text: 'Varsling om avvik skal om mogleg skje innan 24 timar etter at databehandlaren har vorte kjend med avviket.', messageId: 'qualified-duty', at: 'om mogleg' },
      { text: 'Databehandlaren skal melde frå om avvik til kunden seinast førtiåtte timar etter at avviket vart oppdaga.', messageId: 'deadline-too-long', at: 'førtiåtte timar', name: 'a number word' },
    ],
  },
  'subprocessor-change': {
    valid: [
      'Databehandlaren skal varsle den behandlingsansvarlege skriftleg minst 30 dagar før ein ny underdatabehandlar vert teken i bruk, og den behandlingsansvarlege kan motsetje seg endringa.',
      'Databehandlaren kan berre nytte underdatabehandlarar etter førehandsgodkjenning frå den behandlingsansvarlege.',
      'Databehandlaren skal ikkje nytte underdatabehandlarar utan skriftleg godkjenning frå kommunen.',
    ],
    invalid: [
      { text: 'Databehandlaren skal varsle den behandlingsansvarlege om nye underdatabehandlarar så langt det er mogleg 14 dagar i førevegen.', messageId: 'notice-qualified', at: 'så langt det er mogleg' },
      { text: 'Databehandlaren kan engasjere nye underdatabehandlarar utan føregåande skriftleg godkjenning frå behandlingsansvarleg, så lenge dei er bundne av tilsvarande plikter.', messageId: 'free-change', at: 'utan føregåande skriftleg godkjenning' },
      { text: 'Kunden aksepterer at Leverandøren kan byte ut underleverandørar utan varsel.', messageId: 'free-change', at: 'utan varsel' },
      { text: 'Leverandøren har rett til fritt å byte ut eller leggje til nye underleverandørar.', messageId: 'free-change', at: 'fritt' },
    ],
  },
  'unilateral-amendment': {
    valid: [
      'Endringar i denne avtala skal avtalast skriftleg mellom partane.',
      'Databehandlaren kan føreslå endringar i avtala, men endringane gjeld berre når begge partar har godkjent dei skriftleg.',
      'Denne avtala kan berre endrast med skriftleg samtykke frå begge partar.',
      { name: 'the security measures in an annex updated, not the agreement', text: 'Databehandlaren kan oppdatere tryggingstiltaka i vedlegg 2 så lenge tryggleiksnivået ikkje vert redusert.' },
    ],
    invalid: [
      { text: 'Dersom den behandlingsansvarlege ikkje har protestert innan 14 dagar, vert endringane rekna som godkjende.', messageId: 'deemed-acceptance', at: 'rekna som godkjende' },
      { text: 'Databehandlaren kan endre vilkåra med 30 dagars skriftleg varsel.', messageId: 'processor-may-amend', at: 'endre vilkåra' },
      { text: 'Databehandlar har rett til å endre, tilpasse eller oppdatere denne avtala dersom det er naudsynt.', messageId: 'processor-may-amend', at: 'denne avtala' },
      { text: 'Databehandlar kan til kvar tid oppdatere Vedlegg 1 og instruksane.', messageId: 'processor-may-amend', at: 'oppdatere Vedlegg 1' },
    ],
  },
  'audit-restriction': {
    valid: [
      'Kunden har rett til å føreta revisjon hos Leverandøren minst ein gong i året, og oftare ved mistanke om avvik.',
      'Revisjon kan gjennomførast av ein uavhengig tredjepart som behandlingsansvarleg vel.',
      'Leverandøren bistår ved revisjon med 14 dagars varsel og dekkjer sine eigne utgifter.',
    ],
    invalid: [
      { text: 'Leverandøren har rett til å krevje vederlag for tid brukt på revisjonar.', messageId: 'controller-pays', at: 'krevje vederlag' },
      { text: 'Kunden kan gjennomføre revisjon med fire vekers varsel.', messageId: 'notice-too-long', at: 'fire vekers' },
      { text: 'Kunden kan gjennomføre kontrollar hos Leverandøren ein gong per år.', messageId: 'frequency-limited', at: 'ein gong per år' },
      { text: 'Databehandlaren har krav på godtgjering for revisjonen til den behandlingsansvarlege etter gjeldande timeprisar.', messageId: 'controller-pays', at: 'krav på godtgjering' },
    ],
  },
  'assistance-fees': {
    valid: [
      'Databehandlaren kan ikkje ta betalt for bistand til den behandlingsansvarlege.',
      'Databehandlaren skal hjelpe den behandlingsansvarlege med å svare på førespurnader frå dei registrerte utan ekstra kostnad.',
      'Bistanden er inkludert i vederlaget etter hovudavtala.',
      'Databehandlaren skal bistå den behandlingsansvarlege med konsekvensvurderingar.',
    ],
    invalid: [
      { text: 'Databehandlar har rett til godtgjering for bistand til behandlingsansvarleg etter gjeldande timeprisar.', messageId: 'assistance-charged', at: 'godtgjering for bistand' },
      { text: 'Databehandlar kan krevje dekt kostnadene sine ved bistand i samband med tryggleiksbrot.', messageId: 'assistance-charged', at: 'kostnadene' },
      { text: 'Databehandlaren skal hjelpe behandlingsansvarleg med å svare på førespurnader frå dei registrerte. Databehandlaren kan krevje godtgjering for kostnadene dette fører til.', messageId: 'assistance-charged', at: 'godtgjering' },
    ],
  },
  'own-purpose-use': {
    valid: [
      'Leverandøren skal ikkje bruke innhaldet de legg inn til å trene språkmodellar.',
      'Databehandlaren skal ikkje utlevere personopplysningar til tredjepartar for marknadsføring.',
      'Databehandlar kan ikkje behandle personopplysningane til eigne føremål.',
    ],
    invalid: [
      { text: 'Databehandlaren kan nytte anonymiserte data til statistikk og vidareutvikling av tenestene sine.', messageId: 'anonymised-use', at: 'anonymiserte' },
      { text: 'Databehandlar har rett til å bruke statistikk om bruken av tenesta i eiga marknadsføring.', messageId: 'usage-patterns', at: 'statistikk om bruken' },
      { text: 'Leverandøren kan dele personopplysningar med samarbeidspartnarar til marknadsføringsføremål.', messageId: 'third-party-disclosure', at: 'dele' },
      { text: 'Databehandlar kan ikkje behandle data til eigne føremål. Databehandlar kan likevel anonymisere personopplysningane og bruke dei til statistikk.', messageId: 'anonymised-use', at: 'anonymisere' },
    ],
  },
  'third-country-transfer': {
    valid: [
      'Databehandlaren skal ikkje overføre personopplysningar til land utanfor EØS utan dokumentert instruks frå den behandlingsansvarlege.',
      'Personopplysningar skal ikkje overførast ut av EØS, med unnatak av overføringar som behandlingsansvarleg har gjeve dokumentert instruks om.',
      'Databehandlar kan berre overføre personopplysningar til land utanfor EU/EØS etter dokumentert instruks frå behandlingsansvarleg.',
      'Alle personopplysningar vert lagra og behandla i Noreg.',
    ],
    invalid: [
      { text: 'Leverandøren kan nytte underleverandørar lokaliserte i USA utan førehandsvarsel til Kunden.', messageId: 'processing-in-third-country', at: 'USA' },
      { text: 'Behandlingsansvarleg har godkjent at personopplysningar kan overførast til tredjeland.', messageId: 'general-approval', at: 'godkjent' },
      { text: 'Tilgang til personopplysningane frå land utanfor EØS kan førekome ved brukarstøtte.', messageId: 'access-from-outside', at: 'utanfor EØS' },
    ],
  },
  'deletion-return': {
    valid: [
      'Tilbakelevering av data skjer utan kostnad for behandlingsansvarleg.',
      'Ved opphøyr av avtala skal databehandlaren, etter val frå den behandlingsansvarlege, levere tilbake alle personopplysningar i maskinlesbart format og slette alle kopiar, òg tryggingskopiar, innan 30 dagar. Databehandlaren skal stadfeste slettinga skriftleg.',
      { name: 'a whole nynorsk DPA with deletion confirmed in writing', scope: 'document', text: NYNORSK_DPA },
    ],
    invalid: [
      { text: 'Databehandlaren skal slette personopplysningane innan rimeleg tid etter at avtala har opphøyrt.', messageId: 'vague-deadline', at: 'innan rimeleg tid' },
      { text: 'Tryggingskopiar er ikkje omfatta av slettinga.', messageId: 'backups-excluded', at: 'ikkje omfatta' },
      { text: 'Ved opphøyr er Leverandøren ikkje forplikta til å tilbakelevere data.', messageId: 'no-return-option', at: 'ikkje forplikta til å tilbakelevere' },
      { text: 'Ved opphøyr av avtala skal Databehandlaren slette opplysningane innan 60 dagar.', messageId: 'deletion-too-late', at: '60 dagar' },
      { text: 'Databehandlaren kan krevje dekt kostnader for tilbakelevering av opplysningane ved opphøyr av avtala.', messageId: 'return-charged', at: 'kostnader' },
    ],
  },
  'security-unilateral': {
    valid: [
      'Databehandlaren skal gjennomføre dei tekniske og organisatoriske tryggingstiltaka som er angitt i Vedlegg 2, mellom anna kryptering, tilgangsstyring og logging.',
      'Databehandlaren kan endre tryggingstiltaka utan å redusere tryggleiksnivået.',
      'Databehandlaren skal vurdere risikoane og gjennomføre tiltak for å møte dei.',
    ],
    invalid: [
      { text: 'Leverandøren gjennomfører tryggingstiltak basert på eiga risikovurdering.', messageId: 'processor-discretion', at: 'basert på eiga risikovurdering' },
      { text: 'Kva for tryggingstiltak som vert brukte, bestemmer Databehandlaren sjølv.', messageId: 'processor-decides', at: 'tryggingstiltak' },
      { text: 'Leverandøren skal halde ved lag tryggleiksrutinane sine og kan endre tryggleiksrutinane ved behov.', messageId: 'processor-may-change', at: 'endre' },
    ],
  },
  'liability-cap': {
    valid: [
      { name: 'a cap with an amount quoted only to say it does not apply', text: 'Ansvarsavgrensinga på NOK 500 000 i hovudavtala gjeld ikkje for krav etter denne avtala.' },
      'Databehandlar er ansvarleg for direkte og indirekte tap som kjem av brot på avtala.',
      'Kunden er ansvarleg for at det ligg føre behandlingsgrunnlag.',
      { name: 'a cap quoted only to say it does not apply', text: 'Ansvarsavgrensinga i hovudavtala gjeld ikkje for brot på denne avtala.' },
    ],
    invalid: [
      { text: 'Leverandøren sitt samla ansvar kan maksimalt utgjere 12 månaders vederlag.', messageId: 'capped', at: 'kan maksimalt utgjere' },
      { text: 'Databehandlar svarar likevel ikkje for indirekte tap.', messageId: 'not-liable', at: 'svarar likevel ikkje for' },
      { text: 'Databehandlaren sitt samla ansvar skal ikkje overstige NOK 100 000.', messageId: 'capped', at: 'ikkje overstige' },
    ],
  },
  'controller-indemnity': {
    valid: [
      'Kunden er ansvarleg overfor Datatilsynet for sine eigne brot.',
      'Vi skal halde Kunden skadelaus for krav som kjem av våre brot på avtala.',
      'Kvar part er ansvarleg for sine eigne brot på avtala.',
    ],
    invalid: [
      { text: 'Kunden held Leverandøren skadelaus for alle krav frå tredjepartar.', messageId: 'controller-indemnifies', at: 'skadelaus', name: 'present tense' },
      { text: 'Behandlingsansvarleg skal halde Databehandlaren skadelaus for kvart krav frå tredjepartar.', messageId: 'controller-indemnifies', at: 'skadelaus' },
      { text: 'Kunden skal betale kvart beløp Leverandøren vert ilagd av Datatilsynet.', messageId: 'controller-compensates', at: 'betale' },
      { text: 'Kunden er ansvarleg overfor Leverandøren for kvart tap som følgje av at behandlinga skjer etter instruks frå Kunden.', messageId: 'controller-compensates', at: 'ansvarleg overfor' },
    ],
  },
  'governing-law': {
    valid: [
      { name: 'a whole nynorsk DPA under Norwegian law and venue', scope: 'document', text: NYNORSK_DPA },
      { name: 'law and venue in one clause', scope: 'document', text: 'Databehandlaravtale\n\n1. Føremål\n\nAvtala regulerer behandling av personopplysningar.\n\n2. Lovval\n\nAvtala skal tolkast etter norsk rett. Tvistar skal løysast ved Sogn og Fjordane tingrett.' },
      'Denne avtala er underlagd norsk rett, og Bergen tingrett er avtalt verneting.',
    ],
    invalid: [
      { text: 'Databehandlaravtala er underlagd svensk rett.', messageId: 'foreign-law', at: 'svensk rett' },
      { text: 'Denne databehandlaravtala og desse klausulane er underlagde svensk rett.', messageId: 'foreign-law', at: 'svensk rett' },
      { text: 'Lovval og verneting følgjer hovudavtala.', messageId: 'referred-elsewhere', at: 'Lovval' },
    ],
  },
  'missing-art28': {
    valid: [{ name: 'a whole nynorsk DPA with all eight terms', scope: 'document', text: NYNORSK_DPA }],
    invalid: [
      {
        name: 'the sub-processor term left out',
        scope: 'document',
        messageId: 'missing-d',
        text: NYNORSK_DPA.replace(/5\. Underdatabehandlarar\n\n[^\n]+/, '5. Underleverandørar\n\nDatabehandlaren kan nytte underleverandørar.'),
      },
      {
        name: 'the confidentiality term left out',
        scope: 'document',
        messageId: 'missing-b',
        text: NYNORSK_DPA.replace(/3\. Teieplikt\n\n[^\n]+/, '3. Opplæring\n\nDei tilsette hos databehandlaren får opplæring i personvern.'),
      },
      {
        name: 'the audit term left out',
        scope: 'document',
        messageId: 'missing-h',
        text: NYNORSK_DPA.replace(/8\. Revisjon\n\n[^\n]+/, '8. Kontaktpersonar\n\nKvar part peikar ut ein kontaktperson.'),
      },
    ],
  },
};

for (const [category, table] of Object.entries(tables) as [CategoryId, RuleTable][]) describeRuleTable(category, table, `nynorsk: rule ${category}`);

describe('nynorsk', () => {
  it('reads a whole nynorsk DPA that meets every term without a finding', () => {
    const findings = review(NYNORSK_DPA, { scope: 'document' }).findings.filter((f) => f.severity !== 'info');
    assert.deepEqual(findings.map((f) => `${f.category}/${f.messageId}: ${f.quote}`), []);
  });

  it('is read as Norwegian, also where the fallback is another language', () => {
    const text = 'Databehandlaren skal ikkje behandle personopplysningar utan dokumenterte instruksar frå den behandlingsansvarlege.';
    for (const fallback of ['nb', 'da', 'sv', 'en'] as const) assert.equal(detectLanguage(text, fallback), 'nb', fallback);
    assert.equal(review(NYNORSK_DPA, { scope: 'document' }).document.lang, 'nb');
  });

  it('has its words in the Norwegian lexicon', () => {
    assert.ok(conceptWords('negation', ['nb']).includes('utan'));
    assert.ok(!conceptWords('negation', ['en']).includes('utan') || conceptWords('negation', ['sv']).includes('utan'));
    assert.ok(hasConcept('party.processor', matchText('Underdatabehandlaren')));
    assert.ok(hasConcept('party.controller', matchText('den behandlingsansvarlege')));
    assert.ok(hasConcept('notice.undue-delay', matchText('utan ugrunna opphald')));
    assert.ok(hasConcept('deletion.confirmation', matchText('stadfesting av slettinga')));
    assert.ok(hasConcept('security.measures', matchText('tryggingstiltaka i vedlegg 2')));
    assert.ok(hasConcept('liability.limited-word', matchText('avgrensa')));
  });

  it('reads nynorsk durations and qualifiers', () => {
    assert.equal(findDurations(matchText('innan tretti dagar'))[0]?.days, 30);
    assert.equal(findDurations(matchText('seinast førti dagar etter'))[0]?.days, 40);
    assert.equal(findDurations(matchText('innan 48 timar'))[0]?.hours, 48);
    assert.equal(findDurations(matchText('fire vekers varsel'))[0]?.unit, 'weeks');
    assert.equal(findDurations(matchText('ti virkedagar'))[0]?.unit, 'business-days');
    assert.equal(findDurations(matchText('innan fireogtjuge timar'))[0]?.hours, 24);
    assert.equal(findQualifiers(matchText('så langt det er mogleg')).length, 1);
  });
});
