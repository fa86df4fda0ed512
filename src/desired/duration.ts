// The conversion lives with the validator, which rejects durations that do not fit the wire's integer.
export { durationSeconds } from '../config/duration.js'
