export const BROWSERS: readonly ['chrome', 'firefox'];
export function zipPath(browser: 'chrome' | 'firefox', directory?: string): string;
