import { badRequest, parseJsonBody } from './arm-error.js'
import type { ArmRoute } from './arm-request.js'
import type { EmulatorContext } from '../emulator-context.js'

/** Microsoft.Management's stable versions (specification/managementgroups/resource-manager/readme.md). */
const API_VERSIONS = ['2019-11-01', '2020-02-01', '2020-05-01', '2020-10-01', '2021-04-01', '2023-04-01']
/** A management group id: up to 90 letters, digits, `-`, `_`, `(`, `)`, `.`, not ending with a period. */
const VALID_NAME = /^[\w().-]{0,89}[\w()-]$/

/**
 * Management Groups - Check Name Availability, `POST /providers/Microsoft.Management/checkNameAvailability`
 * (management.json 2021-04-01, example CheckManagementGroupNameAvailability.json: 200 `{ nameAvailable, reason,
 * message }`, reason `Invalid` or `AlreadyExists`): "Checks if the specified management group name is valid and
 * unique". The one tenant-level way to tell a management group that does not exist from one the caller may not
 * read, since both answer 403 to a GET (emulator-router.ts, missingManagementGroup). Open to every signed-in caller:
 * by default any principal may create a management group under the root ("Protect your resource hierarchy",
 * hierarchy setting "Require authorization for management group creation", off by default), and the portal checks
 * the name first. The messages are this emulator's (the spec's example says only "Error message").
 */
export function managementGroupNameRoute(context: EmulatorContext): ArmRoute {
  return {
    name: 'managementGroups.checkNameAvailability',
    method: 'POST',
    resourceType: 'microsoft.management/checknameavailability',
    shape: 'collection',
    apiVersions: API_VERSIONS,
    authorization: 'none',
    handle: (request) => {
      const body = parseJsonBody(request.body) as { name?: unknown; type?: unknown }
      if (typeof body.name !== 'string' || body.name === '')
        throw badRequest('InvalidRequestContent', "The request content was invalid: 'name' is required.")
      if (!VALID_NAME.test(body.name))
        return {
          status: 200,
          body: {
            nameAvailable: false,
            reason: 'Invalid',
            message: `'${body.name}' is not a valid management group id.`
          }
        }
      if (context.fleet.findManagementGroup(body.name))
        return {
          status: 200,
          body: {
            nameAvailable: false,
            reason: 'AlreadyExists',
            message: `The management group '${body.name}' already exists.`
          }
        }
      return { status: 200, body: { nameAvailable: true } }
    }
  }
}
