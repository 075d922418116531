export declare const creativeSchema: string;
export declare function renderVocabulary(): object;
export declare function currentAndExpected(): { text: string; expected: string };
