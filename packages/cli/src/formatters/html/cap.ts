import type { FileResult } from '@adlint/core';

/**
 * Files the html report embeds at most. Each embedded file costs its creatives' copy, previews
 * and details (a few kilobytes of page, and a re-read of the file): a report of 100,000 creatives
 * would be too large to open and to hold while it is made.
 */
export const MAX_HTML_FILES = 2_000;

/** What a capped report says it left out. */
export interface HtmlOmitted {
  shown: number;
  total: number;
  /** Files with messages that are not shown. */
  findingsNotShown: number;
}

/**
 * Picks the files a capped html report embeds as results pass, holding at most twice the cap:
 * files with messages first (the ones a reader acts on), then files without, in the files' order.
 */
export class HtmlSelection<T> {
  private readonly withFindings: [number, T][] = [];
  private readonly clean: [number, T][] = [];
  private total = 0;
  private findings = 0;

  constructor(private readonly cap = MAX_HTML_FILES) {}

  add(result: FileResult, item: T): void {
    const index = this.total++;
    if (result.messages.length > 0) {
      this.findings++;
      if (this.withFindings.length < this.cap) this.withFindings.push([index, item]);
    } else if (this.clean.length < this.cap) {
      this.clean.push([index, item]);
    }
  }

  /** The files to embed, in the order they were added. */
  selected(): T[] {
    const room = this.cap - this.withFindings.length;
    return [...this.withFindings, ...this.clean.slice(0, room)].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
  }

  /** What was left out, or undefined when every file is embedded. */
  omitted(): HtmlOmitted | undefined {
    if (this.total <= this.cap) return undefined;
    return { shown: this.cap, total: this.total, findingsNotShown: this.findings - this.withFindings.length };
  }
}
