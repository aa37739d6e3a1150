/**
 * @pledgewatch/core/testing — seeded synthetic datasets for benchmarks, property tests and
 * fixtures: `generateDataset({ seed, commitments })` makes a valid dataset of any size, and
 * `writeDatasetFolder` / `datasetToFiles` turn it into the files a dataset folder holds. Kept
 * apart from the main entry point so the library's public API is the domain's, not a test kit.
 */

export { type GenerateOptions, generateDataset, seededRandom } from './generate/generate.js';
export { datasetToFiles, writeDatasetFolder } from './generate/write.js';
