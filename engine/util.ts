/** Small helpers shared by the engine. */

/** Reads an own property of a trainer-keyed record; ids like `toString` or `__proto__` are never inherited. */
export function own<T>(rec: Record<string, T> | undefined, key: string): T | undefined {
  return rec !== undefined && Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

/** True when the record has its own entry for `key`. */
export function has(rec: Record<string, unknown> | undefined, key: string): boolean {
  return rec !== undefined && Object.prototype.hasOwnProperty.call(rec, key);
}

/** A record with no prototype, safe for any trainer-chosen key. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
