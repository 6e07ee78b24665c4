import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages ship compiled CommonJS; transpiling keeps one module graph for client bundles.
  transpilePackages: ["@helder/contract", "@helder/lighting", "@helder/privacy", "@helder/schemas"],
  images: { unoptimized: true },
  // Metadata is resolved before the response starts for every visitor (not only for bots), so an
  // unknown product or someone else's order answers with a real 404 status instead of a 200 page.
  htmlLimitedBots: /.*/,
}

export default withNextIntl(nextConfig)
