import { pledgewatchProject } from '../vitest.shared.js';

export default pledgewatchProject('e2e', { include: ['**/*.test.ts'], testTimeout: 240_000, alone: true });
