import { z } from 'zod';

/** A zod enum whose error lists the accepted values, so a 400 tells the caller what to send. */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` });
}
