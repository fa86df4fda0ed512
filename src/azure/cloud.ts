/** Azure clouds flux-policy can target: public, sovereign, or a custom ARM endpoint (Azure Stack, the emulator). */
export interface AzureCloud {
  name: string
  armEndpoint: string
  authorityHost: string
}

export const KNOWN_CLOUDS: Record<string, AzureCloud> = {
  AzureCloud: {
    name: 'AzureCloud',
    armEndpoint: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com'
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    armEndpoint: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us'
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    armEndpoint: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn'
  }
}

export class CloudSettingError extends Error {}

/** Picks the cloud from an environment name, overridden by explicit endpoints. */
export function resolveCloud(
  environment: string | undefined,
  armEndpoint?: string,
  authorityHost?: string
): AzureCloud {
  const name = environment || 'AzureCloud'
  const known = Object.values(KNOWN_CLOUDS).find((c) => c.name.toLowerCase() === name.toLowerCase())
  if (!known && !armEndpoint) {
    throw new CloudSettingError(
      `Unknown Azure environment '${name}'. Use one of ${Object.keys(KNOWN_CLOUDS).join(', ')}, or set arm-endpoint for a custom cloud.`
    )
  }
  const base = known ?? {
    name,
    armEndpoint: armEndpoint!,
    authorityHost: authorityHost ?? KNOWN_CLOUDS.AzureCloud!.authorityHost
  }
  return {
    name: base.name,
    armEndpoint: trimSlash(armEndpoint ?? base.armEndpoint),
    authorityHost: trimSlash(authorityHost ?? base.authorityHost)
  }
}

export const isKnownAuthority = (host: string): boolean =>
  Object.values(KNOWN_CLOUDS).some((c) => c.authorityHost === trimSlash(host))

function trimSlash(url: string): string {
  if (!/^https:\/\//i.test(url))
    throw new CloudSettingError(`'${url}' must be an https:// URL (the Azure SDK sends bearer tokens only over TLS).`)
  return url.replace(/\/+$/, '')
}
