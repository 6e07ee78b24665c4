import { useTranslations } from "next-intl"
import { containedLightSourceSentence, type EnergyInfo } from "@helder/lighting"
import type { Locale } from "@helder/contract"

/**
 * What a luminaire says instead of a label of its own (Regulation (EU) 2017/1369 art. 6(d) forbids
 * one): the sentence of Regulation (EU) 2019/2015 Annex V point 2 with the class(es) of the light
 * source(s) it contains, and whether the user can replace them.
 */
export function ContainedLightSources({
  energy,
  locale,
}: {
  energy: Extract<EnergyInfo, { scope: "containing" }>
  locale: Locale
}) {
  const t = useTranslations("energyLabel")
  if (energy.classes.length === 0) return null
  return (
    <p className="contained-light-source" data-testid="contained-light-source">
      {containedLightSourceSentence(energy.classes, locale)} {t(energy.replaceable ? "replaceable" : "notReplaceable")}
    </p>
  )
}
