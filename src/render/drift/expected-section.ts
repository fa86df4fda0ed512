import type { SourceExpectation } from '../../audit/expectation.js'
import { code } from './markdown-text.js'

/** The lines of the "Expected" table: what every cluster under the source should carry. */
export function describeExpectation(e: SourceExpectation): string[] {
  const ref = e.ref.kind === 'bucket' ? `bucket ${code(e.ref.value)}` : `${e.ref.kind} ${code(e.ref.value)}`
  return [
    '| | |',
    '|---|---|',
    `| Scope | ${code(e.scope)} |`,
    ...(e.notScopes.length > 0 ? [`| Excluded | ${e.notScopes.map(code).join('<br>')} |`] : []),
    `| Flux configuration | ${code(e.configurationName)} in namespace ${code(e.namespace)} |`,
    `| Source | ${code(e.url)} at ${ref} |`,
    `| Kustomization | ${code(e.kustomizationName)} at ${code(e.kustomizationPath)} |`,
    `| Assignment | ${code(e.assignmentName)} |`
  ]
}
