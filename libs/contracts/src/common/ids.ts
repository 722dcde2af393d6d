import { z } from 'zod';

export const idSchema = z.uuid({ error: 'must be a UUID' });
export const idParamSchema = z.strictObject({ id: idSchema });
export type Id = z.infer<typeof idSchema>;
