/**
 * A stand-in for Stripe.js (https://js.stripe.com/<release>/stripe.js) for browser tests, with what the
 * shop's checkout uses, as Stripe documents it: `Stripe(key)` returns an object whose `elements()`
 * creates a Payment Element (here a visible field, `data-testid="stripe-payment-element"`), and
 * `confirmPayment` confirms the intent at https://api.stripe.com with the publishable key and the
 * client secret (a test routes that host to `startStripeStandIn`) and resolves `{ paymentIntent }` or
 * `{ error }` without leaving the page. Like the real script it sets Stripe's fraud-prevention cookies
 * on the shop's domain (__stripe_mid, one year; __stripe_sid, 30 minutes) when it loads.
 */
export const STRIPE_JS_STAND_IN = `(() => {
  document.cookie = "__stripe_mid=" + crypto.randomUUID() + "; max-age=31536000; path=/; SameSite=Strict"
  document.cookie = "__stripe_sid=" + crypto.randomUUID() + "; max-age=1800; path=/; SameSite=Strict"
  function paymentElement() {
    const listeners = {}
    let node = null
    const emit = (event, payload) => (listeners[event] || []).forEach((listener) => listener(payload))
    return {
      mount(target) {
        node = document.createElement("div")
        node.setAttribute("data-testid", "stripe-payment-element")
        node.innerHTML = '<label>Card number <input value="4242 4242 4242 4242" readonly></label>'
        ;(typeof target === "string" ? document.querySelector(target) : target).appendChild(node)
        setTimeout(() => emit("ready", { elementType: "payment" }))
      },
      on(event, listener) { (listeners[event] = listeners[event] || []).push(listener); return this },
      off(event, listener) { listeners[event] = (listeners[event] || []).filter((l) => l !== listener); return this },
      update() {},
      unmount() { node && node.remove() },
      destroy() { node && node.remove() },
    }
  }
  function Stripe(key) {
    let clientSecret = null
    const unsupported = () => Promise.reject(new Error("not in the Stripe.js stand-in"))
    return {
      elements(options) {
        clientSecret = (options && options.clientSecret) || null
        let element = null
        return { create: () => (element = paymentElement()), getElement: () => element, update() {}, submit: async () => ({}), fetchUpdates: async () => ({}) }
      },
      async confirmPayment() {
        const id = clientSecret.split("_secret_")[0]
        const response = await fetch("https://api.stripe.com/v1/payment_intents/" + id + "/confirm", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ key, client_secret: clientSecret }),
        })
        const json = await response.json()
        return response.ok ? { paymentIntent: json } : { error: json.error }
      },
      createToken: unsupported,
      createPaymentMethod: unsupported,
      confirmCardPayment: unsupported,
      registerAppInfo() {},
      _registerWrapper() {},
    }
  }
  Stripe.version = "endive"
  window.Stripe = Stripe
})()
`
