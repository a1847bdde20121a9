/** Page languages the app reads aloud in. */
export type SpeechLang = 'en' | 'ja';

/** "ja", "ja-JP", "ja_JP" for ja; any "en", "en-*" for en. */
export function voiceSpeaks(voice: Pick<SpeechSynthesisVoice, 'lang'>, lang: SpeechLang): boolean {
  const tag = voice.lang.toLowerCase().replace('_', '-');
  return tag === lang || tag.startsWith(`${lang}-`);
}

/**
 * The voice to read with: only one that runs on the device (localService), speaking the page's
 * language; the device's default among them first, then the usual region (ja-JP; en-US, en-GB).
 * An online voice is never chosen: it would send the values off the device. Undefined: none.
 */
export function pickLocalVoice<V extends Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default'>>(
  voices: readonly V[],
  lang: SpeechLang,
): V | undefined {
  const usable = voices.filter((v) => v.localService === true && voiceSpeaks(v, lang));
  const preferred = lang === 'ja' ? ['ja-jp'] : ['en-us', 'en-gb'];
  const rank = (v: V) => (v.default ? 0 : 1) * 10 + (preferred.includes(v.lang.toLowerCase().replace('_', '-')) ? 0 : 1);
  return usable.reduce<V | undefined>((best, v) => (best === undefined || rank(v) < rank(best) ? v : best), undefined);
}
