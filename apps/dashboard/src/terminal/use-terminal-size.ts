import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

/**
 * Ink's own write (`useStdout().write`): it erases the frame, writes `data`, then writes the
 * whole last frame again — the one public way to make Ink's incremental renderer forget
 * what it believes is on screen.
 */
export type WriteBeforeFrame = (data: string) => void;

/**
 * The terminal's size, updated on resize. Ink re-lays out on width changes by itself, but
 * the dashboard's height (and how many list rows fit) depends on rows, which Ink does not
 * track; `fallback` is used where the stream has no size (tests, pipes). `onResize` is
 * called before the new size is rendered, with Ink's write for a full redraw.
 */
export function useTerminalSize(fallback: TerminalSize, onResize?: (write: WriteBeforeFrame) => void): TerminalSize {
  const { stdout, write } = useStdout();
  const { columns, rows } = fallback;
  const [size, setSize] = useState<TerminalSize>(() => ({
    columns: stdout.columns || columns,
    rows: stdout.rows || rows,
  }));
  useEffect(() => {
    const resized = () => {
      onResize?.(write);
      setSize({ columns: stdout.columns || columns, rows: stdout.rows || rows });
    };
    stdout.on('resize', resized);
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout, write, columns, rows, onResize]);
  return size;
}
