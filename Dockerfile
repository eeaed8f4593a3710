# syntax=docker/dockerfile:1
# The bot as a container: `docker build -t cramp-helper .`, then see compose.yaml for two instances behind
# nginx with Redis. tests/deploy/container.test.ts checks the rules below (this machine has no Docker engine).

# --- build: every dependency, to compile the TypeScript ---------------------------------------------------
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: the image already has Node 22, so the node@22 dev dependency need not set itself up.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY dialogs ./dialogs
# The same build as `npm start`'s: the TypeScript, then Web Chat's bundle copied into dist/vendor (the package
# itself is a dev dependency, 160 MB with its own dependencies, and is not in the image), then botbuilder and
# botframework-connector bundled into one file by esbuild (a dev dependency; see src/framework/botFramework.ts).
RUN npm run build

# --- production dependencies only --------------------------------------------------------------------------
FROM node:22-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force

# --- runtime ------------------------------------------------------------------------------------------------
FROM node:22-slim
ENV NODE_ENV=production \
    PORT=3978
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY knowledge ./knowledge
# Only the labelled question sets and safety messages are let through .dockerignore: the entry classifier and
# the learned red-flag net learn from them.
COPY tests/eval ./tests/eval
COPY public ./public
# Start-up caches (.cache/: the compiled modules, the validated knowledge base, the small-talk model, the entry
# classifier, and the engine's and triage's indexes), written at build time so a
# new container starts as fast as a restarted one; owned by the runtime user, which updates them when a
# mounted knowledge base changes.
RUN node dist/src/cli/warmStartCaches.js && chown -R node:node .cache
# Files stay root-owned and read-only to the process; it runs as the image's unprivileged `node` user.
USER node
EXPOSE 3978
# HOST is left to the service: loopback while auth is off (nothing outside the container reaches an
# anonymous bot by accident), all interfaces once MicrosoftAppId is set. compose.yaml sets HOST=0.0.0.0 on
# its private network, behind nginx.
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs, without npm in between (signals reach Node directly: SIGTERM drains). The old-space cap
# is not a squeeze (the live heap is about 70 MB): any explicit cap below V8's default (about 4 GB here) lowers
# how far V8 lets the heap grow past what is live (a factor of about 1.4 instead of 4), which keeps RSS under
# sustained load near its level after the first messages (README, "Capacity").
CMD ["node", "--max-old-space-size=512", "dist/src/index.js"]
