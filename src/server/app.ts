import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './db/client.js';
import type { JobSignal } from './jobs/signal.js';
import { registerAuth } from './http/auth.js';
import { registerJsonBodies, strictBodyValidatorCompiler } from './http/body.js';
import { frameworkErrors, registerErrorHandler } from './http/error-handler.js';
import { registerWebApp } from './http/web-app.js';
import { documentRoute } from './http/openapi.js';
import { activitiesRoutes } from './modules/activities/activities.routes.js';
import { activityImportsRoutes } from './modules/activity-imports/activity-imports.routes.js';
import { agreementsRoutes } from './modules/agreements/agreements.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { authService } from './modules/auth/auth.service.js';
import { commitmentsRoutes } from './modules/commitments/commitments.routes.js';
import { countriesRoutes } from './modules/countries/countries.routes.js';
import { engagementsRoutes } from './modules/engagements/engagements.routes.js';
import { sourceDocumentsRoutes } from './modules/source-documents/source-documents.routes.js';
import { exportsRoutes } from './modules/exports/exports.routes.js';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.js';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './modules/imports/imports.archive.js';
import { importsRoutes } from './modules/imports/imports.routes.js';
import { marketNotesRoutes } from './modules/market-notes/market-notes.routes.js';
import { barriersRoutes } from './modules/barriers/barriers.routes.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { openDataRoutes } from './modules/open-data/open-data.routes.js';
import { orgUnitsRoutes } from './modules/org-units/org-units.routes.js';
import { confirmationsRoutes } from './modules/outcomes/confirmations.routes.js';
import { outcomesRoutes } from './modules/outcomes/outcomes.routes.js';
import { partnersRoutes } from './modules/partners/partners.routes.js';
import { partnershipsRoutes } from './modules/partnerships/partnerships.routes.js';
import { regionsRoutes } from './modules/regions/regions.routes.js';
import { reportsRoutes } from './modules/reports/reports.routes.js';
import { periodsRoutes } from './modules/periods/periods.routes.js';
import { searchRoutes } from './modules/search/search.routes.js';
import { settingsRoutes } from './modules/settings/settings.routes.js';
import { businessRoutes } from './modules/business/business.routes.js';
import { supportRequestsRoutes } from './modules/support-requests/support-requests.routes.js';
import { tasksRoutes } from './modules/tasks/tasks.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { APP_VERSION } from './version.js';

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from this folder (default dist/web when it exists). */
  webRoot?: string | false;
  secureCookies?: boolean;
  /**
   * Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For / -Proto are believed (default none:
   * the client address is the socket's, and a forged header changes nothing).
   */
  trustedProxies?: string[];
  /** Sign-in attempts allowed per minute from one address (default 30). */
  loginRateLimit?: number;
  /** Bounds of one import file (rows, archive entries, uncompressed size); defaults in DEFAULT_IMPORT_LIMITS. */
  importLimits?: Partial<ImportLimits>;
  /** Wakes this instance's job worker when a request queues a job (an uploaded import), so it starts at once. */
  jobSignal?: JobSignal;
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Builds the whole HTTP application; the CLI listens with it, tests inject into it. */
export async function buildApp({ database, logger = false, webRoot = DEFAULT_WEB_ROOT, secureCookies = false, loginRateLimit = 30, importLimits, trustedProxies = [], jobSignal }: AppOptions) {
  const app = Fastify({ logger, bodyLimit: 1_048_576, trustProxy: trustedProxies.length > 0 ? trustedProxies : false, frameworkErrors }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(strictBodyValidatorCompiler);
  registerJsonBodies(app);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
  // Brotli at a middle quality: most of its gain for little CPU (the web app's files are precompressed at build).
  await app.register(compress, { encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'econdip API',
        version: APP_VERSION,
        description: 'Economic diplomacy: commitments, tasks, outcomes and reports with drill-down to records.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/', description: 'The econdip server that serves this document' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'econdip_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token (edp_…)' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: documentRoute,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const auth = authService(database.db);
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...importLimits };
  registerAuth(app, auth.authenticate);

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true, security: [] } }, async () => app.swagger());
      await api.register(healthRoutes(database));
      await api.register(authRoutes(auth, { secureCookies, loginRateLimit }));
      await api.register(usersRoutes(database.db));
      await api.register(orgUnitsRoutes(database.db));
      await api.register(countriesRoutes(database.db));
      await api.register(auditRoutes(database.db));
      await api.register(partnersRoutes(database.db));
      await api.register(partnershipsRoutes(database.db));
      await api.register(regionsRoutes(database.db));
      await api.register(engagementsRoutes(database.db));
      await api.register(sourceDocumentsRoutes(database.db));
      await api.register(agreementsRoutes(database.db));
      await api.register(commitmentsRoutes(database.db));
      await api.register(tasksRoutes(database.db));
      await api.register(importsRoutes(database.db, limits, jobSignal));
      await api.register(notificationsRoutes(database.db));
      await api.register(dashboardRoutes(database.db));
      await api.register(periodsRoutes(database.db));
      await api.register(supportRequestsRoutes(database.db));
      await api.register(businessRoutes(database.db));
      await api.register(activityImportsRoutes(database.db, limits, jobSignal));
      await api.register(activitiesRoutes(database.db));
      await api.register(outcomesRoutes(database.db));
      await api.register(confirmationsRoutes(database.db));
      await api.register(settingsRoutes(database.db));
      await api.register(exportsRoutes(database.db));
      await api.register(indicatorsRoutes(database.db, limits));
      await api.register(openDataRoutes(database.db));
      await api.register(marketNotesRoutes(database.db));
      await api.register(barriersRoutes(database.db));
      await api.register(searchRoutes(database.db));
      await api.register(reportsRoutes(database.db));
    },
    { prefix: '/api/v1' },
  );

  if (webRoot) await registerWebApp(app, webRoot);

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
