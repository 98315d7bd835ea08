// Table for the breach-notice-deadline rule: the processor's notice to the controller is judged (hours,
// 'if possible', vague deadlines, no duty at all); the controller's own duties to the authority or to data
// subjects, follow-up reports and breaches of the contract are not.
import { testRule } from '../rule-tester';

testRule('breach-notice-deadline', {
  valid: [
    // a notice listed among the duties helped with, in an inline list whose other item has a longer period of its own
    { name: 'nb, inline list: "herunder varsle" and a deletion item', scope: 'document', text: 'Databehandleravtale\n1. Leverandøren skal a) behandle personopplysninger etter instruks; b) bistå Kunden med pliktene etter artikkel 32 til 36, herunder varsle om brudd på personopplysningssikkerheten uten ugrunnet opphold; c) slette alle opplysninger innen 30 dager etter opphør.' },
    // OCR read a 1 or a 0 as a letter: 21 and 20 hours
    'Leverandøren skal varsle Kunden om avvik uten ugrunnet opphold og senest innen 2l timer.',
    'The Supplier shall notify the Customer of a breach without undue delay, in any event within 2O hours.',
    // a breach in everyday words, told promptly
    { name: 'nb, data gone astray, told without undue delay', text: 'Hvis opplysninger er kommet på avveie eller er blitt borte, sier Leverandøren fra til Kunden uten ugrunnet opphold og senest innen 24 timer.' },
    // a follow-up report after a prompt notice; a summary in the monthly report beside a prompt notice
    "The Contractor notifies the Client of a breach within 24 hours. A detailed written incident report follows within ten working days.",
    "Leverantören underrättar Kunden utan onödigt dröjsmål om en personuppgiftsincident. Incidenterna sammanfattas även i månadsrapporten.",
    // 'the Authority' the document names as the controller is told, not the regulator
    { text: "AGREEMENT between the Authority (controller) and the Contractor (processor)\n1. Breaches: The Contractor notifies the Authority of any personal data breach within 24 hours.", scope: "document", name: "en: the Authority defined as the controller" },
    // "information security" is no notice: a patch deadline in a list of measures
    'Measures: critical patches applied within 7 days; documented incident response plan tested annually; an ISO/IEC 27001 certified information security management system.',
    // plain-language vendor terms: "we'll tell you" is the notice
    { name: 'en, plain voice "we will tell you"', scope: 'document', text: 'Data Processing Terms\n\n1. Breaches\n\nIf we become aware of a personal data breach affecting your data, we will tell you without undue delay and in any case within 24 hours.' },
    // a table written as text: the cell under the notice column of the breach row is the deadline; other events' rows are not
    { name: 'en, table: breach row within 24 hours, an outage 72 hours', text: 'Event | Notification deadline | Contact\nPersonal data breach | 24 hours | Security desk\nPlanned downtime | 72 hours | Service desk' },
    { name: 'nb, tabell: sikkerhetsbrudd uten ugrunnet opphold, driftsstans 5 dager', text: 'Hendelse | Varsel til Kunden | Kanal\nSikkerhetsbrudd | Uten ugrunnet opphold, senest 12 timer | Telefon\nDriftsstans | 5 dager | E-post' },
    // a lead time ("in advance", "i forveien", "i förväg") is the notice of something else, even in a sentence that names a breach
    { name: 'en, an inspection announced in advance, none after a breach', text: 'Inspections are announced 30 days in advance; after a personal data breach no announcement is needed.' },
    { name: 'nb, kontroll varslet i forkant, også ved sikkerhetsbrudd', text: 'Kontroll hos Leverandøren varsles 20 dager i forkant; ved et sikkerhetsbrudd kan kontrollen skje straks.' },
    { name: 'sv, granskning aviserad i förväg', text: 'Granskning meddelas 15 dagar i förväg, men efter en personuppgiftsincident får den ske utan förvarning.' },
    // the authority's own deadline named as such is not the processor's
    { name: 'en, the customer\'s 72-hour obligation to the authority', text: 'We will notify Customer without undue delay after becoming aware of a Security Incident and help Customer meet its own obligations, including any 72-hour obligation to notify a supervisory authority.' },
    { name: 'nb, kundens 72 timers frist overfor Datatilsynet', text: 'Leverandøren varsler Kunden uten ugrunnet opphold om brudd på personopplysningssikkerheten, slik at Kunden kan overholde sin 72 timers frist overfor Datatilsynet.' },
    // informal breach wording with a compliant notice; a problem with the service is no breach
    "If something goes wrong with your data, we'll let you know without undue delay and within 24 hours.",
    "Hvis noe går galt med dataene dine, varsler vi deg uten ugrunnet opphold og senest innen 24 timer.",
    "If something goes wrong with the service, we will let you know within 5 days.",
    { name: "nb, the customer's own notice to the data subjects after a breach", text: "Kunden skal varsle de registrerte om bruddet innen 72 timer." },
    // (clause corpus) a report that follows the first notice has its own time
    { name: "en, report after the initial notification", text: "Following the initial notification, the Processor shall provide a written incident report within 14 days." },
    { name: "nb, report after the first notice", text: "Etter det første varselet skal databehandleren sende en skriftlig rapport om avviket innen 10 dager." },
    { name: "nb, informal, within 12 hours", text: "Vi sier fra til dere innen 12 timer hvis det har skjedd et sikkerhetsbrudd." },
    'If we discover a personal data breach, we will notify you within 24 hours so that you can report it to the supervisory authority.',
    'Upptäcker vi en personuppgiftsincident meddelar vi er utan onödigt dröjsmål och senast inom 24 timmar, så att ni kan anmäla den till Integritetsskyddsmyndigheten.',
    'The Controller is responsible for informing affected data subjects of the breach within 72 hours.',
    'Kunden skal underrette de registrerte om bruddet innen 72 timer der det er påkrevd.',
    'The Processor shall notify the Controller of the breach within 24 hours; a full report shall follow within 5 business days.',
    'Processor shall notify Controller of the breach within 12 hours and provide status updates every 24 hours thereafter.',
    "If either party commits a material breach of this DPA, the other party may terminate the Agreement by notifying the breaching party in writing with 30 days' notice.",
    'Brudd pa avtalen skal meldes til den andre parten, som har 30 dager pa a rette forholdet.',
    'Den personuppgiftsansvarige ansvarar för att anmäla incidenten till Integritetsskyddsmyndigheten inom 72 timmar.',
    'Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold, og senest innen 24 timer, etter å ha blitt kjent med et brudd på personopplysningssikkerheten.',
    'The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.',
    'Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold dersom det oppstar brudd pa personopplysningssikkerheten.',
    'Behandlingsansvarlig skal melde bruddet til Datatilsynet innen 72 timer.',
    'Databehandleren skal underrette den dataansvarlige uden unødig forsinkelse efter at være blevet opmærksom på et brud på persondatasikkerheden.',
    'Biträdet ska utan onödigt dröjsmål underrätta den personuppgiftsansvarige om en personuppgiftsincident.',
    {
      name: 'a whole DPA whose only breach duty also mentions the authority',
      scope: 'document',
      text: 'Avtal\n\n1. Behandling\n\nLeverantören behandlar personuppgifter endast enligt Kundens instruktioner.\n\n2. Incident\n\nLeverantören underrättar Kunden utan onödigt dröjsmål om en personuppgiftsincident och bistår Kunden med anmälan till Integritetsskyddsmyndigheten.\n\n3. Lag\n\nAvtalet är underlagt norsk rett.',
    },
    // a party word that says whose data it is, not who tells
    'Ved uautorisert tilgang til kundens personopplysninger skal leverandøren varsle kunden uten ugrunnet opphold.',
    'If Client Data is disclosed without authorisation, Vendorly shall notify the Client without undue delay and no later than 24 hours after becoming aware.',
    // a bare notice whose section is about something else is not the breach notice
    'Varsel om endringer i underleverandører gis 30 dager i forveien.',
    'Notice of changes to the sub-processor list shall be given at least 30 days in advance.',
    {
      name: 'a bare notice under a termination heading',
      scope: 'document',
      text: 'Databehandleravtale\n\n1. Instrukser\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser.\n\n2. Avvik\n\nDatabehandler skal varsle behandlingsansvarlig om brudd på personopplysningssikkerheten uten ugrunnet opphold.\n\n3. Oppsigelse\n\n3.1 Varsel skal gis innen 90 dager.',
    },
    'The Customer shall notify the Supplier in writing within 48 hours.',
    // help with the controller's own notification is assistance, not the processor's notice
    'Databehandler skal bistå behandlingsansvarlig med å oppfylle pliktene i artikkel 32–36 (sikkerhet, varsling av brudd, konsekvensvurdering).',
    "The Processor shall assist the Controller in notifying personal data breaches to the supervisory authority within 72 hours.",
    'Varsling skal skje uten ugrunnet opphold og senest innen 24 timer.',
    'The Processor shall notify the Controller of a personal data breach within 24 hours, and the parties aim to agree on the next steps.',
    // "if possible" about what the notice says, not about the duty or its timing
    'In the event of a personal data breach, the notification shall, where possible, also describe the likely consequences.',
    'Ved brudd på personopplysningssikkerheten skal varselet om mulig også beskrive de sannsynlige konsekvensene.',
    // the controller notifying the authority within 72 hours is its own deadline, not the processor's
    'The notice period is set so that the Controller can report the breach to the Data Protection Authority within 72 hours.',
    'Fristen er satt slik at behandlingsansvarlig skal kunne melde bruddet til Datatilsynet innen 72 timer.',
    // a deadline counted to a business day or a working week belongs to the follow-up report here, not to the first notice
    { name: 'en, a report by the third business day follows a 24-hour notice', text: 'The Supplier shall notify the Customer of a Personal Data Breach within 24 hours; a full report shall follow no later than the third business day.' },
    { name: 'nb, rapport innen utgangen av neste virkedag etter varsel innen 24 timer', text: 'Leverandøren skal varsle Kunden om brudd på personopplysningssikkerheten senest innen 24 timer; en fullstendig rapport skal følge innen utgangen av neste virkedag.' },
    { name: 'en, details within a commercially reasonable time after an undue-delay notice', text: 'The Supplier shall notify the Customer of a Personal Data Breach without undue delay and provide further details within a commercially reasonable time.' },
    // a breach term defined plainly, or a late definition of a term the notice does not use
    { name: 'en, a plain definition of the term the notice uses', text: '“Security Incident” means a breach of security leading to unauthorised access to personal data. The Processor shall notify the Customer of any Security Incident without undue delay.' },
    { name: 'nb, a late definition of a term the notice does not use', text: '«Bekreftet hendelse» betyr et brudd på personopplysningssikkerheten som er bekreftet etter at Leverandørens undersøkelse er avsluttet. Leverandøren skal varsle Kunden om ethvert brudd på personopplysningssikkerheten uten ugrunnet opphold.' },
    // an exception that the processor's judgement does not decide leaves the duty whole
    'The Processor will notify the Customer of a Personal Data Breach without undue delay; this does not apply to incidents that involve no personal data.',
    'The Processor will notify the Customer of a Personal Data Breach without undue delay, unless the Customer has asked to be notified through its own portal.',
    // a fuller report after the investigation follows the first notice
    'The Processor shall notify the Controller of a personal data breach without undue delay and provide a full report following completion of its investigation.',
  ],
  invalid: [
    { name: 'en, notice listed among the duties helped with, 72 hours', text: 'The Supplier shall assist the Customer with its obligations under Articles 32 to 36, including notifying the Customer of a personal data breach within 72 hours.', messageId: 'deadline-too-long', at: '72 hours' },
    // OCR read a 0 as the letter O: ten days
    { name: 'nb, OCR: 1O virkedager', text: 'Ved brudd på personopplysningssikkerheten skal Leverandøren varsle Kunden senest innen 1O virkedager.', messageId: 'deadline-too-long', at: '1O virkedager' },
    { name: 'en, OCR: 7l hours', text: 'The Processor shall notify the Controller of any personal data breach within 7l hours.', messageId: 'deadline-too-long', at: '7l hours' },
    // a breach in everyday words ("er kommet på avveie", "er blitt borte"), told "sier ... fra", within "some days"
    { name: 'nb, data gone astray, told within some days', text: 'Hvis opplysninger er kommet på avveie eller er blitt borte, sier Leverandøren fra til Kunden så snart vi har fått oversikt, normalt i løpet av noen dager.', messageId: 'vague-deadline', at: 'i løpet av noen dager' },
    { name: 'nb, told once the processor has its overview', text: 'Hvis uvedkommende har fått tak i personopplysninger, varsler Leverandøren Kunden så snart Leverandøren har fått oversikt over hendelsen.', messageId: 'vague-deadline', at: 'så snart Leverandøren har fått oversikt' },
    { name: 'en, data lost, told within a few days', text: 'If Customer Data is lost, the Supplier will inform the Customer within a few days.', messageId: 'vague-deadline', at: 'within a few days' },
    // a table written as text: the cell under the notice column of the breach row
    { name: 'en, table: breach row 48 hours', text: 'Event | Notification deadline | Contact\nPlanned downtime | 2 hours | Service desk\nPersonal data breach | 48 hours | Security desk', messageId: 'deadline-too-long', at: '48 hours' },
    { name: 'sv, tabell: personuppgiftsincident 36 timmar', text: 'Händelse | Frist för underrättelse | Kanal\nPersonuppgiftsincident | 36 timmar | E-post\nDriftstopp | 1 timme | Telefon', messageId: 'deadline-too-long', at: '36 timmar' },
    // a lead time for something else in the same sentence leaves the breach deadline as it is
    { name: 'en, a maintenance lead time beside a 72-hour breach notice', text: 'Security breaches will be notified to the Customer within 72 hours, and planned maintenance is announced 5 days in advance.', messageId: 'deadline-too-long', at: '72 hours' },
    { name: 'nb, vedlikehold varslet i forveien ved siden av 48 timer', text: 'Leverandøren varsler Kunden om brudd på personopplysningssikkerheten innen 48 timer, og planlagt vedlikehold varsles 7 dager i forveien.', messageId: 'deadline-too-long', at: '48 timer' },
    { name: 'nb, the processor\'s own 72 hours, so that the controller can meet its duty to the authority', text: 'Databehandler skal varsle behandlingsansvarlig om brudd på personopplysningssikkerheten innen 72 timer, slik at behandlingsansvarlig kan oppfylle sin meldeplikt til Datatilsynet.', messageId: 'deadline-too-long', at: '72 timer' },
    // a breach said informally ("something goes wrong with your data"), a range of days, a soft "normally"
    { name: "en, informal breach, a range of working days", text: "If something goes wrong with your data, we'll let you know as soon as we can, normally within 2-3 working days.", messageId: "deadline-too-long", at: "2-3 working days" },
    { name: "nb, informal breach with a postposed owner ('dataene dine')", text: "Hvis noe går galt med dataene dine, gir vi deg beskjed så snart vi kan, normalt innen 2–3 virkedager.", messageId: "deadline-too-long", at: "2–3 virkedager" },
    { name: "nb, data gone astray, 72 hours", text: "Hvis opplysninger kommer på avveie, varsler vi kunden innen 72 timer.", messageId: "deadline-too-long", at: "72 timer" },
    { name: "sv, data gone astray, normally within 24 hours", text: "Om personuppgifter kommer på avvägar meddelar vi er normalt inom 24 timmar.", messageId: "qualified-duty", at: "normalt" },
    { name: "en, a breach notice normally within 24 hours", text: "We will notify you of a personal data breach, normally within 24 hours.", messageId: "qualified-duty", at: "normally" },
    // (clause corpus) bracketed template numbers; informal 'si fra', 'let you know'
    { name: "en, bracketed hours", text: "Processor shall inform Controller of any Personal Data Breach within [forty-eight (48)] hours.", messageId: "deadline-too-long", at: "48)] hours" },
    { name: "nb, bracketed hours", text: "Databehandler skal varsle behandlingsansvarlig om avvik innen [48] timer.", messageId: "deadline-too-long", at: "48] timer" },
    { name: "nb, informal 'sier fra' within 2 døgn", text: "Vi sier fra til dere innen 2 døgn hvis det har skjedd et sikkerhetsbrudd.", messageId: "deadline-too-long", at: "2 døgn" },
    { name: "en, informal 'let you know'", text: "We will let you know of any Security Incident within 72 hours.", messageId: "deadline-too-long", at: "72 hours" },
    { text: 'Om vi upptäcker en personuppgiftsincident meddelar vi er inom 72 timmar, med den information ni behöver för att anmäla den till Integritetsskyddsmyndigheten.', messageId: 'deadline-too-long', at: '72 timmar', name: 'sv, informal' },
    { text: 'If we discover a personal data breach we will notify you within 72 hours with what you need to notify the supervisory authority.', messageId: 'deadline-too-long', at: '72 hours' },
    { text: 'Oppdager vi et brudd på personopplysningssikkerheten, varsler vi dere innen 48 timer slik at dere kan melde det til Datatilsynet.', messageId: 'deadline-too-long', at: '48 timer' },
    { text: 'Opdager vi et brud på persondatasikkerheden, underretter vi jer inden 72 timer, så I kan anmelde det til Datatilsynet.', messageId: 'deadline-too-long', at: '72 timer', name: 'da' },
    { text: 'Varsling om avvik skal om mulig skje innen 48 timer etter at databehandler er blitt kjent med avviket.', messageId: 'deadline-too-long', at: '48 timer' },
    { text: 'The Processor shall notify the Controller of any Personal Data Breach within seventy-two (72) hours.', messageId: 'deadline-too-long', at: 'seventy-two (72) hours' },
    { text: 'Databehandler skal varsle behandlingsansvarlig om brudd på personopplysningssikkerheten innen tre dager.', messageId: 'deadline-too-long', at: 'tre dager' },
    { text: 'Varsling om avvik skal om mulig skje uten ugrunnet opphold etter at databehandler er blitt kjent med avviket.', messageId: 'qualified-duty', at: 'om mulig' },
    { text: 'Varsling om avvik skal om mulig skje innen 4B timer etter at databehandler er blitt kjent med avviket, og Databehandler skal varsle sa langt det er mulig.', messageId: 'qualified-duty', at: 'om mulig' },
    { text: 'Varsling om awik skal skje innen 48 timer etter at databehandler er blitt kjent med awiket, og databehandler skal melde fra om brudd.', messageId: 'deadline-too-long', at: '48 timer', name: 'OCR noise' },
    {
      name: 'the processor tells the controller so that it can tell the authority',
      text: 'Leverandørens underretning til kunden om et sikkerhetsbrudd skal skje innen 36 timer, slik at kunden kan melde fra til tilsynsmyndigheten innen 72 timer.',
      messageId: 'deadline-too-long',
      at: '36 timer',
    },
    { text: 'The Processor will notify the Controller of a personal data breach within a reasonable time.', messageId: 'vague-deadline', at: 'within a reasonable time' },
    {
      name: 'the controller notifying the authority is no notice to the controller',
      scope: 'document',
      text: 'Data Processing Agreement\n\n1. Instructions\n\nThe Processor processes personal data only on documented instructions.\n\n2. Breaches\n\nThe notification deadline is set so that the Controller can notify the supervisory authority within 72 hours.',
      messageId: 'no-breach-notice',
    },
    // a deadline counted to the nth business day, or in working weeks: at least a business day, so over 24 hours
    { name: 'en, by the second business day', text: 'Vendor will notify the Customer of a personal data breach by the second business day after it learns of it.', messageId: 'deadline-too-long', at: 'second business day' },
    { name: 'nb, innen utgangen av påfølgende arbeidsdag', text: 'Ved sikkerhetsbrudd varsler Leverandøren Kunden senest ved utgangen av påfølgende arbeidsdag.', messageId: 'deadline-too-long', at: 'påfølgende arbeidsdag' },
    { name: 'da, senest næste hverdag', text: 'Databehandleren underretter den dataansvarlige om brud på persondatasikkerheden senest næste hverdag.', messageId: 'deadline-too-long', at: 'næste hverdag' },
    { name: 'sv, inom en arbetsvecka', text: 'Leverantören ska meddela Kunden en personuppgiftsincident inom en arbetsvecka från upptäckten.', messageId: 'deadline-too-long', at: 'en arbetsvecka' },
    { name: 'en, within a commercially reasonable period', text: 'Security incidents will be reported to the Customer within a commercially reasonable period.', messageId: 'vague-deadline', at: 'within a commercially reasonable period' },
    // an exception the processor's own judgement decides empties the duty: it chooses which breaches it tells
    { name: 'en, does not apply where the processor considers', text: 'Vendor shall notify the Customer of any personal data breach without undue delay; this shall not apply where Vendor considers the breach unlikely to affect data subjects.', messageId: 'qualified-duty', at: 'shall not apply where Vendor considers' },
    { name: 'nb, med mindre leverandøren anser', text: 'Leverandøren skal varsle Kunden om brudd på personopplysningssikkerheten uten ugrunnet opphold, med mindre Leverandøren anser at bruddet ikke medfører risiko.', messageId: 'qualified-duty', at: 'med mindre Leverandøren anser' },
    { name: 'da, gælder dog ikke, hvis databehandleren skønner', text: 'Databehandleren underretter den dataansvarlige om brud på persondatasikkerheden uden unødig forsinkelse; dette gælder dog ikke, hvis Databehandleren skønner, at bruddet er uden betydning.', messageId: 'qualified-duty', at: 'gælder dog ikke, hvis Databehandleren skønner' },
    { name: 'sv, om inte biträdet bedömer', text: 'Biträdet ska underrätta Kunden om en personuppgiftsincident utan onödigt dröjsmål, om inte biträdet bedömer att incidenten saknar betydelse.', messageId: 'qualified-duty', at: 'om inte biträdet bedömer' },
    // a deadline that starts only when the processor's own investigation ends
    // ... said in the definition of the breach term the notice uses: the notice inherits the late start
    { name: 'en, the defined breach is one confirmed once the investigation is complete', text: '“Security Incident” means a personal data breach that the Processor has confirmed once its internal investigation is complete. The Processor shall notify the Customer of any Security Incident without undue delay.', messageId: 'vague-deadline', at: 'once its internal investigation is complete' },
    { name: 'nb, definisjonen av sikkerhetsbrudd venter på leverandørens undersøkelse', text: '«Avvik» betyr et brudd på personopplysningssikkerheten som er bekreftet etter at Leverandørens undersøkelse er avsluttet. Leverandøren varsler Kunden om Avvik uten ugrunnet opphold.', messageId: 'vague-deadline', at: 'etter at Leverandørens undersøkelse er avsluttet' },
    { name: 'da, definitionen af sikkerhedsbrud venter på undersøgelsen', text: '”Sikkerhedsbrud” betyder et brud på persondatasikkerheden, som Databehandleren har bekræftet efter afslutningen af den interne undersøgelse. Databehandleren underretter den dataansvarlige om Sikkerhedsbrud uden unødig forsinkelse.', messageId: 'vague-deadline', at: 'efter afslutningen af den interne undersøgelse' },
    { text: 'Supplier will notify the Customer of a personal data breach without undue delay after completing its internal investigation.', messageId: 'vague-deadline', at: 'after completing', name: 'en, notice after the investigation' },
    { text: 'Leverandøren skal varsle Kunden om brudd på personopplysningssikkerheten uten ugrunnet opphold etter at undersøkelsen er avsluttet.', messageId: 'vague-deadline', at: 'etter at undersøkelsen', name: 'nb, notice after the investigation' },
    { text: 'Databehandleren underretter den dataansvarlige om brud på persondatasikkerheden efter afslutningen af den interne undersøgelse.', messageId: 'vague-deadline', at: 'efter afslutningen', name: 'da, notice after the investigation' },
    {
      name: 'a whole DPA with no breach-notification duty',
      scope: 'document',
      messageId: 'no-breach-notice',
      text: 'Databehandleravtale\n\n1. Formål\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.\n\n2. Sikkerhet\n\nDatabehandler skal gjennomføre tekniske og organisatoriske tiltak etter artikkel 32.',
    },
    {
      name: 'list item under a breach heading',
      text: '7. Security Incidents\n\n7.1 Upon becoming aware of an incident, the Processor shall:\n\n(a) notify the Customer within 48 hours;\n\n(b) describe the measures taken.',
      messageId: 'deadline-too-long',
      at: '48 hours',
    },
    { text: 'Kunden skal få varsel om avvik innen 48 timer.', messageId: 'deadline-too-long', at: '48 timer', name: 'the controller is told (passive)' },
    { text: 'Leverandoren gir Kunden beskjed om sikkerhetsbrudd senest innen 3 dager.', messageId: 'deadline-too-long', at: '3 dager', name: 'without æøå' },
    { text: 'Biträdet ska underrätta den personuppgiftsansvarige om en personuppgiftsincident inom 72 timmar.', messageId: 'deadline-too-long', at: '72 timmar', name: 'Swedish' },
    { text: 'Databehandleren underretter den dataansvarlige uden unødig forsinkelse og så vidt muligt senest 48 timer efter bruddet.', messageId: 'deadline-too-long', at: '48 timer', name: 'Danish, no modal verb' },
    { text: 'Should unauthorised disclosure of Client Data occur, Vendorly will alert the Client promptly and, where feasible, within forty eight hours.', messageId: 'deadline-too-long', at: 'forty eight hours', name: 'the data owner named first, hours in words' },
    { text: 'Ved brudd som rammer kundens personopplysninger varsler leverandøren kunden, når det er praktisk mulig, uten ugrunnet opphold.', messageId: 'qualified-duty', at: 'når det er praktisk mulig' },
    { text: 'Leverantören ska underrätta Kunden om en personuppgiftsincident inom två dygn.', messageId: 'deadline-too-long', at: 'två dygn', name: 'Swedish dygn' },
    { text: 'Databehandleren underretter den dataansvarlige om brud på persondatasikkerheden senest otteogfyrre timer efter opdagelsen.', messageId: 'deadline-too-long', at: 'otteogfyrre timer', name: 'Danish number word' },
    { text: 'The Supplier shall notify the Customer of a Security Incident, if feasible, within 12 hours.', messageId: 'qualified-duty', at: 'if feasible' },
    { text: 'Leverandoren skal varsle kunden om sikkerhetsbrudd innen 48 (forty-eight) timer.', messageId: 'deadline-too-long', at: '48 (forty-eight) timer', name: 'without æøå, word in brackets' },
    // a pasted notice duty with a deadline and no other object is, in a DPA, the breach notice
    { text: 'Varsling skal om mulig skje innen 48 timer.', messageId: 'deadline-too-long', at: '48 timer', name: 'bare notice, pasted (nb)' },
    { text: 'Notification shall, where possible, be given within 48 hours.', messageId: 'deadline-too-long', at: '48 hours', name: 'bare notice, pasted (en)' },
    { text: 'Underretning skal så vidt muligt ske inden 72 timer.', messageId: 'deadline-too-long', at: '72 timer', name: 'bare notice, pasted (da)' },
    { text: 'Underrattelse ska om mojligt ske inom 48 timmar.', messageId: 'deadline-too-long', at: '48 timmar', name: 'bare notice, pasted (sv, without åäö)' },
    { text: 'Varsling skal skje uten ugrunnet opphold, om mulig innen 24 timer.', messageId: 'qualified-duty', at: 'om mulig', name: 'bare notice, qualified' },
    {
      name: 'a bare notice under a breach heading in a whole DPA',
      scope: 'document',
      text: 'Databehandleravtale\n\n1. Instrukser\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser.\n\n2. Sikkerhetshendelser\n\n2.1 Varsel skal gis innen 72 timer.',
      messageId: 'deadline-too-long',
      at: '72 timer',
    },
    {
      name: 'a whole DPA whose only breach wording is help with the controller\'s duties',
      scope: 'document',
      messageId: 'no-breach-notice',
      text: 'Databehandleravtale\n\n1. Instrukser\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser.\n\n2. Bistand\n\nDatabehandler skal bistå behandlingsansvarlig med å oppfylle pliktene i artikkel 32-36 (sikkerhet, varsling av brudd, DPIA).',
    },
    {
      name: 'notice of a breach under a breach heading, written as "notice"',
      scope: 'document',
      text: 'Data Processing Addendum\n\n1. Instructions\n\nThe Processor processes personal data only on documented instructions.\n\n2. Personal Data Breach\n\nThe Processor will notify the Customer without undue delay. Where feasible, the Processor aims to provide an initial notice within 72 hours.',
      messageId: 'deadline-too-long',
      at: '72 hours',
    },
    // an aim is no duty
    { text: 'The Processor aims to notify the Controller of a personal data breach within 24 hours.', messageId: 'qualified-duty', at: 'aims to', name: 'en, only an aim' },
    { text: 'Leverandøren tar sikte på å varsle kunden om avvik innen 24 timer.', messageId: 'qualified-duty', at: 'tar sikte på', name: 'nb, only an aim' },
    { text: 'Databehandleren tilstræber at underrette den dataansvarlige om brud på persondatasikkerheden inden 24 timer.', messageId: 'qualified-duty', at: 'tilstræber', name: 'da, only an aim' },
    // the next periodic report as the only notice
    { text: "Avvik rapporteres til Kommunen i neste kvartalsrapport.", messageId: "vague-deadline", at: "kvartalsrapport", name: "nb: neste kvartalsrapport" },
    { text: "Security incidents are reported to the Client in the next quarterly service report.", messageId: "vague-deadline", at: "quarterly", name: "en: next quarterly report" },
  ],
});
