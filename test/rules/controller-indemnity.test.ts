// Table for the controller-indemnity rule: one-sided indemnities, compensation and recourse in
// the processor's favour are flagged; mutual terms, the processor's own indemnity, assistance
// fees and recourse limited to the controller's share are not.
import { testRule } from '../rule-tester';

testRule('controller-indemnity', {
  valid: [
    { name: 'nb, answer sheet: the demand for an indemnity answered no (verb before the denial)', text: 'Krever leverandøren at kunden skal holde leverandøren skadesløs for bøter? | Nei' },
    // the indemnity is what the processor may not demand
    { name: 'nb, the supplier may not demand that the municipality hold it harmless', text: 'Leverandøren kan ikke kreve at kommunen holder leverandøren skadesløs for krav fra registrerte.' },
    { name: 'en, the supplier may not require that the customer indemnify it', text: 'The Supplier may not require that the Customer indemnify the Supplier against claims.' },
    { name: 'en: "must the customer indemnify?" answered no', text: 'Must the Customer indemnify the Processor for fines? | No' },
    { name: 'nb: "skal kunden holde skadesløs?" answered no', text: 'Skal Kunden holde Leverandøren skadesløs for bøter? | Nei' },
    // other role names for the parties; a recourse denied; another agreement's indemnity that is not the controller's, or is denied
    "Oppdragsgiver har ingen plikt til å holde Tjenesteyter skadesløs, og Tjenesteyter har ikke regress mot Oppdragsgiver.",
    "The Client's indemnity under the Master Agreement shall not apply to claims against the Contractor.",
    "The Supplier Indemnity in Schedule 3 of the Framework Agreement applies to claims brought against the Client.",
    // costs the processor incurs, not a fine or claim against it; a fine against the customer itself
    'If the Processor incurs extra costs because the Customer changes its instructions, the Customer shall cover those costs.',
    'If a regulator fines the Customer, the Customer shall cover its own costs.',
    'The Customer shall cover the costs of its own auditor.',
    // the indemnity denied in the words before the verb
    'Behandlingsansvarlig skal ikke holde Databehandler skadesløs for gebyrer eller krav som skyldes Databehandlers forhold.',
    'The Customer shall not be required to indemnify the Supplier for fines caused by the Supplier.',
    'Behandlingsansvarlig skal ikke ha plikt til å holde databehandler skadesløs for krav eller overtredelsesgebyr.',
    'Kunden skal ikke erstatte Leverandørens tap som følge av overtredelsesgebyr ilagt Leverandøren.',
    'The Customer is liable to the Supplier for its own fines.',
    'Leverantören ersätter Kunden för skador som beror på Leverantörens brott mot avtalet.',
    'Kunden er ansvarlig overfor Datatilsynet for sine egne brudd.',
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
    // the payer named after a participle: the processor pays, a cost, a refund of a sum paid, a denial, a mutual term
    'Kunden kan kreve tapet dekket av Leverandøren.',
    'Leverandøren kan kreve kostnadene ved bistanden dekket av Kunden.',
    'The Supplier shall refund the amount paid by the Customer.',
    'Leverandøren skal refundere beløpet betalt av Kunden.',
    'Any fines imposed on the Supplier shall not be borne by the Customer.',
    'Hver part kan kreve tap som følge av krav fra tredjepart dekket av den andre parten.',
    // a right to be paid for the help given is a fee (assistance-fees), not an indemnity
    'Biträdet har rätt till skälig ersättning för den hjälp som ges den personuppgiftsansvarige vid konsekvensbedömningar.',
    'The Processor is entitled to reasonable compensation from the Controller for the assistance given with data subject requests.',
    'Databehandler har rett til rimelig kompensasjon fra behandlingsansvarlig for bistand med konsekvensvurderinger.',
    // a claim limited to the controller's own share of the fault (art. 82(5)) is each party answering for its own
    "The Supplier is entitled to claim from the Customer the part of any damages paid that corresponds to the Customer's share of responsibility.",
    'Leverandøren har rett til å kreve erstatning fra Kunden for den del av tapet som tilsvarer Kundens andel av ansvaret.',
    // a condition naming the controller's own fine: it pays its own
    'Dersom Kunden blir ilagt overtredelsesgebyr, skal Kunden selv betale gebyret.',
  ],
  invalid: [
    { name: 'nb, answer sheet: the demand for an indemnity answered yes', text: 'Krever leverandøren at kunden skal holde leverandøren skadesløs for bøter? | Ja', messageId: 'controller-indemnifies', at: 'holde leverandøren skadesløs' },
    { name: 'nb, the supplier may demand that the municipality hold it harmless', text: 'Leverandøren kan kreve at kommunen holder leverandøren skadesløs for krav fra registrerte.', messageId: 'controller-indemnifies' },
    // the processor fined or sued in the condition before: the costs covered are those of the fine or claim
    { text: 'If a regulator fines us or a user sues us over content you stored, you will cover our costs.', messageId: 'controller-compensates', at: 'cover', name: 'en: "fines us / sues us", then "cover our costs"' },
    { text: 'Dersom Datatilsynet bøtelegger Leverandøren på grunn av Kundens instrukser, skal Kunden dekke Leverandørens kostnader.', messageId: 'controller-compensates', at: 'dekke', name: 'nb: "bøtelegger Leverandøren", then "dekke kostnader"' },
    { text: 'Om någon stämmer Leverantören på grund av Kundens uppgifter, ska Kunden ersätta Leverantörens kostnader.', messageId: 'controller-compensates', at: 'ersätta', name: 'sv: "stämmer Leverantören", then "ersätta kostnader"' },
    // a denial earlier in the sentence is not the indemnity's
    { text: 'The Supplier is not liable for indirect loss, and the Customer shall indemnify the Supplier against all fines.', messageId: 'controller-indemnifies', at: 'indemnify', name: 'en, a negation in an earlier part' },
    { text: 'Du skal erstatte alle tap, gebyrer og utgifter som vi pådrar oss ved behandlingen.', messageId: 'controller-compensates', at: 'erstatte', name: 'the party whose losses follows an enumeration with commas' },
    { text: 'You shall reimburse all losses, fines, penalties and costs that we suffer because of your instructions.', messageId: 'controller-compensates', at: 'reimburse', name: 'en: the party after an enumeration' },
    { text: 'Kunden er ansvarlig overfor Leverandøren for ethvert tap som følge av at behandlingen skjer etter Kundens instruks.', messageId: 'controller-compensates', at: 'ansvarlig overfor', name: 'the party owed inside the verb phrase' },
    { text: 'The Customer is liable to the Supplier for any fines imposed on the Supplier in connection with the processing.', messageId: 'controller-compensates', at: 'liable to the Supplier for' },
    { text: 'Kunden ersätter Leverantören för samtliga kostnader, skador och krav som uppstår till följd av Kundens instruktioner.', messageId: 'controller-compensates', at: 'ersätter', name: 'sv present tense' },
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
    { text: 'Rammes Leverandøren av krav fra tredjepart, kan Leverandøren kreve hele beløpet dekket av Kunden.', messageId: 'controller-compensates', at: 'dekket av', name: 'nb: the sum claimed, then the payer after a participle' },
    { text: 'Rammes Leverandoren av krav fra tredjepart, kan Leverandoren kreve tapet dekket av Kunden.', messageId: 'controller-compensates', at: 'dekket av', name: 'nb without æøå' },
    { text: 'If the Supplier receives a fine or a third-party claim, the Supplier may have the full amount reimbursed by the Customer.', messageId: 'controller-compensates', at: 'reimbursed by', name: 'en: have the amount reimbursed by' },
    { text: 'Any fines imposed on the Supplier shall be borne by the Customer.', messageId: 'controller-compensates', at: 'borne by', name: 'en passive' },
    { text: 'Om Leverantören drabbas av sanktionsavgifter ska beloppet ersättas av Kunden.', messageId: 'controller-compensates', at: 'ersättas av', name: 'sv s-passive' },
    { text: 'Bliver Leverandøren pålagt bøder, kan Leverandøren kræve hele beløbet dækket af Kunden.', messageId: 'controller-compensates', at: 'dækket af', name: 'da' },
    // the processor incurs the loss in a condition before the controller's verb; a narrow exception does not make it mutual
    { text: 'If the Supplier is fined, the Customer shall pay the fine in full.', messageId: 'controller-compensates', at: 'pay', name: 'en: the processor fined in a condition' },
    {
      text: 'Dersom Leverandøren blir ilagt overtredelsesgebyr, skal Kunden dekke gebyret, med mindre gebyret skyldes forhold Kunden ikke kunne påvirke.',
      messageId: 'controller-compensates',
      at: 'dekke',
      name: 'nb: the processor fined in a condition, with an exception',
    },
    { text: 'Hvis Leverandøren idømmes bøder, skal Kunden betale disse bøder fuldt ud.', messageId: 'controller-compensates', at: 'betale', name: 'da: the processor fined in a condition' },
    // other role names for the parties (Oppdragstaker, Tenesteytar, Skulen, Contractor, Client, Kommunen)
    { text: "Blir Oppdragstaker ilagt gebyr av Datatilsynet, har Oppdragstaker ubetinget regressrett mot Kommunen for gebyret.", messageId: "unconditional-recourse", at: "regressrett", name: "nb: Oppdragstaker / Kommunen" },
    { text: "Skulen skal halde Tenesteytar skadeslaus for alle krav som gjeld behandlinga av elevopplysningar.", messageId: "controller-indemnifies", at: "skadeslaus", name: "nn: Skulen / Tenesteytar" },
    { text: "Penalties imposed on the Contractor by a regulator shall be paid by the Client.", messageId: "controller-compensates", at: "paid by", name: "en: Contractor / Client, passive" },
    // the controller's indemnity in another agreement made to apply to claims against the processor
    { text: "The Client Indemnity in Schedule 4 of the Master Agreement applies to every claim made against the Contractor under this DPA.", messageId: "controller-indemnifies", at: "Indemnity", name: "en: another agreement's customer indemnity applied" },
  ],
});
