import { useTranslations } from "next-intl"
import { ENERGY_CLASS_COLOURS, eprelSheetUrl, type EnergyLabel } from "@helder/lighting"

/** Where the shop serves a light source variant's full label, drawn from its own catalog data. */
export function energyLabelUrl(handle: string, variantId: string): string {
  return `/api/energy-label/${encodeURIComponent(handle)}/${encodeURIComponent(variantId)}`
}

/**
 * The nested display of Regulation (EU) 2019/2015, Annex VIII: an arrow in the colour of the class
 * with the letter in white, bordered in black, and the A–G range beside it, at the price's font size
 * (1 em of the price = 16 units here). It is the button that opens the full label.
 */
function Arrow({ label }: { label: EnergyLabel }) {
  return (
    <svg viewBox="0 0 64 32" width="4em" height="2em" aria-hidden="true" focusable="false" className="energy-arrow">
      <text x="1" y="11" fontSize="10" fontWeight="700">
        A
      </text>
      <path d="M4 13v5M2.5 16.5 4 18.5l1.5-2" stroke="#000" fill="none" strokeWidth="1" />
      <text x="1" y="30" fontSize="10" fontWeight="700">
        G
      </text>
      <path
        d="M12 2h36l14 14-14 14H12z"
        fill={ENERGY_CLASS_COLOURS[label.energyClass]}
        stroke="#000"
        strokeWidth="1.5"
      />
      <text
        x="31"
        y="22.5"
        fontSize="18"
        fontWeight="700"
        textAnchor="middle"
        fill="#fff"
        stroke="#000"
        strokeWidth="1"
        paintOrder="stroke"
      >
        {label.energyClass}
      </text>
    </svg>
  )
}

/**
 * A light source's energy label beside its price: the arrow opens the full label on the first click,
 * tap or key press (a native popover, so it needs no script), and the product information sheet is
 * linked right next to it (Annex VIII, points 2 to 5). The label image loads only when opened.
 */
export function EnergyBadge({ label, handle, variantId }: { label: EnergyLabel; handle: string; variantId: string }) {
  const t = useTranslations("energyLabel")
  const id = `energy-label-${variantId}`
  const words = {
    energyClass: label.energyClass,
    kwh: label.kwh,
    model: label.model,
    supplier: label.supplier,
    registration: label.registration,
  }
  return (
    <span className="energy-display" data-testid="energy-display">
      <button
        type="button"
        className="energy-badge"
        popoverTarget={id}
        aria-label={t("open", words)}
        data-testid="energy-badge"
        data-class={label.energyClass}
      >
        <Arrow label={label} />
      </button>
      <a
        href={eprelSheetUrl(label.registration)}
        className="energy-sheet"
        data-testid="energy-sheet"
        rel="noopener"
        target="_blank"
      >
        {t("sheet")}
      </a>
      <span
        id={id}
        popover="auto"
        role="dialog"
        aria-label={t("title", words)}
        className="energy-label"
        data-testid="energy-label"
      >
        <img src={energyLabelUrl(handle, variantId)} alt={t("alt", words)} width={240} height={480} loading="lazy" />
        <a href={eprelSheetUrl(label.registration)} rel="noopener" target="_blank">
          {t("sheet")}
        </a>
        <button type="button" popoverTarget={id} popoverTargetAction="hide">
          {t("close")}
        </button>
      </span>
    </span>
  )
}
