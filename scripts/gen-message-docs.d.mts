export const messagesDoc: string;
/** docs/messages.md as the checks' messages and the file problems word it now. */
export function render(): string;
