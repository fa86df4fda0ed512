import { failOnCrash, run } from './action/main.js'

failOnCrash()
await run()
