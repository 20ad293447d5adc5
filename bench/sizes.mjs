import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli at the quality CDNs use for static files. */
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
