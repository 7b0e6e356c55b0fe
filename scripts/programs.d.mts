// Types for scripts/programs.mjs (plain JavaScript, so the build runs it with Node alone).
export declare const PROGRAMS: { readonly 'billing-sim': string; readonly live: string; readonly connector: string };
export declare function bundlePrograms(root: string, outDir: string): Promise<void>;
