import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLang, type Lang } from './languages';

/** A run of Japanese script (kana, kanji, full-width forms), spaces and 「・」 between kept inside. */
const JAPANESE_RUN = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+(?:[ ・]*[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+)*/g;
/** An English phrase of three words or more (ALT, γ-GTP or FIB-4 alone are read as Japanese words). */
const ENGLISH_RUN = /[A-Za-z]+(?:[ ,'’:/-]+[A-Za-z]+){2,}/g;

export interface Run {
  text: string;
  lang?: Lang;
}

/**
 * Splits a text into runs, marking those in the other language than the page's: Japanese words in
 * an English hint (「肝機能」), an English paper title on the Japanese page. Screen readers then
 * read each run with the right voice (WCAG 3.1.2).
 */
export function langRuns(text: string, page: Lang): Run[] {
  const other: Lang = page === 'en' ? 'ja' : 'en';
  const pattern = page === 'en' ? JAPANESE_RUN : ENGLISH_RUN;
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], lang: other });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** A text of the page's language with its other-language runs marked by `lang`. */
export function Mixed({ children }: { children: string }) {
  const { i18n } = useTranslation();
  return (
    <>
      {langRuns(children, toSupportedLang(i18n.language)).map((run, index) =>
        run.lang ? (
          <span key={index} lang={run.lang}>
            {run.text}
          </span>
        ) : (
          <Fragment key={index}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}
