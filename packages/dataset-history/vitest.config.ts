import { pledgewatchProject } from '../../vitest.shared.js';

export default pledgewatchProject('dataset-history');
