import { ZxcvbnFactory } from "@zxcvbn-ts/core"
import * as common from "@zxcvbn-ts/language-common"
import * as english from "@zxcvbn-ts/language-en"
import * as dutch from "@zxcvbn-ts/language-nl-be"
import { z } from "zod"

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128
/** zxcvbn's score runs 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const PASSWORD_MIN_SCORE = 3

/** Words a guesser tries first on this shop's accounts: its name and trade. */
export const SHOP_WORDS = [
  "helder",
  "helderverlichting",
  "verlichting",
  "lichtxpert",
  "lamp",
  "lampen",
  "licht",
  "lighting",
  "winkel",
  "webshop",
]

/** Why a password is refused; the storefront and the admin show a sentence per reason. */
export type PasswordProblem = "too_short" | "too_long" | "too_common" | "contains_personal" | "too_guessable"

/** The owner's own words a password may not contain: the e-mail's name part and their names. */
export type PasswordOwner = { email?: string | null; names?: (string | null | undefined)[] }

type Checker = { common: Set<string>; score: (password: string, userInputs: string[]) => number }
let checker: Checker | null = null

/**
 * zxcvbn-ts with the whole common-password list, English and Dutch/Flemish words, names and
 * Wikipedia terms, built once on first use (the ranked dictionaries take a moment and some memory).
 * The Dutch package ships its lists as comma-separated text.
 */
function passwordChecker(): Checker {
  if (checker) return checker
  const lists = (dictionary: Record<string, unknown>, prefix: string) =>
    Object.fromEntries(
      Object.entries(dictionary).map(([name, list]) => [
        `${prefix}${name}`,
        typeof list === "string" ? list.split(",") : (list as string[]),
      ]),
    )
  const factory = new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...lists(common.dictionary, ""),
      ...lists(english.dictionary, "en-"),
      ...lists(dutch.dictionary, "nl-"),
    },
  })
  checker = {
    common: new Set(common.dictionary["passwords-common"].map((p) => String(p).toLowerCase())),
    score: (password, userInputs) => factory.check(password, userInputs).score,
  }
  return checker
}

/** The parts of an owner's identity worth guessing: the e-mail's name part and each name, whole and split. */
function ownWords(owner: PasswordOwner): string[] {
  const local = owner.email?.split("@")[0] ?? ""
  return [
    local,
    ...local.split(/[^\p{L}\p{N}]+/u),
    ...(owner.names ?? []).flatMap((name) => [name ?? "", ...(name ?? "").split(/\s+/)]),
  ]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 3)
}

/**
 * The first rule of Helder's password policy a password breaks, or null when it passes: 12 to 128
 * characters; not on the common-password list; without the owner's e-mail name or names; and a zxcvbn
 * score of at least 3 against English and Dutch words, names, keyboard patterns, dates, the shop's own
 * words and the owner's (the same policy for customers and staff).
 */
export function passwordProblem(password: string, owner: PasswordOwner | string = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "too_short"
  if (password.length > PASSWORD_MAX_LENGTH) return "too_long"
  const { common: commonPasswords, score } = passwordChecker()
  if (commonPasswords.has(password.toLowerCase())) return "too_common"
  const own = ownWords(typeof owner === "string" ? { email: owner } : owner)
  const lower = password.toLowerCase()
  if (own.some((word) => lower.includes(word))) return "contains_personal"
  // What is left without the shop's words must stand on its own: "helderlamp2026" is a year.
  const rest = SHOP_WORDS.reduce((left, word) => left.split(word).join(""), lower)
  if (score(password, [...own, ...SHOP_WORDS]) < PASSWORD_MIN_SCORE || score(rest, own) < PASSWORD_MIN_SCORE)
    return "too_guessable"
  return null
}

/** A password field checked against the policy; the issue message is the PasswordProblem code. */
export const passwordSchema = (owner: PasswordOwner | string = {}) =>
  z.string().superRefine((password, ctx) => {
    const problem = passwordProblem(password, owner)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })
