import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorResponse } from '@coalition/contracts';
import { DomainError, type DomainErrorKind } from './domain-error';

const STATUS: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
};

const HTTP_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
};

function fromHttpException(exception: HttpException): ErrorResponse {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const message = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : exception.message;
  return { statusCode, code: HTTP_CODES[statusCode] ?? 'error', message };
}

/** Body-parser errors (bad JSON, too large) arrive as plain errors carrying a status. */
function fromParserError(exception: unknown): ErrorResponse | undefined {
  const e = exception as { status?: unknown; type?: unknown; message?: unknown };
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500) return undefined;
  const message = e.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : String(e.message);
  return { statusCode: e.status, code: HTTP_CODES[e.status] ?? 'bad_request', message };
}

/**
 * The one place where errors become HTTP answers, all in one shape:
 * `{ statusCode, code, message, fields? }`. Unknown errors are logged and answered as a bare
 * 500 with no stack trace or SQL.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    const extra = exception instanceof DomainError ? exception.details : undefined;
    if (typeof extra?.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(extra.retryAfterSeconds));
    res.status(body.statusCode).json({ ...extra, ...body });
  }

  private toBody(exception: unknown): ErrorResponse {
    if (exception instanceof DomainError) {
      const body: ErrorResponse = { statusCode: STATUS[exception.kind], code: exception.code, message: exception.message };
      if (exception.fields?.length) body.fields = exception.fields;
      return body;
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    return (
      fromParserError(exception) ?? {
        statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
        code: 'internal_error',
        message: 'Something went wrong on our side. The error has been logged.',
      }
    );
  }
}
