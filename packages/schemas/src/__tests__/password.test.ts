import { passwordProblem, passwordSchema } from "../password"

describe("password policy", () => {
  it("accepts 12 to 128 characters that are not common and do not contain the e-mail's name", () => {
    expect(passwordProblem("lamp-kap-messing-47", "anna@example.nl")).toBeNull()
    expect(passwordProblem("x".repeat(11) + "y")).toBeNull()
    expect(passwordProblem("a".repeat(128))).toBeNull()
  })

  it("refuses too short and too long", () => {
    expect(passwordProblem("kortwacht1!")).toBe("too_short")
    expect(passwordProblem("a".repeat(129))).toBe("too_long")
  })

  it("refuses the most common passwords whatever their case", () => {
    expect(passwordProblem("qwerty123456")).toBe("too_common")
    expect(passwordProblem("LeaveMeAlone")).toBe("too_common")
  })

  it("refuses a password containing the e-mail's local part", () => {
    expect(passwordProblem("ANNA.DEVRIES-2026!", "anna.devries@example.nl")).toBe("contains_email")
    // Very short local parts would refuse too much.
    expect(passwordProblem("ab-lamp-kap-messing", "ab@example.nl")).toBeNull()
  })

  it("reports the problem as the zod issue message", () => {
    expect(passwordSchema("anna@example.nl").safeParse("kort").error?.issues[0]?.message).toBe("too_short")
  })
})
