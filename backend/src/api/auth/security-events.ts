import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { sign } from "../../lib/signature"
import { recordAccessWorkflow } from "../../workflows/audit/record-access"

/** Who a staff login attempt was for: the user, when the address is a staff member's, and the address tried. */
export type Subject = { userId: string | null; email: string | null }

/** The staff user behind an e-mail address or an auth identity, when there is one. */
export async function staffSubject(
  req: MedusaRequest,
  by: { email?: string; authIdentityId?: string },
): Promise<Subject> {
  let email = by.email?.toLowerCase() ?? null
  if (!email && by.authIdentityId) {
    const [identity] = await req.scope
      .resolve(Modules.AUTH)
      .listProviderIdentities({ auth_identity_id: by.authIdentityId, provider: "emailpass" })
    email = identity?.entity_id ?? null
  }
  if (!email) return { userId: null, email: null }
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  return { userId: user?.id ?? null, email }
}

/**
 * A security event on the audit log; an unknown account is logged under a keyed hash of the address tried, never the
 * address.
 */
export async function recordSecurityEvent(
  req: MedusaRequest,
  subject: Subject,
  action: string,
  reason: string | null = null,
) {
  const id = subject.userId ?? `unknown:${sign("staff-login", subject.email ?? "none").slice(0, 24)}`
  await recordAccessWorkflow(req.scope).run({
    input: { actor_type: "user", actor_id: id, action, subject_type: "staff", subject_id: id, reason },
  })
}

/**
 * Lets a route answer only after `record` ran with its status and body: a login's token goes out only
 * once its audit row is written. A failure to record becomes the answer (500), never a silent gap.
 */
export function recordBeforeAnswer(
  res: MedusaResponse,
  next: MedusaNextFunction,
  record: (status: number, body: unknown) => Promise<void>,
) {
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    record(res.statusCode, body).then(
      () => send(body),
      (error) => next(error),
    )
    return res
  }
}
