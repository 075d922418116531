export const target: string;
export const wordsTarget: string;
export function generate(): Promise<{ source: string; wordList: string }>;
