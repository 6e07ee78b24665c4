import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages ship compiled CommonJS; transpiling keeps one module graph for client bundles.
  transpilePackages: ["@helder/lighting", "@helder/schemas"],
  images: { unoptimized: true },
}

export default withNextIntl(nextConfig)
