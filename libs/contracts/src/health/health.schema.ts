import { z } from 'zod';

export const DATABASE_KINDS = ['embedded', 'postgres'] as const;

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(DATABASE_KINDS),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
