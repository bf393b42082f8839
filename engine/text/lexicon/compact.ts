/** The compact form of a conjugation table: lemmas as a prefix plus one of a few shared lists of endings. */

/** A paradigm-compressed table: `rows` is `prefix:paradigm;…`, each paradigm a comma-separated list of endings. */
export interface CompactTable {
  readonly paradigms: readonly string[];
  readonly rows: string;
}

/** Folded form → the lemma ids it is a form of (most forms have one). */
export type LemmaMap = ReadonlyMap<string, readonly string[]>;

/** The lemmas of a compact table, each with its forms (the lemma is the first). */
export function* lemmas(table: CompactTable): Generator<[string, string[]]> {
  if (!table.rows) return;
  const endings = table.paradigms.map((p) => p.split(','));
  for (const row of table.rows.split(';')) {
    const colon = row.lastIndexOf(':');
    const prefix = row.slice(0, colon);
    const list = endings[Number(row.slice(colon + 1))] ?? [''];
    const forms = list.map((e) => prefix + e);
    yield [forms[0]!, forms];
  }
}

/** Decodes a compact table into a form → lemmas map. */
export function decode(table: CompactTable): LemmaMap {
  const map = new Map<string, string[]>();
  for (const [lemma, forms] of lemmas(table)) {
    for (const f of forms) {
      const list = map.get(f);
      if (!list) map.set(f, [lemma]);
      else if (!list.includes(lemma)) list.push(lemma);
    }
  }
  return map;
}

/** Compresses lemma → forms (the inverse of `lemmas`), keeping only the paradigms used. */
export function compact(entries: Iterable<[string, readonly string[]]>): CompactTable {
  const paradigms = new Map<string, number>();
  const rows: string[] = [];
  for (const [lemma, forms] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let prefix = lemma;
    for (const f of forms) {
      let i = 0;
      while (i < prefix.length && i < f.length && prefix[i] === f[i]) i++;
      prefix = prefix.slice(0, i);
    }
    const rest = [...new Set(forms.filter((f) => f !== lemma).map((f) => f.slice(prefix.length)))].sort();
    const key = [lemma.slice(prefix.length), ...rest].join(',');
    if (!paradigms.has(key)) paradigms.set(key, paradigms.size);
    rows.push(`${prefix}:${paradigms.get(key)}`);
  }
  return { paradigms: [...paradigms.keys()], rows: rows.join(';') };
}
