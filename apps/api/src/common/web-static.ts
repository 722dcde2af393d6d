import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built dashboard at `/`: hashed assets cached for a year, and index.html for every
 * other non-API GET so client-side routes (/organizations/…) survive a reload.
 */
export function serveDashboard(app: NestExpressApplication, webDistDir: string): boolean {
  const index = join(webDistDir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(webDistDir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d' });
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === '/api' || req.path.startsWith('/api/');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
