/**
 * What a person is typing into the rules forms' fields, per field id, until it can be written into the
 * rules JSON, and the problem with it when it cannot. Leaving a field puts back what the rules hold,
 * unless what was typed is wrong: then the text stays, with its error, so nothing typed is lost.
 */
import { useState } from 'react';

export type Json = Record<string, unknown>;

/** The props of a form that edits the rules JSON. */
export interface RulesJsonProps {
  json: Json;
  onChange: (json: Json) => void;
}

export function useTypedFields() {
  const [typing, setTyping] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  return {
    typing,
    problems,
    type: (id: string, value: string) => setTyping((current) => ({ ...current, [id]: value })),
    problem: (id: string, message: string | undefined) =>
      setProblems(({ [id]: _, ...rest }) => (message ? { ...rest, [id]: message } : rest)),
    stopTyping: (id: string) => {
      if (!problems[id]) setTyping(({ [id]: _, ...rest }) => rest);
    },
    /** Forgets every field, when the fields themselves move (a listed item removed). */
    reset: () => {
      setTyping({});
      setProblems({});
    },
  };
}
