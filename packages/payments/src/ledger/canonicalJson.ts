/** JSON with object keys sorted, so equal bodies give equal strings whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      // No prototype: an own '__proto__' key is kept as data, not turned into a prototype.
      const sorted = Object.create(null) as Record<string, unknown>;
      for (const k of Object.keys(v as object).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}
