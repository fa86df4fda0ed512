import type { RouteDefinition } from '../http/route-types.js'
import { errorBody, GitHubFailure, notFound } from '../http/github-errors.js'
import { contentFileShape } from '../shapes/content-shape.js'
import { fullRepositoryShape } from '../shapes/repository-shape.js'
import { repositoryFacts } from '../shapes/shape-context.js'
import { findRepositoryByFullName } from '../state/lookups.js'
import { requireRepository } from './route-helpers.js'

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
      if (
        ref !== repository.defaultBranch &&
        ref !== repository.defaultBranchSha &&
        ref !== `refs/heads/${repository.defaultBranch}`
      ) {
        throw new GitHubFailure(404, errorBody(404, `No commit found for the ref ${ref}`, context.docs))
      }
      const path = (context.params.path ?? '').replace(/^\/+|\/+$/g, '')
      const content = repository.files[path]
      if (content === undefined) throw notFound(context.docs)
      return { status: 200, body: contentFileShape(repository, path, content, repository.defaultBranch, context.urls) }
    }
  }
]
