import type { PreviewSlots } from './slots.js';

/** One way a placement looks: its own style, and how it lays a creative's slots out. */
export interface Layout {
  /** Screen-reader and caption name of the shape (`search text ad`). */
  name: string;
  css: string;
  draw(slots: PreviewSlots): string;
}
