import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database-connection';
import { InvitationEntity } from '../modules/auth/invitation.entity';
import { newToken, tokenId } from '../modules/auth/secrets';
import { UserEntity } from '../modules/auth/user.entity';
import { restoreFullExport } from '../modules/full-export/full-export.restore';
import type { DataSource } from 'typeorm';

const HELP = `Usage: npm run restore -- --file FILE.zip [--invite EMAIL]...

Restores a full export (from npm run export or the dashboard's "Export all") into an EMPTY
instance: DATABASE_URL if set, otherwise the embedded database in DATA_DIR (default .data;
stop the server first, the folder is locked). Migrations are applied first; the export must
come from the same schema version. Every file is checked against its checksum before
anything is written, then all tables load in one transaction: on any error nothing is
restored. See docs/full-export.md.

Users come back without passwords (an export never holds them), so nobody can sign in until
they choose a new one: --invite prints a one-time link for a restored user (an admin, say),
who can then re-invite the others from Users in the dashboard. Engagement scores are
recomputed when the app starts; the score history starts again from that day.

  --file FILE      the export to restore (required)
  --invite EMAIL   print a one-time link (valid 7 days) for this restored user to choose a
                   password; repeat for several users
  --help           show this help

Example:
  DATA_DIR=/srv/coalition/data npm run restore -- --file coalition.zip --invite director@coalition.example
`;

const INVITATION_DAYS = 7;

/** One-time links for restored users, as create-admin prints them. */
async function invite(
  dataSource: DataSource,
  emails: string[],
  publicUrl: string,
): Promise<number> {
  let missing = 0;
  for (const email of emails) {
    const user = await dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (!user || user.disabledAt) {
      process.stderr.write(
        `restore: no active restored user has the email ${email}; no link printed for it\n`,
      );
      missing += 1;
      continue;
    }
    const token = newToken();
    await dataSource.getRepository(InvitationEntity).insert({
      id: tokenId(token),
      userId: user.id,
      createdBy: null,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    });
    process.stdout.write(
      `One-time link for ${user.email} (${user.role}) to choose a password, valid ${INVITATION_DAYS} days:\n  ${publicUrl}/accept-invitation?token=${token}\n`,
    );
  }
  return missing ? 1 : 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      invite: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return (process.stdout.write(HELP), 0);
  if (!values.file) return (process.stderr.write(`restore: --file is required\n\n${HELP}`), 2);
  const file = resolve(values.file);
  if (!existsSync(file)) return (process.stderr.write(`restore: ${file} does not exist\n`), 2);
  const invites = values.invite ?? [];
  const badEmail = invites.find((email) => !z.email().safeParse(email).success);
  if (badEmail)
    return (process.stderr.write(`restore: --invite ${badEmail} is not an email address\n`), 2);

  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await database.dataSource.runMigrations({ transaction: 'each' });
    const started = Date.now();
    process.stdout.write(`Restoring ${file}…\n`);
    const manifest = await restoreFullExport(database.dataSource, file, (line) =>
      process.stdout.write(`${line}\n`),
    );
    const rows = manifest.files.reduce((sum, f) => sum + f.rows, 0);
    process.stdout.write(
      `Restored ${manifest.files.length} tables (${rows} rows) taken ${manifest.createdAt} by Coalition CRM ${manifest.appVersion}, ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
        'Users were restored without passwords: they choose one through an invitation link ' +
        '(--invite, or Users > re-invite in the dashboard once an admin is signed in).\n' +
        'Engagement scores are recomputed when the app next starts.\n',
    );
    return await invite(database.dataSource, invites, config.publicUrl);
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage =
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS');
    process.stderr.write(
      `restore: ${error instanceof Error ? error.message : String(error)}\n${usage ? `\n${HELP}` : ''}`,
    );
    process.exit(usage ? 2 : 1);
  },
);
