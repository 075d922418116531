/** Types of scripts/gen-rule-docs.mjs for the tests that import it. */
export declare const rulesDir: string;
export declare const docsDir: string;
export declare function renderPack(pack: unknown, file: string): string;
export declare function packFiles(): string[];
export declare function renderAll(): Record<string, string>;
export declare function stalePages(): { stale: string[]; extra: string[] };
