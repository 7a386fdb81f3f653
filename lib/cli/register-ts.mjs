// Lets plain Node (22.18+/24, which strips TypeScript types itself) run the project's .ts modules,
// which import each other without file extensions as bundlers allow: no build step, no extra tool.
import { register } from 'node:module';

register('./resolve-ts.mjs', import.meta.url);
