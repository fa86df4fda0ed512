// What happens to a fleet between two nights: someone "fixes" a cluster by hand, a Flux deployment breaks.
import type { DemoWorld } from './demo-world.js'

export function driftByHand(world: DemoWorld): string[] {
  const { fleet } = world.azure
  const said: string[] = []
  const withConfig = (name: string) =>
    fleet.clusters.find((c) => c.fluxConfigurations.some((f) => f.name === name && f.createdBy === 'policy'))
  const pointed = withConfig('payments-apps')
  if (pointed) {
    const config = pointed.fluxConfigurations.find((f) => f.name === 'payments-apps')!
    config.gitRepository = { ...config.gitRepository!, url: 'https://github.com/someone/payments-gitops-fork' }
    config.createdBy = 'user'
    said.push(`${pointed.name}: payments-apps now points at a fork (edited by hand)`)
  }
  const broken = withConfig('data-pipelines')
  if (broken) {
    const config = broken.fluxConfigurations.find((f) => f.name === 'data-pipelines')!
    Object.assign(config, {
      provisioningState: 'Failed',
      complianceState: 'Non-Compliant',
      errorMessage: 'kustomization path not found: ./pipelines'
    })
    said.push(`${broken.name}: data-pipelines failed (kustomization path not found)`)
  }
  fleet.changed()
  return said
}
