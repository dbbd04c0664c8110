/**
 * One way every rule a hook enforces reports what is wrong: a ValidationError (400) whose message
 * is in the user's admin language and names each field by its label ("Lý do ẩn (hiển thị công
 * khai)"), not its path ("hiddenReason"); each field's own message stays as the hook wrote it.
 */
import { type PayloadRequest, ValidationError } from 'payload'

/** A problem with one field: its path (`response.text`) and the message shown beside it. */
export interface FieldProblem {
  path: string
  message: string
}

type Labelled = { name?: string; label?: unknown; fields?: Labelled[]; flattenedFields?: Labelled[] }

/** Returns the label of the field at `path` (dots between groups), or the path when it has none. */
function labelOf(fields: Labelled[] | undefined, path: string, language: string): string {
  let list = fields
  let label: unknown = path
  for (const part of path.split('.')) {
    const field = list?.find((f) => f.name === part)
    if (!field) return path
    label = field.label ?? part
    list = field.flattenedFields ?? field.fields
  }
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[language] ?? byLanguage.vi ?? Object.values(byLanguage)[0] ?? path
  }
  return path
}

/** Returns the ValidationError for problems with fields of `collection` (a collection or global slug). */
export function fieldsInvalid(req: PayloadRequest | undefined, collection: string, problems: FieldProblem[], options: { global?: boolean } = {}): ValidationError {
  const collections = req?.payload?.collections as Record<string, { config: unknown }> | undefined
  const config = options.global ? req?.payload?.globals.config.find((g) => g.slug === collection) : collections?.[collection]?.config
  const fields = (config as { flattenedFields?: Labelled[] } | undefined)?.flattenedFields
  const language = req?.i18n?.language ?? 'vi'
  const errors = problems.map((p) => ({ ...p, label: labelOf(fields, p.path, language) }))
  const error = new ValidationError({ ...(options.global ? { global: collection } : { collection }), errors }, req?.t)
  // The admin shows the error's message in its notice: one problem is told as its own sentence
  // (which starts with the field's name); several as "Các trường sau không hợp lệ: <labels>".
  if (problems.length === 1) error.message = problems[0]!.message
  return error
}
