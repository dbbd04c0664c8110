/** The portal's staff roles; anonymous visitors have none. */
export const ROLES = ['admin', 'editor', 'approver', 'moderator'] as const
export type Role = (typeof ROLES)[number]

/** Vietnamese labels for the role picker in the admin. */
export const ROLE_OPTIONS: { label: string; value: Role }[] = [
  { label: 'Quản trị viên', value: 'admin' },
  { label: 'Biên tập viên', value: 'editor' },
  { label: 'Phê duyệt', value: 'approver' },
  { label: 'Kiểm duyệt góp ý', value: 'moderator' },
]

type MaybeUser = { role?: string | null; collection?: string } | null | undefined

/** Returns true when the signed-in user has one of the given roles. */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user && user.role && (roles as string[]).includes(user.role))
}
