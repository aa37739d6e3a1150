import { BRIEFING_SECTIONS } from '@pledgewatch/core';
import type { Flow, Outline, StructElement } from '../layout/flow.js';

/** A section: a tagged Sect with its H1, and a bookmark pointing at the heading's page. */
export interface Section {
  element: StructElement;
  outline: Outline;
  /** A sub-heading (H2) inside the section, with its own nested bookmark. */
  subheading(text: string, keepWith?: number): StructElement;
  end(): void;
}

export function openSection(flow: Flow, title: string, keepWith?: number): Section {
  const doc = flow.doc;
  const element = doc.struct('Sect');
  flow.root.add(element);
  flow.heading(1, title, { parent: element, ...(keepWith !== undefined ? { keepWith } : {}) });
  const outline = (doc.outline as unknown as Outline).addItem(title);
  return {
    element,
    outline,
    subheading(text, keep) {
      const sub = flow.heading(2, text, { parent: element, ...(keep !== undefined ? { keepWith: keep } : {}) });
      outline.addItem(text);
      return sub;
    },
    end() {
      element.end();
    },
  };
}

/** Every section's title, in order, shared with the Markdown export (core's BRIEFING_SECTIONS). */
export const SECTION_TITLES = BRIEFING_SECTIONS;
