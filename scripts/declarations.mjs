// The package's declaration files: only those a user's TypeScript can reach, starting from the
// "types" of package.json's exports and following the relative imports of each file emitted.
// The other modules' declarations were two thirds of what `tsc --declaration` wrote and of its
// time; the exports map keeps users from importing those modules, so nothing could read them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/** The TypeScript compiler, required, not imported: an import makes Node scan its 9 MB CommonJS file for export names first (0.35 s). */
export const ts = createRequire(import.meta.url)('typescript');

/** The source file each "types" of package.json's exports is declared from (dist/app/index.d.ts ← app/index.ts). */
function exportedSources(root, outDir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const types = new Set([pkg.types, ...Object.values(pkg.exports).map((entry) => entry.types)].filter(Boolean));
  return [...types].map((path) => join(root, relative(outDir, join(root, path))).replace(/\.d\.ts$/, '.ts'));
}

/** The other modules of the package a declaration file refers to (`from './x.js'`, `import('./x.js')`), as written. */
export function relativeImports(text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith('.'));
}

/**
 * Write the declarations the exports reach into `outDir`, compiling with `options` (the build's
 * tsconfig) but without checking types (`npm run typecheck` does). Throws, naming the file, when
 * a declaration cannot be emitted or refers to a module the exported sources do not import.
 */
export function emitDeclarations(root, options, outDir) {
  const exported = exportedSources(root, outDir);
  // the program of the exported sources and what they import: every module their types can name,
  // without parsing the programs (the CLI, the live sandbox) no export reaches
  const program = ts.createProgram({ rootNames: exported, options: { ...options, outDir, declaration: true, emitDeclarationOnly: true, noCheck: true } });
  const queue = [...exported];
  const done = new Set();
  while (queue.length > 0) {
    const source = queue.pop();
    if (done.has(source)) continue;
    done.add(source);
    const file = program.getSourceFile(source);
    if (!file) throw new Error(`${relative(root, source)} is reached from the package's exports but is not a source the exported modules import`);
    const result = program.emit(
      file,
      (path, text) => {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        for (const specifier of relativeImports(text)) queue.push(resolve(dirname(source), specifier).replace(/\.js$/, '.ts'));
      },
      undefined,
      true,
    );
    const problems = [...program.getSyntacticDiagnostics(file), ...result.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (result.emitSkipped || problems.length > 0) {
      const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
      throw new Error(`no declarations for ${relative(root, source)}:\n${ts.formatDiagnostics(problems, host)}`);
    }
  }
}
