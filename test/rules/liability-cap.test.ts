// Table for the liability-cap rule: caps and exclusions that protect the processor are flagged;
// caps that protect only the controller, lifted limitations and force majeure are not.
import { testRule } from '../rule-tester';

testRule('liability-cap', {
  valid: [
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
  ],
  invalid: [
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
  ],
});
