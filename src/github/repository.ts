/** owner/name of a repository, as every GitHub call needs it. */
export interface RepositoryRef {
  owner: string
  repo: string
}

export function parseRepository(fullName: string): RepositoryRef {
  const [owner, repo, ...rest] = fullName.split('/')
  if (!owner || !repo || rest.length > 0) throw new Error(`'${fullName}' is not an owner/name repository.`)
  return { owner, repo }
}
