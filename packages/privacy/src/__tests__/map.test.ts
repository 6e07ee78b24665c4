import {
  addDuration,
  bannerText,
  bannerTextHash,
  buildDataMap,
  changesSince,
  consentExpiry,
  currentPolicyVersion,
  dataMapFromEnv,
  dataMapSchema,
  findCookie,
  integrationsFromEnv,
  isDeclaredHost,
  NO_INTEGRATIONS,
  offeredCategories,
  consentChoiceSchema,
  validBannerHashes,
} from "../index"

const NOW = new Date("2026-12-01T12:00:00Z")

describe("the data map", () => {
  it("is valid as shipped, and every data category names a known retention rule", () => {
    const map = buildDataMap(NO_INTEGRATIONS)
    expect(() => dataMapSchema.parse(map)).not.toThrow()
    expect(map.dataCategories.map((c) => c.id)).toEqual(
      expect.arrayContaining(["identity", "contact", "address", "order", "invoice", "consent", "analytics"]),
    )
  })

  it("[P-invoices-kept] keeps invoices 7 years (NL) and 10 years (BE) after the fiscal year, under legal hold on erasure", () => {
    const map = buildDataMap(NO_INTEGRATIONS)
    const invoice = map.dataCategories.find((c) => c.id === "invoice")!
    expect(invoice.erasure).toBe("legal_hold")
    const rules = map.retention.filter((r) => invoice.retention.includes(r.id))
    expect(rules.map((r) => [r.country, r.keep.years, r.from])).toEqual([
      ["nl", 7, "fiscal_year_end"],
      ["be", 10, "fiscal_year_end"],
    ])
  })

  it("[P-data-minimal] asks consent only for what a visitor opts into (newsletter, statistics); every other category serves the order, the account, a question or the law, and every recipient is named with its task", () => {
    const map = dataMapFromEnv({ GA4_MEASUREMENT_ID: "G-HELDER2E2E", META_PIXEL_ID: "1234567890" })
    expect(
      map.dataCategories
        .filter((c) => c.legalBasis === "consent")
        .map((c) => c.id)
        .sort(),
    ).toEqual(["analytics", "newsletter"])
    // Legitimate interest covers answering a question, guarding staff access and securing the shop (IP addresses),
    // nothing commercial.
    expect(
      map.dataCategories
        .filter((c) => c.legalBasis === "legitimate_interest")
        .map((c) => c.id)
        .sort(),
    ).toEqual(["audit", "contact-message", "network"])
    for (const category of map.dataCategories)
      expect(["contract", "legal_obligation", "legitimate_interest", "consent"]).toContain(category.legalBasis)
    // Nobody receives data in return for money: processors work for the shop; controllers deliver, audit by law, or
    // measure with consent.
    for (const recipient of map.recipients) {
      expect(["processor", "controller"]).toContain(recipient.role)
      if (recipient.role === "controller")
        expect(recipient.purpose.en).toMatch(/Delivering your order|Only on legal demand|only with your consent/)
    }
  })

  it("refuses a category with an unknown retention rule, a legal hold without a reason, or duplicate ids", () => {
    const map = buildDataMap(NO_INTEGRATIONS)
    const broken = {
      ...map,
      dataCategories: [{ ...map.dataCategories[0]!, retention: ["forever"] }, ...map.dataCategories.slice(1)],
    }
    expect(dataMapSchema.safeParse(broken).error?.issues[0]?.message).toContain("unknown retention rule forever")
    const noReason = {
      ...map,
      dataCategories: [{ ...map.dataCategories[0]!, erasure: "legal_hold" }, ...map.dataCategories.slice(1)],
    }
    expect(dataMapSchema.safeParse(noReason).success).toBe(false)
    const twice = { ...map, dataCategories: [...map.dataCategories, map.dataCategories[0]!] }
    expect(
      dataMapSchema
        .safeParse(twice)
        .error?.issues.map((i) => i.message)
        .join(),
    ).toContain("ids used twice: identity")
  })

  it("[P-policy-from-data-map] lists optional services only when their keys are set", () => {
    const bare = dataMapFromEnv({})
    expect(offeredCategories(bare).map((c) => c.id)).toEqual(["necessary", "analytics"])
    expect(bare.recipients.map((r) => r.id)).not.toContain("google-analytics")
    expect(findCookie(bare, "_ga")).toBeUndefined()

    const full = dataMapFromEnv({
      GA4_MEASUREMENT_ID: "G-ABC1234",
      META_PIXEL_ID: "1234567890",
      STRIPE_API_KEY: "sk_test_x",
    })
    expect(offeredCategories(full).map((c) => c.id)).toEqual(["necessary", "analytics", "marketing"])
    expect(full.recipients.map((r) => r.id)).toEqual(
      expect.arrayContaining(["google-analytics", "meta-pixel", "stripe"]),
    )
    expect(findCookie(full, "_ga_ABC1234")?.category).toBe("analytics")
    expect(findCookie(full, "_fbp")?.category).toBe("marketing")
    expect(findCookie(full, "__stripe_mid")?.category).toBe("necessary")
    expect(isDeclaredHost(full, "region1.google-analytics.com")).toBe(true)
    expect(isDeclaredHost(full, "google-analytics.com.evil.example")).toBe(false)
    expect(isDeclaredHost(bare, "www.googletagmanager.com")).toBe(false)
  })

  it("refuses malformed service ids instead of silently leaving a service out", () => {
    expect(() => integrationsFromEnv({ GA4_MEASUREMENT_ID: "UA-1234" })).toThrow("GA4_MEASUREMENT_ID")
    expect(() => integrationsFromEnv({ META_PIXEL_ID: "pixel" })).toThrow("META_PIXEL_ID")
    expect(integrationsFromEnv({ GA4_MEASUREMENT_ID: "" }).ga4MeasurementId).toBeNull()
  })

  it("[P-cookies-necessary-only] [P-cookie-table] declares the shop's own cookies as necessary and nothing undeclared", () => {
    const map = buildDataMap(NO_INTEGRATIONS)
    for (const name of ["helder_cart", "helder_order", "helder_account", "helder_consent"])
      expect(findCookie(map, name)?.category).toBe("necessary")
    expect(findCookie(map, "helder_visitor")?.category).toBe("analytics")
    expect(findCookie(map, "NEXT_LOCALE")).toBeUndefined()
  })

  it("names the shop's cookies __Host- (the banner's consent cookie __Secure-) when the storefront is served over HTTPS, and declares them so", () => {
    const map = dataMapFromEnv({ STOREFRONT_URL: "https://winkel.example.nl" })
    for (const name of ["helder_cart", "helder_order", "helder_account"]) {
      expect(findCookie(map, `__Host-${name}`)?.category).toBe("necessary")
      expect(findCookie(map, name)).toBeUndefined()
    }
    expect(findCookie(map, "__Secure-helder_consent")?.category).toBe("necessary")
    expect(findCookie(map, "__Host-helder_visitor")?.category).toBe("analytics")
    expect(map.consent.cookie).toBe("__Secure-helder_consent")
    expect(dataMapFromEnv({ STOREFRONT_URL: "http://localhost:8000" }).consent.cookie).toBe("helder_consent")
  })
})

describe("policy versions and consent", () => {
  const map = buildDataMap(NO_INTEGRATIONS)
  const withNext = {
    ...map,
    policyVersions: [
      ...map.policyVersions,
      { id: "2027-03-01", effective: "2027-03-01", changes: { nl: "Nieuwe dienst", en: "New service" } },
    ],
  }

  it("is the newest version whose date has come", () => {
    expect(currentPolicyVersion(withNext, NOW).id).toBe("2026-11-23")
    expect(currentPolicyVersion(withNext, new Date("2027-03-01T00:00:00Z")).id).toBe("2027-03-01")
  })

  it("[P-policy-changes-ask-again] lists what changed since the version a returning visitor chose under", () => {
    expect(changesSince(withNext, "2026-06-19", new Date("2027-04-01T00:00:00Z")).map((v) => v.id)).toEqual([
      "2026-11-23",
      "2027-03-01",
    ])
    expect(changesSince(withNext, "2026-11-23", NOW)).toEqual([])
  })

  it("[P-consent-validity] expires a choice after six months, by the calendar, a month's end staying in its month", () => {
    expect(consentExpiry(map, new Date("2026-08-31T10:00:00Z")).toISOString()).toBe("2027-02-28T10:00:00.000Z")
    expect(consentExpiry(map, new Date("2026-08-15T10:00:00Z")).toISOString()).toBe("2027-02-15T10:00:00.000Z")
    expect(addDuration(new Date("2024-02-29T00:00:00Z"), { years: 1 }).toISOString()).toBe("2025-02-28T00:00:00.000Z")
  })

  it("hashes the exact banner text: any change to what is shown changes the hash", async () => {
    const plain = bannerText(map, "nl", NOW)
    expect(plain.version).toBe("2026-11-23")
    expect(plain.categories.map((c) => c.id)).toEqual(["necessary", "analytics"])
    const hash = await bannerTextHash(plain)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await bannerTextHash(bannerText(map, "nl", NOW))).toBe(hash)
    expect(await bannerTextHash(bannerText(map, "en", NOW))).not.toBe(hash)
    expect(await bannerTextHash(bannerText(map, "nl", NOW, { gpc: true }))).not.toBe(hash)
    const returning = bannerText(map, "nl", NOW, { seenVersion: "2026-06-19" })
    expect(returning.changes).toContain("2026-11-23: Nieuw: een cookiebanner")
    expect(await bannerTextHash(returning)).not.toBe(hash)
  })
})

describe("a consent choice", () => {
  const map = buildDataMap(NO_INTEGRATIONS)
  const choice = {
    consent_id: "0b7c6a1e-7f5e-4b8e-9a51-2f3d8c1e4a90",
    categories: ["necessary", "analytics"],
    policy_version: "2026-11-23",
    text_hash: "a".repeat(64),
    locale: "nl",
    source: "banner",
  }

  it("parses a well-formed choice and names what is wrong with a bad one", () => {
    expect(consentChoiceSchema.parse(choice).gpc).toBe(false)
    expect(consentChoiceSchema.safeParse({ ...choice, categories: ["analytics"] }).error?.issues[0]?.message).toBe(
      "necessary is always part of a choice",
    )
    expect(consentChoiceSchema.safeParse({ ...choice, consent_id: "1" }).error?.issues[0]?.message).toBe(
      "the consent id is a UUID",
    )
    expect(consentChoiceSchema.safeParse({ ...choice, extra: 1 }).success).toBe(false)
  })

  it("cannot grant analytics or marketing while Global Privacy Control is on", () => {
    expect(consentChoiceSchema.safeParse({ ...choice, gpc: true }).error?.issues[0]?.message).toBe(
      "Global Privacy Control refuses analytics and marketing",
    )
    expect(
      consentChoiceSchema.safeParse({ ...choice, gpc: true, categories: ["necessary"], source: "gpc" }).success,
    ).toBe(true)
  })

  it("accepts the hash of every text a visitor can have seen, and no other", async () => {
    const valid = await validBannerHashes(map, "nl", NOW)
    expect(valid.has(await bannerTextHash(bannerText(map, "nl", NOW)))).toBe(true)
    expect(valid.has(await bannerTextHash(bannerText(map, "nl", NOW, { gpc: true, seenVersion: "2026-06-19" })))).toBe(
      true,
    )
    expect(valid.has(await bannerTextHash(bannerText(map, "en", NOW)))).toBe(false)
  })
})
