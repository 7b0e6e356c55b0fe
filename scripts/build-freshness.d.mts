// Types for scripts/build-freshness.mjs (plain JavaScript, so `npm start` runs it with Node alone).
export declare const ROOT: string;
export declare function stampPath(root?: string): string;
export declare function sourceFiles(root?: string): string[];
export declare function staleReason(root?: string): string | undefined;
export declare function buildIfStale(who: string, options?: { onFailure?: 'exit' | 'throw' }): void;
