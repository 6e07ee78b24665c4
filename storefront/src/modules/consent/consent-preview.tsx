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
export function ConsentPreview({
  text,
  changesSince,
  gpcNotice,
}: {
  text: BannerText
  /** What changed since each earlier revision: a visitor who chose under one is told (hidden until then). */
  changesSince: Record<number, string>
  /** The line a browser sending Global Privacy Control gets (hidden until the script finds the signal). */
  gpcNotice: string
}) {
  // The banner's lines in its order: what changed, the description, the GPC line (banner-translation.ts).
  const lines = [
    ...Object.entries(changesSince).flatMap(([since, changes]) =>
      bannerSentences(changes).map((sentence) => ({ sentence, promise: BANNER_PROMISES.changes, since })),
    ),
    ...bannerSentences(text.description).map((sentence) => ({ sentence, promise: BANNER_PROMISES.description })),
    ...(gpcNotice ? bannerSentences(gpcNotice) : []).map((sentence) => ({
      sentence,
      promise: BANNER_PROMISES.gpcNotice,
      gpc: true,
    })),
  ]
  return (
    <div className="consent-preview" aria-hidden="true" inert data-testid="consent-preview">
      <p className="consent-preview__title">{text.title}</p>
      <div className="consent-preview__desc">
        {lines.map((line, index) => (
          <span
            key={index}
            className="cc-line"
            data-promise={line.promise}
            hidden={"since" in line || "gpc" in line}
            data-since={"since" in line ? line.since : undefined}
            data-gpc={"gpc" in line ? "" : undefined}
          >
            {line.sentence}
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
 * revision the banner will ask, so the preview shows (the same test vanilla-cookieconsent makes), with
 * the lines the banner will add for this visitor: what changed since the revision they chose under, and
 * the Global Privacy Control line when their browser sends the signal.
 */
export function consentStateScript(cookieName: string, revision: number): string {
  const cookie = JSON.stringify(`${cookieName}=`)
  return (
    `(function(){var chosen=false,seen=null;try{var c=document.cookie.split("; ").find(function(p){return p.indexOf(${cookie})===0});` +
    // The library stores the JSON plain or URI-encoded (src/lib/consent-cookie.ts reads both).
    `if(c){var v=c.slice(${cookie}.length),j;try{j=JSON.parse(v)}catch(e){j=JSON.parse(decodeURIComponent(v))}` +
    `if(j&&j.revision===${Number(revision)})chosen=true;else if(j&&typeof j.revision==="number")seen=j.revision}}catch(e){}` +
    `if(!chosen){var show=function(s){document.querySelectorAll(".consent-preview "+s).forEach(function(e){e.hidden=false})};` +
    `if(seen!==null)show('[data-since="'+seen+'"]');if(navigator.globalPrivacyControl===true)show("[data-gpc]")}` +
    `document.documentElement.setAttribute(${JSON.stringify(CONSENT_STATE_ATTRIBUTE)},chosen?"chosen":"ask")})()`
  )
}
