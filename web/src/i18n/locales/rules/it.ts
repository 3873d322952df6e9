/** Italiano, rules namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  loading: 'Caricamento…',
  title: 'Regole di {{title}}',
  notFound: 'Non hai un bando con questo codice.',
  pageTitle: 'Regole di un bando',
  loadFailed: 'Impossibile caricare i tuoi bandi: {{message}}',
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
  saveFailed: 'Le regole non sono state salvate: {{message}}',
  fundsNothing:
    'Le regole corrette non finanziano nulla. Mantieni un’intensità del contributo superiore allo 0 %.',
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
    shareRange: 'Quota: {{name}}',
    shareRangeMin: 'Almeno questa quota della spesa ammissibile (%; vuoto = 0)',
    shareRangeMax: 'Al massimo questa quota della spesa ammissibile (%; vuoto = 100)',
    problems: {
      money: 'Inserisci un importo in euro, ad es. 1500 o 1.500,50.',
      percent: 'Inserisci una percentuale da 0 a 100, ad es. 50 o 37,5.',
      date: 'Inserisci una data come AAAA-MM-GG.',
      required: 'Questa cifra è obbligatoria.',
      shareRangeOrder: 'La quota minima non può superare quella massima.',
    },
  },
  choices: {
    legend: 'Regole a parole',
    hint: 'Rispondi come dice il testo del bando; ogni risposta viene scritta nelle regole qui sotto con l’articolo che cita.',
    costBasis: 'Il costo minimo e massimo del progetto si misurano su',
    costBasisHint: 'Ciò che il testo del bando confronta con i suoi limiti.',
    costBases: {
      eligible: 'la spesa ammissibile (ciò che il bando accetta)',
      requested: 'l’intero progetto come lo presenta l’impresa',
    },
    otherAid: 'Altri aiuti sullo stesso costo',
    otherAidPolicy: 'Un costo pagato da questo bando può ricevere anche altri aiuti pubblici?',
    otherAidHint:
      'Ad esempio un contributo regionale o un credito d’imposta sulla stessa fattura (Regolamento UE de minimis 2023/2831, articolo 5).',
    otherAidChoices: {
      unchecked: 'Il bando non ne parla: non controllare',
      none: 'No: nessun altro aiuto sullo stesso costo',
      'general-tax-incentives-only':
        'Solo agevolazioni fiscali generali aperte a tutte le imprese, nessun altro aiuto di Stato',
      'max-intensity': 'Sì, purché tutti gli aiuti sul costo insieme restino entro una quota massima',
    },
    intensity: 'Tutti gli aiuti su un costo insieme al massimo (% del costo)',
    article: 'Articolo del bando che lo dice',
    timingArticle: 'Articolo del bando per le regole sulle date che aggiungi qui',
    timingArticleHint:
      'Ogni regola già presente mantiene il proprio articolo; se lo lasci vuoto, una nuova regola cita l’articolo del periodo di spesa.',
    timingLegend: 'Date misurate dalla domanda',
    timing: {
      notStarted: 'Il progetto non deve essere iniziato prima della domanda',
      costsAfter: 'Contano solo i costi fatturati dal giorno dopo la domanda',
    },
    applyWithin: 'Presentare la domanda entro questi giorni dall’inizio di un servizio',
    applyWithinHint: 'Lascia vuoto se il bando non pone questo limite (KMO-portefeuille: 14 giorni).',
    daysProblem: 'Inserisci un numero intero di giorni da 0 a 3650, o lascia vuoto.',
    outside: 'Quando un piano è fuori dalla quota “{{name}}”',
    outsideChoices: {
      refuse: 'respingere il piano finché non rientra nella quota',
      cap: 'contare la spesa solo fino alla quota',
    },
  },
  deMinimis: {
    legend: 'Aiuti de minimis',
    regulation: 'Il contributo è un aiuto de minimis?',
    regulationHint:
      'In tal caso gli altri aiuti de minimis dell’impresa negli ultimi tre anni, e quelli delle imprese collegate, le lasciano un margine limitato.',
    regulations: {
      none: 'No, o il bando non lo dice',
      'EU-2023/2831': 'Sì, ai sensi del Regolamento (UE) 2023/2831 (dal 2024; 300.000 € in tre anni)',
      'EU-1407/2013': 'Sì, ai sensi del Regolamento (UE) 1407/2013 (fino al 2023; 200.000 € in tre esercizi)',
    },
    onExcess: 'Quando il contributo supererebbe il margine dell’impresa',
    excessChoices: {
      cut: 'ridurre il contributo al margine',
      refuse: 'respingere la domanda',
    },
    article: 'Articolo del bando che lo stabilisce',
    ceilingsHint:
      'Alcuni regolamenti fissano un massimale più basso per un settore, ad es. 100.000 € per il trasporto merci su strada per conto terzi secondo il Regolamento 1407/2013.',
    ceiling: 'Massimale ridotto {{n}} per alcuni settori',
    sectors: 'Settori (codici ATECO/NACE, separati da virgole)',
    sectorsHint: 'Scrivi un codice come 49.41 o sceglilo dall’elenco.',
    sectorsRead: 'Si legge: {{names}}',
    sectorsProblem: 'Indica almeno un codice di settore, come 49.41, separati da virgole.',
    ceilingAmount: 'Massimale nei tre anni (€)',
    amountMissing: 'Inserisci il massimale in euro, ad es. 100.000.',
    amountNotLower: 'Un massimale ridotto deve essere inferiore a quello del regolamento, {{ceiling}}.',
    articleMissing: 'Indica l’articolo del bando che lo stabilisce.',
    noCeilings2023:
      'Il Regolamento 2023/2831 non fissa massimali ridotti per settore (quello per il trasporto merci su strada era nel Regolamento 1407/2013): mantieni un massimale solo se il bando lo prevede.',
    ceilingArticle: 'Articolo che fissa questo massimale (vuoto: quello sopra)',
    addCeiling: 'Aggiungi un massimale ridotto per alcuni settori',
    removeCeiling: 'Rimuovi il massimale ridotto {{n}}',
  },
};
