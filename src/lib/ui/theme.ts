/** Applies the theme choice to <html data-theme>; 'auto' follows the system's colour scheme. */
export function applyTheme(theme: 'light' | 'dark' | 'auto'): void {
	if (theme === 'auto') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = theme;
}
