/**
 * Where the project's shared material lives (DESIGN.md, the seed documents, x509-limbo): beside the
 * repository as ../shared, as in the workspace and its CI, or wherever SHARED_DIR points.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

export const SHARED_DIR = [process.env.SHARED_DIR, join(REPO, '..', 'shared'), '/work/shared'].find(
	(d): d is string => d !== undefined && existsSync(d)
);

/** A path under the shared folder, or undefined when there is none. */
export function sharedPath(...parts: string[]): string | undefined {
	return SHARED_DIR ? join(SHARED_DIR, ...parts) : undefined;
}
