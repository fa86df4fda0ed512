import type { Problem } from '../problem.js'
import { contains, parseScope } from '../scope.js'
import { allSources, reportAt, reportValueAt, type SemanticRule } from './context.js'
import { didYouMean } from '../suggest.js'

/** teams/<name>/… files must declare `team: <name>`. */
export const teamFolderRule: SemanticRule = ({ teamFiles }) =>
  teamFiles.flatMap(({ loaded, team }) => {
    const folder = /^teams\/([^/]+)\/.+/.exec(loaded.file)?.[1]
    if (!folder || !team || folder === team) return []
    return [
      reportValueAt(
        loaded,
        ['team'],
        'team-folder-mismatch',
        `This file is under teams/${folder}/ but declares \`team: ${team}\`; make them match (or move the file).`
      )
    ]
  })

export const teamDeclaredRule: SemanticRule = ({ platform, teamFiles }) => {
  if (!platform) return []
  const declared = Object.keys(platform.content.teams)
  return teamFiles.flatMap(({ loaded, team }) => {
    if (!team || declared.includes(team)) return []
    const hint = didYouMean(team, declared)
    return [
      reportValueAt(
        loaded,
        ['team'],
        'unknown-team',
        `Team \`${team}\` is not declared in flux-policy.yaml.${hint ? ` Did you mean \`${hint}\`?` : ''} Declared teams: ${declared.join(', ')}.`
      )
    ]
  })
}

/** A source's scope must lie at or below one of its team's granted scopes. */
export const scopeGrantedRule: SemanticRule = (context) => {
  const grants = context.platform?.content.teams
  if (!grants) return []
  return allSources(context).flatMap(({ file, index, source: { scope } }): Problem[] => {
    const team = file.loaded
    const name = file.team ?? ''
    const granted = grants[name]?.scopes
    if (!granted || !parseScope(scope)) return []
    const answers = granted.map((g) => contains(g, scope, context.hierarchy))
    if (answers.includes('inside')) return []
    const path = ['sources', index, 'scope']
    if (answers.includes('unknown')) {
      return [
        reportValueAt(
          team,
          path,
          'hierarchy-unknown',
          `Whether \`${scope}\` lies under a management group granted to \`${name}\` is unknown; list it under \`managementGroups\` in flux-policy.yaml.`
        )
      ]
    }
    return [
      reportValueAt(
        team,
        path,
        'scope-not-granted',
        `Team \`${name}\` may assign only at or below ${granted.map((g) => `\`${g}\``).join(', ')}; \`${scope}\` is outside. Pick a granted scope or ask the platform team to grant this one.`
      )
    ]
  })
}

export const platformRules: SemanticRule = ({ platform }) => {
  if (!platform) return []
  const problems: Problem[] = []
  for (const [name, grant] of Object.entries(platform.content.teams)) {
    grant.scopes.forEach((scope, i) => {
      if (!parseScope(scope))
        problems.push(
          reportValueAt(
            platform,
            ['teams', name, 'scopes', i],
            'scope-syntax',
            `\`${scope}\` is not a management group, subscription or resource group id.`
          )
        )
    })
  }
  for (const [group, children] of Object.entries(platform.content.managementGroups ?? {})) {
    children.forEach((child, i) => {
      const kind = parseScope(child)?.kind
      if (kind !== 'subscription' && kind !== 'managementGroup') {
        problems.push(
          reportValueAt(
            platform,
            ['managementGroups', group, i],
            'scope-syntax',
            `\`${child}\` is not a subscription or management group id.`
          )
        )
      }
    })
  }
  const definitions = platform.content.customDefinitions
  const definitionsKind = definitions ? parseScope(definitions.scope)?.kind : undefined
  if (definitions && definitionsKind !== 'managementGroup' && definitionsKind !== 'subscription') {
    const message = `\`${definitions.scope}\` is not a management group or subscription id; custom definitions live at one of those.`
    problems.push(reportValueAt(platform, ['customDefinitions', 'scope'], 'scope-syntax', message))
  }
  const extension = platform.content.fluxExtension
  if (extension?.version !== undefined && extension.autoUpgradeMinorVersion !== false) {
    problems.push(
      reportAt(
        platform,
        ['fluxExtension', 'version'],
        'invalid-value',
        'A pinned `version` needs `autoUpgradeMinorVersion: false`; add it or remove the version.'
      )
    )
  }
  return problems
}
