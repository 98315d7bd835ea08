// Table for the liability-cap rule: caps and exclusions that protect the processor are flagged;
// caps that protect only the controller, lifted limitations and force majeure are not.
import assert from 'node:assert/strict';
import { review } from '../../shared/index';
import { testRule } from '../rule-tester';

testRule('liability-cap', {
  valid: [
    // a cap under the main agreement that the next sentence lifts for this DPA, whatever else it carves out
    "The Vendor's aggregate liability under the Agreement shall not exceed the fees paid in the last twelve months. This cap does not apply to (a) breaches of the Data Processing Agreement or (b) wilful misconduct.",
    'Leverandørens ansvar etter hovedavtalen er begrenset til to ganger årlig vederlag. Begrensningen gjelder ikke for brudd på denne databehandleravtalen.',
    'Leverantörens ansvar enligt huvudavtalet är begränsat till 500 000 kronor. Begränsningen gäller inte vid uppsåt, grov vårdslöshet eller brott mot personuppgiftsbiträdesavtalet.',
    { name: 'en: "is liability limited?" answered no', text: "Is the Processor's liability limited to the fees paid? | No" },
    // a denied limit to direct loss; a label that states no limit
    "Ansvaret til Oppdragstakar er ikkje avgrensa til direkte tap.",
    "Tjenesteyters ansvar er ikke begrenset til direkte tap.",
    "Liability: unlimited, also for sub-processors.",
    // a denied limit or a denied exclusion: no limitation
    'Leverandorens ansvar er ikke begrenset til noe belop, og omfatter ogsa indirekte tap.',
    "The Vendor's liability is not limited in amount and includes indirect loss.",
    'Neither party limits or excludes its liability for breaches of this DPA.',
    'Ingen av partene fraskriver seg ansvar for brudd på denne avtalen.',
    'Neither party excludes liability for indirect loss.',
    // liability for breach of this DPA kept out of limitations elsewhere
    "Supplier's liability for breaches of this DPA shall not be subject to the limitations of liability in the Order Form.",
    'Leverandørens ansvar for brudd på denne databehandleravtalen er ikke underlagt ansvarsbegrensningene i bestillingen.',
    'Kundens samlede ansvar kan maksimalt utgjøre 12 måneders vederlag.',
    'Ansvarsbegränsningar i huvudavtalet ska inte tillämpas på överträdelser av detta biträdesavtal.',
    'Ansvarsbegrænsningerne i hovedaftalen skal ikke anvendes på krav efter denne databehandleraftale.',
    'The limitations of liability in the Agreement shall not be applied to claims under this DPA.',
    'Ansvarsbegrænsningerne i hovedaftalen finder ikke anvendelse på krav efter denne databehandleraftale.',
    'Ansvarsbegränsningen i huvudavtalet äger inte tillämpning på anspråk enligt detta avtal.',
    // a negated import of the main agreement's cap: no cap
    'Each party is liable under GDPR Article 82. No limitation of liability in the Master Agreement shall apply to breaches of this DPA.',
    'Ingen ansvarsbegrensning i hovedavtalen gjelder for brudd på denne databehandleravtalen.',
    'Ingen ansvarsbegrensning i hovedavtalen gjelder for brudd pa denne databehandleravtalen.',
    'Ingen ansvarsbegränsning i huvudavtalet gäller för överträdelser av detta avtal.',
    'None of the limitations of liability in the Agreement applies to claims under this DPA.',
    'Ingen ansvarsbegrænsning i hovedaftalen gælder for krav efter denne aftale.',
    'Any limitation of liability in the Agreement shall not apply to claims under this DPA.',
    'Nothing in this DPA limits the Processor\'s liability under Article 82 GDPR.',
    'The Processor shall be liable for indirect losses as well as direct losses.',
    'Kunden er ansvarlig for at det foreligger behandlingsgrunnlag.',
    'Biträdet ansvarar fullt ut gentemot den personuppgiftsansvarige för underbiträdets fullgörande.',
    'Behandlingsansvarliges samlede ansvar etter denne avtalen er begrenset til NOK 100 000.',
    "The Customer's aggregate liability under this DPA shall not exceed the fees paid in the preceding twelve months.",
    'Ansvarsbegrensningene i Hovedavtalen gjelder ikke for brudd på denne databehandleravtalen.',
    'The limitations of liability in the Main Agreement shall not apply to breaches of this DPA or the GDPR.',
    'Databehandler er ansvarlig for direkte og indirekte tap som skyldes brudd på avtalen.',
    'Databehandler er ikke ansvarlig for tap som skyldes behandlingsansvarliges instrukser.',
    'Ingen av partene er ansvarlig for manglende oppfyllelse som skyldes forhold utenfor partens rimelige kontroll.',
    'Databehandler har ansvar for at tilgangen til personopplysningene er begrenset til autorisert personell.',
    { text: 'Partenes ansvar følger av hovedavtalen.', name: 'liability follows the main agreement (an observation only)' },
    'Leverandoren er fullt ut ansvarlig for underleverandorers behandling, og ansvaret er ubegrenset.',
    "The Processor shall remain fully liable to the Controller for the performance of the sub-processor's obligations.",
    'Databehandleren hæfter for sine underdatabehandleres behandling som for sin egen.',
    "The Processor is not liable for any loss resulting from the Controller's breach of this DPA.",
    'Ansvarsbegrensningen i punkt 9 gjelder ikke for krav etter denne databehandleravtalen.',
    'The limitations of liability in clause 12 shall not apply to claims arising under this DPA.',
    // "only liable for its own" is fault-based; the controller's narrowed liability is not the processor's
    'Each party shall only be liable for its own breaches of this DPA.',
    'Kunden er kun ansvarlig for tap som skyldes egne instrukser.',
    'The Customer will only be liable to the Supplier if the Customer breaches this DPA.',
    // a negated exceeding that is about the controller's liability or not about liability at all
    'Kundens ansvar etter denne avtalen skal aldri overstige vederlaget.',
    'The fees for assistance will never exceed the prices in the price list.',
    // (batch 4) "regardless of" lifts a cap only when a limitation follows it
    'Leverandøren svarer for alt tap etter denne avtalen, uavhengig av ansvarsbegrensningen i hovedavtalen.',
    'The Processor is liable for all loss under this DPA, regardless of any limitation of liability in the Agreement.',
    // (batch 4) claims under this DPA said before the limitation, and the limitation denied to them
    'Liability arising out of or related to this DPA is not subject to the limitations of liability in section 12.',
    'Partenes ansvar etter denne databehandleravtalen er ikke underlagt ansvarsbegrensningene i punkt 12.',
    'Biträdets ansvar enligt detta avtal är inte föremål för ansvarsbegränsningen i punkt 12.',
  ],
  invalid: [
    // a cap whose next sentence lifts it only for intent or gross negligence stays a cap
    { text: "The Vendor's liability under this DPA is limited to the annual fees. The limitation does not apply to gross negligence.", messageId: 'capped', at: 'liability under this DPA is limited to', name: 'en: carve-out only, the DPA not named' },
    { text: 'Leverandørens ansvar er begrenset til NOK 200 000. Begrensningen gjelder ikke ved forsett.', messageId: 'capped', at: 'ansvar er begrenset til', name: 'nb: carve-out only' },
    { text: 'Databehandlerens samlede erstatningsansvar kan maksimalt udgøre kr. 500.000.', messageId: 'capped', at: 'kan maksimalt udgøre', name: 'da' },
    { text: 'Leverandørens samlede ansvar kan maksimalt utgjøre 12 måneders vederlag.', messageId: 'capped', at: 'kan maksimalt utgjøre', name: 'nb' },
    { text: 'Leverantörens skadeståndsansvar kan högst uppgå till 200 000 kronor.', messageId: 'capped', at: 'kan högst uppgå till', name: 'sv' },
    { text: 'Ansvarsbegrænsningerne i Hovedaftalen finder også anvendelse på krav efter denne databehandleraftale.', messageId: 'main-agreement-limits', at: 'Ansvarsbegrænsningerne', name: 'da: adverb inside the verb phrase' },
    { text: 'Ansvarsbegränsningen i huvudavtalet äger även tillämpning på anspråk enligt detta avtal.', messageId: 'main-agreement-limits', at: 'Ansvarsbegränsningen', name: 'sv' },
    { text: 'Ansvarsbegrensningene i hovedavtalen får også anvendelse for krav etter denne avtalen.', messageId: 'main-agreement-limits', at: 'Ansvarsbegrensningene', name: 'nb' },
    // a denial that stays with its own verb: the exclusion after it is one
    { text: 'Databehandlers ansvar er ikke begrenset, men omfatter ikke indirekte tap.', messageId: 'excluded-loss', at: 'ikke indirekte', name: 'nb: the limit denied, indirect loss excluded after "men"' },
    { text: 'Supplier does not warrant accuracy and disclaims all liability for loss of data.', messageId: 'not-liable', at: 'disclaims all liability', name: 'en: a denial before "and" does not reach the disclaimer' },
    // liability for breach of this DPA made subject to limitations in an agreement the lexicon does not name
    { text: "Supplier's liability for breaches of this DPA is subject to the limitations of liability in the Order Form.", messageId: 'main-agreement-limits', at: 'subject to the limitations', name: 'en: liability for breach of this DPA, limitations elsewhere' },
    { text: 'Leverandørens ansvar for brudd på denne databehandleravtalen er underlagt ansvarsbegrensningene i bestillingen.', messageId: 'main-agreement-limits', at: 'ansvarsbegrensningene', name: 'nb: liability for breach of this DPA, limitations elsewhere' },
    { text: 'Partenes ansvar følger alminnelige regler. Leverandøren svarer likevel ikke for indirekte tap.', messageId: 'not-liable', at: 'svarer likevel ikke for' },
    { text: 'Leverandoren svarer dog ikke for indirekte tap eller tapt fortjeneste.', messageId: 'not-liable', at: 'svarer dog ikke for', name: 'without æøå' },
    { text: 'Databehandleren hæfter dog ikke for indirekte tab.', messageId: 'not-liable', at: 'hæfter dog ikke for', name: 'da' },
    { text: 'Leverantören svarar dock inte för indirekta förluster.', messageId: 'not-liable', at: 'svarar dock inte för', name: 'sv' },
    { text: 'Databehandler svarer imidlertid ikke for tap av data.', messageId: 'not-liable', at: 'svarer imidlertid ikke for' },
    { text: 'Databehandler svarer likevel ikke for indirekte tap,\nherunder tapt fortjeneste.', messageId: 'not-liable', at: 'svarer likevel ikke for', name: 'PDF line break' },
    { text: 'Databehandlers ansvar er uansett begrenset til NOK 75 000.', messageId: 'capped', at: 'begrenset til NOK 75 000' },
    {
      text: 'Leverandorens samlede erstatningsansvar kan ikke overstige et belop tilsvarende tolv maneders vederlag.',
      messageId: 'capped',
      at: 'kan ikke overstige',
      name: 'without æøå',
    },
    { text: "In no event shall the Processor's aggregate liability exceed EUR 10,000.", messageId: 'capped', at: 'liability exceed' },
    { text: "Each party's total liability under this DPA is capped at the fees paid in the twelve months before the claim.", messageId: 'capped', at: 'capped at' },
    { text: 'Leverantörens ansvar är begränsat till ett belopp motsvarande avgiften för tre månader.', messageId: 'capped', at: 'begränsat till', name: 'Swedish' },
    { text: 'Databehandlers ansvar omfatter |kke indirekte tap, herunder tapt fortjeneste.', messageId: 'excluded-loss', at: 'indirekte tap', name: 'OCR noise' },
    { text: 'Kunden kan ikke kreve erstatning for indirekte tap eller følgeskader.', messageId: 'excluded-loss', at: 'indirekte tap' },
    { text: 'Leverandøren hæfter ikke for driftstab, tabt fortjeneste eller andre tab hos kunden.', messageId: 'not-liable', at: 'hæfter ikke for', name: 'Danish' },
    { text: 'The Processor shall not be liable for any loss of data or business interruption suffered by the Controller.', messageId: 'not-liable', at: 'shall not be liable' },
    { text: 'Neither party shall be liable for any indirect, special or consequential damages.', messageId: 'excluded-loss', at: 'indirect' },
    { text: 'The Processor is not liable for any loss resulting from the acts of its sub-processors.', messageId: 'not-liable', at: 'is not liable' },
    { text: 'Acme AS er ikke ansvarlig for tap eller skade som følger av nedlastede filer fra tjenesten.', messageId: 'not-liable', at: 'er ikke ansvarlig' },
    {
      text: 'Claims under this DPA are subject to the limitations and exclusions of liability in the Agreement.',
      messageId: 'main-agreement-limits',
      at: 'subject to the limitations',
    },
    {
      text: 'Ansvarsbegrensningene i tjenesteavtalen gjelder tilsvarende for krav etter denne databehandleravtalen.',
      messageId: 'main-agreement-limits',
      at: 'Ansvarsbegrensningene',
    },
    {
      text: "Under no circumstances will the Supplier's total liability for all claims under or in connection with this DPA and the Agreement exceed EUR 50,000.",
      messageId: 'capped',
      at: 'Under no circumstances',
    },
    { text: 'Erstatning for indirekte tap kan ikke kreves.', messageId: 'excluded-loss', at: 'indirekte tap kan ikke kreves' },
    { text: 'Leverandorens ansvar etter denne avtalen er begrenset i samsvar med hovedavtalens punkt 11.', messageId: 'main-agreement-limits', at: 'begrenset i samsvar med', name: 'limited per the main agreement, without æøå' },
    { text: 'The liability caps in the MSA apply to all claims under this DPA.', messageId: 'main-agreement-limits', at: 'liability caps' },
    { text: 'Vardera partens ansvar enligt detta avtal är begränsat i enlighet med huvudavtalet.', messageId: 'main-agreement-limits', at: 'begränsat i enlighet med', name: 'Swedish' },
    { text: 'Databehandlerens erstatningsansvar kan aldri overstige 100 000 kr.', messageId: 'capped', at: 'kan aldri overstige', name: 'Danish' },
    { text: 'Leverandgrens samlede ansvar er begrenset til 8rlig vederlag.', messageId: 'capped', at: 'ansvar er begrenset', name: 'OCR noise' },
    // a limitation written elsewhere made to apply to claims under this DPA
    { text: 'Ansvarsbegrensningen i kontraktens punkt 9 gjelder tilsvarende for krav etter denne databehandleravtalen.', messageId: 'main-agreement-limits', at: 'Ansvarsbegrensningen' },
    { text: 'Ansvarsbegrensningene i SSA-D gjelder ogsa for krav som folger av dette bilaget.', messageId: 'main-agreement-limits', at: 'Ansvarsbegrensningene', name: 'state standard agreement, without æøå' },
    { text: 'The limitations of liability in clause 12 apply mutatis mutandis to claims arising under this DPA.', messageId: 'main-agreement-limits', at: 'limitations of liability' },
    { text: 'Ansvarsbegränsningen i punkt 14 gäller även för anspråk enligt detta avtal.', messageId: 'main-agreement-limits', at: 'Ansvarsbegränsningen', name: 'Swedish' },
    { text: 'The Supplier will only be liable to the Customer for damages if the Supplier has breached its obligations under GDPR.', messageId: 'liable-only-if', at: 'only be liable', name: 'liability narrowed to named cases' },
    { text: 'Leverandøren er kun ansvarlig dersom kunden har sendt skriftlig reklamasjon innen 30 dager.', messageId: 'liable-only-if', at: 'kun ansvarlig' },
    { text: 'Leverantören är endast ansvarig för skada som orsakats av grov vårdslöshet.', messageId: 'liable-only-if', at: 'endast ansvarig', name: 'sv' },
    { text: 'Leverandoren hefter kun for direkte tap som skyldes grov uaktsomhet.', messageId: 'liable-only-if', at: 'hefter kun', name: 'æøå-less' },
    { text: 'The Supplier cannot in any event be liable for damages beyond those recoverable under the GDPR.', messageId: 'not-liable', at: 'cannot in any event be liable', name: '"cannot ... be liable"' },
    // (batch 3) a cap said with any negation before the verb of exceeding (lexicon: negation, liability.exceed)
    { text: 'Our total liability under this DPA (including for fines and for our sub-processors) will never exceed the fees paid in the prior six months.', messageId: 'capped', at: 'never exceed', name: 'en, will never exceed' },
    { text: 'Leverandørens samlede ansvar etter denne avtalen skal aldri overstige vederlaget for de siste seks månedene.', messageId: 'capped', at: 'aldri overstige', name: 'nb, skal aldri overstige' },
    { text: 'Biträdets ansvar enligt detta avtal får aldrig överstiga 100 000 kronor.', messageId: 'capped', at: 'aldrig överstiga', name: 'sv, får aldrig överstiga' },
    // (batch 4) "regardless of the basis of the claim", "notwithstanding anything in the MSA" widen a cap, they lift nothing
    { text: 'Leverandørens ansvar etter denne avtalen kan ikke overstige NOK 200 000, uten hensyn til grunnlaget for kravet.', messageId: 'capped', at: 'kan ikke overstige', name: 'nb, a cap regardless of the basis of the claim' },
    { text: "In no event shall Vendor's total liability exceed the fees paid in the prior three months, regardless of the form of action.", messageId: 'capped', at: 'liability exceed', name: 'en, a cap regardless of the form of action' },
    { text: 'Notwithstanding anything to the contrary in the main agreement, the Supplier\'s liability under this DPA shall not exceed EUR 20,000.', messageId: 'capped', at: 'shall not exceed', name: 'en, a cap notwithstanding the main agreement' },
    { text: 'Leverantörens ansvar enligt detta avtal får inte överstiga tre prisbasbelopp, oavsett grunden för kravet.', messageId: 'capped', at: 'får inte överstiga', name: 'sv, a cap regardless of the basis of the claim' },
    // (batch 4) the DPA's claims named before the limitation made to apply to them
    { text: "Each party's liability arising out of or related to this DPA is subject to the limitations of liability set out in the Order Terms.", messageId: 'main-agreement-limits', at: 'limitations of liability', name: 'en, liability arising out of or related to this DPA, then the limitations' },
    { text: 'Partenes ansvar etter denne databehandleravtalen er underlagt ansvarsbegrensningene i punkt 12.', messageId: 'main-agreement-limits', at: 'ansvarsbegrensningene', name: 'nb, liability under this DPA, then the limitations' },
    { text: 'Anspråk enligt detta avtal omfattas av ansvarsbegränsningen i punkt 12.', messageId: 'main-agreement-limits', at: 'ansvarsbegränsningen', name: 'sv, claims under this DPA, then the limitation' },
    // an exclusion of indirect loss read in its whole clause part, however long the list between them
    {
      text: 'Leverandøren fraskriver seg ethvert ansvar i forbindelse med tjenesten, uansett hva kravet bygger på, herunder for driftstap, følgeskader eller andre indirekte tap.',
      messageId: 'excluded-loss',
      at: 'fraskriver',
      name: 'nb, the exclusion far before the indirect loss',
    },
    {
      text: 'The Supplier excludes all liability in connection with the service, whether in contract, tort or otherwise, including for business interruption, lost data or other indirect loss.',
      messageId: 'excluded-loss',
      at: 'excludes',
      name: 'en, the exclusion far before the indirect loss',
    },
    // nynorsk: only direct loss, indirect loss not claimable
    { text: "Ansvaret til Tenesteytar omfattar berre direkte tap.", messageId: "excluded-loss", at: "berre direkte tap", name: "nn: berre direkte tap" },
    { text: "Tap av data og anna indirekte tap kan ikkje krevjast erstatta frå Oppdragstakar.", messageId: "excluded-loss", at: "indirekte tap", name: "nn: kan ikkje krevjast erstatta" },
    // the limit right after a row's label
    { text: "Liability: limited to EUR 100,000 per contract year.", messageId: "capped", at: "limited to", name: "en: label row" },
    { text: "Ansvar: begrenset til NOK 500 000 per år.", messageId: "capped", at: "begrenset til", name: "nb: label row" },
  ],
});

// "liability follows the main agreement" is an observation (severity info), which the table does not see
// (declared only under mocha: scripts/rule-docs.ts loads this file for its table)
if (typeof describe === 'function') describe('rule liability-cap: liability that follows another agreement', () => {
  const observed = (text: string) => review(text, { scope: 'clause' }).findings.filter((f) => f.messageId === 'referred-elsewhere' && f.category === 'liability-cap').length;
  it('is observed when the agreement is named after the verb of following', () => {
    assert.equal(observed('Ansvar etter denne avtalen følger hovedavtalen.'), 1);
    assert.equal(observed('Liability under this DPA is governed by the Master Agreement.'), 1);
  });
  it('is not observed when liability follows the law, whatever agreement is named before', () => {
    assert.equal(observed('Partenes ansvar for brudd på denne avtalen følger personvernforordningen artikkel 82.'), 0);
    assert.equal(observed("Each party's liability for breach of this Agreement follows Article 82 GDPR."), 0);
  });
});
