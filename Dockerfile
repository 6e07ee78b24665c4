# One image for the backend (its cluster of servers and a worker) and the storefront; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
ENV MEDUSA_DISABLE_TELEMETRY=true NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/contract/package.json packages/contract/
COPY packages/devkit/package.json packages/devkit/
COPY packages/lighting/package.json packages/lighting/
COPY packages/privacy/package.json packages/privacy/
COPY packages/schemas/package.json packages/schemas/
COPY packages/testkit/package.json packages/testkit/
COPY backend/package.json backend/
COPY storefront/package.json storefront/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build /app /app
EXPOSE 9000 8000
