import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { currentActorCan, currentContext } from './request-context';

/** Response keys that hold personal contact details (of people or organizations). */
const CONTACT_DETAIL_KEYS = new Set(['email', 'emails', 'phone', 'phones', 'primaryEmail', 'primaryPhone', 'reachAt']);

export function redactContactDetails(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactContactDetails);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (!CONTACT_DETAIL_KEYS.has(key)) return [key, redactContactDetails(inner)];
      return [key, Array.isArray(inner) ? [] : null];
    }),
  );
}

/**
 * Roles without "contacts.details" (the viewer) never receive an email address or a phone
 * number, from any route, present or future: the check sits at the HTTP edge, not in each mapper.
 */
@Injectable()
export class ContactDetailsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const signedIn = Boolean(currentContext()?.actor);
        return signedIn && !currentActorCan('contacts.details') ? redactContactDetails(body) : body;
      }),
    );
  }
}
