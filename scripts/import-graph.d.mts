export declare const coreSrc: string;
export declare function areaOf(relative: string): string;
export interface CrossAreaImport { from: string; to: string; fromArea: string; toArea: string }
export declare function crossAreaImports(srcDir?: string): CrossAreaImport[];
