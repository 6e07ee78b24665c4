import { LIGHTING_ATTRIBUTE_KEYS } from "@helder/lighting"

/** The columns an import file may have, in the order the template lists them. Blank cells are "not given". */
export const IMPORT_COLUMNS = [
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "category",
  "status",
  "thumbnail",
  "material",
  "weight",
  "eco_label",
  "option1_title",
  "option1_value",
  "option2_title",
  "option2_value",
  "option3_title",
  "option3_value",
  "sku",
  "price_eur",
  "stock",
  ...LIGHTING_ATTRIBUTE_KEYS,
  "manufacturer_name",
  "manufacturer_address",
  "manufacturer_email",
  "manufacturer_country",
  "eu_responsible_person_name",
  "eu_responsible_person_address",
  "eu_responsible_person_email",
  "eu_responsible_person_country",
  "safety_nl",
  "safety_en",
  "model",
  "ean",
  "batch",
  "energy_scope",
  "replaceable_light_source",
  "eprel_number",
  "energy_kwh_1000h",
] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

/** Columns the file must have; every other column may be left out. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  "handle",
  "title",
  "option1_title",
  "option1_value",
  "sku",
  "price_eur",
  "stock",
]

/** Product columns: repeated on each variant row of a handle, and the same on each (a blank repeats the first row). */
export const PRODUCT_COLUMNS: readonly ImportColumn[] = [
  "title",
  "title_en",
  "description",
  "description_en",
  "category",
  "status",
  "thumbnail",
  "material",
  "weight",
  "eco_label",
  "option1_title",
  "option2_title",
  "option3_title",
  "manufacturer_name",
  "manufacturer_address",
  "manufacturer_email",
  "manufacturer_country",
  "eu_responsible_person_name",
  "eu_responsible_person_address",
  "eu_responsible_person_email",
  "eu_responsible_person_country",
  "safety_nl",
  "safety_en",
  "energy_scope",
  "replaceable_light_source",
]

/** Keys that go on the product when every variant row agrees, on each variant otherwise (as the seed splits a spec). */
export const SHARED_WHEN_EQUAL = [...LIGHTING_ATTRIBUTE_KEYS, "model", "batch"] as const

/** Every metadata key the import writes, so a re-import can clear what the file no longer sets. */
export const PRODUCT_METADATA_KEYS = [
  ...SHARED_WHEN_EQUAL,
  "title_en",
  "description_en",
  "eco_label",
  "manufacturer",
  "eu_responsible_person",
  "safety_nl",
  "safety_en",
  "energy_scope",
  "replaceable_light_source",
] as const
export const VARIANT_METADATA_KEYS = [...SHARED_WHEN_EQUAL, "ean", "eprel_number", "energy_kwh_1000h"] as const
