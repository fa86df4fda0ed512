/** Which page a list request asks for, as GitHub reads `per_page` (default 30, at most 100) and `page` (from 1). */
export interface PageRequest {
  perPage: number
  page: number
}

export function readPageRequest(query: URLSearchParams): PageRequest {
  const perPage = Number.parseInt(query.get('per_page') ?? '', 10)
  const page = Number.parseInt(query.get('page') ?? '', 10)
  return {
    perPage: Number.isInteger(perPage) && perPage > 0 ? Math.min(perPage, 100) : 30,
    page: Number.isInteger(page) && page > 0 ? page : 1
  }
}

export interface Page<T> {
  items: T[]
  /** The `Link` header, absent when everything fits on the first page. */
  link?: string
}

/**
 * One page of `items` and GitHub's `Link` header: `<url?page=2>; rel="prev", <…>; rel="next", <…>; rel="last",
 * <…>; rel="first"`, each relation only where it applies. `listUrl` is the list's URL without a query.
 */
export function pageOf<T>(items: readonly T[], query: URLSearchParams, listUrl: string): Page<T> {
  const { perPage, page } = readPageRequest(query)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  if (lastPage === 1 && page === 1) return { items: slice }
  const url = (target: number) => {
    const next = new URLSearchParams(query)
    next.delete('page')
    next.append('page', String(target))
    return `<${listUrl}?${next.toString()}>`
  }
  const relations: string[] = []
  if (page > 1) relations.push(`${url(Math.min(page - 1, lastPage))}; rel="prev"`)
  if (page < lastPage) relations.push(`${url(page + 1)}; rel="next"`, `${url(lastPage)}; rel="last"`)
  if (page > 1) relations.push(`${url(1)}; rel="first"`)
  return { items: slice, link: relations.join(', ') }
}
