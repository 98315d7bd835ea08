// Table for own-purpose-use: the processor using the controller's data for its own ends (anonymised
// or aggregated data for statistics, product development, AI training; usage patterns; own purposes)
// or handing it to third parties for theirs. Plain denials are the reference position.
import { testRule } from '../rule-tester';

testRule('own-purpose-use', {
  valid: [
    'Databehandler kan ikke behandle personopplysningene til egne formål.',
    'The Processor shall not use Personal Data for its own purposes.',
    'Biträdet behandlar aldrig personuppgifterna för egna ändamål och säljer dem inte vidare.',
    'Eventuell anonymisering skal skje på instruks fra behandlingsansvarlig.',
    'Databehandler skal vurdere tiltak som pseudonymisering og anonymisering for å styrke personvernet.',
    'Utlevering til tredjeparter skjer kun til godkjente underleverandører eller der det følger av lov.',
    'The Processor processes personal data solely to provide the service and to show statistics for the Customer\'s marketing.',
    'Leverandoren bruker ikke personopplysninger til andre formal enn avtalt.',
    'Tjenesten selges til næringsdrivende.',
    'The Processor logs usage data for security monitoring.',
    'The Customer can view usage statistics in the dashboard.',
    { name: 'anonymised use accepted by the playbook', text: 'The Processor may use anonymised and aggregated data for statistics.', options: { playbook: { anonymisedUseAllowed: true } } },
    // g3 generalisation: billing-only counts, conditions of instruction, the controller's own use, denials
    'The Processor may record the number of active users solely for the purpose of invoicing the Controller.',
    'Leverandøren kan registrere bruksstatistikk for fakturering av Kunden.',
    'The Controller may use aggregated statistics from the Service for its own quality improvement.',
    'The Processor may use anonymised data only where the Controller has given written instructions to do so.',
    'Databehandler skal bruke data kun for å utføre tjenesten; anonymisering til statistikk krever skriftlig instruks fra behandlingsansvarlig.',
    'Provider shall not process Customer Personal Data for its own purposes, whether or not aggregated, for analytics or product improvement.',
    'The Processor may process data to improve the security of the Service.',
    'Databehandleren må ikke anvende personoplysningerne til egne formål.',
    'Leverandoren kan bruke personopplysningene til a levere og drifte tjenesten for Kunden.',
  ],
  invalid: [
    { text: 'Databehandler kan ikke behandle data til egne formål. Databehandler kan imidlertid anonymisere personopplysningene og bruke dem til statistikk.', messageId: 'anonymised-use', at: 'anonymisere' },
    { text: 'The Processor may use anonymised and aggregated Customer Data to improve its services and train its AI models.', messageId: 'anonymised-use', at: 'anonymised' },
    { text: 'Leverandoren kan benytte aggregerte data fra tjenesten til produktutvikling.', messageId: 'anonymised-use', at: 'aggregerte', name: 'æøå-less' },
    { text: 'Databehandler skal ikke bruke data til egne formål, men kan anonymisere dem for analyser og videreutvikling.', messageId: 'anonymised-use', at: 'anonymisere', name: 'however in the same sentence' },
    { text: 'Leverandgren har rett til 3 kartlegge bruksmgnstre i lgsningen for produktforbedring.', messageId: 'usage-patterns', at: 'kartlegge', name: 'OCR noise' },
    { text: 'The Supplier may collect usage data to develop new features.', messageId: 'usage-patterns', at: 'usage data' },
    { text: 'The Processor may also process Customer Personal Data for its own legitimate business purposes.', messageId: 'own-purposes', at: 'its own legitimate business purposes' },
    { text: 'Uttrekk av data oversendes til Helsedirektoratet for deres rapportering og analyser.', messageId: 'third-party-disclosure', at: 'oversendes' },
    { text: 'The Processor may share personal data with its partners for their own marketing purposes.', messageId: 'third-party-disclosure', at: 'share' },
    { text: 'Biträdet får använda anonymiserade uppgifter för att utveckla och förbättra tjänsten.', messageId: 'anonymised-use', at: 'anonymiserade', name: 'sv' },
    { text: 'The Processor may use data for its own purposes, including anonymised statistics.', messageId: 'own-purposes', at: 'its own purposes', options: { playbook: { anonymisedUseAllowed: true } }, name: 'own purposes even when anonymised use is accepted' },
    { text: 'Leverandøren kan selge aggregerte kundedata til tredjeparter.', messageId: 'third-party-disclosure', at: 'selge' },
    { text: 'The Processor may use Customer Data to provide, maintain and improve the Services.', messageId: 'own-purposes', at: 'improve' },
    { text: 'Processor may use Customer Content to train its AI models.', messageId: 'own-purposes', at: 'train' },
    { text: 'Leverandoren kan bruke opplysningene til a utvikle nye tjenester.', messageId: 'own-purposes', at: 'utvikle', name: 'æøå-less' },
    { text: 'Databehandleren må anvende anonymiserede data til udvikling af sine produkter.', messageId: 'anonymised-use', at: 'anonymiserede', name: 'da' },
    { text: 'Databehandler eier alle rettigheter til aggregerte og anonymiserte data som genereres gjennom tjenesten.', messageId: 'anonymised-use', at: 'aggregerte', name: 'ownership of derived data' },
    { text: 'The Processor may aggregate Customer Data with data from other customers for benchmarking.', messageId: 'anonymised-use', at: 'aggregate' },
    { text: 'Leverandgren kan bruke personopplysningene til egen forskning.', messageId: 'own-purposes', at: 'forskning', name: 'OCR noise' },
    { text: 'Brightline may collect and use aggregated and de-identified usage information to improve its products, provided it does not identify the Customer.', messageId: 'usage-patterns', at: 'usage information', name: 'no party named before the permission' },
  ],
});
