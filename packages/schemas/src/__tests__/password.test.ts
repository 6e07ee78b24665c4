import { passwordProblem, passwordSchema } from "../password"

/** A reproducible string of `length` characters from a wide alphabet (a strong password of that length). */
function randomLike(length: number, seed = 7): string {
  const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+-=?@"
  let state = seed
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return alphabet[state % alphabet.length]
  }).join("")
}

describe("password policy (customers and staff)", () => {
  it("accepts 12 to 128 characters that are hard to guess: passphrases and random strings", () => {
    expect(passwordProblem("lamp-kap-messing-47", "anna@example.nl")).toBeNull()
    expect(passwordProblem("correct horse battery staple")).toBeNull()
    expect(passwordProblem(randomLike(12))).toBeNull()
    expect(passwordProblem(randomLike(128))).toBeNull()
  })

  it("refuses too short and too long", () => {
    expect(passwordProblem(randomLike(11))).toBe("too_short")
    expect(passwordProblem(randomLike(129))).toBe("too_long")
  })

  it("refuses every password of the whole common list, whatever its case, also those of 12 characters or more", () => {
    for (const common of ["password1234", "123456789012", "passwordpassword", "qwerty123456", "LeaveMeAlone"])
      expect([common, passwordProblem(common)]).toEqual([common, "too_common"])
  })

  it("refuses what zxcvbn scores below 3: Dutch words with digits, repeats, keyboard rows", () => {
    for (const weak of ["wachtwoord12", "aaaaaaaaaaaaaaaa", "1qaz2wsx3edc4rfv", "Amsterdam2026!"])
      expect([weak, passwordProblem(weak)]).toEqual([weak, expect.stringMatching(/^too_(guessable|common)$/)])
    expect(passwordProblem("wachtwoord12")).toBe("too_guessable")
  })

  it("refuses the owner's e-mail name and names, and the shop's own words with little else", () => {
    expect(passwordProblem("ANNA.DEVRIES-2026!", "anna.devries@example.nl")).toBe("contains_personal")
    expect(passwordProblem("devries-lamp-kap-47", { email: "anna.devries@example.nl" })).toBe("contains_personal")
    expect(passwordProblem("gerda-en-de-zomer-89", { email: "g@example.nl", names: ["Gerda", "Beukema"] })).toBe(
      "contains_personal",
    )
    expect(passwordProblem("helderlamp2026")).toBe("too_guessable")
    expect(passwordProblem("helder-verlichting-12")).toBe("too_guessable")
    // Very short local parts and names would refuse too much.
    expect(passwordProblem("ab-lamp-kap-messing", { email: "ab@example.nl", names: ["Jo"] })).toBeNull()
  })

  it("reports the problem as the zod issue message", () => {
    expect(passwordSchema("anna@example.nl").safeParse("kort").error?.issues[0]?.message).toBe("too_short")
    expect(passwordSchema({ email: "anna@example.nl" }).safeParse("wachtwoord12").error?.issues[0]?.message).toBe(
      "too_guessable",
    )
  })
})
