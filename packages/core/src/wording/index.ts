/**
 * How pledgewatch says things — one home for every output (dashboard, `assess`, the PDF and
 * the Markdown briefing): numbers and scores, dates, names and the model's words, scales.
 */
export * from './dates.js';
export * from './labels.js';
export * from './numbers.js';
export * from './scales.js';
