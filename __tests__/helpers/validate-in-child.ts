// Validates a policy root in a process of its own and prints the problems as JSON. Validation is synchronous: run
// in the test's own process, a slow (say quadratic) pattern would block the event loop and jest's timeout could
// never fail the test; run here, it can.
import { validateRoot } from '../../src/commands/validate.js'

const { problems } = await validateRoot(process.argv[2]!)
console.log(JSON.stringify(problems))
