/**
 * The shell a person on each operating system types into when they did not say, as the tests
 * expect it (written out here, not taken from the code under test): PowerShell on Windows, zsh
 * on macOS since Catalina, bash on the Linux distributions and in containers.
 */
import type { OsId, ShellId } from '../../src/lib/core/model/environment';

export const USUAL_SHELL: Record<OsId, ShellId> = {
	windows: 'powershell',
	macos: 'zsh',
	debian: 'bash',
	rhel: 'bash',
	alpine: 'bash',
	docker: 'bash'
};
