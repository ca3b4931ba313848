// What an audit entry changed, field by field: nested objects are walked (`name.zh-CN`), lists and
// plain values compared whole; a created row lists every field (before absent), an unchanged field none.
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function changedFields(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: prefix, before, after }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.flatMap((key) => changedFields(b[key] ?? null, a[key] ?? null, prefix ? `${prefix}.${key}` : key));
}
