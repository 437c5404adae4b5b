import type { SavedMapping } from "@linli/adapters";

const KEY = "linli.workbench.mappings";

/** The key of a file's shape: its entity and headers in order. */
export const headerKey = (entity: string, headers: readonly string[]) =>
  `${entity}\u0001${headers.join("\u0000")}`;

/** What the browser's storage offers (absent in private windows that refuse it). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function all(store: KeyValue | undefined): Record<string, SavedMapping> {
  try {
    const text = store?.getItem(KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    return typeof parsed === "object" && parsed !== null
      ? (parsed as Record<string, SavedMapping>)
      : {};
  } catch {
    return {};
  }
}

/** The mapping remembered for files with these headers, if any. */
export function recall(
  store: KeyValue | undefined,
  entity: string,
  headers: readonly string[],
): SavedMapping | undefined {
  return all(store)[headerKey(entity, headers)];
}

/** Remember a mapping for the next file with the same headers (kept on this computer only). */
export function remember(
  store: KeyValue | undefined,
  headers: readonly string[],
  mapping: SavedMapping,
): void {
  const saved = all(store);
  saved[headerKey(mapping.entity, headers)] = mapping;
  try {
    store?.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Storage full or refused: the mapping still applies to this file, it is just not kept.
  }
}
