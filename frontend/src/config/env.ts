import { z } from 'zod';

const envSchema = z.object({
  /** Origin of the API. Empty means same origin (the backend serves the SPA, or Vite proxies /api). */
  API_URL: z.union([z.literal(''), z.url()]).default(''),
});

function parseEnv() {
  const parsed = envSchema.safeParse({ API_URL: import.meta.env.VITE_API_URL });
  if (!parsed.success) {
    throw new Error(`Invalid environment variables:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = parseEnv();
