// Table for the governing-law rule: Norwegian law and venue pass; foreign law, courts or an
// arbitration seat abroad are flagged; a whole DPA without any choice is flagged as absent, and so is
// a referral to another agreement, half a choice (law or venue only; in a pasted clause at a lower
// severity) and an SCC-annex-only choice.
import { testRule } from '../rule-tester';

const DPA_WITHOUT_CHOICE =
  'Databehandleravtale\n\n1. Formål\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.\n\n2. Varsling\n\nDatabehandler skal varsle uten ugrunnet opphold ved brudd på personopplysningssikkerheten.';

testRule('governing-law', {
  valid: [
    // Swedish "underkastat ... rätt" chooses the law, like "regleras av"
    { name: 'sv, a Swedish-language DPA under Norwegian law and courts ("underkastat")', text: 'Personuppgiftsbiträdesavtalet är underkastat norsk rätt, och tvister avgörs av Oslo tingrett.' },
    // the template's own name for the DPA ("Bestemmelserne", "Bestemmelsene") and Swedish "underkastat": a choice of law
    { name: 'sv, agreement subject to Norwegian law, Norwegian court', scope: 'document', text: 'Personuppgiftsbiträdesavtal\n\n9. Tillämplig lag\n\nDetta avtal är underkastat norsk rätt. Tvister avgörs av norsk domstol med Oslo tingrett som första instans.' },
    { name: 'nb, the provisions subject to Norwegian law', scope: 'document', text: 'Databehandleravtale\n\n12. Lovvalg\n\nBestemmelsene er underlagt norsk rett, og tvister avgjøres av Oslo tingrett.' },
    // a country in a concession before the choice is not the chosen one
    "Even though the Supplier is registered in Sweden, this DPA is governed by Norwegian law and disputes go to Oslo tingrett.",
    "Selv om Leverandøren er registrert i Sverige, er denne avtalen underlagt norsk rett, og tvister avgjøres ved Oslo tingrett.",
    { name: "en, submits to Oslo courts under Norwegian law", text: "Each party submits to the exclusive jurisdiction of the Oslo District Court, and this DPA is governed by Norwegian law." },
    { name: "en, fees in the order form are no choice of law", text: "The fees are specified in the Order Form." },
    { name: "nb, dispute resolution by Norwegian courts under Norwegian law", text: "Tvisteløsning skjer etter norsk rett ved Oslo tingrett." },
    { name: "nb, a sub-processor's own contract is no choice for the DPA", text: 'Underleverandøravtalen med skyleverandøren er underlagt amerikansk rett.' },
    // (clause corpus) the SCC's own words for themselves: a choice for the annex only
    { name: "en, SCC clause 17 without its number", text: "These Clauses shall be governed by the law of Ireland." },
    { name: "nb, SCC clause 17 translated, without its number", text: "Disse klausulene skal være underlagt lovgivningen i Irland." },
    'Avtalen er underlagt norsk rett. Tvister skal avgjøres ved Oslo tingrett.',
    'Avtalen reguleres av norsk rett, og verneting er Oslo tingrett.',
    'Databehandler skal overholde personopplysningsloven og GDPR.',
    'Avtalen er underlagt norsk rett og tvister loses ved Oslo tingrett.',
    'Aftalen er underlagt norsk ret, og tvister afgøres ved Oslo tingrett.',
    'Avta|en er underlagt norsk rett, og tvister skal lgses ved Oslo tingrett som verneting.',
    'This DPA is drawn up in English and is governed by Norwegian law, with Oslo District Court as the agreed venue.',
    'The Processor may be subject to the laws of the United States that require it to disclose personal data to public authorities under this Agreement.',
    {
      name: 'the controller\'s own law in a whole DPA',
      scope: 'document',
      text: 'Data Processing Agreement\n\n1. Instructions\n\nThe Processor shall process personal data only on documented instructions.\n\n2. Law\n\nThis DPA shall be governed by the law of the country in which the Controller is established.',
    },
    // the country named decides, not the language of the clause; 'allmän domstol' names no country
    'Avtalet tolkas enligt norsk rätt och tvister i anledning av avtalet avgörs av norsk allmän domstol.',
    'Tvister afgøres ved Oslo byret efter norsk ret.',
    // "regleras av": the Swedish verb chooses the law, so the venue alone is not half a choice
    'Avtalet regleras av norsk rätt. Tvister avgörs av Oslo tingsrätt.',
    {
      name: 'a whole DPA with Norwegian law and a Norwegian venue',
      scope: 'document',
      text: `${DPA_WITHOUT_CHOICE}\n\n3. Lovvalg\n\nAvtalen er underlagt norsk rett. Tvister avgjøres ved Oslo tingrett.`,
    },
    {
      name: 'the SCC annex chooses Irish law, the DPA Norwegian law and courts',
      scope: 'document',
      text: `${DPA_WITHOUT_CHOICE}\n\n3. Law\n\nThis DPA is governed by Norwegian law and disputes are settled by Oslo District Court.\n\nAnnex 2\n\nClause 17 (Governing law)\tLaws of Ireland\nClause 18 (Choice of forum and jurisdiction)\tCourts of Ireland`,
    },
    'The processor shall notify the controller unless prohibited in accordance with applicable law.',
    // a pasted clause about something else chooses nothing
    'The Processor shall process personal data in accordance with Norwegian law.',
    'Databehandleren skal følge norsk rett ved behandlingen.',
    {
      name: 'Norwegian law and the customer\'s own venue',
      scope: 'document',
      text: `${DPA_WITHOUT_CHOICE}\n\n3. Lovvalg\n\nAvtalen er underlagt norsk rett. Tvister avgjores ved kundens alminnelige verneting.`,
    },
    {
      name: 'Norwegian law, the parties submit to a Norwegian court',
      scope: 'document',
      text: 'Data Processing Agreement\n\n1. Instructions\n\nThe Processor shall process personal data only on documented instructions.\n\n2. Law\n\nThis DPA is governed by Norwegian law. The parties submit to the jurisdiction of Oslo District Court.',
    },
  ],
  invalid: [
    { name: 'sv, "underkastat" Swedish law', text: 'Avtalet är underkastat svensk rätt och tvister prövas av Göteborgs tingsrätt.', messageId: 'foreign-law', at: 'svensk' },
    { name: 'da, the Clauses subject to Danish law', scope: 'document', text: 'Standardkontraktsbestemmelser\n\nD.4 Lovvalg og værneting\n\nBestemmelserne er underlagt dansk ret. Tvister afgøres ved Retten i Aarhus.', messageId: 'foreign-law', at: 'Bestemmelserne er underlagt dansk ret.' },
    { name: 'sv, agreement subject to Swedish law', text: 'Detta avtal är underkastat svensk rätt.', messageId: 'foreign-law', at: 'underkastat svensk rätt' },
    // the SCC carved out of a foreign choice made for this DPA
    { name: 'en, SCC carved out, this DPA under Delaware law', scope: 'document', text: 'Data Processing Agreement\n\n10. Governing law. Except for the Clauses, which are governed by Clause 17, this Data Processing Agreement is governed by the laws of the State of Delaware.', messageId: 'foreign-law', at: 'Delaware' },
    // a concession names Norway, the choice another country
    { name: "en, Norway in the concession, Irish law chosen", text: "Even though the Customer is based in Norway, this DPA shall be governed by the laws of Ireland and the courts of Dublin shall have jurisdiction.", messageId: "foreign-law", at: "Ireland" },
    { name: "nb, Norway in the concession, Swedish law chosen", text: "Til tross for at kunden er norsk, skal avtalen reguleres av svensk rett med Stockholms tingsrätt som verneting.", messageId: "foreign-law", at: "svensk" },
    { name: "en, law left to the order form", text: "This DPA is subject to the laws of the jurisdiction specified in the Order Form.", messageId: "referred-elsewhere", at: "subject" },
    { name: "nb, law left to the order", text: "Denne avtalen er underlagt lovgivningen angitt i bestillingen.", messageId: "referred-elsewhere", at: "underlagt" },
    { name: "en, submits to Stockholm courts, then Swedish law", text: "Each party irrevocably submits to the jurisdiction of the courts of Stockholm, Sweden, and this DPA is governed by Swedish law.", messageId: "foreign-law", at: "Stockholm" },
    { name: "da, submits to Copenhagen courts", text: "Parterne underkaster sig Københavns Byrets kompetence.", messageId: "foreign-law", at: "Københavns" },
    { name: "en, disputes left to the main agreement's dispute resolution", text: "Any dispute arising out of this DPA shall be resolved in accordance with the dispute resolution provisions of the Agreement.", messageId: "referred-elsewhere", at: "dispute resolution" },
    { name: "sv, dispute resolution left to the main agreement", text: "Tvistlösning sker enligt huvudavtalet.", messageId: "referred-elsewhere", at: "Tvistlösning" },
    { name: 'nb, the DPA named by its compound', text: 'Databehandleravtalen er underlagt svensk rett.', messageId: 'foreign-law', at: 'svensk rett' },
    { name: 'sv, the DPA named by its compound', text: 'Personuppgiftsbiträdesavtalet ska tolkas enligt dansk rätt.', messageId: 'foreign-law', at: 'dansk rätt' },
    // (clause corpus) the DPA named with the SCC: a choice for the DPA too
    { name: "en, the DPA and its clauses under Irish law", text: "This DPA, including these Clauses, is governed by the laws of Ireland.", messageId: "foreign-law", at: "Ireland" },
    { name: "nb, the DPA and its clauses under Swedish law", text: "Denne databehandleravtalen og disse klausulene er underlagt svensk rett.", messageId: "foreign-law", at: "svensk rett" },
    { text: 'Lovvalg og verneting følger hovedavtalen.', messageId: 'referred-elsewhere', at: 'Lovvalg' },
    { text: 'This DPA shall be governed by the laws specified in the Agreement.', messageId: 'referred-elsewhere', at: 'governed by the laws' },
    {
      name: 'Norwegian law without a venue in a whole DPA',
      scope: 'document',
      messageId: 'law-without-venue',
      text: `${DPA_WITHOUT_CHOICE}\n\n3. Lovvalg\n\nDenne avtalen er underlagt norsk rett.`,
      at: 'underlagt norsk rett',
    },
    {
      name: 'English: Norwegian law without a venue',
      scope: 'document',
      messageId: 'law-without-venue',
      text: 'Data Processing Agreement\n\n1. Instructions\n\nThe Processor shall process personal data only on documented instructions.\n\n2. Law\n\nThis DPA is governed by the laws of Norway.',
      at: 'laws of Norway',
    },
    {
      name: 'a Norwegian venue without the law',
      scope: 'document',
      messageId: 'venue-without-law',
      text: `${DPA_WITHOUT_CHOICE}\n\n3. Tvister\n\nDersom partene ikke blir enige, avgjores tvisten av norske domstoler med Oslo tingrett som verneting.`,
      at: 'Oslo tingrett',
    },
    {
      name: 'only the SCC annex chooses: no choice for the DPA',
      scope: 'document',
      messageId: 'no-choice',
      text: `${DPA_WITHOUT_CHOICE}\n\n3. SCC\n\nIn Clause 17, the Standard Contractual Clauses shall be governed by the laws of Ireland.`,
    },
    {
      name: 'applicable law is no choice',
      scope: 'document',
      messageId: 'no-choice',
      text: `${DPA_WITHOUT_CHOICE}\n\n3. Confidentiality\n\nThe processor shall not disclose any breach of this Agreement unless required in accordance with applicable law.`,
    },
    // a pasted choice clause with half the choice: the DPA must choose both (low: the other half may stand elsewhere)
    { text: 'This Agreement shall be governed by and construed in accordance with the laws of Norway.', messageId: 'clause-law-only', at: 'laws of Norway' },
    { text: 'Detta avtal ska tolkas enligt norsk rätt.', messageId: 'clause-law-only', at: 'norsk rätt', name: 'sv, Norwegian law only' },
    { text: 'Tvister enligt detta avtal ska avgöras av Oslo tingsrätt.', messageId: 'clause-venue-only', at: 'Oslo tingsrätt', name: 'sv, a Norwegian court only: the country named decides' },
    { text: 'Any dispute under this DPA shall be brought before Oslo District Court.', messageId: 'clause-venue-only', at: 'Oslo District Court' },
    { text: 'This DPA shall be governed by the laws of Ireland.', messageId: 'foreign-law', at: 'laws of Ireland' },
    { text: 'Svensk lag gäller. Tvist prövas av svensk allmän domstol.', messageId: 'foreign-law', at: 'Svensk lag gäller' },
    { text: 'Any dispute shall be settled exclusively by the courts of England and Wales.', messageId: 'foreign-law', at: 'courts of England' },
    { text: 'Denne aftale er underlagt dansk ret, og tvister afgøres ved Retten i Aarhus.', messageId: 'foreign-law', at: 'dansk ret' },
    { text: 'Avtalet ska tolkas och tillämpas enligt svensk lag.', messageId: 'foreign-law', at: 'svensk lag' },
    { text: 'Avtalen reguleres av norsk rett, men tvister avgjøres ved voldgift i Stockholm.', messageId: 'foreign-law', at: 'voldgift i Stockholm' },
    { text: 'The courts of Ireland shall have exclusive jurisdiction over any claim arising under this DPA.', messageId: 'foreign-law', at: 'courts of Ireland' },
    { text: 'This Addendum is governed by the laws of the State of California.', messageId: 'foreign-law', at: 'State of California' },
    { text: 'Avtalen er underlagt engelsk rett og tvister lgses ved domstolene i London.', messageId: 'foreign-law', at: 'engelsk rett' },
    { name: 'a whole DPA with no choice of law', scope: 'document', messageId: 'no-choice', text: DPA_WITHOUT_CHOICE },
    {
      name: 'foreign laws that reach a sub-processor are no choice',
      scope: 'document',
      messageId: 'no-choice',
      text: `${DPA_WITHOUT_CHOICE}\n\n3. Overføring\n\nUnderdatabehandlere kan være underlagt amerikansk lov som gir myndighetene tilgang til personopplysninger som overføres etter avtalen.`,
    },
    { text: 'Tvister i anledning av avtalet ska avgöras av Solna tingsrätt.', messageId: 'foreign-law', at: 'Solna tingsrätt', name: 'a Swedish court named by its kind' },
    { text: 'Avtalet tolkas enligt norsk rätt, men tvister ska avgöras av svensk allmän domstol.', messageId: 'foreign-law', at: 'svensk allmän domstol' },
    { text: 'Avtalen reguleres av norsk rett, men tvister avgjores av Stockholms tingsrätt.', messageId: 'foreign-law', at: 'Stockholms tingsrätt', name: 'without æøå' },
  ],
});
