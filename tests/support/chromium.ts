import { existsSync } from 'node:fs';

/** The Chromium the tests drive: `CHROME_PATH`, or Debian's package. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: run \`apt-get install -y chromium\` or set CHROME_PATH.`);
  return path;
}
