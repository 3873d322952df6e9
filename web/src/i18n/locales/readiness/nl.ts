/** Nederlands, readiness namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  title: 'Zelftest digitale paraatheid',
  intro: 'Tien minuten, zonder account. Uw antwoorden blijven op dit toestel.',
  strategy: 'Eerst drie vragen',
  maturity: 'Waar u vandaag staat',
  levels: 'Kies het antwoord dat het best bij u past',
  questions: {
    security: 'Back-ups en veilig aanmelden',
    data: 'Waar uw klant- en verkoopgegevens staan',
    'customers-online': 'Hoe klanten u online vinden en bereiken',
    processes: 'Hoe u bestellingen en facturen verwerkt',
    skills: 'Digitale vaardigheden in het team',
  },
  answers: {
    security: [
      'Geen back-ups',
      'Af en toe een manuele back-up',
      'Automatische back-ups',
      'Automatische back-ups, tweestapsaanmelding, herstel getest',
    ],
    data: [
      'Op papier',
      'In rekenbladen',
      'In een beheerprogramma',
      'In gekoppelde systemen (CRM, boekhouding, webshop)',
    ],
    'customers-online': [
      'Helemaal niet',
      'Een pagina op sociale media',
      'Een website',
      'Online reserveren of een webshop',
    ],
    processes: [
      'Op papier',
      'Pdf’s via e-mail',
      'Elektronisch factureren',
      'Bestellingen, voorraad en boekhouding gekoppeld',
    ],
    skills: [
      'Niemand voelt zich zeker',
      'Eén persoon',
      'Meerdere mensen',
      'Een opleidingsplan voor iedereen',
    ],
  },
  score: 'Paraatheid: {{score}} / 100',
  stepsTitle: 'Kleine eerste stappen',
  noSteps: 'Beantwoord de vragen om uw eerste stappen te zien; wat al op orde is, heeft er geen nodig.',
  steps: {
    security:
      'Zet dagelijkse automatische back-ups en tweestapsaanmelding aan; laat een adviseur nakijken wat openligt.',
    data: 'Breng klant- en verkoopgegevens van papier of rekenbladen naar één cloudtool (een eenvoudige CRM).',
    'customers-online':
      'Een duidelijke website met openingsuren, prijzen en een manier om te reserveren of te bestellen.',
    processes: 'Verstuur en ontvang facturen elektronisch, gekoppeld aan uw boekhouding.',
    skills: 'Leid de mensen op die de nieuwe tools zullen gebruiken, te beginnen met wie de kar trekt.',
  },
  startPlan: 'Begin een plan met deze antwoorden',
};
