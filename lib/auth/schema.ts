import { z } from 'zod'
import { ROLES } from './roles.ts'

export const PASSWORD_MIN = 12

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
