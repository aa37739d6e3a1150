/**
 * The slice of a long list that fits on screen, keeping the cursor in view. Lists render
 * only this window, so ten thousand commitments cost what forty do.
 */
export function visibleWindow(length: number, cursor: number, height: number): { start: number; end: number } {
  if (height <= 0 || length === 0) return { start: 0, end: 0 };
  const half = Math.floor(height / 2);
  const start = Math.max(0, Math.min(cursor - half, length - height));
  return { start, end: Math.min(length, start + height) };
}
