/** Italiano, readiness namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  title: 'Autovalutazione della maturità digitale',
  intro: 'Dieci minuti, senza account. Le risposte restano su questo dispositivo.',
  strategy: 'Prima, tre domande',
  maturity: 'Dove siete oggi',
  levels: 'Scegli la risposta più vicina a voi',
  questions: {
    security: 'Backup e sicurezza degli accessi',
    data: 'Dove sono i dati di clienti e vendite',
    'customers-online': 'Come i clienti vi trovano e vi contattano online',
    processes: 'Come gestite ordini e fatture',
    skills: 'Competenze digitali del gruppo',
  },
  answers: {
    security: [
      'Nessun backup',
      'Backup manuali ogni tanto',
      'Backup automatici',
      'Backup automatici, accesso a due fattori, ripristini provati',
    ],
    data: [
      'Su carta',
      'In fogli di calcolo',
      'In un gestionale',
      'In sistemi collegati (CRM, contabilità, negozio)',
    ],
    'customers-online': ['Per niente', 'Una pagina social', 'Un sito web', 'Prenotazioni o negozio online'],
    processes: [
      'Su carta',
      'PDF via email',
      'Fatturazione elettronica',
      'Ordini, magazzino e contabilità collegati',
    ],
    skills: ['Nessuno si sente sicuro', 'Una persona', 'Più persone', 'Un piano di formazione per tutti'],
  },
  score: 'Maturità: {{score}} / 100',
  stepsTitle: 'Piccoli primi passi',
  noSteps: 'Rispondi alle domande per vedere i primi passi; le aree già a posto non ne hanno bisogno.',
  steps: {
    security:
      'Attivate backup automatici giornalieri e l’accesso a due fattori; fate verificare a un consulente cosa è esposto.',
    data: 'Portate i dati di clienti e vendite da carta o fogli di calcolo in un unico strumento cloud (un CRM semplice).',
    'customers-online': 'Un sito chiaro con orari, prezzi e un modo per prenotare o ordinare.',
    processes: 'Inviate e ricevete le fatture in formato elettronico, collegate alla contabilità.',
    skills: 'Formate chi userà i nuovi strumenti, a partire da chi tira il carro.',
  },
  startPlan: 'Inizia un piano con queste risposte',
};
