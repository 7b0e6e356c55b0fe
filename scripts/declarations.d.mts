// Types for what the tests use of scripts/declarations.mjs (plain JavaScript, run by the build with Node alone).
export declare function relativeImports(text: string): string[];
