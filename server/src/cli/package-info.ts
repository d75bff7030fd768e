// Facts about the package that reports name, read from package.json at build time (esbuild inlines the fields).
import { repository, version } from '../../../package.json';

export const VERSION: string = version;

/** The project's home page, for SARIF's informationUri. */
export const HOMEPAGE: string = repository.url;
