import {
  ATTRIBUTE_UNITS,
  LIGHTING_ATTRIBUTE_KEYS,
  type LightingAttributeKey,
  type LightingSpec,
} from "@helder/lighting"
import { intlLocale, type Locale } from "@helder/contract"

/** The words a spec value needs: yes/no for a flag. */
type Words = { yes: string; no: string }

/**
 * The spec's values as shown to a shopper, in the shared attribute order, with their units in the
 * locale's number format; absent ones (a beam angle of a bulb) are left out.
 */
export function specValues(
  spec: LightingSpec,
  locale: Locale,
  words: Words,
): { key: LightingAttributeKey; value: string }[] {
  const number = new Intl.NumberFormat(intlLocale(locale))
  return LIGHTING_ATTRIBUTE_KEYS.flatMap((key) => {
    const value = spec[key]
    if (value === undefined) return []
    if (typeof value === "boolean") return [{ key, value: value ? words.yes : words.no }]
    if (typeof value === "number")
      return [{ key, value: `${number.format(value)} ${ATTRIBUTE_UNITS[key] ?? ""}`.trim() }]
    return [{ key, value }]
  })
}
