import type { Table } from './table.js'

/**
 * Results kept for `$skipToken` paging: a query is evaluated once (on its first page) and later pages are slices
 * of that snapshot, so paging is consistent and cheap. Least recently used snapshots are dropped; a token whose
 * snapshot is gone is answered by evaluating the query again.
 */
export interface SnapshotStore {
  put(hash: string, table: Table): string
  get(id: string, hash: string): Table | undefined
}

export function createSnapshotStore(capacity = 16): SnapshotStore {
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
    }
  }
}
