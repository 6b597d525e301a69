import { rmSync } from 'node:fs';
for (const dir of ['dist', 'lib']) rmSync(dir, { recursive: true, force: true });
