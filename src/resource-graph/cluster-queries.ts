/** The two cluster resource types, as Resource Graph spells them (lower case). */
export const CLUSTER_TYPES = "('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')"

/** Lists the subscriptions (with clusters) under a management group a source excludes. */
export const CLUSTER_SUBSCRIPTIONS_QUERY = `resources
| where type in~ ${CLUSTER_TYPES}
| distinct subscriptionId`
