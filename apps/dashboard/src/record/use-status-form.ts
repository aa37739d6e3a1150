import { commitmentLabel, guaranteeLabel, type Id } from '@pledgewatch/core';
import type { Key } from 'ink';
import { useMemo, useRef, useState } from 'react';
import type { LiveDataset } from '../live/live-dataset.js';
import type { LiveState } from '../live/live-state.js';
import { formKey, matchingSources, openStatusForm, type SourceChoice, type StatusFormState } from './status-form.js';
import { submitStatus } from './submit-status.js';

/** Today as YYYY-MM-DD (UTC): the date a new status is most often recorded for; the analyst edits it. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The form's state, its sources, and what a key does while it is open. */
export function useStatusForm(live: LiveDataset, state: LiveState) {
  const [form, setForm] = useState<StatusFormState>();
  const current = useRef<StatusFormState | undefined>(undefined);
  current.current = form;
  const dataset = state.data?.dataset;
  const sources: SourceChoice[] = useMemo(
    () => (form && dataset ? matchingSources(dataset, form.sourceQuery) : []),
    [dataset, form],
  );
  const datasetRef = useRef(dataset);
  datasetRef.current = dataset;

  const update = (next: StatusFormState | undefined) => {
    current.current = next;
    setForm(next);
  };

  const open = (commitment: Id) => {
    const data = state.data;
    const found = data?.snapshot.commitments.find((c) => c.commitment.id === commitment);
    if (!data || !found) return;
    const c = found.commitment;
    const label = `${commitmentLabel(data.dataset, c)} (${guaranteeLabel(data.dataset, c.guarantee)})`;
    update(openStatusForm(commitment, label, found.status, today()));
  };

  const key = (input: string, k: Key) => {
    const now = current.current;
    if (!now) return;
    // The sources as this form state narrows them (the last frame may be behind the keys).
    const choices = datasetRef.current ? matchingSources(datasetRef.current, now.sourceQuery) : [];
    const outcome = formKey(now, input, k, choices);
    if (outcome.type === 'close') return update(undefined);
    update(outcome.state);
    if (outcome.type !== 'submit') return;
    void submitStatus(live.getState().folder, outcome.state, outcome.source).then(async (message) => {
      if (message.ok) await live.reload();
      if (current.current) update({ ...current.current, busy: false, message });
    });
  };

  // Keys can arrive before the frame that opened the form has re-bound the input handler:
  // whether the form is open is read from the ref, not from a render's closure.
  const isOpen = () => current.current !== undefined;
  return { form, sources, open, key, isOpen };
}
