import { getTranslations } from "next-intl/server"
import { formatMoment, type Locale } from "@helder/contract"
import type { ShopPromise } from "@helder/privacy"
import proofJson from "@/generated/proof.json"
import { languageRoute } from "@/modules/common/language-route"

/** What packages/devkit/src/promise-ledger.mjs writes at build time. */
type ProofData = {
  commit: string | null
  /** When `npm test` last passed in full for this very commit; null when it has not (yet). */
  lastPass: string | null
  promises: (ShopPromise & { tests: { file: string; line: number; title: string }[] })[]
}
const proof = proofJson as ProofData

/** The build's proof data as other pages quote it: the tests that prove a promise, and when the suite last passed. */
export function proofOf() {
  return {
    tests: (id: string) => proof.promises.find((promise) => promise.id === id)?.tests ?? [],
    lastPass: proof.lastPass,
  }
}

/** Where each language's proof page lives. */
export const PROOF_PATH: Record<Locale, string> = { nl: "/privacy/bewijs", en: "/privacy/proof" }

/**
 * The promise ledger in public: every promise the policy pages, the banner and the footer make, the
 * tests that prove it, and when the whole suite last passed for this build. The data is written at
 * the storefront's build (packages/devkit/src/promise-ledger.mjs --write).
 */
export async function ProofPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacy" })
  const when = (iso: string) => formatMoment(iso, locale)
  return (
    <article className="stack policy" data-testid="proof-page">
      <h1>{t("proofTitle")}</h1>
      <p>{t("proofIntro")}</p>
      <p data-testid="proof-last-pass">
        {proof.lastPass ? t("proofLastPass", { date: when(proof.lastPass) }) : t("proofNoPass")}
      </p>
      {proof.commit ? <p className="muted">{t("proofBuild", { commit: proof.commit.slice(0, 12) })}</p> : null}
      <table className="lines">
        <thead>
          <tr>
            <th>{t("colPromise")}</th>
            <th>{t("colProof")}</th>
          </tr>
        </thead>
        <tbody>
          {proof.promises.map((promise) => (
            <tr key={promise.id} id={promise.id} data-proof={promise.id}>
              <td>
                <code>{promise.id}</code>
                <br />
                {promise.says[locale]}
              </td>
              <td>
                <ul>
                  {promise.tests.map((test) => (
                    <li key={`${test.file}:${test.line}`}>
                      <code>
                        {test.file}:{test.line}
                      </code>
                      <br />
                      {test.title}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}

/** The route of the proof page in one language; the other language's address answers 404. */
export function proofRoute(only: Locale) {
  return languageRoute(only, "privacy", "proofTitle", async (locale) => <ProofPage locale={locale} />)
}
