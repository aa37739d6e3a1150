import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { DatasetText } from '../loading/read.js';
import type { Dataset } from '../model/dataset.js';

/**
 * A dataset as files in the layout people keep by hand: the manifest, one file per
 * section, and one file per guarantee holding its commitments.
 */
export function datasetToFiles(dataset: Dataset): DatasetText[] {
  const text = (value: unknown) => stringify(value, { lineWidth: 0 });
  const byGuarantee = new Map<string, Dataset['commitments']>();
  for (const c of dataset.commitments) {
    const list = byGuarantee.get(c.guarantee) ?? [];
    list.push(c);
    byGuarantee.set(c.guarantee, list);
  }
  const files: { file: string; text: string }[] = [
    { file: 'dataset.yaml', text: text({ dataset: dataset.manifest }) },
    { file: 'sources.yaml', text: text({ sources: dataset.sources }) },
    { file: 'actors.yaml', text: text({ actors: dataset.actors }) },
    ...dataset.guarantees.map((g) => ({
      file: `guarantees/${g.id}.yaml`,
      text: text({ guarantees: [g], commitments: byGuarantee.get(g.id) ?? [] }),
    })),
    { file: 'positions.yaml', text: text({ positions: dataset.positions }) },
    { file: 'events.yaml', text: text({ events: dataset.events }) },
    { file: 'questions.yaml', text: text({ questions: dataset.questions }) },
    { file: 'judgments.yaml', text: text({ judgments: dataset.judgments }) },
    { file: 'scenarios.yaml', text: text({ scenarios: dataset.scenarios }) },
    ...(dataset.profiles.length > 0 ? [{ file: 'profiles.yaml', text: text({ profiles: dataset.profiles }) }] : []),
  ];
  return files.map((f) => ({ ...f, hash: `${f.text.length}` }));
}

/** Writes a dataset into `dir` in the layout of {@link datasetToFiles}. */
export async function writeDatasetFolder(dir: string, dataset: Dataset): Promise<string[]> {
  const files = datasetToFiles(dataset);
  for (const f of files) {
    const target = join(dir, f.file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.text);
  }
  return files.map((f) => f.file);
}
