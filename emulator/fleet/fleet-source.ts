import type { FleetData } from './fleet-model.js'
import { demoFleet } from './demo-fleet.js'
import { generateFleet, type GeneratedFleetOptions } from './generate-fleet.js'
import { SimulatedFleet } from './simulated-fleet.js'

/** What a caller may pass as the fleet: `demo`, a generator spec, plain data, or a ready SimulatedFleet. */
export type FleetSource = 'demo' | GeneratedFleetOptions | FleetData | SimulatedFleet

export function toSimulatedFleet(source: FleetSource = 'demo'): SimulatedFleet {
  if (source === 'demo') return new SimulatedFleet(demoFleet())
  if (source instanceof SimulatedFleet) return source
  return new SimulatedFleet(isGeneratorSpec(source) ? generateFleet(source) : source)
}

function isGeneratorSpec(source: GeneratedFleetOptions | FleetData): source is GeneratedFleetOptions {
  return typeof source.clusters === 'number'
}
