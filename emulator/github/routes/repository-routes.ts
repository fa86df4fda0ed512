import type { RouteDefinition } from '../http/route-types.js'
import { notFound } from '../http/github-errors.js'
import { contentFileShape } from '../shapes/content-shape.js'
import { fullRepositoryShape } from '../shapes/repository-shape.js'
import { repositoryFacts } from '../shapes/shape-context.js'
import { findRepositoryByFullName } from '../state/lookups.js'
import type { RepositoryRecord } from '../state/records.js'
import { requireRepository } from './route-helpers.js'

/**
 * The files at `ref`: "The name of the commit/branch/tag. Default: the repository's default branch." (Get repository
 * content, https://docs.github.com/rest/repos/contents#get-repository-content) — any commit of the repository (by
 * full sha; an abbreviated one is not accepted here, the stricter reading), a branch or a tag, also as `refs/heads/…`
 * or `refs/tags/…`. Undefined (404 "No commit found for the ref") for anything else.
 */
function filesAt(repository: RepositoryRecord, ref: string): Record<string, string> | undefined {
  const byName = (name: string): string | undefined => {
    if (name === repository.defaultBranch) return repository.defaultBranchSha
    const branch = name.startsWith('refs/tags/') ? undefined : name.replace(/^refs\/heads\//, '')
    if (branch === repository.defaultBranch) return repository.defaultBranchSha
    const tag = name.startsWith('refs/heads/') ? undefined : name.replace(/^refs\/tags\//, '')
    return (
      (branch !== undefined && own(repository.branches, branch)) ||
      (tag !== undefined && own(repository.tags, tag)) ||
      undefined
    )
  }
  const sha = byName(ref) ?? ref
  return sha === repository.defaultBranchSha ? repository.files : own(repository.commits, sha)
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined
}

export const repositoryRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}',
    name: 'repos.get',
    docs: 'https://docs.github.com/rest/repos/repos#get-a-repository',
    handle(context) {
      const repository = requireRepository(context)
      const parentRecord =
        repository.forkOf === undefined ? undefined : findRepositoryByFullName(context.state, repository.forkOf)
      const parent = parentRecord
        ? { record: parentRecord, facts: repositoryFacts(context.state, parentRecord) }
        : undefined
      return {
        status: 200,
        body: fullRepositoryShape(repository, repositoryFacts(context.state, repository), context.urls, parent)
      }
    }
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/contents/{path+}',
    name: 'repos.getContent',
    docs: 'https://docs.github.com/rest/repos/contents#get-repository-content',
    handle(context) {
      const repository = requireRepository(context)
      const ref = context.request.query.get('ref') ?? repository.defaultBranch
      const files = filesAt(repository, ref)
      if (!files) throw notFound(context.docs, `No commit found for the ref ${ref}`)
      const path = (context.params.path ?? '').replace(/^\/+|\/+$/g, '')
      const content = Object.hasOwn(files, path) ? files[path] : undefined
      if (content === undefined) throw notFound(context.docs)
      return { status: 200, body: contentFileShape(repository, path, content, ref, context.urls) }
    }
  }
]
