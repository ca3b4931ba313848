// How the server maps the capabilities' routes (core/capabilities.ts, each capability declares its
// own) onto requests: success answers the command's value; failure answers
// { ok: false, error: { code, message, field? } } with the HTTP status of the code.

/** Path parameters become input fields; a number-looking one becomes a number so the schema can check it. */
export function paramsToInput(params: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = /^\d{1,9}$/.test(value) ? Number(value) : value;
  return out;
}
