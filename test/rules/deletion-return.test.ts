// Table for the deletion-return rule: end-of-contract deletion and return (GDPR art. 28(3)(g)).
import { testRule } from '../rule-tester';

testRule('deletion-return', {
  valid: [
    // nynorsk: the end said as "når avtalen sluttar" opens the deletion clause
    { name: 'nn, "når avtalen sluttar"', scope: 'document', text: 'Databehandlaravtale\n1. Leverandøren skal berre behandle personopplysningar etter instruks.\n2. Når avtalen sluttar, skal Leverandøren etter val frå kunden levere tilbake alle opplysningar i maskinlesbart format og slette alle kopiar, også tryggingskopiar, innan 30 dagar, utan kostnad, og stadfeste slettinga skriftleg.' },
    // an export after the end that is free
    'Any export of Customer Data requested after termination is provided free of charge within 30 days.',
    // a record kept for a time after a patient's follow-up ends, while the service runs: no end-of-contract deadline
    'Målinger lagres i tjenesten i inntil 12 måneder etter at pasienten er avsluttet i hjemmeoppfølgingen. Ved avtalens opphør skal alle personopplysninger tilbakeleveres i maskinlesbart format etter behandlingsansvarliges valg, og alle kopier, også sikkerhetskopier, slettes innen 30 dager uten kostnad, bekreftet skriftlig.',
    // "anonymised data" names a kind of data, not a deletion: a clause about it is no deletion clause
    'Leverandøren eier alle anonymiserte data som utledes av bruken av Tjenesten, også etter avtalens opphør.',
    'The Supplier owns all anonymised usage data derived from the Service, also after termination.',
    // a bullet that pairs a label with its term ("– Export: available ...") offers the return; it is no title
    { name: 'en, bullets: export available free until deletion', text: 'Data after termination:\n– Production data: erased within 10 days\n– Backups: erased within 30 days\n– Export: available at no charge in CSV until erasure\n– Written confirmation of erasure: given on request' },
    { name: 'nb, kulepunkter: eksport tilgjengelig kostnadsfritt', text: 'Data etter opphør:\n– Produksjonsdata: slettes innen 14 dager\n– Sikkerhetskopier: slettes innen 30 dager\n– Eksport: tilgjengelig kostnadsfritt i CSV-format fram til slettingen\n– Skriftlig bekreftelse på sletting: gis på forespørsel' },
    // plain-language vendor terms: the account closing is the end
    { name: 'en, plain voice "when your account closes"', scope: 'document', text: 'Data Processing Terms\n\n10. When you leave\n\nYou can export all your data as CSV or JSON at any time, for free. When your account closes, we delete your data, including from backups, within 30 days, and we will confirm in writing once it is done.' },
    { name: "en, the vendor is obliged to return", text: "At termination, Vendor shall return Customer Data in a machine-readable format and then delete it, including backups, within 30 days, confirming the deletion in writing." },
    {
      name: 'nb, a security annex\'s backup cycle after a deletion clause that settles backups',
      scope: 'document',
      text: 'Databehandleravtale\n\n1. Opphør\nVed avtalens opphør skal databehandler etter behandlingsansvarliges valg tilbakelevere alle personopplysninger i maskinlesbart format og slette alle kopier, også sikkerhetskopier, innen 30 dager, og bekrefte slettingen skriftlig uten kostnad.\n\n2. Sikkerhet\n- Sikkerhetskopier tas daglig og slettes etter 35 dager.',
    },
    // a short DPA whose deletion term stands under a run-in title, with no word for the end: the deletion clause is there
    { name: 'en, run-in title "Return and deletion:" in a short DPA', scope: 'document', text: 'DATA PROCESSING AGREEMENT\n1. Instructions: The Vendor processes personal data only on the Customer\'s documented instructions.\n2. Return and deletion: At the Customer\'s choice, return in a machine-readable format and deletion of all copies, backups included, within 20 days, free of charge and confirmed in writing.' },
    { name: 'nb, run-in title "Sletting:" in a short DPA', scope: 'document', text: 'DATABEHANDLERAVTALE\n1. Instruks: Leverandøren behandler personopplysninger bare etter Kundens dokumenterte instrukser.\n2. Sletting: Etter Kundens valg tilbakelevering i maskinlesbart format og sletting av alle kopier, også sikkerhetskopier, innen 20 dager, kostnadsfritt og med skriftlig bekreftelse.' },
    // the live systems named beside the backups: nothing left out
    { name: 'nb, production and backups both deleted', text: 'Ved opphør sletter Leverandøren alle personopplysninger i produksjonsmiljøet og i sikkerhetskopiene innen 30 dager, bekrefter slettingen skriftlig og tilbakeleverer først dataene i maskinlesbart format dersom Kunden ønsker det.' },
    { name: 'nb, "avtaleslutt" with a deadline inside the playbook', text: 'Sletting av data: innen 30 dager etter avtaleslutt, også sikkerhetskopier, bekreftet skriftlig; Kunden kan først få dataene tilbakelevert i maskinlesbart format.' },
    // (clause corpus) return free of charge; backups inside the deletion and its deadline
    { name: "nb, return of data without cost", text: "Tilbakelevering av data skjer uten kostnad for behandlingsansvarlig." },
    { name: "en, return of data free of charge", text: "Return of Customer Data is free of charge." },
    { name: "en, backups also covered, 30 days", text: "Backups are also subject to this deletion obligation and are deleted within 30 days." },
    { name: "nb, backups also covered, 30 days", text: "Sikkerhetskopier omfattes også av slettingen, som skjer innen 30 dager." },
    { name: "nb, backups deleted within 30 days", text: "Sikkerhetskopier slettes innen 30 dager." },
    { name: 'da: the controller chooses to have the data sent back or deleted', text: 'Når aftalen ophører, vælger I, om vi skal sende jeres data tilbage som CSV eller slette dem, uden beregning. Vi sletter alle kopier, også i backup, senest 30 dage efter ophøret, og bekræfter det skriftligt.' },
    { name: 'sv: data sent back at the controller\'s choice', text: 'När avtalet upphör skickar vi tillbaka alla personuppgifter eller raderar dem enligt er val, även säkerhetskopior, inom 30 dagar, och bekräftar raderingen skriftligen.' },
    'Ved avtalens opphør skal databehandler, etter behandlingsansvarliges valg, tilbakelevere alle personopplysninger i maskinlesbart format og slette alle kopier, også sikkerhetskopier, innen 30 dager. Databehandler skal bekrefte slettingen skriftlig.',
    'Upon termination, the Processor shall at the choice of the Controller return all personal data in a machine-readable format and delete all copies, including backups, within 14 days, and certify the deletion in writing.',
    { name: 'log retention during the contract', text: 'Access logs are kept for 12 months and then deleted by the Processor.' },
    { name: 'nb without æøå', text: 'Ved opphor av avtalen skal databehandler etter behandlingsansvarligs valg returnere eller slette alle personopplysninger og sikkerhetskopier innen 20 dager, og gi skriftlig bekreftelse pa slettingen.' },
    'När avtalet upphör ska biträdet, enligt den personuppgiftsansvariges val, återlämna eller radera alla personuppgifter, inklusive säkerhetskopior, inom 30 dagar och skriftligen intyga att raderingen skett.',
    'Ved aftalens ophør skal databehandleren efter den dataansvarliges valg slette eller tilbagelevere alle personoplysninger og sikkerhedskopier senest 30 dage efter ophøret og skriftligt bekræfte sletningen.',
    'Ved opphør skal databehandler uten kostnad for behandlingsansvarlig tilbakelevere alle opplysninger og slette alle kopier, inkludert sikkerhetskopier, innen 30 dager, og bekrefte dette skriftlig.',
    {
      name: 'a bookkeeping carve-out in years is not the deadline',
      text: 'Upon termination the Processor shall return and then delete all personal data and backups within 30 days and confirm the deletion in writing, except records it must keep for 5 years under accounting law.',
    },
    {
      name: 'an export window before a deletion deadline',
      text: 'On expiry, the Customer may export its data for 60 days; the Processor shall then delete all data, including backups, within 30 days after that period ends and confirm it in writing.',
    },
    {
      name: 'the processor bears the cost',
      text: 'Ved opphør skal databehandler tilbakelevere alle data og slette alle kopier, også sikkerhetskopier, innen 30 dager og bekrefte dette skriftlig. Kostnadene ved tilbakelevering og sletting dekkes av databehandler.',
    },
    // a return offered with sub-processors named after the return word: where copies are, not who returns
    { name: 'en, copies kept by subcontractors named after the return', text: 'On termination, Vendor shall return all personal data as CSV files and delete every copy, also copies kept by its subcontractors, within 20 days, and confirm the deletion in writing.' },
    { name: 'nb, backups at sub-processors named after the return', text: 'Ved opphør skal leverandøren tilbakelevere alle data og slette alle kopier, også sikkerhetskopier hos underleverandørene, innen 14 dager, og bekrefte slettingen skriftlig.' },
    // the split verb "levere ut" / "levere ud" is a return
    { name: 'nb, levere ut as the return', text: 'Når avtalen opphører, skal leverandøren på kundens forespørsel levere ut alle data i et åpent format og deretter slette alle kopier, også sikkerhetskopier, innen 20 dager, og bekrefte slettingen skriftlig.' },
    { name: 'da, levere ud as the return', text: 'Ved aftalens ophør skal databehandleren efter kundens ønske levere ud alle personoplysninger og slette alle kopier, også sikkerhedskopier, inden 30 dage, og skriftligt bekræfte sletningen.' },
    // a charge denied: the cost noun negated, or "charges nothing"
    { name: 'nb, the return brings no costs', text: 'Ved opphør skal leverandøren tilbakelevere alle data og slette alle kopier, også sikkerhetskopier, innen 30 dager og bekrefte slettingen skriftlig. Tilbakeleveringen medfører ingen kostnader for kunden.' },
    { name: 'en, the vendor charges nothing', text: 'Upon termination Vendor returns all personal data and deletes all copies, backups included, within 30 days, confirms the deletion in writing and charges the Customer nothing for either.' },
    // a case or ticket closed while the service runs is no end of the agreement
    { name: 'nb, requests deleted after the case is closed', text: 'Henvendelser fra brukere slettes 90 dager etter at saken er avsluttet.' },
    { name: 'en, tickets kept after the ticket is terminated', text: 'Support tickets are retained for 6 months after the ticket is terminated and then deleted.' },
    // the case closed named before it ("avslutter oppfølgingen av pasienten"): under a title about the end, still no end-of-contract deadline
    { name: 'nb, a patient\'s follow-up closed under a title about the end', scope: 'document', text: 'DATABEHANDLERAVTALE\n\n8. Opphør og sletting\n\n8.1 Ved avtalens opphør skal leverandøren etter kundens valg tilbakelevere alle personopplysninger og slette alle kopier, også sikkerhetskopier, innen 30 dager, og bekrefte slettingen skriftlig.\n\n8.2 Kommunen avslutter pasientforløpet i portalen. Målingene slettes da etter 90 dager.\n\n9. Revisjon\n\nKunden kan revidere leverandøren med 14 dagers varsel.' },
    // the end and the return in everyday words: "når avtalen slutter", "vil ha alle opplysningene tilbake"
    { name: 'nb, plain words: when the agreement ends, the data back in a file', scope: 'document', text: 'DATABEHANDLERAVTALE\n\n11. Når avtalen slutter\n\nNår avtalen slutter, bestemmer kunden om de vil ha alle opplysningene tilbake i en fil (CSV) før vi sletter dem. Det er gratis. Deretter sletter vi alt, også sikkerhetskopiene, senest 30 dager etter at avtalen sluttet. Vi gir skriftlig beskjed når alt er slettet.' },
    { name: 'en, the customer closes the ticket', text: 'The Supplier deletes the attachments 6 months after the Customer closes the ticket.' },
    { name: 'confidentiality that survives the end', text: 'The Processor shall keep the personal data confidential for five years after termination of the Agreement.' },
    {
      name: 'en: return at the controller\'s election, certificate, no fee',
      text: 'On expiry or termination the Supplier shall, at the Customer\'s election, hand back all Customer Data in CSV or JSON and then erase every copy, backup media included, within twenty (20) days; the Supplier shall issue a signed certificate of destruction. No fee is payable for the return or erasure.',
    },
    {
      name: 'en: the parts spread over sentences, confirmation by e-mail',
      text: 'When the Services end, the Customer may download its data in a structured, commonly used format. The Provider then deletes all Customer Personal Data within 30 days. This also covers backups. The Provider confirms the deletion by e-mail. The Provider shall not invoice the Customer for the export or deletion.',
    },
    {
      name: 'nb: documented deletion, a charge the processor may not make',
      text: 'Når avtalen avsluttes, skal leverandøren innen 30 dager tilbakeføre alle data til kunden i et standardisert format eller slette dem, etter kundens valg. Slettingen omfatter også sikkerhetskopier. Leverandøren skal dokumentere slettingen skriftlig overfor kunden og kan ikke kreve vederlag for dette.',
    },
    {
      name: 'nb without æøå: a deletion certificate as a compound',
      text: 'Ved avslutning av avtalen skal leverandoren etter kundens onske levere tilbake alle data eller slette dem, ogsa i sikkerhetskopier, senest 14 dager etter avslutningen. Kunden skal motta en skriftlig slettebekreftelse. Tilbakelevering inngar i abonnementsprisen.',
    },
    {
      name: 'OCR-noisy nb: return, backups, confirmation, no cost',
      text: 'Ved avtalens utl@p skal |everandgren tilbakelevere kundens data i maskinlesbart format og deretter slette alle kopier, inkludert sikkerhetskopier, innen 30 dager. Leverand@ren bekrefter slettingen skriftlig uten kostnad for kunden.',
    },
    {
      name: 'da: deletion confirmation as a compound, return included in the price',
      text: 'Ved ophør af aftalen skal databehandleren efter den dataansvarliges valg tilbagelevere eller slette alle personoplysninger, også i sikkerhedskopier, inden 30 dage. Databehandleren sender en skriftlig sletningsbekræftelse. Tilbageleveringen indgår i prisen.',
    },
    {
      name: 'sv: "tas bort" with a written certificate',
      text: 'När avtalet upphör ska leverantören enligt kundens val lämna tillbaka personuppgifterna i ett maskinläsbart format eller ta bort dem, även från säkerhetskopior, inom 30 dagar, och lämna ett skriftligt intyg. Detta sker utan kostnad för kunden.',
    },
    {
      name: 'backups set apart, with their own deadline within the playbook',
      text: 'Upon termination, the Processor shall at the Controller\'s choice return or delete all personal data within 10 days, with the exception of backups, which are deleted within 30 days. The Processor shall confirm the deletion in writing at no cost to the Controller.',
    },
    {
      name: 'en: delivery of the data, written notice of destruction, the processor bears the costs',
      text: 'Within thirty (30) days after termination, the Processor shall deliver all personal data to the Controller in a structured format or, if the Controller so instructs, destroy it together with all replicas and backup copies. The Processor shall notify the Controller in writing once the destruction is complete. The Processor shall bear the costs of delivery and destruction.',
    },
    {
      name: 'en: an export of the data at any time, then deletion with backups',
      scope: 'document',
      text: 'Data Processing Agreement\n\n1. Export\n\nThe Customer may export all Customer Personal Data at any time during the term at no cost.\n\n2. Deletion\n\nWithin 30 days after the Agreement terminates, the Provider shall delete all Customer Personal Data and all copies, including backups, and confirm the deletion to the Customer in writing.',
    },
    {
      name: 'da: a section title naming the deletion routine, all copies incl. backups within 30 days',
      text: 'B.7 Sletterutine\nNår aftalen ophører, skal leverandøren efter kundens valg tilbagelevere alle data i et åbent format og derefter slette alle kopier, herunder sikkerhedskopier, senest 30 dage efter ophøret. Leverandøren bekræfter sletningen skriftligt uden beregning.',
    },
    {
      name: 'en: backups in the rotation cycle included in the 30-day deletion',
      text: 'On termination the Supplier shall, at the Customer\'s option, return the data in CSV and delete every copy, including those held in the backup rotation, no later than 30 days after termination, and certify the deletion in writing free of charge.',
    },
    {
      name: 'sv: även säkerhetskopior, enligt raderingsrutinen, within 30 days',
      text: 'När avtalet upphör ska biträdet enligt kundens val återlämna uppgifterna i maskinläsbart format och radera alla kopior, även säkerhetskopior, enligt sin raderingsrutin senast 30 dagar efter upphörandet samt skriftligen intyga raderingen utan kostnad.',
    },
    {
      name: 'nb without æøå: inkl. sikkerhetskopier, following the deletion routine',
      text: 'Ved opphor skal leverandoren etter kundens valg levere tilbake alle data i maskinlesbart format og slette alle kopier (inkl. sikkerhetskopier) i henhold til sletterutinen senest 30 dager etter opphoret. Slettingen bekreftes skriftlig uten kostnad.',
    },
    {
      name: 'a notice period is not a deletion deadline',
      text: 'Avtalen kan sies opp med tre måneders varsel, og ved opphør skal databehandler tilbakelevere og slette alle data og sikkerhetskopier innen 30 dager med skriftlig bekreftelse.',
    },
    // the operative clause, not a summary line: a deletion of all the data, confirmed, with return offered
    'Ved opphør av avtalen skal Leverandøren, etter Kundens valg, tilbakelevere eller slette alle personopplysninger innen 30 dager og bekrefte slettingen skriftlig.',
    "On termination the Processor shall, at the Customer's choice, return or delete all Customer personal data within 30 days and confirm the deletion in writing.",
    {
      name: 'da: a condition about deleted data beside an operative clause that offers return',
      scope: 'document',
      text: 'Databehandleraftale\n\n5. Sletning og tilbagelevering\n\nVed ophør skal databehandleren efter den dataansvarliges valg tilbagelevere eller slette alle personoplysninger senest 30 dage efter ophøret og bekræfte sletningen skriftligt.\n\n6. Ophør\n\nHvis behandlingen ophører, og oplysningerne er slettet eller tilbageleveret, kan aftalen opsiges skriftligt.',
    },
    { name: 'nn: return, then all copies incl. backups within 30 days after the end ("er slutt"), confirmed', text: 'Etter at avtalen er slutt, leverer handsamaren tilbake alle data og slettar alle kopiar, også tryggleikskopiar, innan 30 dagar, og stadfestar slettinga skriftleg.' },
    { name: 'nn: when the agreement ends ("tek slutt"), all copies within 30 days, confirmed', text: 'Når avtala tek slutt, skal handsamaren etter val frå verksemda levere tilbake alle personopplysningar og slette alle kopiar, også tryggleikskopiar, innan 30 dagar, og stadfeste slettinga skriftleg.' },
  ],
  invalid: [
    // the return after the end sold as a paid service
    { name: 'en, export after termination as a paid service', text: 'Any export of Customer Data requested after termination is provided as a paid consulting service.', messageId: 'return-charged', at: 'paid consulting service' },
    { name: 'sv, return after the end against payment', text: 'Efter avtalets upphörande återlämnas personuppgifterna mot betalning enligt gällande prislista.', messageId: 'return-charged' },
    { name: 'nb, plain words: deleted two months after the agreement ends', text: 'Når avtalen slutter, sletter vi alle opplysningene senest 60 dager etter at avtalen sluttet.', messageId: 'deletion-too-late', at: '60 dager' },
    // an end word right before a case word is no case closed ("Upon termination patient data")
    { name: 'en, upon termination patient data', text: 'Upon termination patient data shall be deleted within 90 days.', messageId: 'deletion-too-late', at: '90 days' },
    // ... while anonymising the data at the end is one
    { name: 'nb, anonymiseres innen 90 dager etter opphør', text: 'Ved avtalens opphør skal Leverandøren slette eller anonymisere alle personopplysninger innen 90 dager.', messageId: 'deletion-too-late', at: '90 dager' },
    { name: 'en, bullets with no export or return', text: 'Data after termination:\n– Production data: deleted within 14 days\n– Backups: deleted within 30 days\n– Written deletion certificate: provided on request', messageId: 'no-return-option', at: '– Production data: deleted within 14 days' },
    { name: "en, no obligation to return", text: "Customer is responsible for exporting its data before termination; Vendor has no obligation to return Customer Data.", messageId: "no-return-option", at: "no obligation to return" },
    { name: "nb, not obliged to return", text: "Ved opphør er Leverandøren ikke forpliktet til å tilbakelevere data.", messageId: "no-return-option", at: "ikke forpliktet til å tilbakelevere" },
    // (clause corpus) return named without the end; backups set outside the deletion or kept by rotation
    { name: "nb, return of data invoiced", text: "Tilbakelevering av data i annet format enn CSV faktureres etter gjeldende timepris.", messageId: "return-charged", at: "faktureres" },
    { name: "sv, return of data against payment", text: "Återlämnande av personuppgifterna sker mot ersättning enligt gällande prislista.", messageId: "return-charged", at: "ersättning" },
    { name: "en, return of data charged", text: "Return of Customer Data in a custom format is charged at Vendor's standard rates.", messageId: "return-charged", at: "charged" },
    { name: "en, backups not subject to the deletion obligation", text: "Backups are not subject to this deletion obligation.", messageId: "backups-excluded", at: "Backups are not subject" },
    { name: "nb, backups not covered by the deletion", text: "Sikkerhetskopier omfattes ikke av slettingen.", messageId: "backups-excluded", at: "omfattes ikke" },
    { name: "da, backups by a 12-month rotation", text: "Sikkerhedskopier slettes i henhold til den normale rotationsplan på 12 måneder.", messageId: "backup-too-late", at: "12 måneder" },
    // the same clauses as a PDF extract wraps them, and written without æøå
    { name: "en, backups set outside the duty across a line break", text: "Backup copies are overwritten in the ordinary course of business\nand are not subject to this deletion obligation.", messageId: "backups-excluded", at: "Backup copies" },
    { name: "da without æøå, backups by a 12-month rotation", text: "Sikkerhedskopier slettes i henhold til den normale rotationsplan paa 12 maaneder.", messageId: "backup-too-late", at: "12 maaneder" },
    { name: "nb without æøå, backups kept two years", text: "Sikkerhetskopier slettes etter to aar.", messageId: "backup-too-late", at: "to aar" },
    {
      name: 'nb: anchored at the operative clause with its deadline, not at a summary line restating art. 28(3)(g)',
      scope: 'document',
      text: 'Databehandleravtale\n\n3. Databehandlers plikter\n\nDatabehandler skal:\n- behandle personopplysninger bare etter instruks\n- slette eller tilbakelevere personopplysninger ved avtalens opphør (art. 28(3)(g))\n\n9. Opphør\n\nVed opphør skal Leverandøren etter Kundens valg tilbakelevere dataene eller slette dem senest 20 dager etter opphøret.',
      messageId: 'incomplete-clause',
      at: 'Ved opphør skal Leverandøren',
    },
    {
      name: 'en: anchored at the clause a summary line points to',
      scope: 'document',
      text: "Data Processing Agreement\n\n2. Obligations\n\nThe Processor shall delete or return personal data at the end of the services as set out in Section 8.\n\n8. Termination\n\nAt the end of the services, the Processor shall return or delete the personal data at the Controller's choice within 14 days.",
      messageId: 'incomplete-clause',
      at: 'At the end of the services, the Processor shall return',
    },
    {
      name: 'sv: anchored at the clause a list item refers to ("enligt punkt 9")',
      scope: 'document',
      text: 'Personuppgiftsbiträdesavtal\n\n2. Biträdets skyldigheter\n\nBiträdet ska radera eller återlämna personuppgifter vid avtalets upphörande enligt punkt 9.\n\n9. Upphörande\n\nVid avtalets upphörande ska Biträdet, enligt Kundens val, återlämna eller radera personuppgifterna inom 30 dagar.',
      messageId: 'incomplete-clause',
      at: 'Vid avtalets upphörande ska Biträdet',
    },
    {
      name: 'da: a condition about returned data is no return option',
      scope: 'document',
      text: 'Databehandleraftale\n\n5. Sletning\n\nVed ophør skal databehandleren slette alle personoplysninger og bekræfte sletningen skriftligt over for den dataansvarlige.\n\n6. Ophør\n\nHvis behandlingen ophører, og oplysningerne er slettet eller tilbageleveret, kan aftalen opsiges skriftligt.',
      messageId: 'no-return-option',
      at: 'slette alle personoplysninger',
    },
    {
      name: 'en: a condition about returned data is no return option',
      scope: 'document',
      text: 'Data Processing Agreement\n\n7. Deletion\n\nUpon termination the Processor shall delete all personal data and certify the deletion in writing.\n\n8. Term\n\nIf the services end and the personal data has been deleted or returned, either party may terminate this DPA by written notice.',
      messageId: 'no-return-option',
      at: 'delete all personal data',
    },
    {
      name: 'an export window, then deletion with no deadline',
      text: 'Following termination, the Supplier keeps Customer Data for 30 days so that the Customer can retrieve it, after which the Supplier deletes it.',
      messageId: 'deletion-after-window',
      at: 'after which',
    },
    { name: 'data kept after the end', text: 'We retain customer data for 180 days after termination of the subscription.', messageId: 'deletion-too-late', at: '180 days' },
    { text: 'Senest tre måneder etter avtalens opphør skal databehandler slette alle personopplysningene.', messageId: 'deletion-too-late', at: 'tre måneder' },
    {
      text: 'Backups are overwritten within ninety (90) days after termination of the Agreement, and active copies are deleted within 30 days.',
      messageId: 'backup-too-late',
      at: 'ninety (90) days',
    },
    { name: 'OCR noise', text: 'Databehandler kan kreve dekket kostnader for tilbakef@ring av opplysningene ved avtalens opph@r.', messageId: 'return-charged', at: 'kostnader' },
    { name: 'nb without æøå', text: 'Personopplysningene slettes innen rimelig tid etter at avtalen er avsluttet.', messageId: 'vague-deadline', at: 'innen rimelig tid' },
    { text: 'Ved opph@r av avtalen skal Databehandler slette opplysningene innen 60 dagers frist.', messageId: 'deletion-too-late', at: '60 dagers' },
    {
      text: 'När abonnemanget upphör kan kunden under 30 dagar exportera sina uppgifter. Därefter raderas uppgifterna.',
      messageId: 'deletion-after-window',
      at: 'Därefter',
    },
    {
      text: 'Upon termination the Processor shall delete all personal data, with the exception of backups, and confirm the deletion in writing.',
      messageId: 'backups-excluded',
      at: 'with the exception of backups',
    },
    { text: 'Upon expiry of the Agreement, the Processor shall delete all personal data and copies within 30 days.', messageId: 'incomplete-clause', at: 'delete all personal data' },
    { text: 'Ved ophør af aftalen sletter databehandleren personoplysningerne senest 90 dage efter ophøret.', messageId: 'deletion-too-late', at: '90 dage' },
    {
      text: "On termination, the Controller shall pay the Processor's hourly rates for any return of personal data.",
      messageId: 'return-charged',
      at: 'pay',
    },
    {
      text: 'Ved opphør tilbakeleveres og slettes aktive data innen 30 dager, mens sikkerhetskopier slettes gjennom ordinær rotasjon.',
      messageId: 'backup-rotation',
      at: 'rotasjon',
    },
    {
      name: 'backups left out in a sentence of their own',
      text: 'Upon termination the Processor shall return or delete all personal data within 30 days and confirm it in writing. This obligation does not extend to backup copies.',
      messageId: 'backups-excluded',
      at: 'does not extend to backup',
    },
    {
      name: 'backups set apart with a deadline over the playbook',
      text: 'Ved opphør skal leverandøren tilbakelevere og slette alle data innen 30 dager og bekrefte det skriftlig. Dette gjelder ikke sikkerhetskopier, som lagres i 120 dager.',
      messageId: 'backup-too-late',
      at: '120 dager',
    },
    {
      name: 'da: backups included by name but purged only by the ordinary rotation',
      text: 'Ved ophør sletter leverandøren alle kopier senest 30 dage efter ophøret, herunder sikkerhedskopier, der dog først slettes ved den almindelige rotation.',
      messageId: 'backup-rotation',
      at: 'rotation',
    },
    {
      name: 'en: backups included, but their rotation runs 90 days',
      text: 'Upon termination the Provider deletes all Customer Data, including from backups, which are overwritten in the normal backup cycle within 90 days.',
      messageId: 'backup-too-late',
      at: '90 days',
    },
    {
      name: 'a title line with a routine word does not hide a rotation in the text',
      text: 'Sletterutine\nAktive data slettes innen 30 dager etter opphør; sikkerhetskopier overskrives gjennom ordinær rotasjon.',
      messageId: 'backup-rotation',
      at: 'overskrives',
    },
    {
      name: 'OCR-noisy nb: backups kept 120 days by rotation after the 30 days',
      text: 'Ved opph@r slettes alle data innen 30 dager, mens sikkerhetskopier slettes ved ordin@r rotasjon etter 120 dager.',
      messageId: 'backup-too-late',
      at: '120 dager',
    },
    {
      name: 'da: the omission is reported at the deletion clause, not at its section title',
      scope: 'document',
      text: 'Databehandleraftale\n\n1. Instruks\n\nDatabehandleren behandler kun personoplysninger efter instruks.\n\n2. Ophør, tilbagelevering og sletning\n\n2.1 Ved aftalens ophør sletter databehandleren alle personoplysninger og sikkerhedskopier senest 30 dage efter ophøret, eller tilbageleverer dem efter den dataansvarliges valg.',
      messageId: 'no-confirmation',
      at: 'Ved aftalens ophør sletter',
    },
    {
      name: 'backups purged by the deletion schedule',
      text: 'Provider will delete Customer Data within 30 days of termination, but copies in backup archives follow Provider\'s standard deletion schedule.',
      messageId: 'backup-rotation',
      at: 'deletion schedule',
    },
    {
      name: 'sv: "tas bort" within a reasonable time',
      text: 'Vid uppsägning av avtalet tas kundens personuppgifter bort inom skälig tid.',
      messageId: 'vague-deadline',
      at: 'inom skälig tid',
    },
    {
      name: 'a copy of the data for a fee',
      text: 'Upon termination, the Customer may request a copy of its data, which the Vendor will provide for a fee.',
      messageId: 'return-charged',
      at: 'fee',
    },
    {
      name: 'da: kept in an inactive state, then deleted',
      text: 'Efter aftalens ophør opbevares kundens data i seks måneder, hvorefter de slettes.',
      messageId: 'deletion-too-late',
      at: 'seks måneder',
    },
    {
      name: 'only the written confirmation is missing',
      text: 'Upon termination, the Processor shall, at the Controller\'s choice, return all personal data in a machine-readable format or delete it, together with all backups, within 30 days, at no cost.',
      messageId: 'no-confirmation',
      at: 'at the Controller',
    },
    {
      name: 'an exit section with a late deletion',
      text: 'Exit. Within 60 days the Supplier deletes all Customer Data and confirms this in writing.',
      messageId: 'deletion-too-late',
      at: '60 days',
    },
    {
      name: 'the controller bears the costs of return',
      text: 'Upon termination, the Customer shall bear the costs of the return of personal data.',
      messageId: 'return-charged',
      at: 'costs',
    },
    {
      name: 'nb, the return is the sub-processors\' duty towards the vendor',
      text: 'Ved opphør skal underleverandørene returnere dataene til leverandøren, og leverandøren sletter alle data, også sikkerhetskopier, innen 30 dager og bekrefter slettingen skriftlig.',
      messageId: 'no-return-option',
      at: 'Ved opphør skal underleverandørene returnere dataene til leverandøren, og leverandøren sletter alle data, også sikkerhetskopier, innen 30 dager og bekrefter slettingen skriftlig.',
    },
    {
      name: 'nb, the return charged by the hour',
      text: 'Ved opphør skal leverandøren tilbakelevere alle data og slette alle kopier, også sikkerhetskopier, innen 30 dager og bekrefte slettingen skriftlig; tilbakeleveringen faktureres etter gjeldende timepris.',
      messageId: 'return-charged',
      at: 'faktureres',
    },
    {
      name: 'en, "in case of termination" is the end of the agreement',
      text: 'In case of termination, the Processor returns all personal data and deletes it, including backups, within 90 days and confirms this in writing.',
      messageId: 'backup-too-late',
      at: '90 days',
    },
    {
      name: 'a whole DPA with no deletion or return clause',
      scope: 'document',
      messageId: 'no-clause',
      text: 'Databehandleravtale\n\n1. Instruks\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.\n\n2. Sikkerhet\n\nDatabehandler skal gjennomføre tekniske og organisatoriske tiltak etter artikkel 32.\n\n3. Taushetsplikt\n\nAlle som har tilgang til personopplysningene har taushetsplikt.',
    },
    // the end said as one word ("avtaleslutt", "aftaleophør")
    { text: 'Sletting skjer senest fire måneder etter avtaleslutt.', messageId: 'deletion-too-late', at: 'fire måneder', name: 'nb: the end as "avtaleslutt"' },
    { text: 'Personoplysningerne slettes senest 60 dage efter aftaleophør.', messageId: 'deletion-too-late', at: '60 dage', name: 'da: the end as "aftaleophør"' },
    // a run-in title names the duty: the deadline is the end-of-contract deadline
    { text: '12. Return and deletion: all copies are erased within 120 days.', messageId: 'deletion-too-late', at: '120 days', name: 'en: a run-in title "Return and deletion:"' },
    // all the data of the live systems only: backups left as they are
    { text: 'Ved ophør sletter leverandøren alle data i driftsmiljøet inden 10 dage, bekræfter det skriftligt og kan forinden tilbagelevere dem i maskinlæsbart format.', messageId: 'backups-not-covered', name: 'da: only the live environment is deleted' },
    { text: 'On termination the Vendor deletes all Customer Data from its production systems within 10 days, confirms this in writing and first returns the data in a machine-readable format if asked.', messageId: 'backups-not-covered', name: 'en: only the production systems are deleted' },
    { text: 'Tryggleikskopiar vert sletta etter rutinane til handsamaren, som i dag er 120 dagar.', messageId: 'deletion-too-late', at: '120 dagar', name: 'nn: tryggleikskopiar kept 120 days' },
    { text: 'Når avtala tek slutt, skal handsamaren slette alle personopplysningar innan 90 dagar.', messageId: 'deletion-too-late', at: '90 dagar', name: 'nn: the end as "tek slutt"' },
    { text: 'Når avtalen tar slutt, sletter Leverandøren dataene innen tre måneder.', messageId: 'deletion-too-late', at: 'tre måneder', name: 'nb: the end as "tar slutt"' },
    { text: 'Tryggleikskopiar vert tekne vare på i 6 månader etter at avtala er slutt.', messageId: 'backup-too-late', at: '6 månader', name: 'nn: backups kept ("tekne vare på")' },
    { text: 'Sikkerhetskopier tas vare på i 6 måneder etter at avtalen er slutt.', messageId: 'backup-too-late', at: '6 måneder', name: 'nb: backups kept ("tas vare på")' },
    { text: 'Kor lenge vert tryggleikskopiar tekne vare på etter at avtala tek slutt? | Inntil 9 månader', messageId: 'backup-too-late', at: '9 månader', name: 'nn: a question filled in by its answer' },
  ],
});
