// Table for the controller-indemnity rule: one-sided indemnities, compensation and recourse in
// the processor's favour are flagged; mutual terms, the processor's own indemnity, assistance
// fees and recourse limited to the controller's share are not.
import { testRule } from '../rule-tester';

testRule('controller-indemnity', {
  valid: [
    'Vi holder dere skadesløse for krav som skyldes at vi har brutt denne avtalen.',
    'Leverantören håller Kunden skadeslös för anspråk som beror på Leverantörens brott mot avtalet.',
    'Databehandleren skal godtgøre den dataansvarlige ethvert beløb, som den dataansvarlige måtte blive pålagt som følge af databehandlerens overtrædelse.',
    'The Processor shall reimburse the Controller for any amounts the Controller is ordered to pay because of the Processor\'s breach.',
    'We will indemnify you against third-party claims caused by our breach of this DPA.',
    'Vi skal holde Kunden skadeslos for krav som skyldes vare brudd pa avtalen.',
    'Biträdet ska hålla den personuppgiftsansvarige skadeslös för sanktionsavgifter som beror på biträdets brott.',
    'The Controller shall be informed of any third-party claims against the Processor.',
    'Databehandler skal holde behandlingsansvarlig skadesløs for tap som skyldes brudd på avtalen.',
    'Hver av partene skal holde den andre parten skadesløs for krav som skyldes egne brudd.',
    "The Controller shall compensate the Processor for assistance at the Processor's hourly rates.",
    'Databehandler kan kreve dekket kostnader som påløper ved tilbakeføring av opplysningene.',
    'Dersom en av partene blir ilagt overtredelsesgebyr som følge av forhold den andre parten er ansvarlig for, kan den påkrevde parten kreve regress for hele eller deler av tapet.',
    'Databehandler har rett til regress overfor behandlingsansvarlig for den del av erstatningen som tilsvarer behandlingsansvarliges andel av ansvaret.',
    'The Processor may claim damages from its sub-processors.',
    'Each party shall indemnify the other party against claims arising from its own breach.',
    'Behandlingsansvarlig er ansvarlig for sine egne bøter.',
    // compensation for costs is cost recovery (assistance-fees), not a one-sided indemnity
    "The Supplier shall be entitled to compensation from the Customer for the extra costs caused by the Customer's changed instructions.",
    'Leverandøren har rett til kompensasjon fra Kunden for kostnader ved endrede instrukser.',
    'Biträdet har rätt till ersättning från den personuppgiftsansvarige för kostnader för sådan hjälp.',
  ],
  invalid: [
    { text: 'Kunden holder oss skadeslose for alle krav fra tredjepart som gjelder personopplysninger dere har lastet opp.', messageId: 'controller-indemnifies', at: 'holder oss skadeslose', name: 'present tense, without æøå' },
    { text: 'Kunden håller Leverantören skadeslös för alla anspråk från tredje man.', messageId: 'controller-indemnifies', at: 'håller Leverantören skadeslös', name: 'sv present tense' },
    { text: 'Den dataansvarlige skal godtgøre databehandleren ethvert beløb, som databehandleren måtte blive pålagt at betale til registrerede.', messageId: 'controller-compensates', at: 'godtgøre', name: 'da: amounts imposed' },
    { text: 'The Customer shall reimburse the Supplier for any amounts the Supplier is ordered to pay to data subjects.', messageId: 'controller-compensates', at: 'reimburse' },
    { text: 'Kunden skal betale ethvert beløp Leverandøren blir ilagt av Datatilsynet.', messageId: 'controller-compensates', at: 'betale', name: 'nb' },
    { text: 'Behandlingsansvarlig skal holde Databehandler skadesløs for ethvert krav fra tredjeparter.', messageId: 'controller-indemnifies', at: 'skadesløs' },
    { text: 'The Customer shall defend, indemnify and hold harmless the Processor from any fines or claims.', messageId: 'controller-indemnifies', at: 'indemnify' },
    { text: 'Kunden ska hålla Leverantören skadeslös för anspråk från tredje man.', messageId: 'controller-indemnifies', at: 'skadeslös', name: 'Swedish' },
    { text: 'The Processor shall be indemnified by the Controller against all third-party claims.', messageId: 'controller-indemnifies', at: 'be indemnified' },
    { text: 'The Controller shall reimburse the Processor for any fines imposed on the Processor by a supervisory authority.', messageId: 'controller-compensates', at: 'reimburse' },
    { text: 'Behandlingsansvarlig skal erstatte ethvert tap databehandleren lider som folge av krav fra registrerte.', messageId: 'controller-compensates', at: 'erstatte', name: 'without æøå' },
    {
      text: 'Databehandleren har rett til å kreve erstatning for tap som følge av behandlingsansvarliges mislighold, herunder overtredelsesgebyrer.',
      messageId: 'processor-claims',
      at: 'kreve erstatning',
    },
    { text: 'Databehandler skal ha ubetinget rett til fullt regresskrav overfor behandlingsansvarlig.', messageId: 'unconditional-recourse', at: 'regresskrav' },
    { text: 'Databehandler skal ha ubetinget rett til fullt regresskrav overfor behandlingsansvarlig for det totale beløp som er utbetalt.', messageId: 'unconditional-recourse', at: 'ubetinget', name: 'recourse for the total amount' },
    { text: 'Databehandleren har rett til 3 kreve erstatning for gkonomisk tap som fglge av behandlingsansvarliges mislighold.', messageId: 'processor-claims', at: 'kreve erstatning', name: 'OCR noise' },
    { text: 'Den dataansvarlige skal holde databehandleren skadesløs for ethvert tab og krav fra tredjemand.', messageId: 'controller-indemnifies', at: 'skadesløs', name: 'Danish' },
    { text: 'You will defend and indemnify us from any third-party claim relating to the personal data you upload.', messageId: 'controller-indemnifies', at: 'indemnify', name: 'vendor terms: you and us, a third-party claim' },
    { text: 'Den personuppgiftsansvarige ska hålla biträdet skadeslöst för krav från tredje man.', messageId: 'controller-indemnifies', at: 'skadeslöst', name: 'Swedish' },
    { text: 'Kunden skal holde oss skadesløse for krav fra registrerte.', messageId: 'controller-indemnifies', at: 'skadesløse' },
    { text: 'The Controller shall reimburse the Processor for any fines or penalties imposed on the Processor by a supervisory authority.', messageId: 'controller-compensates', at: 'reimburse' },
    { text: 'The Supplier shall be entitled to compensation from the Customer for any losses, costs and fines caused by the Customer.', messageId: 'processor-claims', at: 'entitled to compensation', name: 'losses first, then costs' },
  ],
});
