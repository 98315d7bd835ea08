// Table for the unilateral-amendment rule: the processor's right to change the DPA, its annexes,
// terms or instructions on its own is flagged, and so is "continued use = acceptance"; changes by
// written agreement, the controller's own instructions, sub-processor lists, security measures (not
// the annex that holds them), the service's prices, and terms changes where the DPA is expressly kept out are not.
import { testRule } from '../rule-tester';

testRule('unilateral-amendment', {
  valid: [
    // the DPA as published on the customer's own page; other terms that float beside a DPA they do not govern
    'Denne databehandleravtalen gjelder slik den til enhver tid er publisert på Kundens intranett.',
    "This DPA supplements the Supplier's Terms, as amended from time to time.",
    // the DPA prevails over terms the vendor may modify
    "If this DPA conflicts with the Vendor's Terms of Use, this DPA prevails, notwithstanding the Vendor's right to modify them.",
    // precedence that the DPA wins, or terms that float with both parties' changes (no owner), or the customer's own
    'Ved motstrid går hovedavtalen foran denne databehandleravtalen.',
    'Er databehandleravtalen og Leverandørens til enhver tid gjeldende forretningsvilkår uforenlige, går databehandleravtalen foran.',
    "In the event of a conflict between this DPA and the Vendor's then-current terms of service, this DPA prevails.",
    'In case of conflict, the Master Agreement, as amended from time to time, prevails over this DPA.',
    'Vid motstridighet mellan detta avtal och Leverantörens vid var tid gällande allmänna villkor har detta avtal företräde.',
    'Ved uoverensstemmelse har Kundens til enhver tid gældende indkøbsbetingelser forrang.',
    // a definition of the instructions whose changes are the customer's
    "“Instructions” means the Customer's documented instructions, including any change to them that the Customer gives in writing.",
    // the verb's object is the antecedent of a relative clause (a policy), not the agreement named after "when"
    'Sikkerhetstiltakene står i leverandørens sikkerhetspolicy, som leverandøren kan revidere når det er hensiktsmessig, uten at det regnes som en endring av avtalen.',
    'Measures are set out in the Security Policy, which the Vendor may revise when needed without this being an amendment of this Agreement.',
    'Partene kan til enhver tid avtale å endre Avtalen. Endringer skal være skriftlige.',
    'Behandlingsansvarlig kan endre instruksen ved skriftlig melding til Databehandler.',
    "The Processor may update the list of sub-processors in Annex 3 by giving the Controller 30 days' notice and a right to object.",
    'The Processor may update the technical and organisational measures in Annex 2, provided the overall level of security is not reduced.',
    'Databehandler kan ikke endre denne avtalen uten behandlingsansvarliges skriftlige samtykke.',
    'Leverandøren kan endre prisene årlig i tråd med konsumprisindeksen.',
    'This DPA may only be amended by a written agreement signed by both parties.',
    'The Controller may amend its instructions at any time.',
    'Leverandøren kan gjøre endringer i tjenesten som ikke forringer funksjonaliteten.',
    'Leverandøren kan be om å endre avtalen dersom lovendringer krever det.',
    'Nye underleverandører anses godkjent dersom behandlingsansvarlig ikke protesterer innen 14 dager.',
    'Ændringer til denne aftale skal aftales skriftligt mellem parterne.',
    'Ändringar och tillägg till detta avtal ska vara skriftliga och undertecknade av båda parter.',
    'Databehandler kan foreslå endringer i vedlegg B, men endringene gjelder først når behandlingsansvarlig har godkjent dem skriftlig.',
    'I henhold til avtalen kan revisjon gjøres av en uavhengig tredjepart.',
    'By signing the Order Form, this DPA is deemed accepted by both parties.',
    'Endringer i behandlingen kan bare gjores etter skriftlig instruks fra behandlingsansvarlig.',
    // the service's prices are no term of the DPA
    'Vi kan justere prisene én gang i året med 60 dagers varsel.',
    "Acme may change its prices with 90 days' notice.",
    // prices changed under the main agreement: the agreement names where the right comes from, not what is changed
    "The Supplier may change its prices on 60 days' notice under the Master Agreement.",
    'Leverandøren kan ændre priserne med tre måneders varsel i henhold til hovedaftalen.',
    // commercial terms that may change, with the DPA expressly kept out of it
    { name: 'terms changes, DPA changes need both signatures', scope: 'document', text: 'Vilkår\n\n1. Endringer\n\nVi kan endre disse tjenestevilkårene med 30 dagers varsel. Fortsatt bruk etter endringen anses som aksept av de nye vilkårene.\n\nDatabehandleravtalen i vedlegg 2 kan bare endres skriftlig med begge parters underskrift.' },
    { name: 'terms changes, the DPA schedule excluded', scope: 'document', text: 'Terms\n\n9. Changes\n\nWe may update these Terms of Service by email notice. Continued use after the update constitutes acceptance. This clause does not apply to Schedule B, which may only be amended by written agreement of both parties.\n\nSchedule B - Data Processing Addendum\n\nB.1 We process personal data only on your documented instructions.' },
    // use after a change is no acceptance where the change needs the controller's written consent
    'Endringer i avtalen krever skriftlig samtykke fra begge parter; bruk av tjenesten etter at en endring er foreslått utgjør ikke aksept.',
    'The Customer may update the text of its instructions at any time in writing.',
    'Use of the Service after the end of the Agreement constitutes no acceptance of new terms.',
    'Leverandøren er berettiget til at ændre priserne med en måneds varsel.',
    // a deemed approval in the sub-processor section is a sub-processor matter, not an amendment of the DPA
    {
      name: 'deemed approval of a new sub-processor, under the sub-processor heading (nb)',
      scope: 'document',
      text: 'Databehandleravtale\n\n1. Instrukser\n\nDatabehandler behandler personopplysninger bare etter dokumenterte instrukser.\n\n2. Underleverandører\n\n2.1 Leverandøren varsler kunden minst 30 dager før en ny underleverandør tas i bruk.\n\n2.2 Endringen anses godkjent dersom kunden ikke protesterer innen fristen.',
    },
    {
      name: 'deemed approval of a new sub-processor, under the sub-processor heading (en)',
      scope: 'document',
      text: 'Data Processing Agreement\n\n1. Instructions\n\nThe Processor processes personal data only on documented instructions.\n\n2. Sub-processors\n\n2.1 The Processor gives 30 days\' notice before engaging a new one.\n\n2.2 The change is deemed accepted if the Customer does not object within that period.',
    },
    // "without consent" after a denied change: the change needs the consent
    "The Supplier may not vary this DPA without the Customer's prior written approval.",
    'Leverandøren kan ikke uten kundens skriftlige samtykke endre vedleggene.',
    // an aside that makes the change need the controller's agreement
    'Leverandøren kan, etter skriftlig avtale med kunden, endre vedlegg B.',
    "The Supplier may, with the Customer's prior written approval, amend Schedule 1.",
    // the annex labelled as the sub-processors' list, alone: a sub-processor matter
    'Leverandøren kan oppdatere vedlegg 4 (Underleverandører) med 30 dagers varsel og rett til å protestere.',
    "The Supplier may update Schedule 3 (Sub-processors) on 30 days' notice with a right to object.",
    // a public customer named by its kind is the controller, not a vendor's name
    'Kommunen kan endre instruksen med skriftlig melding til leverandøren.',
    'Regionen kan supplere instruksen i aftalens løbetid.',
    'Regionen får ändra instruktionen under avtalstiden.',
  ],
  invalid: [
    // the DPA itself defined as whatever the processor publishes
    { text: '«Avtalen» betyr denne databehandleravtalen med vedlegg, slik den til enhver tid er publisert på Leverandørens nettsider.', messageId: 'processor-may-amend', name: 'nb: the DPA defined as published by the vendor' },
    { text: "This DPA and its Schedules, as published from time to time on the Supplier's website, bind the Customer.", messageId: 'processor-may-amend', name: 'en: the DPA as the supplier publishes it' },
    // precedence given to terms the processor has a right to modify
    { text: "If this DPA conflicts with the Supplier's Terms of Use, the Terms of Use prevail, including the Supplier's right to modify them.", messageId: 'processor-may-amend', name: 'en: terms with a right to modify them prevail' },
    { text: 'Ved motstrid går standardvilkårene foran, med Leverandørens rett til å endre dem.', messageId: 'processor-may-amend', name: 'nb: terms the vendor has a right to change prevail' },
    // terms the processor keeps as it likes, taken into the DPA or prevailing over it
    { text: 'Er databehandleravtalen og Leverandørens til enhver tid gjeldende forretningsvilkår uforenlige, går forretningsvilkårene foran.', messageId: 'processor-may-amend', at: 'forretningsvilkår uforenlige, går forretningsvilkårene foran', name: 'nb, floating vendor terms prevail' },
    { text: "The Supplier's privacy terms published at supplier.example/privacy, as updated from time to time, are incorporated into this DPA.", messageId: 'processor-may-amend', at: 'terms published at supplier.example/privacy, as updated from time to time, are incorporated', name: 'en, floating terms at a URL incorporated' },
    { text: 'Leverandørens til enhver tid gældende forretningsbetingelser indgår som en del af denne aftale.', messageId: 'processor-may-amend', at: 'forretningsbetingelser indgår som en del af', name: 'da, floating vendor terms incorporated' },
    { text: 'Leverantörens vid var tid gällande allmänna villkor har företräde framför detta avtal.', messageId: 'processor-may-amend', at: 'villkor har företräde', name: 'sv, floating vendor terms prevail' },
    // a participle whose agent is the processor: the vendor changes the terms
    { text: '“Service Terms” means the terms of service on the Supplier website, as revised by the Supplier from time to time.', messageId: 'processor-may-amend', at: 'terms of service on the Supplier website, as revised', name: 'en, "as revised by the Supplier"' },
    // a definition of the instructions that takes in what the processor announces
    { text: '«Instruks» betyr Kundens dokumenterte instrukser og de endringer i behandlingen som Leverandøren kunngjør i kundeportalen.', messageId: 'processor-may-amend', at: 'endringer i behandlingen som Leverandøren', name: 'nb, instructions defined to take in the vendor\'s announced changes' },
    // a coordinated verb with its own object after the sub-processors
    { text: 'We may add new sub-processors and amend this DPA at any time.', messageId: 'processor-may-amend', at: 'may add new sub-processors and amend this DPA', name: 'en, a second verb changes the DPA' },
    // "når som helst" is a manner, not a condition that ends the verb's object
    { text: 'Leverandøren kan endre når som helst denne avtalen ved å publisere en ny versjon.', messageId: 'processor-may-amend', at: 'endre når som helst denne avtalen', name: 'nb, "når som helst" between the verb and the object' },
    { text: 'Leverandøren kan endre avtalen når det er nødvendig.', messageId: 'processor-may-amend', at: 'endre avtalen', name: 'nb, a condition after the object' },
    // "without" names the consent the change lacks; it neither denies the change nor makes it need consent
    { text: "The Supplier may, without the Customer's prior approval, vary Schedule 2.", messageId: 'processor-may-amend', at: 'vary Schedule 2', name: 'en, "without approval" between the right and the verb' },
    { text: 'Leverandøren kan endre instruksene uten skriftlig godkjenning fra kunden.', messageId: 'processor-may-amend', at: 'endre instruksene', name: 'nb, "without written approval" after the object' },
    { text: 'Leverandøren kan uden kundens samtykke opdatere bilagene.', messageId: 'processor-may-amend', at: 'opdatere bilagene', name: 'da, "without consent" between the right and the verb' },
    // an aside between commas between the right and the verb
    { text: 'Leverandøren kan, etter å ha varslet kunden skriftlig 14 dager i forveien, revidere vedlegg B.', messageId: 'processor-may-amend', at: 'revidere vedlegg B', name: 'nb, a notice aside before the verb' },
    { text: "The Supplier may, having given the Customer two weeks' notice by e-mail, update Schedule 1.", messageId: 'processor-may-amend', at: 'update Schedule 1', name: 'en, a notice aside before the verb' },
    { text: 'Hvis kunden ikke innen 30 dager har protestert, anses endringene som godtatt.', messageId: 'deemed-acceptance', at: 'anses endringene som godtatt', name: 'nb, "godtatt"' },
    // the sub-processors labelled as one annex's content: the other annexes changed are the DPA's
    { text: 'Leverandøren kan oppdatere vedlegg 1 (Behandlingsinstruks) og vedlegg 4 (Underleverandører) ved publisering på nettsiden.', messageId: 'processor-may-amend', at: 'vedlegg 1', name: 'nb, the instructions annex beside the sub-processor annex' },
    { text: 'The Supplier may update Schedule 3 (Sub-processors) and Schedule 2 (Processing Instructions) by posting new versions online.', messageId: 'processor-may-amend', at: 'Schedule 2', name: 'en, the sub-processor annex named first' },
    // an annex of the DPA is part of it, whatever it holds (changing the measures themselves is security-unilateral's)
    { text: 'The Processor may update Annex II (security measures) to reflect technical progress.', messageId: 'processor-may-amend', at: 'Annex II', name: 'en: the annex of security measures' },
    { text: 'Leverandøren kan når som helst oppdatere vedlegg 3 (tekniske og organisatoriske tiltak) til denne avtalen.', messageId: 'processor-may-amend', at: 'vedlegg 3', name: 'nb: the annex of security measures' },
    { text: 'Databehandleren kan endre vilkårene med 30 dagers skriftlig varsel.', messageId: 'processor-may-amend', at: 'endre vilkårene' },
    { text: 'We may update these Terms from time to time by posting a new version on our website.', messageId: 'processor-may-amend', at: 'update these Terms' },
    { text: 'These terms may be amended by the Provider at any time.', messageId: 'processor-may-amend', at: 'may be amended' },
    {
      text: 'Leverandoren forbeholder seg retten til a endre databehandleravtalen og vedleggene ved behov.',
      messageId: 'processor-may-amend',
      at: 'endre databehandleravtalen',
      name: 'without æøå',
    },
    { text: 'Acme ApS kan ændre denne aftale med en måneds varsel.', messageId: 'processor-may-amend', at: 'ændre denne aftale', name: 'Danish' },
    { text: 'Leverantören får ändra villkoren och priserna.', messageId: 'processor-may-amend', at: 'ändra villkoren', name: 'Swedish' },
    { text: 'Databehandler har rett til 8 endre, tilpasse eller oppdatere denne DBA dersom det er ngdvendig.', messageId: 'processor-may-amend', at: 'denne DBA', name: 'OCR noise' },
    { text: 'Databehandler kan til enhver tid oppdatere Vedlegg 1 og instruksene.', messageId: 'processor-may-amend', at: 'oppdatere Vedlegg 1' },
    {
      text: 'Continued use of the Service after the effective date constitutes acceptance of the amended terms.',
      messageId: 'deemed-acceptance',
      at: 'constitutes acceptance',
    },
    { text: 'Fortsatt bruk av tjenesten etter at endringen trer i kraft anses som aksept av de nye vilkårene.', messageId: 'deemed-acceptance', at: 'anses som aksept' },
    { text: 'Leverandøren forbeholder sig ret til at ændre denne databehandleraftale, når lovgivningen kræver det.', messageId: 'processor-may-amend', at: 'ændre denne databehandleraftale', name: 'Danish reservation' },
    { text: 'Vi förbehåller oss rätten att ändra detta personuppgiftsbiträdesavtal.', messageId: 'processor-may-amend', at: 'ändra detta personuppgiftsbiträdesavtal', name: 'Swedish compound' },
    { text: 'Provider may, in its sole discretion, amend this Data Processing Addendum upon notice to Customer.', messageId: 'processor-may-amend', at: 'amend this Data Processing Addendum' },
    { text: 'Endringer i avtalen kan gjores av Leverandoren med 30 dagers varsel.', messageId: 'processor-may-amend', at: 'kan gjores', name: 'passive, without æøå' },
    { text: 'If Customer does not object within 30 days, the amended DPA shall be deemed accepted.', messageId: 'deemed-acceptance', at: 'deemed accepted' },
    { text: 'Dersom Kunden ikke har protestert innen 14 dager, anses endringene som godkjent.', messageId: 'deemed-acceptance', at: 'anses endringene som godkjent' },
    { text: 'Leverandøren kan endre tjenestevilkårene med 30 dagers varsel.', messageId: 'processor-may-amend', at: 'endre tjenestevilkårene', name: 'compound terms word' },
    { text: 'Vi förbehåller oss rätten att ändra användarvillkoren.', messageId: 'processor-may-amend', at: 'ändra användarvillkoren', name: 'Swedish compound' },
    { name: 'the annex kept out is a price list, not the DPA', scope: 'document', text: 'Vilkar\n\n1. Endringer\n\nVi kan endre brukervilkarene med 30 dagers varsel.\n\nEndringer i Vedlegg 3 (prisliste) krever skriftlig avtale signert av begge parter.', messageId: 'processor-may-amend', at: 'endre brukervilkarene' },
    // the document's own text as the thing changed
    { text: 'Vi kan oppdatere teksten når tjenesten endres. Vesentlige endringer varsles på nettstedet.', messageId: 'processor-may-amend', at: 'kan oppdatere teksten', name: 'nb, "we may update the text"' },
    { text: 'We may update this document from time to time; material changes will be posted on our website.', messageId: 'processor-may-amend', at: 'may update this document', name: 'en, "we may update this document"' },
    // the right held by a vendor's name before "er ... berettiget til", in Danish terms
    { text: 'Acme Danmark er til enhver tid berettiget til at ændre Vilkårene.', messageId: 'processor-may-amend', at: 'berettiget til at ændre Vilkårene', name: 'da, a name with words between it and the right' },
    { text: 'Acme er berettiget til at ændre Vilkårene i enhver henseende.', messageId: 'processor-may-amend', at: 'ændre Vilkårene', name: 'da, "in every respect"' },
    // use after a change that counts as acceptance
    { text: 'Brug af tjenesten efter en ændring af vilkårene udgør accept af de ændrede vilkår.', messageId: 'deemed-acceptance', at: 'udgør accept', name: 'da, use after a change is acceptance' },
    { text: 'Bruk av tjenesten etter at endrede vilkår har trådt i kraft, utgjør aksept av dem.', messageId: 'deemed-acceptance', at: 'utgjør aksept', name: 'nb, use after a change is acceptance' },
    { text: "Customer's use of the Service after the updated terms take effect constitutes acceptance of them.", messageId: 'deemed-acceptance', at: 'constitutes acceptance', name: 'en, use after a change is acceptance' },
    { text: 'Anvandning av tjansten efter att de andrade villkoren tratt i kraft utgör godkännande av dem.', messageId: 'deemed-acceptance', at: 'godkännande', name: 'sv without åäö in part, use after a change is acceptance' },
  ],
});
