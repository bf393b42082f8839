/** A small flag parser for the interactive commands, with clear messages for bad input. */

/** Parsed arguments: positionals, boolean flags, and valued options. */
export interface Parsed {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Parses `args` knowing which flags are booleans and which take a value; returns an error message on bad input. */
export function parseArgs(args: string[], spec: { flags?: string[]; values?: string[] }): Parsed | { error: string } {
  const out: Parsed = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      out.positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags?.includes(name)) {
      if (inline !== undefined) return { error: `--${name} takes no value` };
      out.flags.add(name);
    } else if (spec.values?.includes(name)) {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) return { error: `--${name} needs a value` };
      out.values.set(name, v);
    } else {
      const known = [...(spec.flags ?? []), ...(spec.values ?? [])].map((f) => `--${f}`);
      return { error: `unknown option ${a}${known.length ? ` (known: ${known.join(', ')})` : ''}` };
    }
  }
  return out;
}

/** An integer option within bounds, or an error message. */
export function intOption(p: Parsed, name: string, def: number, min: number, max: number): number | { error: string } {
  const raw = p.values.get(name);
  if (raw === undefined) return def;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max)
    return { error: `--${name} must be a whole number from ${min} to ${max} (got "${raw}")` };
  return n;
}
