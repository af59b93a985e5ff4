import { writeFileSync } from 'node:fs';
import { onetImporter } from './onet.ts';

// Until the shared import runner lands: `npm run data:import:onet [sourcesDir]`.
const sourcesDir = process.argv[2] ?? '../shared/sources';
for (const [name, text] of Object.entries(onetImporter.run(sourcesDir))) {
  writeFileSync(`data/${name}`, text);
  console.log(`data/${name}: ${text.split('\n').length - 2} rows`);
}
