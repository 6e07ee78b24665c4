import { test } from "node:test"
import assert from "node:assert/strict"
import { findLeaks } from "./log-scan.mjs"

test("[P-ip-addresses] finds the test customer's e-mail, phone numbers, tokens, full IP addresses and user agents in log lines", () => {
  const lines = [
    "info: POST /store/account/login 200 – 12 ms",
    "error: could not mail anna-1732370000000-123@example.nl",
    "debug: address { phone: '06 1234 5678' }",
    "debug: +31 6 12345678 called",
    "GET /nl/order-link/eyJhbGciOiJIUzI1NiJ9.eyJvcmRlciI6MX0.c2lnbmF0dXJl 200",
    "authorization: Bearer 0123456789abcdef0123",
    "GET /nl/account/reset-password?token=abcdefghijklmnop 200",
    "config { apiKey: 'sk_test_helder_offline' }",
    '{"level":"http","path":"/admin/orders?q=retour-1795448080977-497438%40example.nl&fields=id"}',
    '{"level":"http","client_ip":"203.0.113.77","request_id":"-","method":"GET","path":"/store/products","status":200}',
    '{"level":"http","client_ip":"2001:db8:85a3:8d3::7348","user_agent":"Mozilla/5.0 (X11; Linux x86_64)","path":"/store/products"}',
    '{"level":"http","client_ip":"203.0.113.0","path":"/store/products"}',
    '{"level":"http","client_ip":"2001:db8:85a3::","path":"/store/products"}',
  ]
  const kinds = findLeaks(lines).map((leak) => `${leak.line}:${leak.kind}`)
  assert.deepEqual(kinds, [
    "2:e-mail address",
    "3:phone number",
    "4:phone number",
    "5:JWT",
    "6:bearer token",
    "7:token or password value",
    "8:Stripe secret",
    "9:e-mail address",
    "10:full IP address",
    "11:full IP address",
    "11:user agent",
  ])
  // The report never repeats the value it found.
  for (const leak of findLeaks(lines)) assert.ok(!leak.context.includes("example.nl") || leak.kind !== "e-mail address")
})

test("lets through what is no one's data: timings, ids, amounts, dates and the shop's own address", () => {
  const lines = [
    "info: GET /store/products?limit=12 200 – 35.120 ms",
    "info: order order_01KAB2C3D4E5F6G7H8J9K0M1N2 placed, total 129.95",
    "info: retention run 2026-11-23T03:30:00.000Z finished: 1000 rows in 0.081 s",
    "info: mail from winkel@helder.local sent (message 4711, 2048 bytes)",
    "▲ Next.js 16.0.0 - Local: http://localhost:8100",
  ]
  assert.deepEqual(findLeaks(lines, { allow: ["winkel@helder.local"] }), [])
})
