import { defineRouteConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../../lib/role-gate"
import { Clock } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Text, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import {
  fetchRetention,
  moment,
  previewRetention,
  startRetentionRun,
  TRIGGER_LABELS,
  type Preview,
  type RetentionOverview,
} from "../../lib/retention"
import { PreviewResult } from "./components/preview-result"
import { RulesTable } from "./components/rules-table"
import { RunsTable } from "./components/runs-table"
import { Section } from "./components/section"
import { WarningsTable } from "./components/warnings-table"

/**
 * Retention: the terms of the data map, when they are next applied, a dry run, a run on demand and what past runs did.
 */
const RetentionPage = () => {
  const prompt = usePrompt()
  const [data, setData] = useState<RetentionOverview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [pending, setPending] = useState<"preview" | "run" | null>(null)

  const load = useCallback(
    () =>
      fetchRetention()
        .then((overview) => (setData(overview), setError(null)))
        .catch((e: Error) => setError(e.message)),
    [],
  )
  useEffect(() => void load(), [load])

  // While a run works in the background, follow it; the interval ends when the backend reports it done.
  const busy = Boolean(data?.running)
  useEffect(() => {
    if (!busy) return
    const timer = setInterval(() => void load(), 2000)
    return () => clearInterval(timer)
  }, [busy, load])

  const act = async (kind: "preview" | "run", work: () => Promise<unknown>) => {
    setPending(kind)
    setActionError(null)
    try {
      await work()
    } catch (e) {
      setActionError((e as Error).message)
    } finally {
      setPending(null)
      await load()
    }
  }

  const runPreview = () => act("preview", async () => setPreview(await previewRetention()))

  const runNow = async () => {
    const confirmed = await prompt({
      title: "Bewaartermijnen nu toepassen?",
      description:
        "Alles wat over zijn termijn is, wordt nu verwijderd of geanonimiseerd. Dit is niet terug te draaien. Bekijk eerst het voorbeeld als je twijfelt.",
      confirmText: "Nu uitvoeren",
      cancelText: "Annuleren",
    })
    if (!confirmed) return
    setPreview(null)
    await act("run", startRetentionRun)
  }

  if (!data) {
    return (
      <Container>
        <Heading level="h2">Bewaartermijnen</Heading>
        {error ? (
          <Text className="py-4 text-ui-fg-error">{error}</Text>
        ) : (
          <Text className="py-4 text-ui-fg-subtle">Laden…</Text>
        )}
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-1 px-6 py-4">
          <Heading level="h2">Bewaartermijnen</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Persoonsgegevens worden verwijderd of geanonimiseerd zodra hun termijn uit het gegevensoverzicht afloopt;
            facturen pas na hun wettelijke bewaartermijn.
          </Text>
        </div>
        {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div className="flex flex-wrap items-center gap-2">
            <Text weight="plus">Volgende run:</Text>
            <Text>{data.next_run ? moment(data.next_run) : "niet gepland"}</Text>
            <Text size="small" className="text-ui-fg-subtle">
              (Amsterdamse tijd; cron „{data.schedule}”)
            </Text>
            {data.running ? (
              <Badge color="blue">
                Bezig sinds {moment(data.running.started_at)} ·{" "}
                {TRIGGER_LABELS[data.running.trigger] ?? data.running.trigger}
                {data.running.dry_run ? " · proefrun" : ""}
              </Badge>
            ) : null}
          </div>
          <div className="flex gap-2">
            <Button
              size="small"
              variant="secondary"
              disabled={busy || pending !== null}
              isLoading={pending === "preview"}
              onClick={runPreview}
            >
              Voorbeeld
            </Button>
            <Button
              size="small"
              variant="danger"
              disabled={busy || pending !== null}
              isLoading={pending === "run"}
              onClick={runNow}
            >
              Nu uitvoeren
            </Button>
          </div>
        </div>
        {actionError ? (
          <div className="px-6 py-4">
            <Alert key={actionError} variant="error" dismissible>
              {actionError}
            </Alert>
          </div>
        ) : null}
        {preview ? <PreviewResult preview={preview} onClose={() => setPreview(null)} /> : null}
      </Container>
      <Section title="Regels" subtitle="Uit het gegevensoverzicht; een run past ze allemaal toe.">
        <RulesTable rules={data.rules} />
      </Section>
      <Section title="Laatste runs" subtitle="De laatste 20, nieuwste eerst. Klik op een run voor zijn stappen.">
        <RunsTable runs={data.runs} />
      </Section>
      <Section
        title="Waarschuwingen inactieve accounts"
        subtitle="De laatste 50: wie niet inlogt of bestelt, wordt na de wachttijd gewist."
      >
        <WarningsTable warnings={data.warnings} />
      </Section>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Bewaartermijnen", icon: Clock })

export default withPermission("retention", RetentionPage)
