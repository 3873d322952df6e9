/** Where the API reports failures that are its own (5xx, database unavailable): Powertools' Logger on Lambda, JSON lines locally. */
export interface ErrorLog {
  error(message: string, attributes: Record<string, unknown>): void;
}

export const consoleErrorLog: ErrorLog = {
  error: (message, attributes) => console.error(JSON.stringify({ level: 'error', message, ...attributes })),
};
