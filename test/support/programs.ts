import { join } from 'node:path';
import type { PROGRAMS } from '../../scripts/programs.mjs';
import { PROJECT_ROOT } from '../../simulators/kit/project-root.js';

/**
 * A program as users run it: its bundle in dist/programs/ (scripts/programs.mjs), for `node` to
 * start. test/support/fresh-build.ts builds dist/ before the run when a source changed since.
 */
export function program(name: keyof typeof PROGRAMS): string {
  return join(PROJECT_ROOT, 'dist', 'programs', `${name}.mjs`);
}
