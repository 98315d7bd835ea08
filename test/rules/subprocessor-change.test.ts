// Table of clauses for the subprocessor-change rule: free changes, short or qualified notice,
// a mere duty to inform, and no objection right are flagged; 14+ days' notice with an objection
// right is not.
import { testRule } from '../rule-tester';

testRule('subprocessor-change', {
  valid: [
    // the objection right said as a condition after "only after": "först efter att ... och inte har invänt"
    { name: 'sv, only after notice and no objection', text: 'Nya underbiträden får anlitas först efter att Kunden underrättats skriftligen minst 30 dagar i förväg och inte har invänt.' },
    { name: 'en, only after notice and no objection', text: 'New sub-processors may be engaged only after the Customer has received 30 days\' written notice and has not objected.' },
    // two words between the period and the notice noun ("days' advance written notice") still make it the notice period
    { name: 'en, "14 days\' advance written notice" after a run-in title', text: 'Sub-processors: prior general authorisation; the Vendor gives 14 days\' advance written notice of every new or replaced sub-processor, and the Customer may object within that time.' },
    { name: 'da, "30 dages forudgående skriftligt varsel"', text: 'Leverandøren giver 30 dages forudgående skriftligt varsel om nye underdatabehandlere, og Kunden kan gøre indsigelse inden fristen.' },
    // an update of the list that needs both parties' signatures is no notice, and no unilateral change either
    { name: 'en, list updates only by an amendment signed by both', text: 'Any change to this DPA, an update of the sub-processor list included, takes effect only when signed by both the Vendor and the Customer.' },
    { name: 'nb, list updates only by written agreement of both', text: 'Oppdatering av listen over underleverandører krever skriftlig avtale signert av begge parter.' },
    // a denial that opens an exception to the notice denies no notice
    { name: 'sv: notice unless the law forbids such information', text: 'Leverantören ska informera Kunden om nya underbiträden minst 30 dagar i förväg, såvida inte sådan information är förbjuden enligt lag, och Kunden kan invända.' },
    // an immediate effect that is the controller's own termination, not an exception to the notice
    'Leverantören ska informera Kunden om nya underbiträden minst 30 dagar i förväg. Om Kunden invänder och parterna inte enas, har Kunden rätt att säga upp Tjänsten med omedelbar verkan.',
    'The Processor shall notify the Customer of any new Sub-processor at least 30 days in advance; if the Customer objects, the Customer may terminate the Service with immediate effect.',
    // "without specific authorisation" is a general authorisation: lawful with 14 days' notice or more and an objection right
    "Vendor may appoint new sub-processors without specific approval, provided it gives the Customer written notice at least 30 days beforehand. The Customer may object, and the new sub-processor will then not process the Customer's data.",
    'Leverandøren kan bruke nye underleverandører uten særskilt godkjenning, men skal varsle Kunden skriftlig minst 30 dager i forkant. Kunden kan protestere mot endringen.',
    // the vendor known by the alias it is given beside the customer's: its notice sentence names it, not the customer, as sender
    { name: 'en, vendor named by its alias in the preamble', scope: 'document', text: 'DATA PROCESSING AGREEMENT\n\nThis DPA is entered into between Quillmark Systems, Inc., a Delaware corporation ("Quillmark"), and the customer identified in the Order Form ("Customer").\n\n7. Sub-processors\n\n7.1 Customer grants Quillmark a general authorization to engage Sub-processors.\n\n7.2 Quillmark shall give Customer at least thirty (30) days\' prior written notice before authorizing any new Sub-processor. Notice will be given by e-mail and by updating the Sub-processor page. Customer may object to a new Sub-processor within that period on reasonable grounds.' },
    // "the list" in the next sentence, changed with notice and an objection right, or only looked at by the customer
    'Our list of sub-processors is at vendor.example/subprocessors. We will notify you in writing 30 days before we update the list, and you may object to the change.',
    'Leverandørens liste over underleverandører står i vedlegg 3. Kunden kan når som helst be om en kopi av listen.',
    // the second predicate denied as well
    'Selskaper i Leverandørens konsern regnes som underleverandører og kan ikke tas i bruk uten 30 dagers skriftlig varsel til Kunden, som kan protestere.',
    { name: 'en, an email 30 days before with a right to object', text: 'If we add a new sub-processor, we will send you an email at least 30 days before. You may object within that period.' },
    // a denial a few words before the phrase, in its clause part: the controller need not look, all changes are told
    { name: 'en, the customer need not check the list', text: "The current Sub-processors are listed on the Vendor's website. The Customer does not need to check the list itself." },
    { name: 'en, all changes, not only material ones', text: 'The Processor shall notify the Customer of all changes of Sub-processors, not only material changes, at least 30 days in advance, and the Customer may object.' },
    // look-alikes: the same words negated, or a broken word in a ban
    { name: "nb, no new sub-processors without prior written approval (hyphen-broken)", text: "Databehandler kan ikke engasjere nye underdatabehand- lere uten forutgående skriftlig god- kjenning fra behandlingsansvarlig." },
    { name: "en, shall not engage without prior specific written authorisation", text: "The Processor shall not engage new Sub-processors without the Customer's prior specific written authorisation." },
    { name: "nb, a suspended compound is no broken word", text: "Databehandler skal ikke bruke underleverandører i helse- og omsorgssektoren uten skriftlig godkjenning fra kunden." },
    { name: "da, ongoing notice of 30 days with objection", text: "Databehandleren underretter løbende den dataansvarlige om ændringer i underdatabehandlere med mindst 30 dages varsel, så den dataansvarlige kan gøre indsigelse." },
    { name: "en, published 30 days ahead with an objection right", text: "Vendor publishes new Sub-processors on its website at least 30 days before they start processing, and Customer may object." },
    { name: "en, the customer agrees to a 30 days' notice with objection", text: "Customer agrees that Vendor may engage new Sub-processors on 30 days' prior written notice, and Customer may object." },
    { name: "sv, no new sub-processors without the controller's prior approval", text: "Biträdet får inte anlita nya underbiträden utan den personuppgiftsansvariges förhandsgodkännande." },
    // (clause corpus) deemed approval after adequate notice; a bare general right in a pasted clause (notice may stand beside it)
    { name: "en, deemed approval with 30 days' notice", text: "The Processor gives 30 days' notice of new Sub-processors, and a new Sub-processor is deemed approved unless the Customer objects within 10 days." },
    { name: "nb, deemed approval with 30 days' notice", text: "Databehandleren varsler nye underleverandører 30 dager i forveien, og kunden kan protestere innen 10 dager; ellers anses underleverandøren godkjent." },
    { name: "nb, a bare general right in a pasted clause", text: "Databehandleren kan benytte underleverandørene som er oppført i vedlegg 2." },
    'Behandleren vil oppdatere listen minst tretti (30) dager før en ny Underbehandler får tilgang, og Kunden kan reise innsigelse.',
    'Leverandoren gir kunden skriftlig melding om nye underdatabehandlere med minst 30 dagers forhandsvarsel, og kunden kan protestere.',
    "Databehandler skal varsle behandlingsansvarlig om nye underdatabehandlere minst 30 dager i forveien. Behandlingsansvarlig kan protestere mot endringen.",
    'The Processor shall notify the Controller of any new Sub-processor at least 30 days in advance, and the Controller may object.',
    'Databehandler skal varsle behandlingsansvarlig skriftlig minst 30 dager før en ny underleverandør tas i bruk. Behandlingsansvarlig kan protestere mot endringen.',
    'The Processor shall notify the Controller in writing at least fourteen (14) days before adding or replacing any Sub-processor, and the Controller may object to the change.',
    'Leverandoren skal varsle kunden minst 14 dager for nye underleverandorer tas i bruk, og kunden kan fremme innsigelse mot endringen.',
    'Biträdet ska skriftligen underrätta den personuppgiftsansvarige minst 30 dagar innan ett nytt underbiträde anlitas. Den personuppgiftsansvarige har rätt att invända mot ändringen.',
    {
      name: 'notice and objection right in different sentences of one section',
      text: '5. Underleverandører\n\nDatabehandler skal gi skriftlig varsel om tilføyelse eller utskiftning av underleverandører.\n\nVarselet skal gis minst 21 dager før endringen trer i kraft.\n\nBehandlingsansvarlig kan motsette seg endringen innen 10 dager etter mottatt varsel.',
    },
    'The Processor shall not engage another processor without prior specific written authorisation of the Controller.',
    'Databehandler hefter fullt ut overfor behandlingsansvarlig for underleverandørens oppfyllelse av sine forpliktelser.',
    'The Customer may at any time request a list of new sub-processors.',
    'The Processor shall notify the Controller in writing at least 14 calendar days before engaging a new sub-processor, and the Controller may object.',
    'The Processor shall notify the Controller no less than 10 working days before engaging a new sub-processor, and the Controller may object.',
    {
      name: 'Danish: months of notice with the objection right right after',
      text: 'Databehandleren underretter skriftligt den dataansvarlige om planlagte ændringer vedrørende tilføjelse eller udskiftning af underdatabehandlere med mindst 3 måneders varsel, så den dataansvarlige kan gøre indsigelse.',
    },
    'Customer can subscribe to e-mail notices of new sub-processors. Processor sends such notice at least 30 days before a new sub-processor starts, and Customer may object in writing within that period.',
    'Leverandøren underretter kunden om nye underdatabehandlere 45 dage i forvejen, og kunden kan gøre indsigelse inden for 14 dage.',
    'Databehandler varsler kunden om bytte av underleverandorer 30 dager i forkant, og kunden kan protestere.',
    'The Client may approve new subcontractors without the Supplier\'s consent.',
    // another topic that names sub-processors in passing: an audit's notice is no sub-processor notice
    'Kunden kan gjennomføre revisjon hos Leverandøren og hos underleverandører med rimelig varsel, normalt ti virkedager.',
    'The Customer may audit the Processor and its Sub-processors on reasonable notice, generally five business days.',
    'Den personuppgiftsansvarige får granska biträdet och dess underbiträden med skäligt varsel, normalt fem arbetsdagar.',
    'Databehandler skal varsle kunden om avvik hos underleverandorer innen 24 timer.',
    'Leverandøren kan ikke bytte ut underleverandører uten 30 dagers forhåndsvarsel, heller ikke i hastetilfeller, og kunden kan protestere.',
    'The Processor shall notify the Customer 30 days before a new Sub-processor is engaged, and the Customer may object within 10 days thereafter.',
    // the controller's objection window is not the notice period, and an adequate notice stays adequate
    'The Supplier shall give at least 30 days\' notice of any new sub-processor. If the Customer objects, the Customer must notify the Supplier within 10 days of the notice.',
    'Leverandøren skal varsle kunden om nye underleverandører minst 30 dager i forveien. Kunden kan protestere innen 10 dager etter varselet.',
    // specific authorisation: the terms on changes exist, in a whole DPA
    {
      name: 'a whole DPA that requires approval of every new sub-processor',
      scope: 'document',
      text: 'Databehandleravtale\n\n1. Instrukser\n\nDatabehandler behandler personopplysninger bare etter dokumenterte instrukser.\n\n2. Underleverandører\n\nDatabehandler benytter følgende underleverandører: Hostco AS (drift).\n\nDatabehandler kan ikke benytte andre underleverandører uten skriftlig forhåndsgodkjenning fra behandlingsansvarlig.',
    },
    // a sentence on changing the DPA itself, in a clause that names sub-processors under an amendment heading
    {
      name: 'notice of material changes of the DPA text is no sub-processor notice',
      scope: 'document',
      text: 'Databehandleravtale\n\n1. Underleverandører\n\nBehandlingsansvarlig gir generell godkjenning til underleverandører. Leverandøren varsler alle nye underleverandører minst 30 dager i forveien, og kunden kan protestere.\n\n2. Varighet og endringer\n\nAvtalen kan bare endres skriftlig når tjenesten eller underleverandørene endres. Vesentlige endringer varsles per e-post.',
    },
    // a number in words the engine does not know, read from the figure in brackets after it
    'Leverandøren varsler kunden minst femtifem (55) dager før en ny underleverandør tas i bruk, og kunden kan protestere.',
    'Biträdet underrättar den personuppgiftsansvarige minst sextiofem (65) dagar innan ett nytt underbiträde anlitas. Den personuppgiftsansvarige får invända.',
    // looking up the list is the processor's task, or the controller's beside an adequate notice
    'The Processor shall review the list of Sub-processors on its website every year.',
    'Vendor will notify Customer at least 30 days before adding a new Sub-processor, and Customer may object. Customer must check the list of Sub-processors on the website for details.',
    'Leverandøren skal jevnlig kontrollere listen over underleverandører på nettsiden.',
    // the controller as the one told, in active wording
    'Kunden får skriftlig varsel minst 30 dager før en ny underleverandør tas i bruk, og kan protestere mot endringen.',
    'The Customer receives written notice at least 30 days before a new sub-processor is engaged and may object to it.',
    // the controller's prior approval is a veto; an objection right said as a condition ("has not objected")
    { name: 'nb, new sub-processors need the customer\'s prior approval', text: 'Bruk av nye underleverandører forutsetter kundens forhåndsgodkjenning, og kunden varsles skriftlig minst 20 dager i forveien.' },
    { name: 'en, each new sub-processor subject to prior written approval', text: "Each new sub-processor is subject to the Customer's prior written approval, and Vendor will notify the Customer at least 30 days in advance." },
    { name: 'en, only if notified and the customer has not objected', text: 'The Vendor may only engage a new sub-processor if the Customer was notified at least 30 days beforehand and has not objected within that time.' },
    { name: 'sv, only if told and the controller has not objected', text: 'Biträdet får anlita nya underbiträden endast om den personuppgiftsansvarige har underrättats minst 30 dagar i förväg och inte har invänt inom den tiden.' },
    // a breach at a sub-processor, with a change of the data, is no change of sub-processors
    { name: 'en, a qualified breach notice naming a sub-processor', text: 'If a security incident, including an unauthorised change of data held by the Vendor or a sub-processor, occurs, the Vendor will, where practicable, notify the Customer within 24 hours.' },
    { name: 'da, a qualified breach notice naming a sub-processor', text: 'Ved sikkerhedsbrud, herunder ændring af personoplysninger hos databehandleren eller en underdatabehandler, underretter databehandleren så vidt muligt den dataansvarlige inden 24 timer.' },
    // notice by e-mail to the controller's administrator, or changes published ahead
    { name: 'en, an email to your administrator 30 days ahead', text: 'Before a new sub-processor starts, we email your administrator at least 30 days ahead; you can object within that time.' },
    { name: 'sv, changes published 30 days ahead', text: 'Leverantören publicerar ändringar på sin webbplats minst 30 dagar innan ett nytt underbiträde anlitas, och kunden kan invända inom den tiden.' },
    { name: 'nn: 30 days notice and objection, nynorsk processor words', text: 'Handsamaren kan nytte nye underhandsamarar etter skriftleg varsel til verksemda minst 30 dagar på førehand, og verksemda kan protestere mot endringa.' },
    // a question about the risk answered no reads as its denial
    { name: 'nb: "free changes?" answered no', text: 'Kan Leverandøren bytte underleverandører fritt? | Nei' },
  ],
  invalid: [
    // "only after" notice, with no objection at all
    { name: 'sv, only after notice, no objection right', text: 'Nya underbiträden får anlitas först efter att Kunden underrättats skriftligen minst 30 dagar i förväg.', messageId: 'no-objection-right' },
    { name: 'da, "10 dages forudgående skriftligt varsel" is too short', text: 'Leverandøren giver 10 dages forudgående skriftligt varsel om nye underdatabehandlere, og Kunden kan gøre indsigelse.', messageId: 'notice-too-short', at: '10 dages' },
    { name: 'en, an update of the list made without the Customer\'s consent, told only', text: 'The Vendor may update the list of sub-processors without the Customer\'s prior written consent and will inform the Customer.', messageId: 'free-change' },
    // notice denied outright in a sentence on sub-processors: reported there, not at the general permission before it
    { name: 'en: no individual notices when a sub-processor is added', scope: 'document', text: 'DATA PROCESSING TERMS\n\n8. Subprocessors\n\nWe use other companies ("subprocessors") to run the service. You give us general permission to use them.\n\nWhen we add or replace a subprocessor, we update the page at example.com/subprocessors. We don\'t send individual notices, so subscribe to the page if you want to keep track.', messageId: 'no-notice-period', at: "don't send individual notices" },
    // notice said not to be needed, beside an adequate notice for other changes (lexicon: subprocessor.free-hand)
    { name: 'da: changes need no prior notice, beside 30 days for others', text: 'Leverandøren underretter Kunden skriftligt mindst 30 dage før nye underdatabehandlere tages i brug, og Kunden kan gøre indsigelse. Ændringer i underdatabehandlere i andet led kræver ikke forudgående underretning af Kunden.', messageId: 'free-change', at: 'kræver ikke forudgående underretning' },
    { name: 'en: changes do not require prior notice', text: 'Changes of sub-processors do not require prior notice to the Customer.', messageId: 'free-change', at: 'do not require prior notice' },
    // a question about the duty answered no denies the duty (shared/answer-rows.ts)
    { name: 'nb: "is the customer notified?" answered no', text: 'Varsles Kunden før nye underleverandører tas i bruk? | Nei, listen på nettsiden oppdateres', messageId: 'no-notice-period', at: 'Varsles Kunden før nye underleverandører' },
    { name: 'en: "will the customer be notified?" answered no', text: 'Will the Customer be notified before a new sub-processor is engaged? | No', messageId: 'no-notice-period', at: 'Will the Customer be notified' },
    // ... but not with short notice, or with none
    { name: 'en, without specific authorisation and 5 days notice', text: 'The Processor may engage sub-processors without specific authorisation, provided that it notifies the Customer 5 days in advance. The Customer may object.', messageId: 'free-change', at: 'without specific authorisation' },
    { name: 'nb, uten særskilt godkjenning og uten varsel', text: 'Leverandøren kan bytte underleverandører uten særskilt godkjenning og uten varsel.', messageId: 'free-change', at: 'uten særskilt godkjenning' },
    // "the list" right after a sentence that names the sub-processors' list is that list
    { name: 'en, the list named in the sentence before, updated at any time', text: 'Our list of sub-processors is at vendor.example/subprocessors. We may update the list at any time.', messageId: 'free-change', at: 'at any time' },
    { name: 'nb, "listen" after the sentence that names it', text: 'Leverandørens liste over underleverandører står i vedlegg 3. Leverandøren kan oppdatere listen når som helst.', messageId: 'free-change', at: 'når som helst' },
    // a denial of the first predicate ("are not sub-processors") does not reach the second ("and may be engaged without notice")
    { name: 'nb, affiliates carved out and taken into use without notice', text: 'Selskaper i Leverandørens konsern regnes ikke som underleverandører og kan tas i bruk uten varsel til Kunden.', messageId: 'free-change', at: 'uten varsel' },
    { name: 'en, affiliates carved out and engaged without notice', text: 'Affiliates of the Supplier are not sub-processors for this purpose and may be engaged without notice.', messageId: 'free-change', at: 'without notice' },
    { name: 'sv, affiliates carved out and engaged without notice', text: 'Koncernbolag till Leverantören anses inte som underbiträden och kan anlitas utan föregående meddelande.', messageId: 'free-change', at: 'utan föregående meddelande' },
    { name: 'nb, a change of sub-processor reported afterwards (meldes)', text: 'Endringer i listen over underleverandører meldes kunden i etterkant.', messageId: 'notice-after-change', at: 'meldes kunden i etterkant' },
    { name: 'da, a replacement reported afterwards (meldes)', text: 'Udskiftning af underdatabehandlere meldes den dataansvarlige efterfølgende.', messageId: 'notice-after-change', at: 'meldes den dataansvarlige efterfølgende' },
    { name: 'en, changes published only 7 days ahead', text: 'We publish changes on our website at least 7 days before a new sub-processor is used; you may object within that time.', messageId: 'notice-too-short', at: '7 days' },
    { name: 'en, no right to object is no objection right', text: 'The Customer has no right to object to new sub-processors, which will be notified 30 days in advance.', messageId: 'no-objection-right', at: 'The Customer has no right to object to new sub-processors, which will be notified 30 days in advance.' },
    // notice given by e-mail is notice: the days it gives are judged
    { name: 'nb, an e-mail 7 days before', text: 'Vil vi endre listen over, sender vi dere en e-post minst 7 dager før vi tar i bruk en ny underleverandør. Dere kan protestere innen fristen.', messageId: 'notice-too-short', at: '7 dager' },
    { name: 'en, an email 7 days before', text: 'If we add a new sub-processor, we will send you an email at least 7 days before. You may object within that period.', messageId: 'notice-too-short', at: '7 days' },
    { name: 'sv, mejlar 7 dagar innan', text: 'Lägger vi till ett nytt underbiträde mejlar vi er minst 7 dagar innan. Ni kan invända inom den tiden.', messageId: 'notice-too-short', at: '7 dagar' },
    // stacked modifiers ("without prior written approval") and hyphen-broken words ("god- kjenning") still name a free hand
    { name: "nb, without prior written approval, only a flow-down condition", text: "Databehandler kan engasjere nye underdatabehandlere uten forutgående skriftlig godkjenning fra behandlingsansvarlig, forutsatt at de er bundet av tilsvarende plikter.", messageId: "free-change", at: "uten forutgående skriftlig godkjenning" },
    { name: "nb, OCR-noisy and hyphen-broken", text: "Databehand1er kan engasjere nye underdatabehand- lere uten forutgaende skriftlig god-\nkjenning fra kunden.", messageId: "free-change", at: "uten forutgaende" },
    { name: "en, without prior specific written consent, only a flow-down condition", text: "The Processor may appoint new Sub-processors without the Customer's prior specific written consent, provided that each is bound by equivalent obligations.", messageId: "free-change", at: "without the Customer's prior specific written consent" },
    { name: "sv, without prior written approval", text: "Biträdet får anlita nya underbiträden utan den personuppgiftsansvariges föregående skriftliga godkännande.", messageId: "free-change", at: "utan" },
    { name: "da, without prior written approval", text: "Databehandleren kan anvende nye underdatabehandlere uden forudgående skriftlig godkendelse.", messageId: "free-change", at: "uden" },
    { name: "da, sub-processors replaced on an ongoing basis", text: "Underdatabehandlere kan udskiftes løbende af databehandleren.", messageId: "free-change", at: "løbende" },
    { name: "en, sub-processors replaced from time to time", text: "Vendor may replace its Sub-processors from time to time.", messageId: "free-change", at: "from time to time" },
    { name: "nb, new sub-processors only published on the website", text: "Nye underleverandører publiseres på vår nettside. Kunden oppfordres til å abonnere på varsler.", messageId: "no-notice-period", at: "publiseres" },
    { name: "en, new sub-processors only posted on the website", text: "New Sub-processors are posted on our website.", messageId: "no-notice-period", at: "posted on our website" },
    // the controller left to look up changes itself: it is told of nothing
    { name: "en, the customer must check the list itself", text: "The current Sub-processors are listed on the Vendor's website. The Customer must check the list regularly for new Sub-processors.", messageId: "controller-must-check", at: "must check the list" },
    { name: "nb, the customer's responsibility to check the list", text: "Leverandøren har en liste over underleverandører på sin nettside. Det er Kundens ansvar å sjekke listen jevnlig.", messageId: "controller-must-check", at: "ansvar å sjekke listen" },
    { name: "sv, the controller checks the list itself", text: "Biträdet har en aktuell lista över underbiträden på sin webbplats. Den personuppgiftsansvarige ska själv regelbundet kontrollera listan.", messageId: "controller-must-check", at: "ska själv regelbundet kontrollera listan" },
    { name: "da, the controller keeps itself informed", text: "Databehandleren har en liste over underdatabehandlere på sin hjemmeside, og det er den dataansvarliges ansvar at holde sig orienteret.", messageId: "controller-must-check", at: "holde sig orienteret" },
    { name: "en, the customer agrees the vendor may replace without notice", text: "Customer agrees that Vendor may replace a Sub-processor without notice where the replacement is needed for security reasons.", messageId: "free-change", at: "without notice" },
    { name: "nb, the customer accepts changes without notice", text: "Kunden aksepterer at Leverandøren kan bytte underleverandører uten varsel.", messageId: "free-change", at: "uten varsel" },
    { name: "sv, without the controller's prior approval", text: "Biträdet får anlita nya underbiträden utan den personuppgiftsansvariges förhandsgodkännande.", messageId: "free-change", at: "utan den personuppgiftsansvariges" },
    { name: "da, without the controller's approval", text: "Databehandleren kan udskifte underdatabehandlere uden den dataansvariges godkendelse.", messageId: "free-change", at: "uden den dataansvariges" },
    // (clause corpus) deemed approval after a short objection window, no adequate notice
    { name: "nb, deemed approval after 5 working days", text: "Behandlingsansvarlig anses å ha godkjent ny underleverandør dersom innsigelse ikke er fremmet innen 5 virkedager etter varsel.", messageId: "deemed-approval-short-window", at: "anses å ha godkjent" },
    { name: "en, deemed approval after 7 days", text: "A new Sub-processor is deemed approved unless the Customer objects within seven (7) days of the notice.", messageId: "deemed-approval-short-window", at: "deemed approved" },
    { name: "sv, deemed approval after 5 days", text: "Ett nytt underbiträde anses godkänt om den personuppgiftsansvarige inte invänder inom fem dagar.", messageId: "deemed-approval-short-window", at: "anses godkänt" },

    {
      name: 'a written message with a too-short prior notice',
      text: 'Leverandøren gir kunden skriftlig melding om nye underdatabehandlere med minst 7 dagers forhåndsvarsel, og kunden kan protestere.',
      messageId: 'notice-too-short',
      at: '7 dagers',
    },
    {
      name: 'translated: the list is updated "ti (10)" days before a new Underbehandler',
      text: 'Behandleren vil oppdatere listen minst ti (10) dager før en ny Underbehandler får tilgang til dataene. Kunden kan reise innsigelse.',
      messageId: 'notice-too-short',
      at: 'ti (10) dager',
    },
    {
      name: 'en: the list is updated five (5) days before',
      text: 'The Supplier will update the list at least five (5) days before a new subprocessor is given access, and Customer may object.',
      messageId: 'notice-too-short',
      at: 'five (5) days',
    },
    {
      name: 'en: a number word the engine does not know, read from its bracketed figure',
      text: 'The Processor shall notify the Customer at least thirteen (13) days before engaging a new Sub-processor, and the Customer may object.',
      messageId: 'notice-too-short',
      at: 'thirteen (13) days',
    },
    {
      name: 'da: a number word the engine does not know, read from its bracketed figure',
      text: 'Databehandleren underretter den dataansvarlige mindst tretten (13) dage før en ny underdatabehandler anvendes, og den dataansvarlige kan gøre indsigelse.',
      messageId: 'notice-too-short',
      at: 'tretten (13) dage',
    },
    {
      name: 'da: a meddelelse with 5 days notice',
      text: 'Leverandøren giver meddelelse om nye underdatabehandlere med mindst 5 dages varsel, og kunden kan gøre indsigelse.',
      messageId: 'notice-too-short',
      at: '5 dages',
    },
    {
      text: 'Ved endringer av underdatabehandlere vil Databehandler så langt det er praktisk mulig varsle Behandlingsansvarlig minst 30 dager i forveien. Behandlingsansvarlig kan protestere.',
      messageId: 'notice-qualified',
      at: 'så langt det er praktisk mulig',
    },
    {
      text: 'Ved endringer av underdatabehandlere vil Databehandler sa langt det er praktisk mulig varsle\nBehandlingsansvarlig minst 7 dager i forveien.',
      messageId: 'notice-too-short',
      at: '7 dager',
      name: 'without æøå, line breaks',
    },
    {
      text: 'The Processor will, where commercially practicable, notify the Controller of new sub-processors at least 30 days in advance. The Controller may object.',
      messageId: 'notice-qualified',
      at: 'where commercially practicable',
    },
    {
      text: 'Vid byte av underbiträden ska Biträdet så långt det är praktiskt möjligt underrätta Kunden minst 30 dagar i förväg. Kunden får invända.',
      messageId: 'notice-qualified',
      at: 'så långt det är praktiskt möjligt',
      name: 'sv',
    },
    {
      name: 'a PDF line cut makes the start of the sentence a heading',
      scope: 'document',
      text: '4 Underdatabehandlere\n4.1 Databehandler kan bruke underdatabehandlere.\n4.2 Ved planlagte endringer av underdatabehandlere vil\nDatabehandler varsle Behandlingsansvarlig minst 7 dager i forveien. Behandlings-\nansvarlig kan protestere.\n',
      messageId: 'notice-too-short',
      at: '7 dager',
    },
    {
      text: 'Databehandler vil i den grad det er rimelig mulig varsle om nye underdatabehandlere minst 30 dager i forveien. Behandlingsansvarlig kan protestere.',
      messageId: 'notice-qualified',
      at: 'i den grad det er rimelig mulig',
    },
    { text: 'Leverandøren har rett til fritt å bytte ut eller legge til nye underleverandører.', messageId: 'free-change', at: 'fritt' },
    { text: 'The Processor may add or replace Sub-processors at its sole discretion.', messageId: 'free-change', at: 'at its sole discretion' },
    {
      text: 'Databehandler skal varsle behandlingsansvarlig om nye underleverandører minst 7 dager før endringen. Behandlingsansvarlig kan protestere mot endringen.',
      messageId: 'notice-too-short',
      at: '7 dager',
    },
    {
      text: 'The Processor shall give notice of new sub-processors, where possible, at least 30 days in advance, and the Controller may object.',
      messageId: 'notice-qualified',
      at: 'where possible',
    },
    {
      name: 'æøå-less, qualified',
      text: 'Databehandler skal varsle om endringer i underleverandorer. Varsel skal sa langt det er mulig gis minst 14 dager for endringen. Kunden kan protestere.',
      messageId: 'notice-qualified',
      at: 'sa langt det er mulig',
    },
    {
      name: 'OCR noise, exception for special cases',
      text: 'Varsel om nye underdatabehandlere gis minst 14 dager f@r endringen. |  spesielle tilfeller kan endringer i underdatabehandlere skje med kortere varsel. Kunden kan protestere.',
      messageId: 'notice-exception',
      at: 'spesielle tilfeller',
    },
    { text: 'Kunden skal informeres ved bytte eller tillegg av underleverandører.', messageId: 'no-notice-period', at: 'informeres ved bytte' },
    {
      name: 'Danish: duty to inform only',
      text: 'Databehandleren underretter den dataansvarlige om tilføjelse eller udskiftning af underdatabehandlere.',
      messageId: 'no-notice-period',
      at: 'underretter den dataansvarlige',
    },
    {
      text: 'The Processor shall notify the Customer at least 30 days before engaging a new Sub-processor.',
      messageId: 'no-objection-right',
      at: 'notify the Customer',
    },
    {
      name: 'a general approval and nothing else',
      scope: 'document',
      text: 'The Controller grants the Processor a general authorisation to engage sub-processors. The current sub-processors are listed in Appendix 2.',
      messageId: 'general-approval-unguarded',
      at: 'general authorisation',
    },
    {
      text: 'The Processor may engage new Sub-processors without the Controller\'s prior consent.',
      messageId: 'free-change',
      at: 'without the Controller',
    },
    {
      name: 'art. 28(2) wording with no period (en)',
      text: 'The Processor shall inform the Controller of any intended changes concerning the addition or replacement of other processors, thereby giving the Controller the opportunity to object to such changes.',
      messageId: 'no-notice-period',
      at: 'intended changes',
    },
    {
      name: 'Swedish: art. 28(2) wording with no period',
      text: 'Biträdet ska informera den personuppgiftsansvarige om planerade förändringar avseende tillägg eller utbyte av underbiträden och ge denne möjlighet att invända.',
      messageId: 'no-notice-period',
      at: 'planerade förändringar',
    },
    { text: 'Leverandøren kan benytte underleverandører uten særskilt godkjenning fra Kunden.', messageId: 'free-change', at: 'uten særskilt godkjenning' },
    {
      text: 'In an emergency the Supplier may replace a sub-processor at once and will tell the Client afterwards. Otherwise the Supplier gives 30 days\' notice and the Client may object.',
      messageId: 'notice-exception',
      at: 'In an emergency',
    },
    {
      name: 'only a list published on a website',
      text: 'The Processor will post updates to its sub-processor list on its website; the Customer is responsible for checking the list.',
      messageId: 'no-notice-period',
      at: 'post updates',
    },
    {
      name: 'a vendor named by its own defined term, no consent',
      text: 'Acme may appoint new subcontractors for the processing without Customer\'s consent.',
      messageId: 'free-change',
      at: 'without Customer',
    },
    {
      name: 'the client named only as the owner of the data',
      text: 'Nordsky may engage sub-processors to process Client Personal Data without prior notice.',
      messageId: 'free-change',
      at: 'without prior notice',
    },
    {
      name: 'Danish: too few days in advance ("i forvejen")',
      text: 'Databehandleren underretter kunden om nye underdatabehandlere 7 dage i forvejen, og kunden kan gøre indsigelse.',
      messageId: 'notice-too-short',
      at: '7 dage',
    },
    // urgent replacements with immediate effect, or the controller told only afterwards: no advance notice in those cases
    { text: 'Notwithstanding the above, the Supplier may replace a sub-processor with immediate effect where urgently required for security reasons.', messageId: 'notice-exception', at: 'with immediate effect' },
    { text: 'Leverandoren kan erstatte en underleverandor med umiddelbar virkning ved akutt behov, og kunden informeres i etterkant.', messageId: 'notice-exception', at: 'med umiddelbar virkning', name: 'without æøå' },
    { text: 'Databehandleren kan udskifte en underdatabehandler og underretter den dataansvarlige efterfølgende.', messageId: 'notice-after-change', at: 'efterfølgende', name: 'Danish' },
    { text: 'Biträdet får byta underbiträde i brådskande fall och underrättar den personuppgiftsansvarige i efterhand.', messageId: 'notice-exception', at: 'brådskande', name: 'Swedish' },
    { text: 'Databehandler kan bytte underleverand@r og vil varsle behandlingsansvarlig i etterkant.', messageId: 'notice-after-change', at: 'i etterkant', name: 'OCR noise' },
    { text: 'The Processor may add new Sub-processors and will inform the Customer of the addition afterwards.', messageId: 'notice-after-change', at: 'afterwards' },
    // notice of "material" changes only: some changes are never notified
    { text: 'Biträdet ska informera Kunden om väsentliga förändringar av underbiträden minst 30 dagar i förväg; Kunden har rätt att invända.', messageId: 'notice-material-only', at: 'väsentliga förändringar', name: 'sv, material changes only' },
    { text: 'The Processor will notify the Customer of material changes to its sub-processors at least 30 days in advance, and the Customer may object.', messageId: 'notice-material-only', at: 'material changes', name: 'en, material changes only' },
    { text: 'Vesentlige endringer av underleverandorer varsles minst 30 dager i forveien, og kunden kan protestere.', messageId: 'notice-material-only', at: 'Vesentlige endringer', name: 'nb without æøå, material changes only' },
    // a period that runs after the notice is the objection window, not notice before the change
    { text: 'Biträdet ska informera Kunden om nya underbiträden. Kunden har rätt att invända inom 30 dagar efter meddelande.', messageId: 'no-notice-period', name: 'sv, objection window after the notice' },
    { text: 'The Supplier will give notice of new subprocessors by updating its website. If the Customer has a documented objection, the Customer must notify the Supplier within 10 days of notice.', messageId: 'no-notice-period', at: 'give notice of new subprocessors', name: 'en, the controller\'s own message is no notice period' },
    { text: 'Leverandøren gir melding om nye underleverandører ved å oppdatere listen på nettsiden. Har kunden innvendinger, må kunden gi melding innen 10 dager etter meldingen.', messageId: 'no-notice-period', at: 'gir melding om nye underleverandører', name: 'nb, the controller\'s own message is no notice period' },
    // a whole DPA that uses sub-processors and says nothing on changing them
    {
      name: 'a whole DPA that lists its sub-processors and nothing more (nb)',
      scope: 'document',
      messageId: 'no-change-terms',
      at: 'Databehandler benytter følgende underleverandører',
      text: 'Databehandleravtale\n\n1. Instrukser\n\nDatabehandler behandler personopplysninger bare etter dokumenterte instrukser.\n\n2. Underleverandører\n\nDatabehandler benytter følgende underleverandører: Hostco AS (drift), Mailco AS (e-post).\n\nAlle underleverandører er bundet av tilsvarende databehandleravtaler.',
    },
    {
      name: 'a whole DPA that lists its sub-processors and nothing more (en)',
      scope: 'document',
      messageId: 'no-change-terms',
      at: 'The Processor uses the following sub-processors',
      text: 'Data Processing Agreement\n\n1. Instructions\n\nThe Processor processes personal data only on documented instructions.\n\n2. Sub-processors\n\nThe Processor uses the following sub-processors: Hostco Ltd (hosting), Mailco Ltd (e-mail).\n\nAll sub-processors are bound by equivalent data processing agreements.',
    },
    { text: 'Handsamaren kan fritt byte ut underhandsamarar utan å varsle verksemda.', messageId: 'free-change', at: 'fritt', name: 'nn: handsamar/underhandsamar' },
    // a vendor named by its alias, the role quoted beside it
    { text: "DATABEHANDLERAVTALE\n\nmellom\n\nByen kommune (heretter «Kommunen» eller «behandlingsansvarlig»)\n\nog\n\nNordlys IT AS (heretter «Nordlys» eller «databehandler»)\n\n1. Underdatabehandlere\n\n1.1 Kommunen gir generell godkjenning til bruk av underdatabehandlere.\n\n1.2 Nordlys skal varsle Kommunen om nye underdatabehandlere med minst 5 dagers forhåndsvarsel, og Kommunen kan protestere.", messageId: "notice-too-short", at: "5 dagers", scope: "document", name: "nb: the vendor's name quoted before its role («Nordlys» eller «databehandler») gives the notice" },
  ],
});
