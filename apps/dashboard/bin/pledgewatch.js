#!/usr/bin/env node
// The `pledgewatch` command. This launcher is committed (dist/ is not): npm links a package's bin
// only if the file exists when it installs, and a fresh clone has no dist/ until it is built.
// Without the link, `npx pledgewatch` would fetch whatever public package has that name.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'pledgewatch: not built yet: run `npm run build` in the repository root first (`npm start` builds too)\n',
  );
  process.exit(1);
}
(await import(built.href)).runAsProgram();
