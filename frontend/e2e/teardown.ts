// Names the screenshot folder at the end of the run.
import { existsSync, readdirSync } from 'node:fs';

import { SCREENSHOTS } from './support';

export default function teardown(): void {
  const count = existsSync(SCREENSHOTS) ? readdirSync(SCREENSHOTS).length : 0;
  console.log(`\nScreenshots (${count}) in ${SCREENSHOTS}`);
}
