import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { DomainError } from '../../common/domain-error';

/** The largest file an upload takes; bigger ones are split, or imported with `npm run import`. */
export const MAX_UPLOAD_MB = 50;

/** multer kept in memory (the file is read, its rows stored, the bytes dropped), one file, a few fields. */
const Multer = FileInterceptor('file', {
  limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5 },
  // Browsers send file names as UTF-8 ("Membres – Québec.csv").
  defParamCharset: 'utf8',
});

/**
 * Receives the `file` of a multipart upload, answering in the API's own words: 413 for a file
 * over the limit, 400 naming `file` for any other refusal of the upload.
 */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new PayloadTooLargeException(
          `The file is larger than ${MAX_UPLOAD_MB} MB: split it, or import it with npm run import`,
        );
      }
      if (error instanceof HttpException && error.getStatus() === 400) {
        throw new DomainError(
          'invalid',
          'import_upload_invalid',
          `The upload was refused: ${error.message}`,
          [{ path: 'file', message: error.message }],
        );
      }
      throw error;
    }
  }
}
