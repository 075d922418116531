export declare const PATTERN_FILES: string[];
export declare const FILES_LINE: RegExp;
