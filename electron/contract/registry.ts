// Joins the per-capability maps (commands, events, handlers) into one, refusing a name that two
// capabilities both declare: an object spread would let the later one silently replace the earlier.
// Kept free of zod and of every import: the sandboxed preload bundles it through events.ts.

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

export class DuplicateNameError extends Error {
  constructor(
    readonly kind: string,
    readonly duplicate: string,
  ) {
    super(`two capabilities declare the ${kind} '${duplicate}'`);
  }
}

/** One map holding every entry of `maps`; throws DuplicateNameError when a name occurs twice. */
export function mergeUnique<const M extends readonly Record<string, unknown>[]>(kind: string, ...maps: M): Intersection<M[number]> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, value] of Object.entries(map)) {
      if (Object.hasOwn(merged, name)) throw new DuplicateNameError(kind, name);
      merged[name] = value;
    }
  }
  return merged as Intersection<M[number]>;
}
