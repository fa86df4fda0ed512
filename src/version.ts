// The build writes package.json's version here (scripts/build.mjs `define`); run from source it reads "development".
declare const FLUX_POLICY_VERSION: string | undefined

/** The released version: package.json's, the one place it is kept. */
export const VERSION: string = typeof FLUX_POLICY_VERSION === 'string' ? FLUX_POLICY_VERSION : 'development'
