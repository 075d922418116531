export declare const creativesDoc: string;
export declare function renderSection(): string;
export declare function currentAndExpected(): { text: string; current: string; expected: string };
