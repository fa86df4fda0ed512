import type { DesiredAssignment } from '../desired/desired-assignment.js'
import type { FieldDiff } from './field-diff.js'
import type { PlanError } from './plan.js'

const RENAMED = 'parameters.configurationName'

/**
 * A source whose Flux configuration name changes is refused. The existence condition of every Flux definition
 * ignores the configuration's name, so clusters that carry the old configuration stay compliant and never get the
 * new one; and a configuration cannot be renamed in place (the name is its resource id), only deleted and created
 * again, and deleting one whose kustomizations prune deletes their workloads. The message gives the safe steps.
 */
export function configurationRename(desired: DesiredAssignment, diffs: readonly FieldDiff[]): PlanError | undefined {
  const renamed = diffs.find((d) => d.field === RENAMED)
  if (desired.kind !== 'configuration' || !renamed) return undefined
  const [before, after] = [String(renamed.before), String(renamed.after)]
  const at = desired.origin.configurationName ?? { line: desired.origin.line, column: undefined }
  return {
    code: 'configuration-rename',
    file: desired.origin.file,
    line: at.line,
    ...(at.column === undefined ? {} : { column: at.column }),
    message:
      `Source '${desired.metadata.fluxPolicy.source}' renames its Flux configuration from '${before}' to '${after}'. ` +
      `The policy does not compare configuration names, so clusters that carry '${before}' keep it and never get ` +
      `'${after}', and removing '${before}' while a kustomization prunes deletes its workloads. Keep ` +
      `configurationName '${before}', or rename in steps, applying after each: 1) set prune: false on every ` +
      `kustomization of the source; 2) remove the source (clusters keep '${before}'); 3) delete '${before}' from ` +
      `the clusters (az k8s-configuration flux delete; with prune off the workloads stay); 4) add the source back ` +
      `with configurationName '${after}' (and prune as before): remediation deploys it and it takes the workloads over.`
  }
}
