import { z } from 'zod';

const email = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .pipe(z.email('Enter a valid email address, like name@example.com.'));

export const loginSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password.'),
});

export type LoginValues = z.infer<typeof loginSchema>;

export const PASSWORD_MIN_LENGTH = 8;

export const registerSchema = z
  .object({
    full_name: z
      .string()
      .trim()
      .min(1, 'Enter your full name.')
      .max(120, 'Your name can be at most 120 characters.'),
    email,
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`)
      .max(128, 'Your password can be at most 128 characters.'),
  })
  .refine((values) => values.password.toLowerCase() !== values.email.toLowerCase(), {
    path: ['password'],
    message: 'Your password must not be the same as your email address.',
  });

export type RegisterValues = z.infer<typeof registerSchema>;
