import { z } from 'zod';

export const email = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .pipe(z.email('Enter a valid email address, like name@example.com.'));

const fullName = z.string().trim().min(1, 'Enter your full name.').max(120, 'Your name can be at most 120 characters.');

export const PASSWORD_MIN_LENGTH = 8;

export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`)
  .max(128, 'Your password can be at most 128 characters.');

/** The server refuses a password that is the account's email, ignoring case and spaces. */
function isNotTheEmail(password: string, address: string) {
  return password.trim().toLowerCase() !== address.trim().toLowerCase();
}

const NOT_THE_EMAIL = 'Your password must not be the same as your email address.';

export const loginSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password.'),
});

export type LoginValues = z.infer<typeof loginSchema>;

export const registerSchema = z
  .object({ full_name: fullName, email, password: newPassword })
  .refine((values) => isNotTheEmail(values.password, values.email), {
    path: ['password'],
    message: NOT_THE_EMAIL,
  });

export type RegisterValues = z.infer<typeof registerSchema>;

export const changeNameSchema = z.object({ full_name: fullName });

export type ChangeNameValues = z.infer<typeof changeNameSchema>;

/** The new password is checked against the signed-in account's email. */
export function createChangePasswordSchema(accountEmail: string) {
  return z
    .object({
      current_password: z.string().min(1, 'Enter your current password.'),
      new_password: newPassword,
      confirm_password: z.string().min(1, 'Enter your new password again.'),
    })
    .refine((values) => isNotTheEmail(values.new_password, accountEmail), {
      path: ['new_password'],
      message: NOT_THE_EMAIL,
    })
    .refine((values) => values.confirm_password === values.new_password, {
      path: ['confirm_password'],
      message: 'The two new passwords do not match.',
    });
}

export type ChangePasswordValues = z.infer<ReturnType<typeof createChangePasswordSchema>>;
