import type { SourceSpec } from '../model.js'
import type { Problem } from '../problem.js'
import { contains, sameId } from '../scope.js'
import type { Path } from '../yaml-document.js'
import { allSources, reportValueAt, type SemanticRule } from './context.js'

/** Every Key Vault a source names, with the path of its `keyVault` field. */
export function keyVaultsOf(source: SourceSpec, index: number): Array<{ id: string; path: Path }> {
  const refs: Array<[Path, { keyVault?: unknown } | undefined]> = [
    [['git', 'ssh'], source.git?.ssh],
    [['git', 'https'], source.git?.https],
    [['bucket', 'secretKey'], source.bucket?.secretKey]
  ]
  return refs.flatMap(([at, ref]) =>
    typeof ref?.keyVault === 'string' ? [{ id: ref.keyVault, path: ['sources', index, ...at, 'keyVault'] }] : []
  )
}

/**
 * A source's Key Vault must be granted to its team: apply gives the assignment's identity a role on that vault, so a
 * team naming another team's vault would read its secrets. A vault is granted when it lies inside one of the team's
 * granted scopes, or when flux-policy.yaml lists it under `teams.<team>.keyVaults`.
 */
export const keyVaultGrantedRule: SemanticRule = (context) => {
  const grants = context.platform?.content.teams
  if (!grants) return []
  return allSources(context).flatMap(({ file, index, source }): Problem[] => {
    const team = file.team ?? ''
    const grant = grants[team]
    if (!grant) return []
    return keyVaultsOf(source, index).flatMap(({ id, path }) => {
      if ((grant.keyVaults ?? []).some((listed) => sameId(listed, id))) return []
      const answers = grant.scopes.map((scope) => contains(scope, id, context.hierarchy))
      if (answers.includes('inside')) return []
      const howToGrant = `or ask the platform team to list it under \`teams.${team}.keyVaults\` in flux-policy.yaml`
      if (answers.includes('unknown')) {
        const message =
          `Whether Key Vault \`${id}\` lies under a management group granted to \`${team}\` is ` +
          `unknown; list its subscription under \`managementGroups\` in flux-policy.yaml, ${howToGrant}.`
        return [reportValueAt(file.loaded, path, 'hierarchy-unknown', message)]
      }
      const scopes = grant.scopes.map((g) => `\`${g}\``).join(', ')
      const message =
        `Team \`${team}\` may use only Key Vaults inside its granted scopes (${scopes}) or listed ` +
        `for it in flux-policy.yaml; \`${id}\` is neither. Use a vault of your own, ${howToGrant}.`
      return [reportValueAt(file.loaded, path, 'key-vault-not-granted', message)]
    })
  })
}
