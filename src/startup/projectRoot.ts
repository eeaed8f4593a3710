import { join } from 'node:path';

/** The project folder (where package.json is), whether this runs from src/ or from the build in dist/src/. */
export const PROJECT_ROOT = join(__dirname, __dirname.includes(join('dist', 'src')) ? '../../..' : '../..');

/** Start-up caches (compiled code, the validated knowledge base): rebuilt whenever missing or stale. */
export const CACHE_DIR = join(PROJECT_ROOT, '.cache');

/** The knowledge base shipped with the service (KNOWLEDGE_DIR overrides it). */
export const SHIPPED_KNOWLEDGE_DIR = join(PROJECT_ROOT, 'knowledge');
