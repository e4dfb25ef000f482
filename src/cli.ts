import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IMPORT_KINDS, ImportLanguage, type ImportKind } from './shared/schemas/imports.js';
import { ReportInput } from './shared/schemas/reports.js';
import { ROLES, UserInput, type Role } from './shared/schemas/users.js';
import { SYSTEM_ACTOR } from './server/auth/actor.js';
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from './server/db/backup.js';
import type { Db } from './server/db/client.js';
import { DomainError } from './server/lib/errors.js';
import { todayIso } from './server/lib/dates.js';
import { defaultDataDir, prepareDatabase, startServer } from './server/main.js';
import { activityImportsService } from './server/modules/activity-imports/activity-imports.service.js';
import { importsService } from './server/modules/imports/imports.service.js';
import { orgUnitsRepo } from './server/modules/org-units/org-units.repo.js';
import { generateReport, REPORT_FILE_FORMATS, reportsService, type ReportFileFormat } from './server/modules/reports/reports.service.js';
import { usersRepo } from './server/modules/users/users.repo.js';
import { usersService } from './server/modules/users/users.service.js';
import { loadDemoData, randomDemoPassword, DEMO_LOGINS } from './server/seed/demo.js';
import { generateScaleData, SCALE_EMAIL_DOMAIN } from './server/seed/scale.js';
import { hashPassword } from './server/auth/passwords.js';
import type { OrgUnitType } from './shared/schemas/org-units.js';

const HELP: Record<string, string> = {
  main: `econdip — economic diplomacy platform

Usage: econdip <command> [options]

Commands:
  serve                     start the web app and API (migrates first)
  migrate                   apply database migrations and load reference data
  backup <file>             write the database to a file (embedded: .tar.gz; PostgreSQL: pg_dump format)
  restore <file>            replace the database with a backup (the server must be stopped)
  seed --demo               load demo sign-ins and records into an empty database
  user create               create a user
  user reset-password       set a user's password
  import <file> --kind K    import engagements or agreements from the Excel template
  import-activities <file>  import a unit's activities from the Excel template
  report generate           generate a half-year or year report (national, a unit's, a country brief, commitments) as DOCX, XLSX or PDF
  bench generate --scale N  load N years of generated national-scale data (benchmarks)

Database: DATABASE_URL=postgres://… selects PostgreSQL; otherwise the embedded database in
ECONDIP_DATA_DIR (default ./.econdip). Run "econdip <command> --help" for a command's options.`,
  serve: `Usage: econdip serve [--port N] [--host H] [--demo | --no-demo]

  --port N      port to listen on (default $PORT or 3000)
  --host H      address to bind (default $HOST or 127.0.0.1)
  --demo        load demo data when the database has no users (default on the embedded database)
  --no-demo     never load demo data
Demo password: $ECONDIP_DEMO_PASSWORD, else a random one kept beside the embedded database.`,
  backup: `Usage: econdip backup <file>\n\nEmbedded database: a .tar.gz of its data (the server must be stopped). PostgreSQL (DATABASE_URL): pg_dump's custom format.`,
  restore: `Usage: econdip restore <file>\n\nEmbedded database: replaces it with the backup and keeps the current data beside it (the server must be stopped). PostgreSQL: pg_restore --clean.`,
  migrate: `Usage: econdip migrate\n\nApplies pending migrations and loads the reference organisation (idempotent).`,
  seed: `Usage: econdip seed --demo [--password P]\n\nLoads the demo sign-ins into a database that has no users yet.`,
  user: `Usage:
  econdip user create --email E --name N --role R [--unit TYPE:CODE] [--password P]
  econdip user reset-password --email E [--password P]

Roles: ${ROLES.join(', ')}. Unit as type:code, e.g. mission:EMB-US or province:79.
Without --password a random one is generated and printed.`,
  import: `Usage: econdip import <file.xlsx> --kind engagements|agreements [--language vi|en] [--dry-run]

Validates every row of the filled-in template (GET /api/v1/imports/templates/<kind>.xlsx); any invalid row
imports nothing and the errors are listed by row. Rows already present (same title and date) are skipped.
--language says how the file's typed numbers are written: vi 1.250.000,5 (the default), en 1,250,000.5.`,
  'import-activities': `Usage: econdip import-activities <file.xlsx> --unit TYPE:CODE [--language vi|en] [--dry-run]

Imports the unit's activities (unit as type:code, e.g. province:79 or mission:EMB-AE) from the filled-in
template (GET /api/v1/imports/templates/activities.xlsx); any invalid row imports nothing and the errors are
listed by row. Rows imported before are skipped. --language as for econdip import.`,
  report: `Usage: econdip report generate --period 2025-H1|2024 [--template national_summary|unit_report|country_brief|commitments_report]
         [--unit type:code] [--country XX] [--lang vi|en] [--as-of YYYY-MM-DD] [--out FILE] [--format docx|xlsx|pdf]

Generates a report of the period from the records, as HQ does on the reports page: the national summary (default),
a unit's report (--unit mission:EMB-US, province:79), a country brief (--country JP) or the commitments
implementation report, and writes
its Word document (Decree 30 layout, annex of every figure), its Excel annex or its PDF (needs LibreOffice).
The format follows --format, else the extension of --out (default docx); --out defaults to bao-cao-<period>.docx
(report-<period>.docx in English). The report stays in the database as a draft, listed on the reports page.`,
  bench: `Usage: econdip bench generate --scale N [--seed S] [--until-year Y] [--password P]

Loads N years (scale 1 = one year of national activity: ~60 engagements, 300 agreements, 1,500 commitments,
7,500 tasks, 1,200 activities, 2,000 outcomes, 5,000 companies, 50,000 audit rows) of generated records,
reproducible from the seed, into a database with the reference data and no generated data yet. Fractions
(0.01) give a smaller year. Sign-ins: hq0@${SCALE_EMAIL_DOMAIN}, province.79@${SCALE_EMAIL_DOMAIN}, … with the password.`,
};

const print = (text: string) => process.stdout.write(`${text}\n`);

async function serve(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, demo: { type: 'boolean' }, 'no-demo': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    print(HELP.serve!);
    return;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const demo = values['no-demo'] ? false : (values.demo ?? !databaseUrl);
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${values.port ?? process.env.PORT}`);
  const server = await startServer({
    port,
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
    databaseUrl,
    dataDir: defaultDataDir(),
    demo,
    demoPassword: process.env.ECONDIP_DEMO_PASSWORD || undefined,
    logLevel: process.env.LOG_LEVEL ?? 'warn',
  });
  print(`\necondip is running at ${server.url}  (database: ${server.database.kind === 'pglite' ? `embedded, ${defaultDataDir()}` : 'PostgreSQL'})`);
  print(`API docs: ${server.url}/api/docs`);
  if (server.demo) {
    print(`\nDemo sign-ins${server.demo.password ? ` (password: ${server.demo.password})` : ' (password as set when the demo was first loaded)'}:`);
    for (const login of DEMO_LOGINS) print(`  ${login.email.padEnd(26)} ${login.role}`);
  }
  print('\nPress Ctrl+C to stop.');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    print(`\n${signal}: stopping…`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function withDatabase<T>(work: (database: Awaited<ReturnType<typeof prepareDatabase>>) => Promise<T>): Promise<T> {
  const database = await prepareDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: defaultDataDir() });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** A unit valid today named as type:code (mission:EMB-US, province:79). */
async function currentUnit(db: Db, ref: string) {
  const [type, code] = ref.split(':');
  const unit = type && code ? await orgUnitsRepo.findByCode(db, type as OrgUnitType, code, todayIso()) : undefined;
  if (!unit) throw new Error(`No current unit ${ref} (use type:code, e.g. mission:EMB-US or province:79)`);
  return unit;
}

/** Prints an import's row errors and fails, or prints what it did. */
function reportImport(outcome: { ok: true; result: { dryRun: boolean; created: number; skipped: number; rows: number } } | { ok: false; errors: { row: number; field: string; message: string }[] }, what: string) {
  if (!outcome.ok) {
    for (const error of outcome.errors) print(`row ${error.row}, ${error.field}: ${error.message}`);
    throw new Error(`${new Set(outcome.errors.map((error) => error.row)).size} row(s) have errors; nothing was imported`);
  }
  const { result } = outcome;
  print(`${result.dryRun ? 'Dry run: would import' : 'Imported'} ${result.created} ${what}; ${result.skipped} already present (of ${result.rows} rows).`);
}

async function migrate(args: string[]) {
  if (args.includes('--help') || args.includes('-h')) return print(HELP.migrate!);
  await withDatabase(async (database) => print(`Database (${database.kind}) migrated; reference data loaded.`));
}

async function seed(args: string[]) {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean' }, password: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || !values.demo) return print(HELP.seed!);
  const password = values.password ?? process.env.ECONDIP_DEMO_PASSWORD ?? randomDemoPassword();
  await withDatabase(async (database) => {
    const loaded = await loadDemoData(database.db, password);
    print(loaded ? `Demo data loaded. Password for all demo sign-ins: ${password}` : 'The database already has users; demo data not loaded.');
  });
}

async function user(args: string[]) {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !action || !['create', 'reset-password'].includes(action) || !values.email) return print(HELP.user!);
  const password = values.password ?? randomDemoPassword().replace('demo-', 'pw-');
  await withDatabase(async ({ db }) => {
    const service = usersService(db);
    if (action === 'create') {
      if (!values.role || !ROLES.includes(values.role as Role)) throw new Error(`--role must be one of: ${ROLES.join(', ')}`);
      const unitId = values.unit ? (await currentUnit(db, values.unit)).id : null;
      const input = UserInput.safeParse({ email: values.email, name: values.name ?? values.email, role: values.role, unitId, locale: 'vi', password });
      if (!input.success) throw new Error(input.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '));
      const created = await service.create(SYSTEM_ACTOR, input.data);
      print(`Created ${created.email} (${created.role}). Password: ${password}`);
    } else {
      const found = await usersRepo.findByEmail(db, values.email!.trim());
      if (!found) throw new Error(`No user ${values.email}`);
      await service.resetPassword(SYSTEM_ACTOR, found.id, password);
      print(`Password of ${found.email} reset to: ${password}`);
    }
  });
}

async function importFile(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { kind: { type: 'string' }, language: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  const [file] = positionals;
  const language = ImportLanguage.safeParse(values.language);
  if (values.help || !file || !IMPORT_KINDS.includes(values.kind as ImportKind) || !language.success) return print(HELP.import!);
  await withDatabase(async ({ db }) => {
    const outcome = await importsService(db).run(SYSTEM_ACTOR, values.kind as ImportKind, readFileSync(file), values['dry-run'] ?? false, language.data);
    reportImport(outcome, values.kind!);
  });
}

async function importActivities(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { unit: { type: 'string' }, language: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  const [file] = positionals;
  const language = ImportLanguage.safeParse(values.language);
  if (values.help || !file || !values.unit || !language.success) return print(HELP['import-activities']!);
  await withDatabase(async ({ db }) => {
    const unit = await currentUnit(db, values.unit!);
    const outcome = await activityImportsService(db).run(SYSTEM_ACTOR, readFileSync(file), { unitId: unit.id, dryRun: values['dry-run'] ?? false, language: language.data });
    reportImport(outcome, `activities of ${unit.nameVi}`);
  });
}

async function report(args: string[]) {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      period: { type: 'string' },
      template: { type: 'string' },
      unit: { type: 'string' },
      country: { type: 'string' },
      lang: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || action !== 'generate' || !values.period) return print(HELP.report!);
  const OPTION: Record<string, string> = { period: '--period', template: '--template', countryCode: '--country', language: '--lang', asOf: '--as-of' };
  const input = ReportInput.safeParse({ period: values.period, template: values.template, countryCode: values.country, language: values.lang ?? 'vi', asOf: values['as-of'] });
  if (!input.success) throw new Error(input.error.issues.map((issue) => `${OPTION[String(issue.path[0])] ?? issue.path.join('.')}: ${issue.message}`).join('; '));
  const format = (values.format ?? /\.(docx|xlsx|pdf)$/i.exec(values.out ?? '')?.[1]?.toLowerCase() ?? 'docx') as ReportFileFormat;
  if (!REPORT_FILE_FORMATS.includes(format)) throw new Error(`--format must be one of: ${REPORT_FILE_FORMATS.join(', ')}`);
  await withDatabase(async ({ db }) => {
    const service = reportsService(db);
    const unitId = values.unit ? (await currentUnit(db, values.unit)).id : undefined;
    const created = await service.create(SYSTEM_ACTOR, { ...input.data, unitId }, { queue: false });
    await generateReport(db, created.id);
    const generated = await service.get(SYSTEM_ACTOR, created.id);
    if (generated.status !== 'draft') throw new Error(`The report could not be generated: ${generated.error ?? generated.status}`);
    const { file, filename } = await service.file(SYSTEM_ACTOR, created.id, format);
    const out = values.out ?? filename;
    writeFileSync(out, file);
    const figures = generated.sections.reduce((n, section) => n + section.figures.length, 0);
    print(`${generated.title}: ${figures} figures as of ${generated.asOf}; written to ${out} (${file.length.toLocaleString('en')} bytes). Report ${generated.id} is a draft on the reports page.`);
  });
}

async function backup(args: string[]) {
  const [file] = args;
  if (!file || file === '--help' || file === '-h') return print(HELP.backup!);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (databaseUrl) await backupPostgres(databaseUrl, file);
  else print(`${(await backupPglite(defaultDataDir(), file)).toLocaleString('en')} bytes written`);
  print(`Backup written to ${file}`);
}

async function restore(args: string[]) {
  const [file] = args;
  if (!file || file === '--help' || file === '-h') return print(HELP.restore!);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (databaseUrl) await restorePostgres(databaseUrl, file);
  else {
    const kept = await restorePglite(defaultDataDir(), file);
    if (kept) print(`The previous data is kept in ${kept}`);
  }
  print(`Restored from ${file}; run "econdip migrate" if the backup is from an older version.`);
}

async function bench(args: string[]) {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { scale: { type: 'string' }, seed: { type: 'string' }, 'until-year': { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const scale = Number(values.scale);
  if (values.help || action !== 'generate' || !(scale > 0)) return print(HELP.bench!);
  const password = values.password ?? randomDemoPassword().replace('demo-', 'bench-');
  await withDatabase(async ({ db }) => {
    const started = Date.now();
    const result = await generateScaleData(db, {
      scale,
      seed: values.seed ? Number(values.seed) : undefined,
      untilYear: values['until-year'] ? Number(values['until-year']) : undefined,
      passwordHash: await hashPassword(password),
      onYear: (year, counts) => print(`${year}: ${Object.values(counts).reduce((a, b) => a + b, 0).toLocaleString('en')} rows so far`),
    });
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    for (const [table, rows] of Object.entries(result.counts)) print(`  ${table.padEnd(22)} ${rows.toLocaleString('en').padStart(12)}`);
    print(`${total.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s; checksum ${result.checksum}`);
    print(`Sign-in password for the generated users: ${password}`);
  });
}

const commands: Record<string, (args: string[]) => Promise<unknown>> = { serve, bench, migrate, backup, restore, seed, user, import: importFile, 'import-activities': importActivities, report };

async function main(argv: string[]) {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return print(HELP.main!);
  const run = commands[command];
  if (!run) {
    print(`Unknown command "${command}".\n`);
    print(HELP.main!);
    process.exitCode = 2;
    return;
  }
  await run(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof DomainError ? `${error.message}${error.fields ? ` (${Object.entries(error.fields).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`econdip: ${message}\n`);
  process.exit(1);
});
