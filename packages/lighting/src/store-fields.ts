/**
 * The store API `fields` the storefront asks for, shared so an integration test can check them
 * against the real API. Medusa 2.21 silently drops `variants.metadata` (it is not in its allowed
 * list), which cost a third of the catalog its specifications; `*variants` carries it.
 */
export const PRODUCT_LIST_FIELDS = "id,title,handle,thumbnail,metadata,created_at,*variants,*variants.calculated_price"

/** A product page adds stock (Medusa's inventory lookup), options and texts to the list's fields. */
export const PRODUCT_DETAIL_FIELDS = `${PRODUCT_LIST_FIELDS},+variants.inventory_quantity,description,material,*options,*options.values,*variants.options,*variants.options.option`
