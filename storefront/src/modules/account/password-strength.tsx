"use client"

import { useEffect, useState } from "react"
import { useTranslations } from "next-intl"

type Checker = (password: string, userInputs: string[]) => number

let checker: Promise<Checker> | null = null

/** zxcvbn-ts and its dictionaries (~1 MB) load only when someone starts typing a password. */
function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(([core, common]) => {
    const factory = new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs })
    return (password, userInputs) => factory.check(password, userInputs).score
  })
  return checker
}

/** A live strength hint (0–4) while typing; the policy itself is enforced on the server. */
export function PasswordStrength({ password, userInputs }: { password: string; userInputs: string[] }) {
  const t = useTranslations("account")
  const [score, setScore] = useState<number | null>(null)
  const inputs = userInputs.join("\u0000")
  useEffect(() => {
    if (!password) return setScore(null)
    let current = true
    loadChecker().then((check) => current && setScore(check(password, inputs.split("\u0000"))))
    return () => {
      current = false
    }
  }, [password, inputs])
  if (score === null) return null
  return (
    <span aria-live="polite" data-testid="password-strength">
      <meter min={0} max={4} value={score} /> {t("strength", { label: t(`strengthLabels.${score}`) })}
    </span>
  )
}
