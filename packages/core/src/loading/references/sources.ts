import { isSafeLink } from '../../text/neutralize.js';
import type { ReferenceIndex } from './shared-index.js';

/** Sources: a URL that is not http(s) or mailto is kept as text and warned about. */
export function checkSources(index: ReferenceIndex): void {
  index.each('sources', 'sources', index.dataset.sources, (s, o) => {
    if (s.url === undefined || isSafeLink(s.url)) return;
    index.report.add(
      'warning',
      'unsafe-url',
      index.report.at(o, ['url']),
      `the URL '${s.url.slice(0, 60)}' is not http(s) or mailto; it will be shown as text, never as a link`,
      'use the https:// address of the page',
    );
  });
}
