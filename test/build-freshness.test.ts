import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFiles, stampPath, staleReason } from '../scripts/build-freshness.mjs';

// a project of its own, so stamps and mtimes can be set without touching the repository's dist/
const root = mkdtempSync(join(tmpdir(), 'billing-sim-freshness-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HOUR_AGO = new Date(Date.now() - 3_600_000);
const LATER = new Date(Date.now() - 1_800_000);

function write(path: string, at = HOUR_AGO): void {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '');
  utimesSync(file, at, at);
}

/** What scripts/build.mjs writes: the sources compiled, stamped with the instant the build started. */
function stamp(sources: string[], at = LATER): void {
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stampPath(root), JSON.stringify({ sources }));
  utimesSync(stampPath(root), at, at);
}

describe('scripts/build-freshness.mjs: whether npm start and billing-sim must build first', () => {
  write('app/live.ts');
  write('scenarios/cli.ts');
  write('scenarios/flow.yaml');
  write('contracts/types/togai.ts');
  write('contracts/togai.yaml');
  write('tsconfig.json');
  write('scripts/build.mjs');
  write('node_modules/.package-lock.json');

  it("lists the TypeScript sources of every compiled folder and the contracts, not the scenarios' YAML", () => {
    expect(sourceFiles(root)).toEqual(['app/live.ts', 'contracts/togai.yaml', 'contracts/types/togai.ts', 'scenarios/cli.ts']);
  });

  it('wants a build when there is none, and none when nothing changed since', () => {
    expect(staleReason(root)).toBe('dist/ has not been built');
    stamp(sourceFiles(root));
    expect(staleReason(root)).toBeUndefined();
  });

  // each changes the output: a source compiled, a contract (dist/precompiled/), a compiler setting,
  // the build's own script, and npm's record of an install (dist/programs/ carries the packages installed)
  it.each([
    ['a source saved after the build started', 'scenarios/cli.ts'],
    ['a changed contract, which the build parses and compiles validators from', 'contracts/togai.yaml'],
    ['a changed tsconfig.json, which is not compiled itself', 'tsconfig.json'],
    ['a changed build script', 'scripts/build.mjs'],
    ['an install since the build', 'node_modules/.package-lock.json'],
  ])('names %s', (_, file) => {
    stamp(sourceFiles(root));
    write(file, new Date());
    expect(staleReason(root)).toBe(`${file} changed since the last build`);
    write(file);
  });

  it('names a source added or removed, even one older than the build (a file moved in or a branch switched)', () => {
    stamp(['app/live.ts', 'contracts/togai.yaml', 'contracts/types/togai.ts', 'scenarios/cli.ts', 'simulators/live.ts']);
    expect(staleReason(root)).toBe('simulators/live.ts was removed since the last build');
    stamp(['app/live.ts', 'contracts/togai.yaml', 'scenarios/cli.ts']);
    expect(staleReason(root)).toBe('contracts/types/togai.ts was added since the last build');
  });
});
