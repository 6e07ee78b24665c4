import type { EnergyClass } from "./attributes"

/**
 * Generic environmental claims (Directive 2005/29/EC Annex I point 4a, inserted by Directive 2024/825,
 * applying from 27 September 2026): a claim such as "eco" or "energiezuinig" is an unfair practice unless
 * the trader can show recognised excellent environmental performance relevant to it. Each term, in Dutch
 * and English, with what may back it: an EU Ecolabel licence (Regulation (EC) No 66/2010) backs any of
 * them; the top class of the energy label (Regulation (EU) 2019/2015) backs energy-efficiency claims only.
 */
const CLAIMS: readonly { term: string; pattern: RegExp; energy: boolean }[] = [
  { term: "eco", pattern: /\beco(?:logisch\w*|vriendelijk\w*|logical|friendly|-\w+)?(?!\w)/i, energy: false },
  // "Groen" alone is a colour ("groen glas"); as a claim it comes in phrases such as these.
  {
    term: "groen / green",
    pattern:
      /\b(?:groener|greener|(?:100\s?%\s?)?groene?\s+(?:keuze|alternatief|product|energie|stroom|wonen|verlichting)|kies(?:\s+voor)?\s+groen|green\s+(?:choice|alternative|product|energy|living|lighting)|go(?:ing)?\s+green)\b/i,
    energy: false,
  },
  { term: "duurzaam / sustainable", pattern: /\b(?:duurza(?:am|me|mer)|sustainabl[ey])\b/i, energy: false },
  {
    term: "milieuvriendelijk / environmentally friendly",
    pattern: /\b(?:milieuvriendelijk\w*|environment(?:ally)?[- ]friendly)\b/i,
    energy: false,
  },
  {
    term: "klimaatneutraal / climate neutral",
    pattern: /\b(?:klimaatneutra(?:al|le)|(?:climate|carbon|co2)[- ]neutral|co2[- ]?neutra(?:al|le))\b/i,
    energy: false,
  },
  {
    term: "energiezuinig / energy efficient",
    pattern: /\b(?:energiezuinig\w*|energy[- ](?:efficient|saving))\b/i,
    energy: true,
  },
]

/** What can back a product's claims: its EU Ecolabel licence number, and the energy classes of its light sources. */
export type ClaimBacking = { ecoLabel?: string | null; energyClasses: readonly EnergyClass[] }

/**
 * The generic environmental claims in a product's texts that nothing backs, one English sentence each, so staff see
 * what to change.
 */
export function greenClaimProblems(texts: readonly (string | null | undefined)[], backing: ClaimBacking): string[] {
  if (backing.ecoLabel?.trim()) return []
  const topClass = backing.energyClasses.length > 0 && backing.energyClasses.every((energyClass) => energyClass === "A")
  const problems = CLAIMS.flatMap(({ term, pattern, energy }) => {
    if (energy && topClass) return []
    const found = texts.flatMap((text) => {
      const match = text ? pattern.exec(text) : null
      return match ? [match[0]] : []
    })
    if (!found.length) return []
    const backs = energy
      ? "an EU Ecolabel licence (metadata eco_label) or energy class A for every light source"
      : "an EU Ecolabel licence (metadata eco_label)"
    return [`the generic environmental claim "${found[0]}" (${term}) needs ${backs} (Directive 2024/825)`]
  })
  return problems
}
