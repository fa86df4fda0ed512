import type { Table } from './table.js'

/**
 * Results kept for `$skipToken` paging: a query is evaluated once (on its first page) and later pages are slices
 * of that snapshot, so paging is consistent and cheap. A snapshot is dropped once its last page is served, or when
 * it is the least recently used past `capacity`; a token whose snapshot is gone is answered by evaluating the
 * query again.
 */
export interface SnapshotStore {
  put(hash: string, table: Table): string
  get(id: string, hash: string): Table | undefined
  drop(id: string): void
}

export function createSnapshotStore(capacity = 8): SnapshotStore {
  const entries = new Map<string, { hash: string; table: Table }>()
  let next = 0
  return {
    put(hash, table) {
      const id = `${Date.now().toString(36)}.${(next++).toString(36)}`
      entries.set(id, { hash, table })
      while (entries.size > capacity) entries.delete(entries.keys().next().value as string)
      return id
    },
    get(id, hash) {
      const entry = entries.get(id)
      if (!entry || entry.hash !== hash) return undefined
      entries.delete(id)
      entries.set(id, entry)
      return entry.table
    },
    drop(id) {
      entries.delete(id)
    }
  }
}
