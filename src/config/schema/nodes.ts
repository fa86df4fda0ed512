/**
 * Small builders for JSON Schema nodes. `x-rule` names the validator rule a failure reports and `x-fix` the
 * message; both are registered as annotation keywords with the validator, and editors ignore them.
 */
export type SchemaNode = Record<string, unknown>

export const ruled = (rule: string, fix: string, node: SchemaNode): SchemaNode => ({
  ...node,
  'x-rule': rule,
  'x-fix': fix
})

export const text = (description: string, extra: SchemaNode = {}): SchemaNode => ({
  type: 'string',
  description,
  ...extra
})

export const flag = (description: string): SchemaNode => ({ type: 'boolean', description })

export const object = (
  description: string,
  properties: Record<string, SchemaNode>,
  required: string[] = []
): SchemaNode => ({
  type: 'object',
  description,
  properties,
  ...(required.length > 0 ? { required } : {}),
  additionalProperties: false
})

export const listOf = (description: string, items: SchemaNode, extra: SchemaNode = {}): SchemaNode => ({
  type: 'array',
  description,
  items,
  ...extra
})

export const oneOfValues = (description: string, values: string[]): SchemaNode => ({
  type: 'string',
  description,
  enum: values
})
