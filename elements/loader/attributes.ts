/**
 * The `data-` attributes the loader's `<script>` reads (without `data-`); any other is reported as a typo.
 * Shared with the Shopify block's test, so the block only emits what the loader knows.
 */
export const LOADER_ATTRIBUTES = ['server', 'site', 'locale', 'placement', 'color', 'identity-token'] as const;
