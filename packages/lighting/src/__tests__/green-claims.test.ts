import { greenClaimProblems } from "../green-claims"

const none = { energyClasses: [] as const }

describe("greenClaimProblems", () => {
  it("refuses each generic environmental claim named by Directive 2024/825, in Dutch and English", () => {
    for (const text of [
      "Een eco lamp voor elk huis",
      "Ecologisch geproduceerd",
      "Eco-friendly shade",
      "Een eco-lamp",
      "Kies voor groen",
      "De groene keuze voor je huis",
      "Go green with LED",
      "A greener home",
      "Duurzaam messing",
      "Sustainable brass",
      "Milieuvriendelijke verpakking",
      "Environmentally friendly packaging",
      "Klimaatneutraal verzonden",
      "Carbon-neutral shipping",
      "CO2-neutraal",
      "Energiezuinige LED",
      "Energy-saving bulb",
      "An energy efficient lamp",
    ]) {
      expect({ text, problems: greenClaimProblems([text], none).length }).toEqual({ text, problems: 1 })
    }
  })

  it("leaves ordinary words and the colour green alone", () => {
    expect(
      greenClaimProblems(
        [
          "Economisch geprijsd, ecru kap, groene glazen kap",
          "Econ series",
          "Tafellamp Notaris groen glas",
          "A green cased-glass shade",
          "Neutraal wit licht, bestand tegen het kustklimaat",
        ],
        none,
      ),
    ).toEqual([])
  })

  it("accepts any claim backed by an EU Ecolabel licence, and energy-efficiency claims by class A for every light source", () => {
    expect(greenClaimProblems(["Duurzaam en energiezuinig"], { ecoLabel: "NL/025/001", energyClasses: ["C"] })).toEqual(
      [],
    )
    expect(greenClaimProblems(["Energiezuinige LED"], { energyClasses: ["A", "A"] })).toEqual([])
    expect(greenClaimProblems(["Energiezuinige LED"], { energyClasses: ["A", "B"] })).toEqual([
      'the generic environmental claim "Energiezuinige" (energiezuinig / energy efficient) needs an EU Ecolabel licence (metadata eco_label) or energy class A for every light source (Directive 2024/825)',
    ])
    // Class A backs energy only: "duurzaam" stays a claim without a label.
    expect(greenClaimProblems(["Duurzaam en energiezuinig"], { energyClasses: ["A"] })).toHaveLength(1)
  })
})
