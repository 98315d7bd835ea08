// Table of clauses for the third-country-transfer rule: general approvals, the processor's own
// transfers or transfer basis, access from outside the EEA and sub-processors listed outside the
// EU/EEA are flagged; transfers only on the controller's documented instruction are not.
import { testRule } from '../rule-tester';

testRule('third-country-transfer', {
  valid: [
    { name: 'a location title listing Norway and Sweden by code', text: 'Lagringssted: NO, SE' },
    // a location title whose list stays inside the EU/EEA, or denies the third country
    { name: 'en, "Data location: EU/EEA only"', text: 'Data location: EU/EEA only.' },
    { name: 'en, "Data location: EU; never US"', text: 'Data location: EU; never US.' },
    { name: 'nb, "Lagringssted: Norge og Sverige"', text: 'Lagringssted: Norge og Sverige.' },
    // backups held inside the EEA
    { name: 'en, backups held by an affiliate in Finland', text: 'The Vendor stores Customer Data within the EEA; backup copies are held by the Vendor\'s affiliate in Finland.' },
    // "neither ... nor": a ban on both places (lexicon: negation)
    { name: 'da, neither stored in nor accessed from outside the EEA', text: 'Personoplysningerne må hverken opbevares i eller tilgås fra lande uden for EU/EØS.' },
    { name: 'en, neither stored in nor accessed from outside the EEA', text: 'Personal data shall neither be stored in nor accessed from countries outside the EEA.' },
    // access "from" a country denied; data that comes from a country to the EEA
    'Leverandørens underleverandører har ikke tilgang fra USA, heller ikke for feilretting.',
    'Personal data may be transferred from the United Kingdom to the EEA.',
    // inline entries of the sub-processors annex, all in the EEA
    { name: 'nb, inline entries of the sub-processors annex, all in the EEA', scope: 'document', text: 'Databehandleravtale\n\n1. Underleverandører: Kunden godkjenner underleverandørene i vedlegg 2.\n\n2. Vedlegg 2: Lagring AS (Norge, drift); SupportCo Oy (Finland, brukerstøtte med tilgang til saker).' },
    // regions named in a relative clause, all inside the EEA
    'Leverandøren kan lagre data i de regionene Leverandøren velger, som i dag omfatter Norge og Sverige.',
    'The Processor stores Customer Data only in regions inside the EEA, which currently include Ireland and Germany.',
    // the controller's approval of a transfer to a named country that is hypothetical, refused, or of data coming from there
    'Om den personuppgiftsansvarige godkänner att personuppgifter överförs till USA, ska biträdet använda standardavtalsklausuler.',
    'If the Customer approves a transfer of personal data to the United States, the Processor shall use the standard contractual clauses.',
    'The Customer does not approve any transfer of personal data to the United States.',
    'The Customer approves the transfer of personal data from the United States to the Processor.',
    // a numbered line under the sub-processor list that bans transfers is no row of the list
    {
      name: 'nb, a ban under the sub-processor list',
      scope: 'document',
      text: 'DATABEHANDLERAVTALE\n\n7. Underleverandører\n\n7.1 Dere gir oss en generell tillatelse til å bruke disse underleverandørene:\n\nUnderleverandør – hva de gjør – hvor dataene behandles\nSafespring AB – drift – Sverige\nGreen Mountain AS – sikkerhetskopier – Norge\n\n7.4 Ingen personopplysninger skal overføres til eller kunne nås fra land utenfor EU/EØS uten at dere har gitt oss en skriftlig instruks om akkurat den overføringen.',
    },
    { name: "en, replication inside the EEA", text: "Data is replicated to a disaster recovery site in Finland." },
    { name: "nb, mirrored in Sweden, never outside the EEA", text: "Dataene speiles til et reservesenter i Sverige og replikeres aldri utenfor EØS." },
    { name: "en, ban with an exception the controller approves in writing", text: "Processor will not transfer Personal Data outside the EEA, except to Sub-processors that the Controller has approved in writing for that specific transfer." },
    { name: "nb, ban with an exception for a documented instruction", text: "Personopplysninger skal ikke overføres ut av EØS, med unntak av overføringer behandlingsansvarlig har gitt dokumentert instruks om." },
    // (clause corpus) a general authorisation for sub-processors, with the specific instruction kept for transfers
    { name: "nb, general sub-processor approval, specific instruction for transfers", text: "Behandlingsansvarlig gir generell godkjenning til bruk av underleverandører; overføring til tredjeland krever særskilt skriftlig instruks." },
    { name: "en, general sub-processor approval, transfers need prior written consent", text: "The Controller gives a general authorisation to engage sub-processors, but no transfer to a third country may take place without the Controller's prior written consent." },
    { name: "en, ISO code of an EEA country in the location column", text: "Sub-processor | Purpose | Location\nMailCo Ltd | Email delivery | IE" },
    { name: "nb, ISO code NO in the location column", text: "Underleverandør | Formål | Lokasjon\nDriftsPartner AS | Drift | NO" },
    'Databehandler kan bare overføre personopplysninger til land utenfor EU/EØS etter dokumentert instruks fra behandlingsansvarlig.',
    'The Processor shall not transfer Personal Data to a third country without the prior written consent of the Controller.',
    'Leverandoren skal ikke overfore personopplysninger til tredjeland uten at kunden pa forhand har gitt skriftlig instruks om dette.',
    'Biträdet får endast överföra personuppgifter till tredjeland enligt den personuppgiftsansvariges dokumenterade instruktioner.',
    {
      name: 'a transfer mechanism for transfers the controller must instruct',
      text: 'Any transfer of personal data to a third country shall take place only on documented instructions from the Controller. Where the Controller instructs such a transfer, the Processor shall use the standard contractual clauses adopted by the Commission as the transfer basis.',
    },
    {
      name: 'sub-processor list inside the EEA',
      text: 'Godkjente underleverandører:\n\nNavn\tTjeneste\tLokasjon\nDriftspartner AS\tDrift og lagring\tOslo, Norge\nSkyleverandør AB\tSikkerhetskopi\tStockholm, Sverige',
    },
    'Databehandleren skal bistå behandlingsansvarlig med å sørge for et gyldig overføringsgrunnlag dersom behandlingsansvarlig gir instruks om overføring til tredjeland.',
    'This Agreement is governed by the laws of the State of New York, USA.',
    'Processing under the UK GDPR is covered by the UK Addendum.',
    {
      name: 'a US group company with processing in the EU (location column)',
      text: 'Approved sub-processors:\n\n| Name | Country | Service | Location of processing |\n|---|---|---|---|\n| Cloudhost Inc. | USA | Hosting | EU (Frankfurt) |\n| Mailer Ltd | Ireland | E-mail | Ireland |',
    },
    {
      name: 'the parent company in brackets, storage in the EEA',
      text: 'Underleverandører:\n- Driftspartner AS, Norge: drift\n- Skyen Ireland Ltd (datterselskap av Skyen Corp., USA): e-post, lagring i Irland',
    },
    'Where the Controller instructs a transfer to a third country, the Processor shall ensure that the standard contractual clauses are in place.',
    'This DPA is governed by Norwegian law and the Processor is incorporated in the United States.',
    'Personuppgifter får inte överföras till tredje land utan den personuppgiftsansvariges skriftliga godkännande.',
    'Biträdet har inte rätt att överföra personuppgifter till tredjeland utan dokumenterade instruktioner.',
    'Databehandleren har ret til at overføre personoplysninger til tredjelande, når den dataansvarlige har givet dokumenteret instruks herom.',
    // a country without adequate protection is a destination, not a ban; a definition allows nothing
    'The supplier shall not transfer personal data to a country without an adequate level of protection unless the customer has given documented instructions for that transfer.',
    '"Standard Contractual Clauses" means the clauses adopted by the Commission for the transfer of personal data to third countries.',
    'Kundens instruks om overføring til tredjeland, herunder overføringsgrunnlaget, fremgår av bilag C.',
    'Personal data will not be processed or stored outside the EEA.',
    'Personopplysningene lagres og behandles kun i Norge og Sverige.',
    {
      name: 'items after a lead-in, all inside the EEA',
      text: 'Følgende underleverandører er godkjent:\n\nDriftspartner AS — drift i Oslo, Norge.\n\nSkyleverandør AB — sikkerhetskopi i Stockholm, Sverige.',
    },
    // (batch 3) support and remote access from inside the EEA; sub-processors whose non-EEA access is denied
    'Support ytes fra vårt team i Oslo og Bergen.',
    'Support is provided from our offices in Dublin and Stockholm.',
    'Leverandørens driftsteam i Stockholm kan ved behov få fjerntilgang til systemene.',
    'The US-based sub-processors listed in Annex 3 do not have access to Customer Personal Data.',
    'Personal data is never stored or accessed in the United States.',
    'Driftsteamet i India har ikke tilgang til personopplysninger.',
    // the country the data leaves, and a venue's place, are no destination
    'Where Personal Data is transferred from the EEA, the United Kingdom or Switzerland to a third country, the Standard Contractual Clauses apply at the Customer\'s documented instruction.',
    'Når personopplysninger overføres fra Sveits eller Storbritannia til Norge, gjelder ingen særlige vilkår.',
    'The courts located in Oslo have exclusive jurisdiction.',
    // a ban with the controller's consent; a proviso or a bracketed country inside the EEA; "you" authorising a transfer within the EEA
    { name: 'nb, a ban without prior written consent', text: 'Leverandøren skal ikke overføre personopplysninger til land utenfor EØS uten kundens skriftlige forhåndssamtykke.' },
    { name: 'nb, a proviso for staff in Sweden', text: 'Leverandøren skal ikke flytte data ut av Norge uten kundens samtykke, likevel slik at driftspersonell i Sverige kan gis tilgang.' },
    { name: 'nb, a pre-approved sub-processor with its EEA country in brackets', text: 'Kunden godkjenner bruk av underleverandørene i vedlegg 3, herunder Hosting AB (Sverige).' },
    { name: 'en, you authorise transfers to Germany', text: 'By signing, you authorise the transfers of personal data to Germany described in Annex 2.' },
    { name: 'en, kept in or worked on from EEA data centres', text: 'Vendor may keep Customer Data in, or work on it from, its data centres in Finland and Sweden.' },
    { name: 'nb: question/answer rows, both questions answered no', text: 'Lagres data utenfor EØS? | Nei\nKan data nås fra land utenfor EØS? | Nei' },
    { name: 'en: a question answered no', text: 'Is Customer Data stored in the United States? | No' },
  ],
  invalid: [
    // Norway's code "NO" in a location list is a place, not a denial of the US beside it
    { name: 'en, a location title listing Norway and the US by code', text: 'Hosting location: NO, US', messageId: 'processing-in-third-country' },
    // a location title's list that names a third country, by name or ISO code
    { name: 'en, "Hosting location: EU/US"', text: 'Hosting location: EU/US.', messageId: 'processing-in-third-country', at: 'Hosting location: EU/US' },
    { name: 'nb, "Lagringssted: Norge og USA"', text: 'Lagringssted: Norge og USA.', messageId: 'processing-in-third-country' },
    { name: 'sv, "Lagringsplats: EU och USA"', text: 'Lagringsplats: EU och USA.', messageId: 'processing-in-third-country' },
    // an exception in the proviso: backups "held by" an affiliate outside the EEA
    { name: 'en, backups held by an affiliate in the UK', text: 'The Vendor keeps Customer Data within the EEA, except backups, which may be held by the Vendor\'s affiliate in the United Kingdom.', messageId: 'processing-in-third-country' },
    // access "from" a country is where the data is reached from, not where it comes from: a rule for the EEA emptied by it
    { name: 'nb, EØS-regel, men underleverandører kan likevel ha tilgang fra USA', text: 'Leverandøren behandler personopplysningene bare i EØS. Underleverandørene kan likevel ha tilgang fra USA ved feilsøking.', messageId: 'processing-in-third-country', at: 'Underleverandørene kan likevel ha tilgang fra USA' },
    { name: 'en, sub-processors may access the data from India', text: 'Our sub-processors may access the data from India for support.', messageId: 'processing-in-third-country', at: 'sub-processors may access the data from India' },
    { name: 'sv, underbiträden kan dock få åtkomst från Indien', text: 'Leverantörens underbiträden kan dock få åtkomst till uppgifterna från Indien vid support.', messageId: 'processing-in-third-country', at: 'underbiträden kan dock få åtkomst till uppgifterna från Indien' },
    // an annex line of entries, each with its place and work in brackets, named by the item before as the sub-processors' annex
    { name: 'nb, inline entries of the sub-processors annex, one in the US', scope: 'document', text: 'Databehandleravtale\n\n1. Underleverandører: Kunden godkjenner underleverandørene i vedlegg 2.\n\n2. Vedlegg 2: Lagring AS (Norge, drift); SupportCo Inc. (USA, brukerstøtte med tilgang til saker).', messageId: 'subprocessor-outside-eea', at: '2. Vedlegg 2: Lagring AS (Norge, drift); SupportCo Inc. (USA, brukerstøtte med tilgang til saker).' },
    { name: 'en, inline entries of the sub-processors schedule, one in the United States', scope: 'document', text: 'Data Processing Terms\n\n1. Sub-processors: the Customer approves the sub-processors in Schedule 2.\n\n2. Schedule 2: StoreCo Ltd (Ireland, hosting); HelpCo Inc. (United States, support with access to tickets).', messageId: 'subprocessor-outside-eea', at: '2. Schedule 2: StoreCo Ltd (Ireland, hosting); HelpCo Inc. (United States, support with access to tickets).' },
    // the destination's places named in a relative clause after it ("any region …, which currently includes …")
    { name: 'en, any region, which currently includes the United States', text: 'The Supplier may move Customer Data to any region it operates, which currently includes regions in the United States and Japan.', messageId: 'processing-in-third-country', at: 'move Customer Data to any region it operates, which currently includes regions in the United States' },
    { name: 'nb, any region, which today includes the US', text: 'Leverandøren kan flytte Kundens data til enhver region Leverandøren bruker, som i dag omfatter datasentre i USA.', messageId: 'processing-in-third-country', at: 'flytte Kundens data til enhver region Leverandøren bruker, som i dag omfatter datasentre i USA' },
    { name: 'sv, any region, which at present includes the US', text: 'Leverantören får flytta Kundens data till valfri region, som för närvarande omfattar datacenter i USA.', messageId: 'processing-in-third-country', at: 'flytta Kundens data till valfri region, som för närvarande omfattar datacenter i USA' },
    { name: 'en, data kept in or worked on from offices including India', text: 'Vendor may keep customer data in, or work on it from, any of its offices, including offices in India.', messageId: 'processing-in-third-country', at: 'work on it from, any of its offices, including offices in India' },
    { name: 'nb, a ban with a proviso that lets staff in Vietnam in', text: 'Leverandøren skal ikke flytte data ut av Norge uten kundens samtykke, likevel slik at utviklere i Vietnam kan gis fjerntilgang ved feil.', messageId: 'processing-in-third-country', at: 'Vietnam kan gis fjerntilgang' },
    { name: 'sv, stored outside the EU/EEA without a specific instruction', text: 'Leverantören får lagra personuppgifter utanför EU/EES utan särskild instruktion från kunden.', messageId: 'processing-in-third-country', at: 'lagra personuppgifter utanför EU' },
    { name: 'en, may transfer without specific instructions', text: 'The Processor may transfer personal data to third countries without specific instructions from the Controller.', messageId: 'processor-may-transfer', at: 'Processor may transfer personal data to third countries' },
    { name: 'da, pre-approved sub-processors including one with India in brackets', text: 'Kunden godkender brugen af underdatabehandlerne i bilag 3, herunder Helpdesk Inc. (Indien).', messageId: 'processing-in-third-country', at: 'godkender brugen af underdatabehandlerne i bilag 3, herunder Helpdesk Inc. (Indien' },
    { name: 'en, you authorise the transfers to the United States', text: 'By signing this DPA you authorise the transfers of personal data to the United States described in Annex 2.', messageId: 'processing-in-third-country', at: 'authorise the transfers of personal data to the United States' },
    // the controller approves in advance a transfer to a named country outside the EU/EEA
    { name: "nb, the controller approves a transfer to a sub-processor in the USA", text: "Behandlingsansvarlig godkjenner at personopplysninger overføres til underleverandøren i USA.", messageId: "processing-in-third-country", at: "godkjenner at personopplysninger overføres" },
    { name: "sv, the controller approves a transfer to Canada", text: "Den personuppgiftsansvarige godkänner att personuppgifter överförs till underbiträdet i Kanada.", messageId: "processing-in-third-country", at: "godkänner att personuppgifter" },
    { name: "da, the controller approves a transfer to India", text: "Den dataansvarlige godkender, at personoplysninger overføres til underdatabehandleren i Indien.", messageId: "processing-in-third-country", at: "godkender" },
    { name: "en, the customer approves a transfer to the United States", text: "The Customer approves the transfer of personal data to the sub-processors in the United States listed in Annex 3.", messageId: "processing-in-third-country", at: "approves the transfer" },
    { name: "en, replication outside the EEA", text: "Data may be replicated to a disaster recovery site outside the EEA.", messageId: "processing-in-third-country", at: "outside the EEA" },
    { name: "nb, copies may be mirrored outside the EEA", text: "Kopier av dataene kan speiles til et reservesenter utenfor EØS.", messageId: "processing-in-third-country", at: "utenfor EØS" },

    { name: "en, ban with an exception for listed sub-processors", text: "Processor will not transfer Personal Data outside the EEA, except to the Sub-processors listed in Annex 3.", messageId: "processor-may-transfer", at: "except to the Sub-processors" },
    { name: "nb, ban with an exception for group companies", text: "Personopplysninger overføres ikke til land utenfor EØS, med unntak av til våre konsernselskaper.", messageId: "processor-may-transfer", at: "konsernselskaper" },
    // (clause corpus) a general instruction is no specific one; ISO codes in a location column
    { name: "da, a general instruction to transfer to third countries", text: "Den dataansvarlige giver ved aftalens indgåelse databehandleren en generel instruks om at overføre personoplysninger til tredjelande.", messageId: "general-approval", at: "generel instruks" },
    { name: "nb, a general instruction to transfer outside the EEA", text: "Behandlingsansvarlig gir med dette databehandleren en generell instruks om å overføre personopplysninger til land utenfor EØS.", messageId: "general-approval", at: "generell instruks" },
    { name: "en, a blanket authorisation", text: "Customer gives Vendor a blanket authorisation to transfer Personal Data to third countries.", messageId: "general-approval", at: "blanket authorisation" },
    { name: "en, ISO code US in the location column of a sub-processor table", text: "Sub-processor | Purpose | Location\nCloudCo Inc. | Hosting | US", messageId: "subprocessor-outside-eea", at: "US" },
    { name: "nb, ISO code IN with a city in the location column", text: "Underleverandør | Formål | Lokasjon\nSupportCo Pvt Ltd | Kundestøtte | IN (Bangalore)", messageId: "subprocessor-outside-eea", at: "IN (Bangalore)" },
    {
      name: 'a ban with an exception on the vendor\'s own terms is a permission',
      text: 'Leverandøren flytter ikke behandlingen til land utenfor EØS uten et gyldig overføringsgrunnlag.',
      messageId: 'own-transfer-basis',
      at: 'utenfor EØS',
    },
    {
      text: 'The supplier will not move personal data outside the EEA without a valid transfer mechanism in place.',
      messageId: 'own-transfer-basis',
      at: 'outside the EEA',
    },
    {
      name: 'Danish: a transfer only on a basis, no instruction (compound noun)',
      text: 'Hvor en underdatabehandler er placeret uden for EU/EØS, sker overførsel alene på et gyldigt overførselsgrundlag.',
      messageId: 'own-transfer-basis',
      at: 'overførselsgrundlag',
    },
    {
      name: 'Swedish compound: överföringsmekanism',
      text: 'Om personuppgifter överförs utanför EES ska Leverantören säkerställa en giltig överföringsmekanism.',
      messageId: 'own-transfer-basis',
      at: 'överföringsmekanism',
    },
    {
      name: 'a transfer outside the EEA to a country without adequacy: the vendor picks the safeguards',
      text: 'Where the supplier transfers personal data outside the EEA to a country without an adequate level of protection, the supplier will put appropriate safeguards in place.',
      messageId: 'own-transfer-basis',
      at: 'outside the EEA',
    },
    {
      text: 'Personal data may be processed in the United States and other countries where the supplier has facilities.',
      messageId: 'processing-in-third-country',
      at: 'processed in the United States',
    },
    {
      text: 'Personopplysninger kan behandles utenfor EØS av leverandørens driftspartnere.',
      messageId: 'processing-in-third-country',
      at: 'behandles utenfor EØS',
    },
    {
      name: 'present tense: the vendor stores the data in a named country',
      text: 'The vendor hosts and stores customer personal data in the United States.',
      messageId: 'processing-in-third-country',
      at: 'United States',
    },
    {
      name: 'outside a non-EEA country is outside the EEA too',
      text: 'Authentication, support and telemetry may involve processing outside the UK under the platform provider\'s terms.',
      messageId: 'access-from-outside',
      at: 'outside the UK',
    },
    {
      name: 'an instruction to transfer to any country is a general approval',
      text: 'You instruct us to transfer personal data to any country or territory as reasonably necessary for the services.',
      messageId: 'general-approval',
      at: 'any country',
    },
    {
      text: 'Kunden instruerer leverandøren om å overføre personopplysninger til ethvert land der tjenesten leveres.',
      messageId: 'general-approval',
      at: 'ethvert land',
    },
    {
      name: 'a table row with a vague third-country place',
      text: 'Bilaga 3 – Underbiträden\n\nUnderbiträde\tTjänst\tPlats\nMolnleverantör AB\tLagring\tEU\nAI-leverantör\tAI-analys\tEES + ev. tredjeland',
      messageId: 'subprocessor-outside-eea',
      at: 'ev. tredjeland',
    },
    {
      name: 'a table row located "Global"',
      text: 'Underleverandører\n\nLeverandør\tFormål\tLokasjon\nDriftspartner AS\tDrift\tNorge\nEdgehost\tHosting\tGlobal (edge)',
      messageId: 'subprocessor-outside-eea',
      at: 'Global (edge)',
    },
    {
      name: 'items after an approving lead-in: the lead-in is reported too',
      text: 'Följande underbiträden är godkända:\n\nDriftbolaget GmbH — hosting inom EU (Tyskland).\n\nUnderleverantör för textanalys (USA). Överföring sker under standardavtalsklausuler.',
      messageId: 'subprocessor-outside-eea',
      at: 'Följande underbiträden är godkända',
    },
    {
      name: 'English lead-in with paragraph items',
      text: 'The customer approves the following sub-processors:\n\nHostco GmbH - hosting in Frankfurt, Germany.\n\nTextco Inc - text processing in the USA.',
      messageId: 'subprocessor-outside-eea',
      at: 'Textco Inc - text processing in the USA.',
    },
    {
      text: 'Behandlingsansvarlig har godkjent at personopplysninger kan overføres til tredjeland, forutsatt at det foreligger et gyldig overføringsgrunnlag.',
      messageId: 'general-approval',
      at: 'har godkjent at personopplysninger kan overføres til tredjeland',
    },
    {
      text: 'The Customer hereby authorises the transfer of Personal Data outside the EEA where the Processor considers it necessary.',
      messageId: 'general-approval',
      at: 'authorises the transfer',
    },
    {
      text: 'The Processor may transfer Personal Data to countries outside the EU/EEA provided that appropriate safeguards are in place.',
      messageId: 'processor-may-transfer',
      at: 'may transfer',
    },
    {
      name: 'Swedish: the processor chooses the basis',
      text: 'Om personuppgifter behandlas utanför EU/EES säkerställer Leverantören att överföringen vilar på en giltig grund.',
      messageId: 'own-transfer-basis',
      at: 'säkerställer',
    },
    {
      name: 'æøå-less: access from outside the EEA',
      text: 'Ved feilsoking og support kan tilgang til personopplysningene fra land utenfor EOS forekomme.',
      messageId: 'access-from-outside',
      at: 'tilgang',
    },
    {
      name: 'OCR noise: general approval',
      text: 'Behandlingsansvarlig har godkjent at personopplysninger kan overfgres til tredjeland (land utenfor EØS), herunder til underleverandgrer.',
      messageId: 'general-approval',
      at: 'kan overfgres til tredjeland',
    },
    {
      name: 'a pre-approved sub-processor processing in the USA',
      text: 'Approved sub-processors:\n\nName\tPurpose\tLocation\nHostCo Ltd\tHosting\tIreland\nMailer Inc\tE-mail delivery\tUSA',
      messageId: 'subprocessor-outside-eea',
      at: 'Mailer Inc',
    },
    {
      name: 'processing in a named country outside the EEA',
      text: 'Personal data may be processed in the United States by the Processor\'s hosting partner.',
      messageId: 'processing-in-third-country',
      at: 'United States',
    },
    {
      name: 'processing anywhere the processor has facilities',
      text: 'Customer authorises Processor to transfer Customer Personal Data to any country in which Processor or its Sub-processors maintain facilities.',
      messageId: 'general-approval',
      at: 'authorises Processor to transfer',
    },
    {
      name: 'a location column that names a country outside the EEA',
      text: 'Approved sub-processors:\n\n| Name | Country | Service | Location of processing |\n|---|---|---|---|\n| Cloudhost Inc. | USA | Hosting | EU (Frankfurt) |\n| Helpdesk Inc. | USA | Support | USA |',
      messageId: 'subprocessor-outside-eea',
      at: 'Helpdesk Inc.',
    },
    {
      name: 'Swedish: the processor may transfer to a third country',
      text: 'Biträdet får överföra personuppgifter till tredje land om lämpliga skyddsåtgärder finns.',
      messageId: 'processor-may-transfer',
      at: 'får överföra',
    },
    {
      name: 'sub-processors in a named country',
      text: 'Leverandøren benytter underleverandører i USA som er sertifisert under EU-US Data Privacy Framework.',
      messageId: 'processing-in-third-country',
      at: 'USA',
    },
    {
      name: 'Swedish: a right to transfer on the processor\'s own basis',
      text: 'Leverantören har rätt att överföra personuppgifter till tredjeland om standardavtalsklausuler används.',
      messageId: 'processor-may-transfer',
      at: 'har rätt att överföra',
    },
    {
      name: 'Danish: a right to transfer to third countries',
      text: 'Databehandleren har ret til at overføre personoplysninger til tredjelande, hvis der er et gyldigt overførselsgrundlag.',
      messageId: 'processor-may-transfer',
      at: 'har ret til at overføre',
    },
    {
      text: 'The Supplier has the right to transfer Personal Data to third countries on the basis of the standard contractual clauses.',
      messageId: 'processor-may-transfer',
      at: 'has the right to transfer',
    },
    {
      name: 'æøå-less: reserves the right to transfer outside the EEA',
      text: 'Leverandoren forbeholder seg retten til a overfore personopplysninger til land utenfor EOS.',
      messageId: 'processor-may-transfer',
      at: 'forbeholder seg retten',
    },
    // (batch 3) support or remote access from a non-EEA country or city (gazetteer: place.non-eea, place.non-eea-city)
    { name: 'nb, support provided from a partner in a non-EEA city', text: 'Support ytes fra vårt team i Oslo og fra vår partner i Manila.', messageId: 'processing-in-third-country', at: 'Manila' },
    { name: 'en, support provided from a non-EEA city', text: 'Support is provided from our team in Bangalore.', messageId: 'processing-in-third-country', at: 'Bangalore' },
    { name: 'nb æøå-less, remote access (compound) from USA and India', text: 'Leverandorens driftsteam i USA og India kan ved behov fa fjerntilgang til systemene.', messageId: 'processing-in-third-country', at: 'fjerntilgang' },
    { name: 'en, remote access from a non-EEA country', text: 'Our operations team in Serbia may remotely access the systems for maintenance.', messageId: 'processing-in-third-country', at: 'Serbia' },
    { name: 'sv, remote access from a non-EEA city', text: 'Leverantörens supportteam i Kiev kan vid behov få fjärråtkomst till systemen.', messageId: 'processing-in-third-country', at: 'Kiev' },
    // a negation after the act ("without prior notice") does not deny the place
    { name: 'en, sub-processors in the US engaged without notice', text: 'Provider may engage Subprocessors located in the United States without prior notice to Customer.', messageId: 'processing-in-third-country', at: 'United States' },
    { name: 'nb, sub-processors in the US engaged without notice', text: 'Leverandøren kan benytte underleverandører lokalisert i USA uten forhåndsvarsel til Kunden.', messageId: 'processing-in-third-country', at: 'USA' },
    { text: 'Is Customer Data stored in the United States? | Yes', messageId: 'processing-in-third-country', at: 'stored in the United States', name: 'en: a question answered yes' },
    { text: 'Kan data aksesseres fra USA? | Ja, av vår support', messageId: 'processing-in-third-country', at: 'USA', name: 'nb: a question answered yes, with more' },
  ],
});
