// Table for assistance-fees: charges for the help GDPR art. 28(3)(e)-(f) requires (data-subject
// requests, security, breaches, DPIAs), however qualified; free help and audit charges are not flagged here.
import { testRule } from '../rule-tester';

testRule('assistance-fees', {
  valid: [
    'Databehandler skal bistå behandlingsansvarlig med å besvare henvendelser fra de registrerte uten ekstra kostnad.',
    'The Processor shall assist the Controller with data protection impact assessments at no additional cost.',
    'Databehandler skal ikke kreve vederlag for bistand til behandlingsansvarlig etter artikkel 32 til 36.',
    'The Processor shall assist the Controller in responding to requests from data subjects.',
    'Konsulentbistand ved oppgradering av programvaren faktureres etter gjeldende timepriser.',
    'Databehandler har krav på godtgjørelse for bistand ved behandlingsansvarliges revisjon.',
    'Biträdet ska bistå den personuppgiftsansvarige vid en personuppgiftsincident utan extra kostnad.',
    'Bistand til behandlingsansvarlig ved brudd pa personopplysningssikkerheten inngar i prisen for tjenesten.',
    { name: 'fees accepted by the playbook', text: 'Databehandler har rett til godtgjørelse for bistand ved henvendelser fra de registrerte.', options: { playbook: { assistanceFeesAllowed: true } } },
    // g3 generalisation: included help, denied charges after the verb, other services
    'The Processor shall provide such assistance at no additional charge.',
    'Databehandleren yder bistanden uden særskilt vederlag.',
    'The Processor shall assist the Controller; the costs of such assistance are included in the Service fees.',
    'Leverandøren skal bistå Kunden ved sikkerhetsbrudd. Kunden betaler ikke for slik bistand.',
    'Support outside business hours is charged at the hourly rates in the price list.',
    'Data subjects shall not be charged a fee for exercising their rights.',
    'Bistand etter punkt 7 er inkludert i prisen for tjenesten.',
  ],
  invalid: [
    { text: 'Databehandler har rett til godtgjørelse for bistand til behandlingsansvarlig etter gjeldende timepriser.', messageId: 'assistance-charged', at: 'godtgjørelse for bistand' },
    { text: "Any assistance with data subject requests shall be invoiced at the Processor's then-current hourly rates.", messageId: 'assistance-charged', at: 'invoiced' },
    { text: 'Bistand utover et rimelig omfang kan faktureres etter medgatt tid.', messageId: 'assistance-charged', at: 'faktureres', name: 'æøå-less, beyond a reasonable scope' },
    { text: 'The Controller shall reimburse the Processor for assistance with DPIAs beyond the statutory minimum.', messageId: 'assistance-charged', at: 'reimburse' },
    { text: 'Behandlingsansvarlig skal betale avtalt vederlag for bistand utover det lovpålagte minimum.', messageId: 'assistance-charged', at: 'vederlag for bistand' },
    { text: 'Databehandler kan kreve dekket sine kostnader ved bistand i forbindelse med sikkerhetsbrudd.', messageId: 'assistance-charged', at: 'kostnader ved bistand' },
    { text: 'Databehandler har rett til godtgjgrelse for bist8nd ved henvendelser fra registrerte.', messageId: 'assistance-charged', at: 'godtgjgrelse', name: 'OCR noise' },
    { text: 'Biträdet har rätt till ersättning för bistånd till den personuppgiftsansvarige enligt gällande timpris.', messageId: 'assistance-charged', at: 'ersättning för bistånd', name: 'sv' },
    { text: 'Assistance is free of charge up to five hours per year; assistance with security incidents beyond that is charged at hourly rates.', messageId: 'assistance-charged', at: 'charged' },
    { text: 'The Processor will help the Customer respond to data subject requests at its standard hourly rates.', messageId: 'assistance-charged', at: 'hourly rates' },
    { text: 'The Processor may charge Customer for handling data subject requests.', messageId: 'assistance-charged', at: 'charge' },
    { text: 'Databehandleren kan kræve betaling for bistand efter medgået tid.', messageId: 'assistance-charged', at: 'betaling for bistand', name: 'da' },
    { text: 'Bistand efter dette punkt honoreres efter databehandlerens gældende prisliste.', messageId: 'assistance-charged', at: 'honoreres', name: 'da, honoured per price list' },
    { text: 'Bistand som ikke kan utfores i standard funksjonalitet, ytes mot betaling etter gjeldende timesatser.', messageId: 'assistance-charged', at: 'betaling', name: 'æøå-less, at the rates in force' },
    { text: 'Assistance is included in the subscription fees, except where it exceeds what is reasonably required, in which case the Processor may charge its then-current rates.', messageId: 'assistance-charged', at: 'may charge', name: 'free with an exception' },
    { text: 'Bistand som ikke inngår i tjenesten, faktureres etter medgått tid.', messageId: 'assistance-charged', at: 'faktureres', name: 'a denied inclusion' },
    { text: 'Leverandgren kan kreve betalt for bist8nd med konsekvensvurderinger.', messageId: 'assistance-charged', at: 'betalt', name: 'OCR noise, DPIA help' },
  ],
});
