/** The package version, reported in exports and `--version`. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
