import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Media features for element tests, in Chromium and in Firefox (tests/support/wtr-emulate-media.mjs).
 * Use this, not `emulateMedia` from @web/test-runner-commands, which cannot reach Firefox. Resolves once
 * the page's media queries match. Reset what a test set (e.g. `reducedMotion: 'no-preference'`) after it.
 */
export async function emulateMedia(media: {
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  colorScheme?: 'dark' | 'light';
}): Promise<void> {
  await executeServerCommand('cs-emulate-media', media);
}
