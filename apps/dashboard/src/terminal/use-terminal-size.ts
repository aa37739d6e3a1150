import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

/**
 * The terminal's size, updated on resize. Ink re-lays out on width changes by itself, but
 * the dashboard's height (and how many list rows fit) depends on rows, which Ink does not
 * track; `fallback` is used where the stream has no size (tests, pipes).
 */
export function useTerminalSize(fallback: TerminalSize, onResize?: () => void): TerminalSize {
  const { stdout } = useStdout();
  const { columns, rows } = fallback;
  const [size, setSize] = useState<TerminalSize>(() => ({
    columns: stdout.columns || columns,
    rows: stdout.rows || rows,
  }));
  useEffect(() => {
    const resized = () => {
      onResize?.();
      setSize({ columns: stdout.columns || columns, rows: stdout.rows || rows });
    };
    stdout.on('resize', resized);
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout, columns, rows, onResize]);
  return size;
}
