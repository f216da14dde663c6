import { z } from 'zod'
import { ROLES } from './roles.ts'

export const PASSWORD_MIN = 12

/** What an API token may do; each write route names the one scope it needs (read: none of the writes). */
export const TOKEN_SCOPES = ['read', 'edit', 'import'] as const
export type TokenScope = (typeof TOKEN_SCOPES)[number]
export const TOKEN_DAYS = { default: 90, max: 365 }

export const PasswordSchema = z
  .string({ error: 'Enter a password.' })
  .min(PASSWORD_MIN, `The password must be at least ${PASSWORD_MIN} characters long.`)
  .max(200, 'The password must be at most 200 characters long.')

export const EmailSchema = z.string({ error: 'Enter an e-mail address.' }).trim().toLowerCase().email('Enter a valid e-mail address, like name@example.org.').max(200)

export const NewUserSchema = z.object({
  email: EmailSchema,
  role: z.enum(ROLES, { error: 'Choose a role: admin or editor.' }),
  password: PasswordSchema,
})
export type NewUser = z.infer<typeof NewUserSchema>

export const ChangePasswordSchema = z
  .object({
    current: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(200),
    password: PasswordSchema,
    confirm: z.string({ error: 'Repeat the new password.' }),
    next: z.string().optional(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two new passwords differ.' })
  .refine((v) => v.password !== v.current, { path: ['password'], message: 'Choose a password different from the current one.' })
export type ChangePassword = z.infer<typeof ChangePasswordSchema>
