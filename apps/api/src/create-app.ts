import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { setUpOpenApi } from './common/openapi';
import { requestContextMiddleware } from './common/request-context';
import { serveDashboard } from './common/web-static';
import type { AppConfig } from './config/app-config';
import type { DatabaseConnection } from './database/database-connection';

/** Builds the whole app (API under /api, docs, dashboard) on an open, migrated database. */
export async function createApp(config: AppConfig, database: DatabaseConnection): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // antd writes its styles at run time (CSS-in-JS).
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // Only the app's own origin may call the API from a browser.
  app.enableCors({ origin: config.publicUrl, credentials: true });
  app.use(cookieParser());
  app.use(requestContextMiddleware);
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.set('trust proxy', 'loopback');
  app.set('x-powered-by', false);
  app.set('query parser', 'simple');
  app.setGlobalPrefix('api');
  setUpOpenApi(app);
  serveDashboard(app, config.webDistDir);
  return app;
}
