// Table for the deletion-return rule: end-of-contract deletion and return (GDPR art. 28(3)(g)).
import { testRule } from '../rule-tester';

testRule('deletion-return', {
  valid: [
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
    { name: 'confidentiality that survives the end', text: 'The Processor shall keep the personal data confidential for five years after termination of the Agreement.' },
    {
      name: 'a notice period is not a deletion deadline',
      text: 'Avtalen kan sies opp med tre måneders varsel, og ved opphør skal databehandler tilbakelevere og slette alle data og sikkerhetskopier innen 30 dager med skriftlig bekreftelse.',
    },
  ],
  invalid: [
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
      name: 'a whole DPA with no deletion or return clause',
      scope: 'document',
      messageId: 'no-clause',
      text: 'Databehandleravtale\n\n1. Instruks\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.\n\n2. Sikkerhet\n\nDatabehandler skal gjennomføre tekniske og organisatoriske tiltak etter artikkel 32.\n\n3. Taushetsplikt\n\nAlle som har tilgang til personopplysningene har taushetsplikt.',
    },
  ],
});
