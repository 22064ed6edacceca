import { z } from 'zod';

import { email, newPassword } from './schemas';

export const forgotPasswordSchema = z.object({ email });

export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;

/** The account's email is not known on the reset page: the server checks the password against it. */
export const resetPasswordSchema = z
  .object({
    new_password: newPassword,
    confirm_password: z.string().min(1, 'Enter your new password again.'),
  })
  .refine((values) => values.confirm_password === values.new_password, {
    path: ['confirm_password'],
    message: 'The two new passwords do not match.',
  });

export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;

export const deleteAccountSchema = z.object({ password: z.string().min(1, 'Enter your password.') });

export type DeleteAccountValues = z.infer<typeof deleteAccountSchema>;
