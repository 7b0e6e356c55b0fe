// Types for scripts/programs.mjs (plain JavaScript, so the build and `npm start` run it with Node alone).
export declare const PROGRAMS: { readonly 'billing-sim': string; readonly live: string; readonly connector: string };
export declare function programFile(name: keyof typeof PROGRAMS, root?: string): string;
