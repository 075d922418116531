export declare const fixingDoc: string;
export declare function fixableRows(): Promise<{ id: string; check: string; fix: boolean; suggest: boolean }[]>;
export declare function renderSection(): Promise<string>;
export declare function currentAndExpected(): Promise<{ text: string; current: string; expected: string }>;
