/**
 * The extracted texts the decisions were converted from (content/sources/*.txt), kept as received
 * so that each page can link the exact text it was made from.
 */
const files = import.meta.glob<string>('/content/sources/*.txt', { query: '?raw', import: 'default' });

const byName = new Map(Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1), load]));

/** The names of every source text ("000_e15c014205c75f76.txt"). */
export function sourceTextNames(): string[] {
  return [...byName.keys()].sort();
}

/** Whether the site publishes the source text of this name. */
export function hasSourceText(name: string): boolean {
  return byName.has(name);
}

/** The source text of this name, exactly as received. */
export async function sourceText(name: string): Promise<string> {
  const load = byName.get(name);
  if (!load) throw new Error(`No source text "${name}" in content/sources/`);
  return load();
}
