// Turns a hall error into readable, localized text. The hall's own message (English, for the log)
// is only shown to staff as a detail line, never to residents.
import type { TFunction } from 'i18next';
import type { HallError } from '../../../electron/contract';

export function errorText(t: TFunction, error: HallError): string {
  // A refusal with a reason says exactly what stands in the way, in the user's language; every other
  // code has its own text (`offline` too: a lost link, answered by the client transports).
  // The queue moves' reasons (issue 14) have their texts in their own section, queueMoves.reason.
  if (error.reason) return t([`errors.reason.${error.reason}`, `queueMoves.reason.${error.reason}`]);
  return t(`errors.${error.code}`);
}

/** Error text plus the hall's message, for staff screens. */
export function errorWithDetail(t: TFunction, error: HallError): { text: string; detail: string } {
  // A refusal with a reason is already precise; the hall's message is kept for the rest.
  return { text: errorText(t, error), detail: error.reason ? '' : t('errors.detail', { message: error.message }) };
}
