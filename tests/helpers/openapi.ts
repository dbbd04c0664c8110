/**
 * Checks of the API description and of real answers against it, with ajv (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1), independent of zod, which wrote the description.
 * Integration tests call every endpoint and validate the body with createResponseValidator, so
 * a handler that adds, drops or leaks a field, or a description that says otherwise, fails CI.
 */
import Ajv2020 from 'ajv/dist/2020'
import type { ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

import type { Json, OpenApiDocument } from '../../site/lib/api/openapi'

type JSONSchema = Json
type OpenApiOperation = Json
type OpenApiParameter = Json
const pathParamNames = (path: string): string[] => [...path.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m) => m[1]!)

/** Outcome of a validation: `errors` are readable lines (instance path + message). */
export interface ValidationResult {
  valid: boolean
  errors: string[]
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

function newAjv(strict: boolean): Ajv2020 {
  // allowUnionTypes: OpenAPI 3.1 spells nullable fields as `type: ['string', 'null']`.
  const ajv = new Ajv2020({ strict, allErrors: true, allowUnionTypes: true })
  addFormats(ajv)
  return ajv
}

/** Returns the schema with `#/components/schemas/X` refs rewritten to `#/$defs/X`, so it compiles standalone. */
function localiseRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(localiseRefs)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')
        ? `#/$defs/${v.slice('#/components/schemas/'.length)}`
        : localiseRefs(v)
  }
  return out
}

function standalone(doc: OpenApiDocument, schema: unknown): JSONSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $defs: localiseRefs(doc.components?.schemas ?? {}),
    ...(localiseRefs(schema) as JSONSchema),
  }
}

function formatErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${paramsText(e.params)}`)
}

function paramsText(params: Record<string, unknown>): string {
  if ('additionalProperty' in params) return ` (${String(params.additionalProperty)})`
  if ('allowedValues' in params) return ` (${(params.allowedValues as unknown[]).join(', ')})`
  return ''
}

function findOperation(doc: OpenApiDocument, operationId: string): OpenApiOperation | null {
  for (const item of Object.values(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method]
      if (op?.operationId === operationId) return op
    }
  }
  return null
}

function resolve(doc: OpenApiDocument, value: unknown): unknown {
  let current = value
  for (let i = 0; i < 10 && current && typeof current === 'object' && '$ref' in current; i++) {
    current = resolvePointer(doc, (current as { $ref: string }).$ref)
  }
  return current
}

function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined
  if (ref === '#') return doc
  if (!ref.startsWith('#/')) return undefined
  let node: unknown = doc
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** Validates API answers against an OpenAPI document. */
export interface ResponseValidator {
  /** Validates a body for an operation id and status (default 200, JSON). Throws for an unknown id or status. */
  validate(operationId: string, body: unknown, status?: number): ValidationResult
  /** Validates a value against a named component schema, e.g. `Comment`. Throws for an unknown name. */
  validateSchema(name: string, value: unknown): ValidationResult
}

/** Returns a validator of response bodies for each operation of the document (ajv 2020-12 + formats, strict). */
export function createResponseValidator(doc: OpenApiDocument): ResponseValidator {
  const ajv = newAjv(true)
  const cache = new Map<string, ValidateFunction>()
  const compile = (key: string, schema: unknown): ValidateFunction => {
    let fn = cache.get(key)
    if (!fn) {
      fn = ajv.compile(standalone(doc, schema))
      cache.set(key, fn)
    }
    return fn
  }
  const run = (fn: ValidateFunction, value: unknown): ValidationResult =>
    fn(value) ? { valid: true, errors: [] } : { valid: false, errors: formatErrors(fn) }

  return {
    validate(operationId, body, status = 200) {
      const op = findOperation(doc, operationId)
      if (!op) throw new Error(`No operation ${operationId} in the API description`)
      const response = resolve(doc, op.responses[String(status)]) as
        | { content?: Record<string, { schema?: unknown }> }
        | undefined
      const schema = response?.content?.['application/json']?.schema
      if (!schema) throw new Error(`Operation ${operationId} declares no JSON body for status ${status}`)
      return run(compile(`${operationId} ${status}`, schema), body)
    },
    validateSchema(name, value) {
      if (!doc.components?.schemas?.[name]) throw new Error(`No schema ${name} in the API description`)
      return run(compile(`#${name}`, { $ref: `#/components/schemas/${name}` }), value)
    },
  }
}

/** Options of validateOpenApiDocument. */
export interface OpenApiCheckOptions {
  /**
   * The official OpenAPI 3.1 JSON Schema (https://spec.openapis.org/oas/3.1/schema/…), e.g.
   * from `@seriousme/openapi-schema-validator`'s `schemas/v3.1/schema.json`. It is not vendored
   * here; without it only the structural checks below run.
   */
  officialSchema?: JSONSchema
}

/** Result of validateOpenApiDocument; `officialSchemaChecked` says whether the meta-schema ran. */
export interface OpenApiCheckResult extends ValidationResult {
  officialSchemaChecked: boolean
}

function collectRefs(value: unknown, at: string, out: { ref: string; at: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectRefs(v, `${at}/${i}`, out))
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string') out.push({ ref: v, at })
    else collectRefs(v, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out)
  }
}

/**
 * Returns the problems of an OpenAPI document: `openapi` is 3.1.0; info has title and version;
 * every `$ref` is local and resolves; operationIds are unique; each path template's `{params}`
 * are declared as required path parameters and vice versa; parameters are unique per (name, in)
 * and have a schema; responses use valid status codes; every component schema compiles under
 * ajv's JSON Schema 2020-12 meta-schema. With `officialSchema`, also validates against it.
 */
export function validateOpenApiDocument(doc: unknown, options: OpenApiCheckOptions = {}): OpenApiCheckResult {
  const errors: string[] = []
  if (doc === null || typeof doc !== 'object') return { valid: false, errors: ['document is not an object'], officialSchemaChecked: false }
  const d = doc as OpenApiDocument

  if (d.openapi !== '3.1.0') errors.push(`openapi must be "3.1.0", got ${JSON.stringify(d.openapi)}`)
  if (typeof d.info?.title !== 'string' || d.info.title === '') errors.push('info.title is required')
  if (typeof d.info?.version !== 'string' || d.info.version === '') errors.push('info.version is required')
  if (d.paths === null || typeof d.paths !== 'object') errors.push('paths must be an object')

  const refs: { ref: string; at: string }[] = []
  collectRefs(d, '#', refs)
  for (const { ref, at } of refs) {
    if (!ref.startsWith('#')) errors.push(`${at}: external $ref ${ref} cannot be checked offline`)
    else if (resolvePointer(d, ref) === undefined) errors.push(`${at}: $ref ${ref} does not resolve`)
  }

  const operationIds = new Map<string, string>()
  for (const [path, item] of Object.entries(d.paths ?? {})) {
    if (!path.startsWith('/')) errors.push(`path ${path} must start with /`)
    const templateParams = pathParamNames(path)
    for (const method of HTTP_METHODS) {
      const op = item[method]
      if (!op) continue
      const where = `${method.toUpperCase()} ${path}`
      if (op.operationId !== undefined) {
        const previous = operationIds.get(op.operationId)
        if (previous) errors.push(`${where}: operationId ${op.operationId} already used by ${previous}`)
        operationIds.set(op.operationId, where)
      }
      const params = ((op.parameters ?? []) as unknown[]).map((p) => resolve(d, p) as OpenApiParameter | undefined)
      const seen = new Set<string>()
      for (const p of params) {
        if (!p || typeof p !== 'object') continue
        const key = `${p.in}:${p.name}`
        if (seen.has(key)) errors.push(`${where}: parameter ${p.name} (${p.in}) declared twice`)
        seen.add(key)
        if (!['query', 'header', 'path', 'cookie'].includes(p.in)) errors.push(`${where}: parameter ${p.name} has in=${p.in}`)
        if ((p.schema === undefined) === (p.content === undefined)) {
          errors.push(`${where}: parameter ${p.name} needs exactly one of schema or content`)
        }
        if (p.in === 'path') {
          if (p.required !== true) errors.push(`${where}: path parameter ${p.name} must be required`)
          if (!templateParams.includes(p.name)) errors.push(`${where}: path parameter ${p.name} is not in the path`)
        }
      }
      for (const name of templateParams) {
        if (!params.some((p) => p?.in === 'path' && p.name === name)) {
          errors.push(`${where}: path parameter {${name}} is not declared`)
        }
      }
      const codes = Object.keys(op.responses ?? {})
      if (codes.length === 0) errors.push(`${where}: no responses`)
      for (const code of codes) {
        if (code !== 'default' && !/^[1-5](?:\d\d|XX)$/.test(code)) errors.push(`${where}: invalid response code ${code}`)
        const response = resolve(d, op.responses[code]) as { description?: unknown } | undefined
        if (typeof response?.description !== 'string') errors.push(`${where}: response ${code} needs a description`)
      }
    }
  }

  const ajv = newAjv(true)
  for (const [name, schema] of Object.entries(d.components?.schemas ?? {})) {
    try {
      ajv.compile(standalone(d, { $ref: `#/components/schemas/${name}` }))
      if (!ajv.validateSchema(localiseRefs(schema) as JSONSchema)) {
        errors.push(`components.schemas.${name}: ${ajv.errorsText(ajv.errors)}`)
      }
    } catch (error) {
      errors.push(`components.schemas.${name}: ${(error as Error).message}`)
    }
  }

  let officialSchemaChecked = false
  if (options.officialSchema) {
    // The official schemas need strict mode off (they use keywords ajv's strict mode rejects).
    const meta = newAjv(false)
    const validate = meta.compile(options.officialSchema)
    if (!validate(d)) errors.push(...formatErrors(validate).map((e) => `official schema: ${e}`))
    officialSchemaChecked = true
  }

  return { valid: errors.length === 0, errors, officialSchemaChecked }
}
