import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The one command that installs every system package the tests use (scripts/test-setup.sh). */
export const SETUP_COMMAND = 'npm run test:setup';

/**
 * The path of a program a test needs from a Debian package. Missing is a failure that names the package and
 * the command that installs it, never a skip: a green run must mean the test ran.
 */
export function requireProgram(program: string, debianPackage: string, override?: string): string {
  const candidates = override
    ? [override]
    : [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin', '/sbin'].map((dir) =>
        join(dir, program),
      );
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; try the next directory.
    }
  }
  throw new Error(
    `${program} not found${override ? ` at ${override}` : ''}: this test needs the Debian package "${debianPackage}". Install it with \`${SETUP_COMMAND}\` (or \`apt-get install -y ${debianPackage}\`).`,
  );
}
