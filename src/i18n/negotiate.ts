/**
 * The locale to speak: the first requested tag that one of ours can serve, in the order asked (the
 * widget's `locale` attribute, the page's `lang`, the browser's languages, the site's default), else the
 * source locale.
 *
 * A tag is served by a locale of the same language and script once both are expanded to their likely
 * form (`Intl.Locale#maximize`): `ar-EG` → `ar`, `pt-PT` → `pt-BR`, `zh-SG` → `zh-Hans`, `iw` → `he`; but
 * `zh-TW` (Traditional script) is not served by `zh-Hans`. A locale of the same region wins over the rest.
 */
export function negotiateLocale(
  requested: readonly (string | null | undefined)[],
  available: readonly string[],
  source: string,
): string {
  const ours = available.map((tag) => ({ tag, likely: likely(tag) }));
  for (const tag of requested) {
    const wanted = tag ? likely(tag) : undefined;
    if (!wanted) continue;
    const sameScript = ours.filter(({ likely }) => likely && likely.language === wanted.language && likely.script === wanted.script);
    const best = sameScript.find(({ likely }) => likely!.region === wanted.region) ?? sameScript[0];
    if (best) return best.tag;
  }
  return source;
}

/** `pt-PT` → pt, Latn, PT; undefined for what is not a BCP 47 tag (page authors write anything). */
function likely(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize();
  } catch {
    return undefined;
  }
}
