import v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection kept, in percent.
 * By default it grows up to 4× the live heap on a machine with memory to spare: a run of 100,000
 * creatives keeps ~40 MB live (the file list, packs, lexicons) and peaked near 300 MB. At 30 %
 * the same run peaks near 180 MB and spends no measurable extra CPU in the collector (more full
 * collections, each as cheap: most of what a lint allocates dies young). 30 is also what V8's own
 * `--predictable-gc-schedule` fixes it to.
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Bounds heap growth for this process and every worker thread it starts (V8's flags are
 * per process). V8 reads this flag each time it sets the next collection's limit, so setting it
 * at run time takes effect; the young generation's size, in contrast, is fixed when a heap is
 * made (the pool sets it for its workers).
 */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
