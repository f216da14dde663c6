export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin (users, tokens and data)',
  editor: 'Editor (data)',
}

const RANK: Record<Role, number> = { editor: 1, admin: 2 }

/** Admin can do everything an editor can. */
export function hasRole(role: string, needed: Role): boolean {
  return (RANK[role as Role] ?? 0) >= RANK[needed]
}

/** Thrown when a signed-in user lacks the role; the message is shown as is. */
export class ForbiddenError extends Error {
  constructor(readonly needed: Role) {
    super(`This needs the ${needed} role.`)
    this.name = 'ForbiddenError'
  }
}
