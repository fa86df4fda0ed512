import * as core from '@actions/core'
import type { AzureClients } from '../azure/clients.js'
import { signInToAzure } from '../azure/sign-in.js'
import type { ActionSettings } from './inputs.js'

/** The action's Azure clients: GitHub OIDC when the job may request an ID token, else the other credentials. */
export function actionAzureClients(settings: ActionSettings): AzureClients {
  const oidc = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL)
  const { clients, kind } = signInToAzure(settings.azure, process.env, {
    inAction: true,
    getGitHubIdToken: oidc ? (audience) => core.getIDToken(audience) : undefined
  })
  core.info(`Signing in to ${clients.cloud.name} (${clients.cloud.armEndpoint}) with ${kind}.`)
  return clients
}
