import { Box, Text } from 'ink';
import { clean, fit } from '../terminal/text.js';
import type { SourceChoice, StatusFormState } from './status-form.js';

/** How many rows the form takes below the screen. */
export const FORM_ROWS = 11;

const SOURCE_ROWS = 4;

export interface StatusFormProps {
  form: StatusFormState;
  sources: SourceChoice[];
  width: number;
}

function Field({ name, value, active, width }: { name: string; value: string; active: boolean; width: number }) {
  return (
    <Text wrap="truncate-end" inverse={active}>
      {fit(`${active ? '›' : ' '} ${name.padEnd(7)} ${value}${active ? '▏' : ''}`, width)}
    </Text>
  );
}

/** The "record a status" form: what it will record, and the outcome of the last try. */
export function StatusForm({ form, sources, width }: StatusFormProps) {
  const pick = Math.min(form.sourcePick, Math.max(0, sources.length - 1));
  const first = Math.max(0, Math.min(pick - 1, sources.length - SOURCE_ROWS));
  const shown = sources.slice(first, first + SOURCE_ROWS);
  const message = form.busy ? { ok: true, lines: ['recording…'] } : form.message;
  return (
    <Box
      flexDirection="column"
      width={width}
      height={FORM_ROWS}
      borderStyle="single"
      borderTop
      borderBottom={false}
      borderLeft={false}
      borderRight={false}
    >
      <Text
        bold
        wrap="truncate-end"
      >{`Record a status: ${clean(form.label)}   (tab next field · enter record · esc cancel)`}</Text>
      <Field name="status" value={`◂ ${form.status} ▸`} active={form.field === 'status'} width={width} />
      <Field name="date" value={form.date} active={form.field === 'date'} width={width} />
      <Field
        name="source"
        value={form.sourceQuery || '(type to search)'}
        active={form.field === 'source'}
        width={width}
      />
      <Box flexDirection="column" height={SOURCE_ROWS}>
        {shown.length === 0 ? <Text dimColor>{'    no source matches'}</Text> : null}
        {shown.map((s, i) => (
          <Text key={s.id} wrap="truncate-end" bold={first + i === pick}>
            {`${first + i === pick ? '   ●' : '    '} ${clean(s.id)}  ${clean(s.label)}`}
          </Text>
        ))}
      </Box>
      <Field name="note" value={form.note} active={form.field === 'note'} width={width} />
      <Text wrap="truncate-end" bold={message?.ok === false}>
        {message ? `${message.ok ? '✓' : '✗'} ${message.lines.join(' · ')}` : ' '}
      </Text>
    </Box>
  );
}
