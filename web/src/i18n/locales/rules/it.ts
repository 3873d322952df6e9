/** Italiano, rules namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  loading: 'Caricamento…',
  title: 'Regole di {{title}}',
  notFound: 'Non hai un bando con questo codice.',
  draftIntro:
    'Scrivi le regole con cui il motore verifica ogni piano. Nulla è pubblico finché non pubblichi il bando.',
  erratumIntro:
    'Questo bando è pubblicato (versione {{version}}). Salvare emette un’errata corrige: una nuova versione; le domande mantengono la versione con cui sono state verificate.',
  template: 'Parti da un bando reale',
  templateNone: 'Mantieni le regole attuali',
  json: 'Regole (JSON)',
  jsonHint:
    'Importi in centesimi, aliquote in punti base (50 % = 5000), date come AAAA-MM-GG; ogni regola cita il suo articolo.',
  check: 'Verifica le regole',
  problems_one: '{{count}} problema da correggere:',
  problems_other: '{{count}} problemi da correggere:',
  valid: 'Le regole sono valide: anteprima',
  sample: 'Impresa e piano di esempio',
  previewGrant: 'Questo esempio otterrebbe {{grant}} su {{eligible}} di spesa ammissibile.',
  previewCannotApply: 'Questo esempio non può partecipare.',
  description: 'Descrizione del bando dopo l’errata corrige',
  descriptionHint: 'Indica che cosa cambia e da quando.',
  confirmErratum: 'Emettere questa errata corrige come nuova versione del bando? Le PMI la vedranno subito.',
  issueErratum: 'Emetti l’errata corrige',
  saveDraft: 'Salva le regole nella bozza',
  erratumIssued: 'Errata corrige emessa: il bando è ora alla versione {{version}}.',
  draftSaved: 'Regole salvate nella bozza.',
  figures: {
    legend: 'Cifre principali',
    hint: 'Modifica qui le cifre abituali: vengono scritte nelle regole qui sotto. Importi in euro, aliquote in %.',
    unreadable:
      'Le regole qui sotto non sono JSON valido, quindi le cifre principali non si possono mostrare: correggi il JSON o parti da un bando.',
    rate: 'Intensità del contributo (%)',
    minProject: 'Costo minimo del progetto (€)',
    maxProject: 'Costo massimo del progetto (€)',
    maxGrant: 'Contributo massimo (€)',
    spendFrom: 'Periodo di spesa dal',
    spendTo: 'Periodo di spesa al',
    regions: 'Regioni ammesse (codici separati da virgola; vuoto = ovunque)',
    category: 'Categoria: {{name}}',
    categoryRate: 'Intensità propria (%; vuoto = quella del bando)',
    categoryCap: 'Tetto (€; vuoto = nessun tetto)',
    problems: {
      money: 'Inserisci un importo in euro, ad es. 1500 o 1.500,50.',
      percent: 'Inserisci una percentuale da 0 a 100, ad es. 50 o 37,5.',
      date: 'Inserisci una data come AAAA-MM-GG.',
      required: 'Questa cifra è obbligatoria.',
    },
  },
};
