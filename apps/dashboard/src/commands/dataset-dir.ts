import { datasetDir as bundledDatasetDir } from '@pledgewatch/dataset-ukraine';

/** The folder a command works on: the one given, else the bundled Ukraine dataset. */
export function resolveDatasetDir(dir: string | undefined): { dir: string; bundled: boolean } {
  return dir === undefined ? { dir: bundledDatasetDir, bundled: true } : { dir, bundled: false };
}
