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
export function useTerminalSize(fallback: TerminalSize): TerminalSize {
  const { stdout } = useStdout();
  const { columns, rows } = fallback;
  const [size, setSize] = useState<TerminalSize>(() => ({
    columns: stdout.columns || columns,
    rows: stdout.rows || rows,
  }));
  useEffect(() => {
    const onResize = () => setSize({ columns: stdout.columns || columns, rows: stdout.rows || rows });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, columns, rows]);
  return size;
}
