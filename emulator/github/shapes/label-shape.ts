import type { components } from '@octokit/openapi-types'
import type { LabelRecord } from '../state/records.js'
import type { SiteUrls } from './links.js'
import { nodeId } from './links.js'

export type Label = components['schemas']['label']

export function labelShape(label: LabelRecord, urls: SiteUrls): Label {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${urls.api}/repos/${label.repository}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false
  }
}
