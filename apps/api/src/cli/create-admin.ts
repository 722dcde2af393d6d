import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createUserSchema } from '@coalition/contracts';
import { loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database-connection';
import { hashPassword, newToken, tokenId } from '../modules/auth/secrets';
import { InvitationEntity } from '../modules/auth/invitation.entity';
import { UserEntity } from '../modules/auth/user.entity';

const HELP = `Usage: npm run create-admin -- --email EMAIL [--name NAME] [--password-stdin]

Creates an admin account on the configured database: DATABASE_URL if set, otherwise the
embedded database in DATA_DIR (default .data; stop the server first, the folder is locked).
Migrations are applied first.

  --email EMAIL       the admin's email address (required)
  --name NAME         display name (default "Administrator")
  --password-stdin    read the password from standard input (at least 12 characters);
                      without it a one-time invitation link is printed instead
  --help              show this help

Examples:
  npm run create-admin -- --email director@coalition.example
  printf '%s' "$ADMIN_PASSWORD" | npm run create-admin -- --email a@b.org --password-stdin
`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) return process.stdout.write(HELP), 0;
  const input = createUserSchema.safeParse({ email: values.email, name: values.name ?? 'Administrator', role: 'admin' });
  if (!input.success) {
    process.stderr.write(`create-admin: --email ${input.error.issues[0]?.message ?? 'is invalid'}\n\n${HELP}`);
    return 2;
  }
  const password = values['password-stdin'] ? await readStdin() : undefined;
  if (password !== undefined && password.length < 12) {
    process.stderr.write('create-admin: the password must be at least 12 characters\n');
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    await database.dataSource.runMigrations({ transaction: 'each' });
    const taken = await database.dataSource.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = lower(:e)', { e: input.data.email }).getCount();
    if (taken) {
      process.stderr.write(`create-admin: a user with the email ${input.data.email} already exists\n`);
      return 1;
    }
    const passwordHash = password === undefined ? null : await hashPassword(password);
    const token = newToken();
    await database.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(UserEntity, { ...input.data, passwordHash });
      const userId = (identifiers[0] as { id: string }).id;
      if (!passwordHash) {
        await manager.insert(InvitationEntity, { id: tokenId(token), userId, createdBy: null, expiresAt: new Date(Date.now() + 7 * 86_400_000) });
      }
    });
    process.stdout.write(`Created admin ${input.data.email}.\n`);
    if (!passwordHash) process.stdout.write(`Open this one-time link within 7 days to choose a password:\n  ${config.publicUrl}/accept-invitation?token=${token}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`create-admin: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
