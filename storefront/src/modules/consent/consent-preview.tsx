import type { BannerText } from "@helder/privacy"
import { BANNER_PROMISES } from "@helder/privacy/browser"
import { bannerSentences } from "./banner-lines"

/**
 * The attribute on <html> that decides the preview: "ask" shows it (set by `consentStateScript` when no
 * choice holds), "chosen" keeps it hidden, "ready" hides it once the banner runs.
 */
export const CONSENT_STATE_ATTRIBUTE = "data-consent"

/**
 * The banner as it first looks, painted with the page. The banner itself (vanilla-cookieconsent) can only
 * be drawn after the page's scripts have run; on a phone its text then became the page's Largest
 * Contentful Paint, seconds after everything else. This copy is in the HTML, so the first paint already
 * shows it; the banner takes its place, at the same spot, once it runs. It is a picture of the banner
 * (aria-hidden, inert, nothing to press): the choice is made in the banner, which records the text it
 * showed. It stays hidden until the script right after it in the page (`consentStateScript`) has found
 * no choice that holds: so it never shows to a visitor who chose, nor half-parsed (a page arrives in
 * pieces, and a preview that grew as its words arrived moved on screen: a layout shift of 0.32).
 */
export function ConsentPreview({ text }: { text: BannerText }) {
  return (
    <div className="consent-preview" aria-hidden="true" inert data-testid="consent-preview">
      <p className="consent-preview__title">{text.title}</p>
      <div className="consent-preview__desc">
        {bannerSentences(text.description).map((sentence, index) => (
          <span key={index} className="cc-line" data-promise={BANNER_PROMISES.description}>
            {sentence}
          </span>
        ))}
      </div>
      <div className="consent-preview__btns">
        <span className="consent-preview__btn">{text.acceptAll}</span>
        <span className="consent-preview__btn">{text.rejectAll}</span>
        <span className="consent-preview__btn consent-preview__btn--secondary">{text.settings}</span>
      </div>
    </div>
  )
}

/**
 * Runs right after the preview, before the page paints: without a stored choice made under this policy
 * revision the banner will ask, so the preview shows (the same test vanilla-cookieconsent makes).
 */
export function consentStateScript(cookieName: string, revision: number): string {
  const cookie = JSON.stringify(`${cookieName}=`)
  return (
    `(function(){var chosen=false;try{var c=document.cookie.split("; ").find(function(p){return p.indexOf(${cookie})===0});` +
    // The library stores the JSON plain or URI-encoded (src/lib/consent-cookie.ts reads both).
    `if(c){var v=c.slice(${cookie}.length),j;try{j=JSON.parse(v)}catch(e){j=JSON.parse(decodeURIComponent(v))}` +
    `if(j&&j.revision===${Number(revision)})chosen=true}}catch(e){}` +
    `document.documentElement.setAttribute(${JSON.stringify(CONSENT_STATE_ATTRIBUTE)},chosen?"chosen":"ask")})()`
  )
}
