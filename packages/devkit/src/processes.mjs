import { spawn } from "node:child_process"
import net from "node:net"
import { BIN, QUIET_ENV } from "./paths.mjs"

const children = new Set()

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function run(command, args, { cwd, env = {}, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...QUIET_ENV, ...env, PATH: `${BIN}:${process.env.PATH}` },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    })
    let output = ""
    child.stdout?.on("data", (chunk) => (output += chunk))
    child.stderr?.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output)
      // Only the subcommand is named: later arguments may be secrets (the admin password).
      else
        reject(
          Object.assign(new Error(`${command} ${args[0] ?? ""} failed (${signal ?? code})\n${output.slice(-4000)}`), {
            code,
          }),
        )
    })
  })
}

/** Starts a long-running child whose lines are prefixed with its name; stopAll() ends it. */
export function launch(name, command, args, { cwd, env = {}, onLine } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...QUIET_ENV, ...env, PATH: `${BIN}:${process.env.PATH}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  children.add(child)
  const prefix = `[${name}] `
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ""
    stream.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n")
      rest = lines.pop() ?? ""
      for (const line of lines) {
        if (onLine) onLine(line)
        else process.stdout.write(prefix + line + "\n")
      }
    })
  }
  child.on("exit", () => children.delete(child))
  return child
}

/** Sends SIGTERM to every launched child's process group, then SIGKILL to what is left after a grace period. */
export async function stopAll(graceMs = 8000) {
  const pending = [...children].map(
    (child) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once("exit", resolve)
        signalGroup(child, "SIGTERM")
        setTimeout(() => {
          signalGroup(child, "SIGKILL")
          resolve()
        }, graceMs).unref()
      }),
  )
  await Promise.all(pending)
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Polls a URL until it answers 2xx/3xx or the child dies or time runs out. */
export async function waitForHttp(url, { child, timeoutMs = 180000 } = {}) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`process for ${url} exited with ${child.exitCode}`)
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) })
      if (response.status < 400) return Date.now() - started
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

/** Fails with a clear message when something already listens on the port (a stale server would answer instead). */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once("error", () =>
      reject(new Error(`port ${port} is already in use: stop the process listening there (a leftover shop?)`)),
    )
    probe.listen(port, () => probe.close(resolve))
  })
}
