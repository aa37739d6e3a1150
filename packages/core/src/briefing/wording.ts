import { neutralizeText } from '../text/neutralize.js';

/**
 * Dataset text made safe and readable in a briefing. Everything else a briefing says about
 * numbers, dates and names comes from core's wording module (`../wording/`).
 */

// "(position russia-mfu)", "(see source dw-2025)": a reader cannot look an id up.
const ID_REFERENCE =
  /\s*\((?:see |cf\. )?(?:position|source|commitment|guarantee|question|event|judgment|scenario|actor)s? [a-z0-9]+(?:-[a-z0-9]+)*(?:,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*\)/g;

/**
 * Untrusted dataset text, one line, with hidden characters made visible; `code` marks
 * dropped ("`unknown`" → "unknown") and parenthesised references to the data's own ids removed.
 */
export function clean(text: string): string {
  return neutralizeText(text, { singleLine: true })
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(ID_REFERENCE, '')
    .trim();
}
