/**
 * `Note_di_apertura_chiusura` can contradict the dates: "Iscrizioni chiuse" (ID 1424), "chiuso in via
 * anticipata … per esaurimento risorse" (ID 1442), a Misura A open until a later date than the record's
 * close date (ID 8365). There is no status field, so the notes are read for whether the call was closed
 * early and which dates they mention. (A record without a close date runs until its funds run out.)
 */
import type { CalendarDate } from '../time/calendar-date';

export interface WindowNote {
  closedEarly: boolean;
  /** The phrase that says so, for the warning. */
  closedPhrase?: string;
  /** Dates written in the note (dd/mm/yyyy, dd.mm.yyyy, "8 ottobre 2023"), in order of appearance. */
  dates: CalendarDate[];
}

// Past tense only: "Salvo chiusura anticipata" and "la chiusura può essere anticipata" are conditions.
const CLOSED =
  /iscrizioni chiuse|chius[oa] in via anticipata|(?:è|e')\s+stat[oa]\s+chius[oa]|si dispone[^.]*chiusura/i;

const MONTHS = new Map<string, number>([
  ['gennaio', 1],
  ['febbraio', 2],
  ['marzo', 3],
  ['aprile', 4],
  ['maggio', 5],
  ['giugno', 6],
  ['luglio', 7],
  ['agosto', 8],
  ['settembre', 9],
  ['ottobre', 10],
  ['novembre', 11],
  ['dicembre', 12],
]);

const iso = (y: number, m: number, d: number): CalendarDate | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date.toISOString().slice(0, 10)
    : undefined;
};

export function datesInText(text: string): CalendarDate[] {
  const found: { at: number; date: CalendarDate }[] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g)) {
    const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) found.push({ at: m.index, date });
  }
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})°?\s+([a-z]+)\s+(\d{4})(?!\d)/gi)) {
    const month = MONTHS.get((m[2] ?? '').toLowerCase());
    const date = month ? iso(Number(m[3]), month, Number(m[1])) : undefined;
    if (date) found.push({ at: m.index, date });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}

export function readWindowNote(note: string | undefined): WindowNote {
  if (note === undefined) return { closedEarly: false, dates: [] };
  const closed = CLOSED.exec(note);
  return {
    closedEarly: closed !== null,
    ...(closed ? { closedPhrase: closed[0] } : {}),
    dates: datesInText(note),
  };
}
